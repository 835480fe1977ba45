/**
 * The lead a page sets between its headline and its body, in a block of its own.
 *
 * `<h2>Headline</h2><div class="intro"><p>Lead…</p></div><div><div>widgets</div><div class="body">…</div></div>`:
 * Readability scores the body's container and joins that container's siblings, but the lead sits beside the
 * container's parent and stays behind. standfirst.ts puts such a lead back where the page's description names it;
 * many pages give no description, or another text. The page's order says it as well: when the article Readability
 * read begins with a block that, on the page, follows the headline a block or two later, the blocks in between that
 * read as a paragraph of prose are the article's lead.
 *
 * The blocks after the headline are copied before Readability reads (it takes the page apart) and after the page's
 * clutter went, so a share bar or a teaser between headline and body is not among them.
 */
import { bodyOf, elementsByTag, elementsByTags, foldSpaces, isBlock, leafBlocks, linkDensity, textOf } from '../dom/dom.ts';
import { titleOverlap } from '../metadata/title.ts';
import { readsAsSentence } from './clutter-rules.ts';
import { isPhotoCredit, removeContentClutter } from './clutter.ts';
import type { RuleRemoval as Removal } from '../types.ts';

/** A headline of fewer words ("News") matches too many titles. */
const MIN_HEADLINE_WORDS = 3;
/** Share of the headline's words the page's title must hold (titles add the site's name). */
const SAME_HEADLINE = 0.8;
/** Blocks after the headline kept to compare: the lead and a byline, a date, and the body's first block. */
const BLOCKS_AFTER_HEADLINE = 5;
/** A lead is a paragraph of prose: shorter lines between headline and body are bylines, dates and labels. */
const MIN_LEAD_LENGTH = 80;
/** Longer than a lead: a block this long before the body is another text, not the story's opening. */
const MAX_LEAD_LENGTH = 700;
/** A lead is written text, not a line of links. */
const MAX_LEAD_LINK_DENSITY = 0.3;
/** What Readability's reading opens with, compared by its first characters: clean-up may trim a block's end. */
const COMPARED_PREFIX = 60;

export interface BlocksAfterHeadline {
  /** The first blocks after the page's headline, in order: their folded text, and a copy of each. */
  blocks: { text: string; copy: Element }[];
}

function isPageHeadline(heading: Element, titles: readonly string[]): boolean {
  const text = textOf(heading);
  if (text.split(' ').length < MIN_HEADLINE_WORDS) return false;
  return titles.some((title) => titleOverlap(text, title) >= SAME_HEADLINE);
}

/** A wrapper this close to its block's own length holds the block and little else: a picture and its caption. */
const FIGURE_TEXT_GROWTH = 1.5;
const FIGURE_TEXT_EXTRA = 100;

/**
 * A caption's text between headline and body is the photo's, not the story's lead: inside a figure, or in a small
 * wrapper (the block's parent or grandparent) that holds an image beside it, as carousels and widget columns set
 * them (`<div class="item"><a><img></a><div class="carousel-caption"><p>…</p></div></div>`).
 */
function isCaption(block: Element): boolean {
  if (block.closest('figure, figcaption, picture') !== null) return true;
  const length = textOf(block).length;
  let wrapper = block.parentElement;
  for (let level = 0; level < 2 && wrapper && wrapper.localName !== 'body'; level++, wrapper = wrapper.parentElement) {
    if (textOf(wrapper).length > length * FIGURE_TEXT_GROWTH + FIGURE_TEXT_EXTRA) return false;
    if (holdsPicture(wrapper)) return true;
  }
  return false;
}

/** Attributes a lazy-loading picture keeps its address in, on an element that is not yet an <img>. */
const LAZY_PICTURE_ATTRIBUTES = ['data-src', 'data-bg', 'data-background', 'data-background-image'];

/** An image, a picture or a video, or a lazy-loading one not drawn yet (its address in a data attribute or a background). */
function holdsPicture(wrapper: Element): boolean {
  if (elementsByTags(wrapper, ['img', 'picture', 'video']).length > 0) return true;
  const elements = [wrapper, ...elementsByTag(wrapper, '*')];
  return elements.some(
    (element) =>
      LAZY_PICTURE_ATTRIBUTES.some((name) => element.hasAttribute(name)) || /background(?:-image)?\s*:[^;]*url\(/iu.test(element.getAttribute('style') ?? ''),
  );
}

/** The element's leaf blocks (dom.ts), or the element itself where it is a block with none inside. */
function leafBlocksOf(element: Element): Element[] {
  const inner = leafBlocks(element);
  return inner.length > 0 || !isBlock(element) ? inner : [element];
}

/**
 * The first blocks with text after `headline` in document order: its following siblings', then its ancestors'
 * following siblings', so that only the part of the page after the headline is walked, and only as far as needed.
 */
function blocksAfter(headline: Element, body: Element, limit: number): Element[] {
  const found: Element[] = [];
  for (let node: Element | null = headline; node && node !== body && found.length < limit; node = node.parentElement) {
    for (let sibling = node.nextElementSibling; sibling && found.length < limit; sibling = sibling.nextElementSibling) {
      found.push(...leafBlocksOf(sibling).filter((block) => textOf(block) !== ''));
    }
  }
  return found.slice(0, limit);
}

/**
 * A page whose `<title>` is written for search engines ("Loan interest: work out your costs") names its headline in
 * other words; its one `<h1>` of a headline's length is the headline then. Two or more `<h1>` name nothing.
 */
function onlyHeadline(body: Element): Element | undefined {
  const headings = elementsByTag(body, 'h1');
  if (headings.length !== 1) return undefined;
  return textOf(headings[0]!).split(' ').length >= MIN_HEADLINE_WORDS ? headings[0] : undefined;
}

/**
 * The page's headline (the first `<h1>` or `<h2>` that its title names, or else its only `<h1>`) and the blocks with text that follow it.
 * `titles` are the page's names for itself, read before any stage changed it.
 */
export function findBlocksAfterHeadline(clone: Document, titles: readonly string[]): BlocksAfterHeadline | undefined {
  const body = bodyOf(clone);
  if (!body || titles.length === 0) return undefined;
  const headline = elementsByTags(body, ['h1', 'h2']).find((heading) => isPageHeadline(heading, titles)) ?? onlyHeadline(body);
  if (!headline) return undefined;
  const blocks = blocksAfter(headline, body, BLOCKS_AFTER_HEADLINE).map((block) => ({
    text: textOf(block),
    // A caption is never restored: it is kept only to know where the body begins.
    copy: (isCaption(block) ? block.ownerDocument.createElement('figure') : block.cloneNode(true)) as Element,
  }));
  return blocks.length ? { blocks } : undefined;
}

function readsAsLead(block: Element): boolean {
  const text = textOf(block);
  if (text.length < MIN_LEAD_LENGTH || text.length > MAX_LEAD_LENGTH) return false;
  if (block.localName === 'figure' || isPhotoCredit(text)) return false;
  return readsAsSentence(text) && linkDensity(block, text) < MAX_LEAD_LINK_DENSITY;
}

/**
 * Puts back, at the top of the article, the paragraph of prose the page printed first between its headline and the
 * block the article begins with. Returns the text put back ('' for none). What the text rules take for furniture
 * (a byline with its date, an affiliate disclosure) is left out, and logged as the rules log it.
 */
export function restoreHeadlineLead(content: Element, found: BlocksAfterHeadline | undefined, removed: Removal[]): string {
  if (!found) return '';
  const first = leafBlocks(content).find((block) => textOf(block) !== '');
  if (!first) return '';
  const opening = textOf(first).slice(0, COMPARED_PREFIX);
  const start = found.blocks.findIndex((block) => block.text.startsWith(opening));
  // Not found, or the article opens right under the headline: nothing was left between them.
  if (start <= 0) return '';
  // The lead is the first block of prose under the headline (a byline or a date may stand before it). Only that one:
  // further blocks between headline and body are as often a note, an appeal or an audio player's line as more lead.
  const lead = found.blocks.slice(0, start).find((block) => block.text.length >= MIN_LEAD_LENGTH);
  if (!lead || lead.copy.localName === 'li' || !readsAsLead(lead.copy)) return '';
  if (foldSpaces(textOf(content)).includes(lead.text.slice(0, COMPARED_PREFIX))) return '';
  const document = content.ownerDocument;
  // The lead is cleaned on its own, where it stands at an edge, as the article's first lines do.
  const restored = document.createElement('div');
  const paragraph = document.createElement('p');
  for (const child of lead.copy.childNodes) paragraph.append(document.importNode(child, true));
  restored.append(paragraph);
  removeContentClutter(restored, removed);
  const paragraphs = [...restored.children].filter((paragraph) => textOf(paragraph) !== '');
  content.prepend(...paragraphs);
  return paragraphs.map(textOf).join('\n');
}
