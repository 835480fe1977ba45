/**
 * A second look where Readability's pick holds little of the page's prose.
 *
 * Readability scores blocks by their paragraphs and commas, and now and then
 * a long list or table outscores the story beside it: a table of 650 members
 * of parliament beside a food campaign, a disclaimer box beside an airline
 * news item. The clutter pass knows another thing: which block holds most of
 * the page's prose (text outside links, in blocks long enough to be
 * sentences). When Readability's article holds less than half of that
 * block's prose, Readability reads that block on its own, and the richer of
 * the two readings is the article.
 *
 * Readability takes its document apart as it reads, so the block is copied
 * beforehand; only the copy of one block, and only where there is prose enough
 * for a story.
 */
import { proseByElement } from './clutter.ts';
import { tagOf } from '../dom/dom.ts';

/** Less prose than this (about four sentences) is no story to look for. */
const MIN_STORY_PROSE = 500;
/** Readability's article holding less than this share of the main block's prose missed the story. */
const MISSED_SHARE = 0.5;

export interface MainBlock {
  copy: Element;
  prose: number;
  title: string;
  baseUri: string;
}

/** A copy of the block holding most of the page's prose, taken before Readability reads the page. */
export function keepMainBlock(block: Element | null, prose: number): MainBlock | undefined {
  if (!block || prose < MIN_STORY_PROSE || tagOf(block) === 'body' || tagOf(block) === 'html') return undefined;
  const document = block.ownerDocument;
  return { copy: block.cloneNode(true) as Element, prose, title: document.title, baseUri: document.baseURI };
}

function proseOf(content: Element): number {
  return proseByElement(content).get(content) ?? 0;
}

/**
 * Readability's reading, or its reading of the main block alone when the
 * first missed most of the block's prose and the second holds more.
 */
export function reconsider<Reading extends { content: Element }>(
  reading: Reading | null,
  main: MainBlock | undefined,
  read: (document: Document) => Reading | null,
): Reading | null {
  if (!main) return reading;
  const first = reading ? proseOf(reading.content) : 0;
  if (first >= MISSED_SHARE * main.prose) return reading;
  const document = main.copy.ownerDocument.implementation.createHTMLDocument(main.title);
  // Relative links and images resolve against the page's address, as in the page.
  const base = document.createElement('base');
  base.setAttribute('href', main.baseUri);
  document.head.append(base);
  document.body.append(document.importNode(main.copy, true));
  const second = read(document);
  return second && proseOf(second.content) > first ? second : reading;
}
