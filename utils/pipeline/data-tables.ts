/**
 * The article's prose, where a long table of short entries outweighs it.
 *
 * Readability scores every table cell as a paragraph, by its commas and its
 * length. A long list of short entries inside the story (an open letter's
 * signatories, "Name, University" three hundred times over; a list of members
 * of parliament with their constituencies) then outscores the paragraphs it
 * belongs to, and Readability returns the table alone. Such a table is data,
 * not layout: many short lines (cells, or lines broken with `<br>`), and no
 * paragraph of prose inside it.
 *
 * Where the page holds one, a copy is read a second time with each such table
 * replaced by a one-word slot; when that reading holds much more prose than
 * the first, it is taken, and each table goes back in its slot (where the
 * reading kept it), so the story keeps its list where it stood.
 *
 * Readability takes its document apart as it reads, so the copy is made
 * beforehand; only on pages with such a table, which are few.
 */
import { bodyOf, elementsByTag, foldSpaces, textOf } from '../dom/dom.ts';

/** Less text than this in a table is too little to outscore a story's paragraphs. */
const MIN_TABLE_TEXT = 1000;
/** A table of data has many entries: cells, or lines broken inside a cell. */
const MIN_TABLE_LINES = 20;
/** Entries of a data table are short: a name, a place, a figure. A table laid out around a story has long ones. */
const MAX_AVERAGE_LINE = 80;
/** A paragraph this long inside a table makes it a layout table around prose. */
const PROSE_PARAGRAPH = 120;
/** Share of the first reading's text in such tables above which the tables, not the story, won it. */
const TABLE_SHARE = 0.5;
/** The second reading must hold this much more text outside the tables than the first, and at least MIN_PROSE. */
const PROSE_GAIN = 2;
const MIN_PROSE = 500;

const SLOT_ATTRIBUTE = 'data-lucid-table-slot';
/** A slot holds a word: Readability drops paragraphs without text. */
const SLOT_TEXT = 'table';

export interface DataTables {
  /** A copy of the page with each data table replaced by a slot paragraph, read only if the first reading needs it. */
  copy: Document;
  /** The tables taken out of the copy, by slot number. */
  tables: Element[];
  /** The data tables' text, folded: what tells whether a reading is made of them. */
  tableTexts: string[];
}

function isDataTable(table: Element): boolean {
  // Nested tables are layout.
  if (table.querySelector('table')) return false;
  const text = textOf(table);
  if (text.length < MIN_TABLE_TEXT) return false;
  const lines = table.querySelectorAll('td, th, br, li').length;
  if (lines < MIN_TABLE_LINES || text.length / lines > MAX_AVERAGE_LINE) return false;
  for (const paragraph of table.querySelectorAll('p')) if (textOf(paragraph).length >= PROSE_PARAGRAPH) return false;
  return true;
}

/**
 * The page's data tables, and a copy of the page with slots in their place;
 * none when the page has no such table.
 */
export function findDataTables(clone: Document): DataTables | undefined {
  const body = bodyOf(clone);
  if (!body) return undefined;
  const all = elementsByTag(body, 'table');
  const dataIndexes = all.flatMap((table, index) => (isDataTable(table) ? [index] : []));
  if (dataIndexes.length === 0) return undefined;
  const copy = clone.implementation.createHTMLDocument(clone.title);
  // Relative links and images resolve against the page's address, as in the page.
  const base = copy.createElement('base');
  base.setAttribute('href', clone.baseURI);
  copy.head.append(base);
  copy.body.replaceWith(copy.importNode(body, true));
  const copiedTables = elementsByTag(bodyOf(copy)!, 'table');
  const tables: Element[] = [];
  const tableTexts: string[] = [];
  for (const index of dataIndexes) {
    const table = copiedTables[index];
    if (!table) return undefined;
    const slot = copy.createElement('p');
    slot.setAttribute(SLOT_ATTRIBUTE, String(tables.length));
    slot.textContent = SLOT_TEXT;
    table.replaceWith(slot);
    tables.push(table);
    tableTexts.push(textOf(table));
  }
  return { copy, tables, tableTexts };
}

/** Characters of a reading that are not the data tables' text. */
function textBesideTables(text: string, tableTexts: string[]): number {
  let rest = foldSpaces(text);
  for (const tableText of tableTexts) {
    // The reading may be the whole table or only its one large cell.
    if (tableText.includes(rest)) return 0;
    rest = rest.replace(tableText, '');
  }
  return rest.length;
}

/**
 * The first reading, or the reading of the page without its data tables
 * (the tables back in their slots) when the first was won by the tables.
 */
export function preferProseBesideTables<Reading extends { content: Element; textContent: string }>(
  reading: Reading | null,
  dataTables: DataTables | undefined,
  read: (document: Document) => Reading | null,
): Reading | null {
  if (!reading || !dataTables) return reading;
  const text = foldSpaces(reading.textContent);
  const beside = textBesideTables(text, dataTables.tableTexts);
  if (text.length === 0 || beside > (1 - TABLE_SHARE) * text.length) return reading;
  const second = read(dataTables.copy);
  if (!second) return reading;
  const slots = [...second.content.querySelectorAll(`[${SLOT_ATTRIBUTE}]`)];
  const secondBeside = foldSpaces(second.textContent).length - slots.length * SLOT_TEXT.length;
  if (secondBeside < MIN_PROSE || secondBeside < PROSE_GAIN * beside) return reading;
  for (const slot of slots) {
    const table = dataTables.tables[Number(slot.getAttribute(SLOT_ATTRIBUTE))];
    if (table) slot.replaceWith(table);
    else slot.remove();
  }
  return { ...second, textContent: second.content.textContent };
}
