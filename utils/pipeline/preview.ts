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

const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT, which jsdom's window has but Node's global scope does not.

/**
 * Removes everything after the element in which the text of `root` passes
 * `characters`: the element itself stays whole (no paragraph is cut in two),
 * and so do its ancestors. What is left is a prefix of the document in order,
 * element for element, which the `hidden` stage relies on to pair the copy's
 * elements with the page's. Returns whether anything was removed.
 */
export function cutAfterText(root: Element, characters: number): boolean {
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  let seen = 0;
  let last: Node | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    seen += (node as Text).data.length;
    if (seen > characters) {
      last = node;
      break;
    }
  }
  if (!last) return false;
  // The text's own element is kept whole: the cut falls between blocks, not inside a sentence.
  let keep: Node = last.parentNode && last.parentNode !== root ? last.parentNode : last;
  let cut = false;
  for (; keep !== root && keep.parentNode; keep = keep.parentNode) {
    for (let next = keep.nextSibling; next; next = keep.nextSibling) {
      next.remove();
      cut = true;
    }
  }
  return cut;
}
