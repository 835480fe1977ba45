/**
 * Small DOM helpers shared by the pipeline stages. They use node types and tag
 * names rather than `instanceof`, so they work on any DOM (the page's, a
 * jsdom window's, a DOMParser document).
 */

const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export function isElement(node: Node | null | undefined): node is Element {
  return !!node && node.nodeType === ELEMENT_NODE;
}

/**
 * The DOM typings say `document.body` and `document.documentElement` are never
 * null; they are on a frameset page, an empty parse or an XML document. These
 * give the honest type, so every caller handles the missing case.
 */
export function bodyOf(document: Document): HTMLElement | null {
  const body: HTMLElement | null = document.body;
  return body;
}

export function rootOf(document: Document): HTMLElement | null {
  const root: HTMLElement | null = document.documentElement;
  return root;
}

export function tagOf(element: Element): string {
  return element.localName.toLowerCase();
}

/** Elements that start a new block of text when rendered. */
export const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'ul',
  'center',
  'body',
]);

export const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Elements that show something without text: media, rules, and the parts of a
 * table (an empty cell still holds its column). The one list every "is this
 * empty?" check uses. (`<br>` is not here: alone it shows nothing, and the
 * checks that keep it say so.)
 */
export const SHOWS_WITHOUT_TEXT = new Set([
  'img',
  'picture',
  'video',
  'audio',
  'svg',
  'math',
  'iframe',
  'hr',
  'source',
  'object',
  'embed',
  'canvas',
  'table',
  'tr',
  'td',
  'th',
  'col',
  'colgroup',
]);
const SHOWS_WITHOUT_TEXT_SELECTOR = [...SHOWS_WITHOUT_TEXT].join(', ');

export function isBlock(element: Element): boolean {
  return BLOCK_TAGS.has(tagOf(element));
}

/**
 * The first element with a tag under `root` that passes `accept` (`root.querySelector('a[href]')` as
 * `firstByTag(root, 'a', hasHref)`), reading the collection by index and its length once (see `elementsByTag`).
 */
export function firstByTag(root: Document | Element, tag: string, accept: (element: Element) => boolean = () => true): Element | undefined {
  const list = root.getElementsByTagName(tag);
  for (let index = 0, length = list.length; index < length; index++) {
    const element = list[index]!;
    if (accept(element)) return element;
  }
  return undefined;
}

/** The elements with any of the tags under `root`, in document order (`querySelectorAll('h1, h2')`), from the tags' collections. */
export function elementsByTags(root: Document | Element, tags: readonly string[]): Element[] {
  const elements = tags.flatMap((tag) => elementsByTag(root, tag));
  // compareDocumentPosition: 4 means the argument follows.
  if (tags.length > 1) elements.sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1));
  return elements;
}

/**
 * Whether an attribute's value, read as a list of whitespace-separated tokens in any case, holds `token` (what
 * `[rel~="canonical" i]` asks). Lucid reads such lists from a tag's collection rather than with an attribute selector:
 * under jsdom each selector call parses the selector again and matches every element in script.
 */
export function hasToken(value: string | null, token: string): boolean {
  return (
    !!value &&
    value
      .toLowerCase()
      .split(/[\t\n\f\r ]+/)
      .includes(token)
  );
}

/** Whether an element sits inside one of the given tag (`picture source`), without a selector (see `hasToken`). */
export function hasAncestor(element: Element, tag: string): boolean {
  for (let ancestor = element.parentElement; ancestor; ancestor = ancestor.parentElement) if (tagOf(ancestor) === tag) return true;
  return false;
}

/**
 * Defined by the extension's build (wxt.config.ts), undefined under Node: the element list and selector tests below are for jsdom alone, and
 * asking whether the build defined it lets the bundler leave that code out of the script a tab runs.
 */
declare const __LUCID_BUILD__: true | undefined;

/**
 * The elements with a tag name under `root`, as a snapshot array. getElementsByTagName, not querySelectorAll:
 * in jsdom the first selector query on a fresh clone builds the selector engine's caches (half a second on a
 * big page), while a tag lookup costs next to nothing everywhere. Copied by `Array.prototype.slice`, not by a
 * spread or for-of: jsdom's HTMLCollection is a proxy that looks up every non-index name it is asked for
 * (`length`, `item`, the iterator's) as an element id across the whole collection, so iterating one reads it n
 * times over (52 s for the `<p>`s of one page); slice reads `length` once, then indices.
 */
export function elementsByTag(root: Document | Element, tag: string): Element[] {
  if (typeof __LUCID_BUILD__ === 'undefined' && listed?.document === root) return listedByTag(listed, tag).slice();
  return Array.prototype.slice.call(root.getElementsByTagName(tag)) as Element[];
}

/** A document's elements from one walk, and grouped by tag once asked: see `withElementList`. */
interface ElementList {
  document: Document;
  all: readonly Element[];
  byTag?: Map<string, Element[]>;
}

let listed: ElementList | undefined;

function listedByTag(list: ElementList, tag: string): Element[] {
  if (!list.byTag) {
    list.byTag = new Map();
    // The local name, as it is: for the parser's elements that is the qualified name getElementsByTagName matches.
    for (const element of list.all) {
      const same = list.byTag.get(element.localName);
      if (same) same.push(element);
      else list.byTag.set(element.localName, [element]);
    }
  }
  return list.byTag.get(tag) ?? [];
}

/**
 * Runs `read` with `document`'s elements listed once (`all`: every element in order, as elementsInOrder lists them;
 * by default one walk): elementsInOrder and elementsByTag then answer for the whole document from that list. Under
 * jsdom each of those is a walk over the whole page, and the metadata readers ask for a dozen. `read` must not change
 * the document. Not in a tab: there the browser's own index answers each at once.
 */
export function withElementList<Result>(document: Document, read: () => Result, all?: readonly Element[]): Result {
  if (typeof __LUCID_BUILD__ !== 'undefined' || listFromIndex) return read();
  const outer = listed;
  listed = { document, all: all ?? elementsInOrder(document) };
  try {
    return read();
  } finally {
    listed = outer;
  }
}

/**
 * Whether the DOM is a browser's, whose own reads (`getElementsByTagName('*')`, `textContent`) are many times faster
 * than a walk in script, every step of which calls into the DOM and runs cold on a fresh page. Under jsdom it is the
 * other way round: its collections and text are themselves script. Set once by the scripts that run in a tab
 * (page-reader.ts, page-rest.ts).
 */
let listFromIndex = false;

/** Called by the scripts injected into a tab: elementsInOrder then lists elements from the browser's index. */
export function listElementsFromIndex(): void {
  listFromIndex = true;
}

/** Whether listElementsFromIndex was called: the DOM is a browser's, and its native reads are the fast ones. */
export function inBrowserDom(): boolean {
  return listFromIndex;
}

/**
 * The elements under `root` that carry any of the attributes `names`, in document order: what the selector `[a], [b]`
 * lists. A tab's browser answers the selector natively. Under jsdom a selector is matched against every element in
 * script, several times slower than this walk, which reads attributes only of the elements that have any.
 */
export function elementsWithAttributes(root: Element, names: readonly string[]): Element[] {
  if (listFromIndex) return Array.from(root.querySelectorAll(names.map((name) => `[${name}]`).join(', ')));
  return elementsInOrder(root).filter((element) => element.hasAttributes() && names.some((name) => element.hasAttribute(name)));
}

/**
 * Page-wide selectors and the test that answers each element by element: under jsdom a selector is matched in script,
 * slower than the test over the listed elements. Left out of the extension's build, where the browser matches natively.
 */
const SELECTOR_TESTS: Record<string, (element: Element) => boolean> =
  typeof __LUCID_BUILD__ === 'undefined'
    ? {
        '[itemprop="datePublished"]': (element) => element.getAttribute('itemprop') === 'datePublished',
        '[itemprop="headline"], h1': (element) => element.localName === 'h1' || element.getAttribute('itemprop') === 'headline',
      }
    : {};

/** `document.querySelectorAll(selector)` as an array; from the listed elements for a selector SELECTOR_TESTS answers. */
export function elementsMatching(document: Document, selector: string): Element[] {
  const test = SELECTOR_TESTS[selector];
  return test && !listFromIndex ? elementsInOrder(document).filter(test) : Array.from(document.querySelectorAll(selector));
}

/**
 * `foldSpaces(text).slice(0, maxLength)` without folding all of a long text: a prefix folds to a prefix of the
 * whole's folding (only its end may be cut shorter), so once a prefix folds past `maxLength`, its start is the answer.
 */
export function foldedStart(text: string, maxLength: number): string {
  for (let window = Math.max(64, maxLength * 4); ; window *= 4) {
    if (window >= text.length) return foldSpaces(text).slice(0, maxLength);
    const folded = foldSpaces(text.slice(0, window));
    if (folded.length > maxLength) return folded.slice(0, maxLength);
  }
}

/**
 * Every element under `root`, in document order, found by walking child and
 * sibling links. Faster than iterating `getElementsByTagName('*')` or
 * `querySelectorAll('*')`, whose indexed access is slow in jsdom; in a tab,
 * where it is the other way round, from the index (`listElementsFromIndex`).
 */
export function elementsInOrder(root: Document | Element): Element[] {
  if (typeof __LUCID_BUILD__ === 'undefined' && listed?.document === root) return listed.all.slice();
  const elements: Element[] = [];
  const start = 'documentElement' in root ? rootOf(root) : root;
  if (!start) return elements;
  // The same list: a document's index holds its root element, an element's only what is under it.
  if (listFromIndex) return Array.from(root.getElementsByTagName('*'));
  let node: Element | null = start;
  while (node) {
    elements.push(node);
    let next: Element | null = node.firstElementChild;
    while (!next && node) {
      if (node === start) break;
      next = node.nextElementSibling;
      if (!next) node = node.parentElement;
    }
    if (node === start && !next) break;
    node = next;
  }
  return root === start ? elements.slice(1) : elements;
}

export function foldSpaces(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Elements whose text is a source, not printed on the page: a script's, a style sheet's, a template's. */
export const SOURCE_TEXT_TAGS: ReadonlySet<string> = new Set(['script', 'style', 'noscript', 'template']);

/** Text a reader sees on the page: not the source of a script or style, nor a form control's value or options. */
export function isReadableText(node: Node): boolean {
  const parent = node.parentElement;
  if (!parent) return false;
  const tag = tagOf(parent);
  return !SOURCE_TEXT_TAGS.has(tag) && tag !== 'textarea' && tag !== 'option';
}

/** A link that leads somewhere (`a[href]`): for `firstByTag(root, 'a', hasHref)`. */
export const hasHref = (link: Element): boolean => link.hasAttribute('href');

/** The element's text with white space folded. */
export function textOf(node: Node): string {
  return foldSpaces(node.textContent ?? '');
}

/** Length of the text inside links, against all text: near 1 for menus and teaser lists. */
export function linkDensity(element: Element, text = textOf(element)): number {
  if (!text) return 0;
  let linkLength = 0;
  for (const link of elementsByTag(element, 'a')) linkLength += textOf(link).length;
  return Math.min(1, linkLength / text.length);
}

/**
 * Blocks that hold text directly: paragraphs, list items, headings, captions,
 * and divs without blocks inside. The clean-up passes judge text a block at a time.
 * One walk: pages (and Readability) nest paragraphs inside spans and links, so
 * inline elements are looked into as well.
 */
export function leafBlocks(root: Element): Element[] {
  const blocks: Element[] = [];
  // Returns whether the subtree of `element` holds a block; pushes leaf blocks in document order.
  const visit = (element: Element): boolean => {
    // Set inside the callback below, which TypeScript's narrowing does not see.
    let holdsBlock = false as boolean;
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
      const tag = tagOf(child);
      if (tag === 'table' || tag === 'pre' || tag === 'svg' || tag === 'math') {
        blocks.push(child);
        holdsBlock = true;
        continue;
      }
      // A link wrapped around blocks is a card (a teaser, a badge): it is judged as one block.
      if (tag === 'a' && !isBlock(child)) {
        const start = blocks.length;
        if (visit(child)) {
          blocks.splice(start);
          blocks.push(child);
          holdsBlock = true;
        }
        continue;
      }
      const nested = visit(child);
      if (isBlock(child)) {
        holdsBlock = true;
        // Blocks are pushed after their subtree is visited; a leaf's subtree pushed nothing, so order holds.
        if (!nested) blocks.push(child);
      } else if (nested) {
        holdsBlock = true;
      }
    }
    return holdsBlock;
  };
  visit(root);
  return blocks;
}

/**
 * Inline text standing between blocks (`<div><figure/>Published 22:31<p/></div>`)
 * wrapped into paragraphs of its own, so that the block-by-block passes see it.
 * Works on the extracted content, which is Lucid's own copy.
 */
export function wrapInlineRuns(root: Element): void {
  const document = root.ownerDocument;
  const visit = (element: Element): boolean => {
    // Set inside the callback below, which TypeScript's narrowing does not see.
    let holdsBlock = false as boolean;
    const children = [...element.childNodes];
    const childIsBlock = children.map((child) => {
      if (!isElement(child)) return false;
      const nested = visit(child);
      const block = isBlock(child) || nested || ['table', 'pre', 'figure', 'svg'].includes(tagOf(child));
      if (block) holdsBlock = true;
      return block;
    });
    if (!holdsBlock || tagOf(element) === 'p' || tagOf(element) === 'pre') return holdsBlock;
    let run: ChildNode[] = [];
    const flush = () => {
      if (run.some((node) => (node.textContent ?? '').trim())) {
        const paragraph = document.createElement('p');
        run[0]!.before(paragraph);
        paragraph.append(...run);
      }
      run = [];
    };
    children.forEach((child, index) => {
      if (childIsBlock[index]) flush();
      else run.push(child);
    });
    flush();
    return holdsBlock;
  };
  visit(root);
}

/**
 * Calls `visit` for every text node under root, in document order (cheaper
 * than a TreeWalker in jsdom). `visit` returns false to stop early.
 */
export function forEachTextNode(root: Node, visit: (node: Text) => unknown): void {
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === TEXT_NODE && visit(node as Text) === false) return;
    if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    if (!node || node === root) return;
    node = node.nextSibling;
  }
}

const LEADING_SPACE = /^\s/u;
const SPACE = /\s/u;

/** Whether the text's last character is white space: `/\s$/` tried a match at every position of a long text. */
function endsWithSpace(value: string): boolean {
  return value.length > 0 && SPACE.test(value.charAt(value.length - 1));
}

/**
 * Reads the text under `node` in order while its folded length is at most `limit`, handing each text read to
 * `visit`; returns that folded length, exact up to `limit`, some length above `limit` past it. Each text is folded
 * only as far as the limit needs: a paragraph of thousands of characters, asked whether it is a short label, costs
 * what its first few hundred do.
 */
export function foldedWalkUpTo(node: Node, limit: number, visit?: (value: string) => void): number {
  let length = 0;
  // White space stands after the last word read: the next word adds a space before it.
  let spaceAfter = false;
  forEachTextNode(node, (text) => {
    const value = text.data;
    visit?.(value);
    // Exact while the walk stays within the limit; one past what is left of it otherwise, which ends the walk.
    const words = foldedStart(value, limit - length + 1).length;
    if (words === 0) {
      if (value && length > 0) spaceAfter = true;
    } else {
      if (length > 0 && (spaceAfter || LEADING_SPACE.test(value))) length += 1;
      length += words;
      spaceAfter = endsWithSpace(value);
    }
    return length <= limit;
  });
  return length;
}

/**
 * `textOf(node).length` while it is at most `limit`; past that, some length above `limit`, found without
 * reading the rest: asking whether a block holds a paragraph's worth of text must not build the whole text
 * of a block that holds the whole page (old table layouts nest it cell in cell, and every cell is asked).
 */
export function foldedLengthUpTo(node: Node, limit: number): number {
  return foldedWalkUpTo(node, limit);
}

/** Removes elements left without text or media, innermost first, up to (not including) root. */
export function removeEmptyAncestors(start: Element | null, root: Element): void {
  let current = start;
  while (current && current !== root && root.contains(current)) {
    const parent: Element | null = current.parentElement;
    if (isEmptyBlock(current)) current.remove();
    else break;
    current = parent;
  }
}

function hasMedia(element: Element): boolean {
  const tag = tagOf(element);
  return tag === 'br' || SHOWS_WITHOUT_TEXT.has(tag) || element.querySelector(SHOWS_WITHOUT_TEXT_SELECTOR) !== null;
}

/** Whether any text inside is more than white space; stops at the first that is (a huge block costs no more than a small one). */
export function hasText(root: Node): boolean {
  let found = false;
  forEachTextNode(root, (node) => {
    found = /\S/u.test(node.data);
    return !found;
  });
  return found;
}

function isEmptyBlock(element: Element): boolean {
  return !hasText(element) && !hasMedia(element);
}

/** Whether the element has more than `count` element children, without counting them all (jsdom builds a collection for childElementCount). */
export function hasMoreChildrenThan(element: Element, count: number): boolean {
  let seen = 0;
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) if (++seen > count) return true;
  return false;
}

/** Lower-case class and id words, split at separators and camelCase: "mostPopular_box" -> most, popular, box. */
export function classAndIdTokens(element: Element): string[] {
  return nameTokens(`${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`);
}

/**
 * The words of space-separated names (class values, an id, a custom element's name), lower case: each name whole
 * without separators, and its parts where it has several ("top_btn" gives "topbtn", "top" and "btn").
 */
export function nameTokens(raw: string): string[] {
  if (!raw.trim()) return [];
  const tokens: string[] = [];
  for (const word of raw.split(/\s+/)) {
    if (!word) continue;
    const compact = word.toLowerCase().replace(/[^a-z0-9]/g, '');
    if (compact) tokens.push(compact);
    const parts = word.replace(/([a-z])([A-Z])/g, '$1 $2').split(/[\s_\-:.]+|(?<=[a-z])(?=\d)/);
    if (parts.length > 1) for (const part of parts) if (part) tokens.push(part.toLowerCase());
  }
  return tokens;
}

/**
 * A deep copy of a document. jsdom refuses to clone a doctype whose name is
 * not a valid XML name (`<!DOCTYPE html<div>`, found by the fuzzer; browsers
 * clone it): then the copy is built without the doctype, with a <base> so
 * relative links still resolve against the page's address.
 */
export function cloneDocument(document: Document): Document {
  try {
    return document.cloneNode(true) as Document;
  } catch {
    const copy = document.implementation.createHTMLDocument('');
    const root = rootOf(document);
    if (root) copy.replaceChild(copy.importNode(root, true), copy.documentElement);
    const base = copy.createElement('base');
    base.setAttribute('href', document.baseURI);
    (copy.head as HTMLHeadElement | null)?.prepend(base);
    return copy;
  }
}
