/**
 * The article body the page marks as such, where Readability read a part of it.
 *
 * Many pages mark their story's body with microdata: `itemprop="articleBody"`
 * (Blogger prints `itemprop='description articleBody'` on every post). Where
 * that body is cut into sections of about equal weight (an essay's numbered
 * `<div class="outline-2">` parts, each under its own heading), Readability
 * scores each section apart, takes the heaviest, and leaves its siblings
 * below its threshold: the reader gets section 3 of 5. The page has said
 * where the whole body is, though. Where exactly one element is marked, and
 * Readability's reading lies inside it yet holds little of it, the marked
 * element is the article (the clean-up stages after Readability then clean
 * it as they clean any reading).
 *
 * Only that case: a reading that holds most of the marked body, or that lies
 * elsewhere on the page (a marked teaser, a marked comment), is kept.
 */
import { bodyOf, elementsByTag, elementsWithAttributes, foldSpaces, linkDensity, textOf } from '../dom/dom.ts';
import { shareHeld, textProbes } from './text-probes.ts';

/** A marked body shorter than this is a summary or a teaser, not a story Readability could have cut. */
const MIN_BODY_LENGTH = 1000;
/** Probes: stretches of text, spread over it, looked for in the other text. */
const PROBE_COUNT = 10;
const PROBE_LENGTH = 40;
/** A reading holding at least this share of the marked body's probes holds the body: nothing changes. */
const HELD_SHARE = 0.6;
/** A reading whose probes are this often in the marked body lies inside it (a section of it). */
const INSIDE_SHARE = 0.8;
/** The marked body must be this much longer than the reading for the swap to be worth it. */
const MIN_GROWTH = 1.5;
/** A block inside the marked body with at least this many links, mostly link text, lists other pages. */
const LINK_LIST_MIN_LINKS = 3;
const LINK_LIST_DENSITY = 0.5;
const LIST_BLOCKS = 'div, section, aside, nav, ul, ol, table';

export interface MarkedBody {
  /** A copy of the marked element, taken before Readability takes the page apart. */
  copy: Element;
  /** Its text, whitespace folded. */
  text: string;
}

/** Whether the element's `itemprop` names the article body (a list of tokens; case varies: "articlebody"). */
function marksArticleBody(element: Element): boolean {
  return (element.getAttribute('itemprop') ?? '').toLowerCase().split(/\s+/u).includes('articlebody');
}

/**
 * Whether the element is a whole recipe or how-to in microdata (`itemtype="http://schema.org/Recipe"`): its
 * description, ingredients and steps are the article, as a news story's marked body is, where Readability read
 * only the steps.
 */
function marksHowTo(element: Element): boolean {
  return /\/(Recipe|HowTo)$/u.test(element.getAttribute('itemtype') ?? '');
}

/** The one element of the cleaned copy marked as the article body (or a recipe), copied; none where no element or several are. */
export function findMarkedBody(clone: Document): MarkedBody | undefined {
  const body = bodyOf(clone);
  if (!body) return undefined;
  // The browser's selector engine where there is one, a walk under jsdom (dom.ts).
  const marked = elementsWithAttributes(body, ['itemprop', 'itemtype']).filter((element) => marksArticleBody(element) || marksHowTo(element));
  if (marked.length !== 1) return undefined;
  const element = marked[0]!;
  const text = textOf(element);
  if (text.length < MIN_BODY_LENGTH) return undefined;
  return { copy: element.cloneNode(true) as Element, text };
}

/**
 * Readability's reading, or the marked body (a copy in `document`) where the
 * reading is a part of it: inside it, holding little of it, and much shorter.
 */
export function preferMarkedBody<Reading extends { content: Element; textContent: string }>(
  reading: Reading | null,
  marked: MarkedBody | undefined,
  document: Document,
): Reading | { content: Element; textContent: string; byline: string; dir: string } | null {
  if (!reading || !marked) return reading;
  const text = foldSpaces(reading.textContent);
  if (marked.text.length < MIN_GROWTH * text.length) return reading;
  if (shareHeld(textProbes(marked.text, PROBE_COUNT, PROBE_LENGTH), text) >= HELD_SHARE) return reading;
  if (shareHeld(textProbes(text, PROBE_COUNT, PROBE_LENGTH), marked.text) < INSIDE_SHARE) return reading;
  const content = document.importNode(marked.copy, true);
  removeLinkLists(content, textProbes(text, PROBE_COUNT, PROBE_LENGTH));
  return { byline: '', dir: '', ...reading, content, textContent: content.textContent };
}

/**
 * The blocks of links a marked element carries besides its story: a recipe's element often wraps the whole
 * column, with its "more recipes" gallery, "products used" shelf and previous/next links. Readability drops
 * such blocks from any reading it makes (its conditional clean-up); a marked body bypasses that, so the same
 * test is made here. A block holding a marked property (`itemprop`: an ingredient list, the steps) is the
 * story's own, however many links it has.
 */
function removeLinkLists(content: Element, readingProbes: string[]): void {
  for (const block of content.querySelectorAll(LIST_BLOCKS)) {
    if (!content.contains(block)) continue; // inside a block already removed
    if (block.hasAttribute('itemprop') || block.querySelector('[itemprop]')) continue;
    if (elementsByTag(block, 'a').length < LINK_LIST_MIN_LINKS) continue;
    const text = textOf(block);
    if (linkDensity(block, text) < LINK_LIST_DENSITY) continue;
    // A wrapper of the story and its "more stories" list together can be mostly links: the list inside it goes
    // (it is looked at next), never the wrapper that holds what Readability read.
    if (shareHeld(readingProbes, text) > 1 - HELD_SHARE) continue;
    block.remove();
  }
}
