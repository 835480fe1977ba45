/**
 * data-tables.ts: a long table of short entries inside a story (signatories,
 * a list of members of parliament) must not win the article over the story's
 * paragraphs; a table laid out around the story is no such table.
 * (tests/fixtures/extraction/signatory-table.json is the real page.)
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/parse-html.ts';
import { foldSpaces } from '../../utils/dom/dom.ts';
import { findDataTables, preferProseBesideTables } from '../../utils/pipeline/data-tables.ts';

const paragraph = (index: number) =>
  `<p>The council met on the evening of day ${index} to hear residents of the valley, who asked why the ferry had stopped and when it would return.</p>`;
const paragraphs = (count: number) => Array.from({ length: count }, (_, index) => paragraph(index)).join('');
/** Signatories as the letter's page sets them: one cell, a name and an institution per line. */
const signatories = (count: number) =>
  `<table><tbody><tr><td><span>${Array.from(
    { length: count },
    (_, index) => `<strong>Signatory Number${index}</strong>, <span>University of Somewhere, Department ${index}</span><br>`,
  ).join('\n')}</span></td></tr></tbody></table>`;
const page = (body: string) =>
  `<!DOCTYPE html><html lang="en"><head><title>A letter on the ferry</title></head><body><div class="site"><div class="post">${body}</div></div></body></html>`;

/** What Readability would give for a document: here, its whole body. */
const readWhole = (document: Document) => ({ content: document.body as Element, textContent: document.body.textContent });

describe('a long table of short entries beside the story', () => {
  it('does not take the article from the paragraphs it belongs to', () => {
    const { document } = parseHtml(page(`${paragraphs(6)}${signatories(150)}<p>Institutions are listed for identification only.</p>`));
    const dataTables = findDataTables(document);
    const table = document.querySelector('table')!;
    // Readability's first reading: the table alone, as on the letter's page.
    const reading = preferProseBesideTables({ content: table, textContent: table.textContent }, dataTables, readWhole);
    const text = foldSpaces(reading?.textContent ?? '');
    expect(text).toContain('when it would return');
    // The list stays with the letter, where it stood: after its paragraphs, before the closing line.
    expect(text).toMatch(/day 5 .*Signatory Number0,.*Signatory Number149,.*Institutions are listed/u);
    expect(reading?.content.querySelector('[data-lucid-table-slot]')).toBeNull();
  });

  it('leaves a reading that holds the story alone', () => {
    const { document } = parseHtml(page(`${paragraphs(6)}${signatories(150)}`));
    const first = readWhole(document);
    expect(preferProseBesideTables(first, findDataTables(document), () => null)).toBe(first);
  });

  it('is told apart from a layout table that holds the story', () => {
    const layout = parseHtml(page(`<table><tr><td>Menu</td><td>${paragraphs(12)}</td></tr></table>`)).document;
    expect(findDataTables(layout)).toBeUndefined();
    const data = parseHtml(page(`${paragraphs(6)}${signatories(150)}`)).document;
    expect(findDataTables(data)?.tables).toHaveLength(1);
  });
});
