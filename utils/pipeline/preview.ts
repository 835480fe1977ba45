/**
 * The first pass over a very long page (a live blog of thousands of updates).
 * Reading all of it takes seconds (Readability alone scores every paragraph),
 * and the person would stare at "Reading…" meanwhile. So the popup and the
 * overlay first read the page's beginning, cut after this much text, and show
 * it; then they read the whole page and swap it in.
 *
 * An ordinary article, however long, stays under the limit and is read once:
 * its text is rarely past 100 000 characters (about 16 000 words), and the cut
 * is only made on the copy the cleaning stages edit, never on the page.
 */

/** More text than this in the page, and the first pass reads only its beginning. */
export const PREVIEW_TEXT_CHARACTERS = 200_000;

/** Pages with more elements than this are rarely under the limit: beginningEnd walks them at once (see countedText). */
export const ORDINARY_PAGE_ELEMENTS = 30_000;

import { readingCopy } from './reading-copy.ts';

const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT, which jsdom's window has but Node's global scope does not.

/**
 * Removes everything after the element in which the text of `root` passes
 * `characters`: the element itself stays whole (no paragraph is cut in two),
 * and so do its ancestors. What is left is a prefix of the document in order,
 * element for element, which the `hidden` stage relies on to pair the copy's
 * elements with the page's. Returns whether anything was removed.
 */
export function cutAfterText(root: Element, characters: number): boolean {
  const last = beginningEnd(root, characters);
  if (!last) return false;
  let cut = false;
  for (let keep: Node = last; keep !== root && keep.parentNode; keep = keep.parentNode) {
    for (let next = keep.nextSibling; next; next = keep.nextSibling) {
      next.remove();
      cut = true;
    }
  }
  return cut;
}

const SHOW_ELEMENT_AND_TEXT = 1 | 4; // NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;

/**
 * Where the beginning of `root` ends: the element in which its text passes `characters` (kept whole: the cut falls
 * between blocks, not inside a sentence), or the text node itself when it lies directly in `root`. Undefined when the
 * text never passes the limit. Text inside `skipped` elements does not count (the reading copy leaves them out: read
 * on the page, the beginning ends where it would in the copy). Reads only; stops as soon as it knows.
 */
export function beginningEnd(root: Element, characters: number, skipped?: ReadonlySet<Element>, askLengthFirst = true): Node | undefined {
  if (askLengthFirst && countedText(root, skipped) <= characters) return undefined;
  const filter = skipped?.size ? { acceptNode: (node: Node) => (skipped.has(node as Element) ? FILTER_REJECT : FILTER_ACCEPT) } : null;
  const walker = root.ownerDocument.createTreeWalker(root, skipped?.size ? SHOW_ELEMENT_AND_TEXT : SHOW_TEXT, filter);
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== 3) continue;
    seen += (node as Text).data.length;
    if (seen > characters) return node.parentNode && node.parentNode !== root ? node.parentNode : node;
  }
  return undefined;
}

/**
 * How much text the walk in beginningEnd would count in all: `root`'s text, less that of the outermost `skipped`
 * elements inside it. Asked first because nearly every page is under the limit: the browser builds the text natively,
 * while the walk calls back into the script for each of the page's nodes (10 to 20 ms on a news page in Chromium).
 * Not on a page of very many elements (`askLengthFirst` false), whose text would be megabytes built for nothing.
 */
function countedText(root: Element, skipped: ReadonlySet<Element> | undefined): number {
  let length = root.textContent.length;
  for (const element of skipped ?? []) {
    if (element === root || !root.contains(element)) continue;
    let outermost = true;
    for (let parent = element.parentElement; parent && parent !== root; parent = parent.parentElement) {
      if (skipped!.has(parent)) {
        outermost = false;
        break;
      }
    }
    if (outermost) length -= element.textContent.length;
  }
  return length;
}

const NOTHING_OMITTED = { omitted: new Set<Element>(), holdsOmitted: new Set<Node>() };
const DOCUMENT_POSITION_FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, which Node's global scope does not have.

/**
 * The page up to `end` (beginningEnd's), scripts and all, for the metadata of a very long page's first pass: the
 * head whole, the body's beginning, and the structured data (JSON-LD) from anywhere after it. Its walks then stay
 * within the beginning instead of going over all 20 MB; what a page says about itself is in its head, its JSON-LD
 * and its first screen.
 */
export function pageBeginning(document: Document, end: Node): Document {
  const { copy } = readingCopy(document, [], end, NOTHING_OMITTED);
  const body = copy.body as HTMLElement | null;
  if (!body) return copy;
  for (const script of Array.from(document.querySelectorAll('script[type]'))) {
    if (!/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    if (end.contains(script) || !(end.compareDocumentPosition(script) & DOCUMENT_POSITION_FOLLOWING)) continue;
    body.append(copy.importNode(script, true));
  }
  return copy;
}
