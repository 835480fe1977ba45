/**
 * A box of figures (a photo gallery) laid out as figures again, where Readability keeps them.
 *
 * Readability's conditional clean-up drops a block with more than one image and fewer than half as many
 * paragraphs as images, unless the block sits inside a figure: a gallery the page prints as
 * `<div class="photos"><figure>…</figure><figure>…</figure></div>` goes whole, pictures and captions. The same
 * figures standing one after another among the paragraphs are kept. So a block that holds nothing but two or
 * more figures with a picture each (its furniture, the counter and the buttons, has gone in the clutter pass) is
 * replaced by its figures on the reading copy. A strip of teasers to other stories is left as it is: its
 * captions are links.
 */
import { TEXT_NODE, elementsByTag, forEachTextNode, isElement, linkDensity, tagOf, textOf } from '../dom/dom.ts';

/** Blocks a gallery's markup wraps its figures in. */
const WRAPPER_TAGS = new Set(['div', 'section', 'span']);
/** Above this share of link text, the figures are teasers (each caption a headline linking elsewhere). */
const MAX_LINK_DENSITY = 0.5;

const hasPicture = (figure: Element) => elementsByTag(figure, 'img').length > 0 || elementsByTag(figure, 'picture').length > 0;

/** Anything but white space (as the pattern `\s` counts it: the same test as the text's, character by character). */
const NOT_SPACE = /\S/;

/**
 * Whether any text under `block` outside its figures is more than white space. A walk that steps over each figure
 * and stops at the first such text: every wrapper above a figure is asked, up to the one holding the whole article,
 * and reading each one's whole text (to compare it with its figures') read the page's text once per level.
 */
function hasTextOutsideFigures(block: Element): boolean {
  let node: Node | null = block.firstChild;
  while (node) {
    if (node.nodeType === TEXT_NODE && NOT_SPACE.test((node as Text).data)) return true;
    const isFigure = isElement(node) && tagOf(node) === 'figure';
    if (node.firstChild && !isFigure) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== block && !node.nextSibling) node = node.parentNode;
    if (!node || node === block) return false;
    node = node.nextSibling;
  }
  return false;
}

/** The figures a block holds, when it holds nothing else that a reader sees; undefined otherwise. */
function galleryFigures(block: Element): Element[] | undefined {
  // Anything but white space outside the figures (a paragraph, a heading) makes the block more than a gallery. Asked
  // first: it stops at the first word of a wrapper that holds the article, where listing its figures would not.
  if (hasTextOutsideFigures(block)) return undefined;
  const figures = elementsByTag(block, 'figure').filter((figure) => !figure.parentElement?.closest('figure'));
  if (figures.length < 2 || !figures.every(hasPicture)) return undefined;
  const text = textOf(block);
  if (linkDensity(block, text) > MAX_LINK_DENSITY) return undefined;
  return figures;
}

/** Readability's conditional clean-up spares a block whose text holds this many commas: it reads as prose. */
const COMMAS_READABILITY_SPARES = 10;
/** A paragraph this long is prose a reader would miss, not a caption or a label. */
const MIN_PROSE_PARAGRAPH = 80;

/** Whether `element`'s text holds at least `count` commas, read only as far as the last one needed. */
function holdsCommas(element: Element, count: number): boolean {
  let found = 0;
  forEachTextNode(element, (text) => {
    found += text.data.split(',').length - 1;
    return found < count;
  });
  return found >= count;
}

/**
 * Whether laying out the gallery in `block` as figures would make Readability drop a block above it that holds a
 * paragraph of prose. Readability drops a `<div>` with fewer than ten commas, more than one image and fewer than half
 * as many paragraphs as images. Left as it is, the gallery's own box goes first (no paragraph at all) and the block
 * above keeps its prose; laid out, its pictures count against that block. A blog's block editor sets a paragraph in
 * one column and two photos in the other: the whole row, paragraph and all, went. A picture is worth less than the text.
 */
function costsProseAbove(block: Element, body: Element): boolean {
  for (let ancestor = block.parentElement; ancestor && ancestor !== body; ancestor = ancestor.parentElement) {
    if (tagOf(ancestor) !== 'div') continue;
    // Every block further up holds this one's text and its commas too: Readability spares them all.
    if (holdsCommas(ancestor, COMMAS_READABILITY_SPARES)) return false;
    const paragraphs = elementsByTag(ancestor, 'p');
    const images = elementsByTag(ancestor, 'img').length;
    if (images > 1 && paragraphs.length / images < 0.5 && paragraphs.some((paragraph) => textOf(paragraph).length >= MIN_PROSE_PARAGRAPH)) return true;
  }
  return false;
}

/** Replaces each box of figures under `body` by its figures, the outermost box first; `kept` (an element held elsewhere) stays. */
export function unwrapPhotoGalleries(body: Element, kept?: Element | null): void {
  const candidates = new Set<Element>();
  for (const figure of elementsByTag(body, 'figure')) {
    for (let ancestor = figure.parentElement; ancestor && ancestor !== body; ancestor = ancestor.parentElement) {
      if (WRAPPER_TAGS.has(tagOf(ancestor))) candidates.add(ancestor);
    }
  }
  // Document order puts an ancestor before its descendants: the outermost box goes first, taking the inner ones with it.
  const ordered = [...candidates].sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1));
  for (const block of ordered) {
    if (block === kept || !body.contains(block)) continue;
    const figures = galleryFigures(block);
    if (figures && !costsProseAbove(block, body)) block.replaceWith(...figures);
  }
}
