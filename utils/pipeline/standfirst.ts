/**
 * The standfirst the page set apart from its article.
 *
 * Many pages print the story's lead (standfirst, "teaser", "excerpt") in the
 * headline's block, above the article body: `<header><h1/><p class="lead"/></header>`,
 * `<h2 class="subtitle">`, `<div class="uk-text-lead">`. Readability takes the
 * body and leaves the lead behind, and the clutter pass takes the page's
 * `<header>` for the site's masthead. The page names its lead, though: the
 * description it gives for sharing (`og:description`, `description`) is that
 * same text, or begins with it. A block of the page that begins as the
 * description does, and that the article does not hold, is put back at the
 * article's top.
 *
 * Only the page's own description is trusted, never a guess from class names
 * ("lead" and "teaser" name other stories' cards as often as this one's lead).
 */
import { bodyOf, foldSpaces, forEachTextNode, isBlock, tagOf, textOf } from '../dom/dom.ts';
import { isPhotoCredit } from './clutter.ts';

/** The description's first characters that a block must begin with (folded). */
const KEY_LENGTH = 40;
/** A shorter description ("News from Bremen") names the site or section, not this story. */
const MIN_DESCRIPTION_LENGTH = 60;
/** A lead is prose: a shorter block beginning with the description is its headline or a label. */
const MIN_LEAD_LENGTH = 60;
/** A block much longer than the description holds more than the lead (a whole teaser card, the article itself). */
const MAX_LEAD_GROWTH = 1.5;
const MAX_LEAD_EXTRA = 80;
/**
 * How much of a lead the article must hold to hold it: more than the key, since a lead and the first paragraph
 * often share their first sentence and then part ("… fordern eine Prämie. In einem ersten Gespräch …" above
 * "… fordern eine Prämie. So sollen …").
 */
const HELD_LENGTH = 120;
/** The word of the key tried on each text node first: a substring test is cheap, folding every node is not. */
const MIN_PROBE_LENGTH = 4;

/** The page's descriptions of itself, for sharing and for search engines, folded and without repeats. */
export function pageDescriptions(page: Document): string[] {
  const head = page.head as HTMLHeadElement | null;
  if (!head) return [];
  const found = new Set<string>();
  for (const meta of head.getElementsByTagName('meta')) {
    const name = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? '').toLowerCase();
    if (name !== 'og:description' && name !== 'description' && name !== 'twitter:description') continue;
    // Descriptions cut to a length end in "…" or "[…]": the part before is what the page prints.
    const text = foldSpaces(meta.getAttribute('content') ?? '').replace(/\s*(\[…\]|\[\.\.\.\]|…|\.\.\.)$/u, '');
    if (text.length >= MIN_DESCRIPTION_LENGTH) found.add(text);
  }
  return [...found];
}

/** Tags whose text is not read: a script's JSON often repeats the description word for word. */
const NOT_READ = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'title']);

function isRead(node: Text, omitted: ReadonlySet<Element>): boolean {
  for (let element = node.parentElement; element; element = element.parentElement) {
    if (NOT_READ.has(tagOf(element)) || omitted.has(element)) return false;
  }
  return true;
}

/** The nearest block holding the node: its paragraph, heading or div. */
function blockOf(node: Text): Element | null {
  let element = node.parentElement;
  while (element && !isBlock(element) && tagOf(element) !== 'p') element = element.parentElement;
  return element;
}

/** The longest word among the key's first words: each text node is asked for it before anything costlier. */
function probeOf(key: string): string {
  const words = key.split(' ').slice(0, -1);
  return words.reduce((longest, word) => (word.length > longest.length ? word : longest), '');
}

/**
 * The first block of the page's body that begins as one of its descriptions
 * does: the lead as printed. Headings count (a subtitle set as `<h2>`), the
 * headline does not (a description that opens with the title).
 */
function findStandfirst(page: Document, descriptions: readonly string[], title: string, omitted: ReadonlySet<Element> = new Set()): Element | null {
  const body = bodyOf(page);
  if (!body) return null;
  const foldedTitle = foldSpaces(title).toLowerCase();
  for (const description of descriptions) {
    const key = description.slice(0, KEY_LENGTH);
    const probe = probeOf(key);
    if (probe.length < MIN_PROBE_LENGTH) continue;
    const maxLength = Math.max(description.length * MAX_LEAD_GROWTH, description.length + MAX_LEAD_EXTRA);
    // Set inside the callback below, which TypeScript's narrowing does not see.
    let found = null as Element | null;
    const tried = new Set<Element>();
    forEachTextNode(body, (node) => {
      if (!node.data.includes(probe)) return true;
      const block = blockOf(node);
      if (!block || tried.has(block)) return true;
      tried.add(block);
      if (!isRead(node, omitted)) return true;
      const text = textOf(block);
      if (text.length < MIN_LEAD_LENGTH || text.length > maxLength || !text.startsWith(key)) return true;
      if (text.toLowerCase() === foldedTitle) return true;
      found = block;
      return false;
    });
    if (found) return found;
  }
  return null;
}

/**
 * Puts the page's lead at the top of the article, as a paragraph, where the
 * article does not already hold it. Returns the text put back ('' for none).
 * The page is searched only for descriptions the article lacks: on most pages
 * the article opens with its lead, and nothing more is read.
 */
export function restoreStandfirst(content: Element, page: Document, title: string, omitted?: ReadonlySet<Element>): string {
  return putLeadBack(content, pageDescriptions(page), (missing) => findStandfirst(page, missing, title, omitted));
}

/** The page's descriptions, and for each the block that prints it as the lead (a copy), where one does. */
export interface PrintedLeads {
  descriptions: readonly string[];
  leads: ReadonlyMap<string, Element>;
}

/**
 * The leads, found while the page is as it was printed: for a run that cleans the page itself rather than a copy
 * (stages.ts) and puts the lead back later with `restorePrintedLead`. Every description is looked for, since which
 * ones the article lacks is not known yet.
 */
export function printedLeads(page: Document, title: string, omitted?: ReadonlySet<Element>): PrintedLeads {
  const descriptions = pageDescriptions(page);
  const leads = new Map<string, Element>();
  for (const description of descriptions) {
    const lead = findStandfirst(page, [description], title, omitted);
    if (lead) leads.set(description, lead.cloneNode(true) as Element);
  }
  return { descriptions, leads };
}

/** `restoreStandfirst` with the leads found beforehand: the first description the article lacks whose lead the page printed. */
export function restorePrintedLead(content: Element, printed: PrintedLeads): string {
  return putLeadBack(content, printed.descriptions, (missing) => {
    for (const description of missing) {
      const lead = printed.leads.get(description);
      if (lead) return lead;
    }
    return null;
  });
}

function putLeadBack(content: Element, descriptions: readonly string[], leadFor: (missing: string[]) => Element | null): string {
  const articleText = textOf(content);
  const missing = descriptions.filter((description) => !articleText.includes(description.slice(0, HELD_LENGTH)));
  if (missing.length === 0) return '';
  const lead = leadFor(missing);
  if (!lead) return '';
  const text = textOf(lead);
  if (articleText.includes(text.slice(0, HELD_LENGTH))) return '';
  const document = content.ownerDocument;
  const paragraph = document.createElement('p');
  // Its own inline markup (a link, an emphasis) comes along; a subtitle's heading does not. A lead printed as a
  // figure's caption carries the photo's credit beside it ("<span class=figure__copyright>picture alliance | …"):
  // the credit is the photo's, not the lead's.
  for (const child of lead.childNodes) {
    if (child.nodeType === 1 && isPhotoCredit(child.textContent ?? '')) continue;
    paragraph.append(document.importNode(child, true));
  }
  content.prepend(paragraph);
  return textOf(paragraph);
}
