/**
 * The one sanitizer configuration. Article HTML from a page passes through
 * here before it reaches the command line's output, an extension page or the
 * reader overlay; nothing else in Lucid parses page markup into a live view.
 *
 * What survives: text structure (paragraphs, headings, lists, tables, quotes,
 * code), figures with images and captions, links. What does not: scripts,
 * event handlers, styles, forms, frames, SVG/MathML, `javascript:` URLs and
 * `data:` URLs anywhere but on images.
 */
import createDOMPurify, { type Config, type DOMPurify, type WindowLike } from 'dompurify';
import { SLICE_BOUNDARY } from './join-rest.ts';
import type { RawHtml, SafeHtml } from '../types.ts';

export const ALLOWED_TAGS = [
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'blockquote',
  'br',
  'caption',
  'cite',
  'code',
  'col',
  'colgroup',
  'dd',
  'del',
  'details',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'picture',
  'pre',
  'q',
  'rp',
  'rt',
  'ruby',
  's',
  'samp',
  'section',
  'small',
  'source',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'u',
  'ul',
  'var',
  'wbr',
];

const ALLOWED_ATTR = [
  'href',
  'src',
  'srcset',
  'sizes',
  'alt',
  'title',
  'dir',
  'lang',
  'colspan',
  'rowspan',
  'headers',
  'scope',
  'datetime',
  'cite',
  'start',
  'reversed',
  'type',
  'width',
  'height',
  'media',
  'open',
];

/**
 * Addresses may be web links or fragments, never another scheme (javascript:,
 * vbscript:, file:, data: outside images). DOMPurify tests every attribute
 * value with this pattern, so plain values ("rtl", "2") must pass too: the
 * last two branches match text that does not begin with a scheme, as in
 * DOMPurify's own default.
 */
const ALLOWED_URI = /^(?:https?:|#|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

const SANITIZE_CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOWED_URI_REGEXP: ALLOWED_URI,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  // A page can name an element "cookie" or "body" to shadow document properties (DOM clobbering).
  SANITIZE_DOM: true,
  SANITIZE_NAMED_PROPS: true,
  KEEP_CONTENT: true,
  WHOLE_DOCUMENT: false,
  FORBID_CONTENTS: ['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'select', 'textarea', 'button', 'title'],
};

const instances = new WeakMap<object, DOMPurify>();

/** One DOMPurify per window, with Lucid's hooks installed once. */
function purifierFor(window: WindowLike): DOMPurify {
  let purifier = instances.get(window);
  if (purifier) return purifier;
  purifier = createDOMPurify(window);
  purifier.addHook('afterSanitizeAttributes', (node) => {
    const element = node;
    const tag = element.localName;
    if (tag === 'a' && element.hasAttribute('href')) {
      element.setAttribute('target', '_blank');
      element.setAttribute('rel', 'noopener noreferrer');
    }
    if (tag === 'img') {
      // The reader shows images from the publisher's own servers, without telling them where they are shown.
      element.setAttribute('referrerpolicy', 'no-referrer');
      element.setAttribute('loading', 'lazy');
      element.setAttribute('decoding', 'async');
    }
  });
  instances.set(window, purifier);
  return purifier;
}

/**
 * Sanitized HTML of an element's contents or of a markup string.
 * `window` is the DOM to parse in: the page's or the extension page's in a
 * browser, a jsdom window in Node (never happy-dom: DOMPurify is not safe there).
 */
export function sanitizeHtml(input: RawHtml | Element, window: WindowLike): SafeHtml {
  const purifier = purifierFor(window);
  if (!purifier.isSupported) throw new Error('The sanitizer cannot run in this environment.');
  const markup = typeof input === 'string' ? input : input.innerHTML;
  // The one place markup becomes SafeHtml.
  return purifier.sanitize(markup, { ...SANITIZE_CONFIG, RETURN_TRUSTED_TYPE: false }) as SafeHtml;
}

/**
 * The same sanitizing of an article element that is Lucid's own (a copy of the page, or the command line's own
 * parse) and read for the last time: its nodes are sanitized where they stand instead of being serialised and parsed
 * again, which was over half of the sanitizer's time under jsdom. The element is left empty. The tree comes from an
 * HTML parser and Lucid's own edits, not from a live page's scripts, and DOMPurify's in-place mode applies the same
 * allow-lists (an element outside them goes, a comment holding markup goes). Unlike the string path, the markup is
 * not always what a parser would build: where a clean-up left a heading inside a paragraph, it is serialised so, and
 * a browser parses it back into the same allowed elements arranged its own way. That is safe only because no allowed
 * element holds raw text (script, style, textarea…) or foreign content (SVG, MathML), whose serialisation a parser
 * could read differently: allowing one would make this path unsafe.
 */
export function sanitizeOwnElement(element: Element, window: WindowLike): SafeHtml {
  const purifier = purifierFor(window);
  if (!purifier.isSupported) throw new Error('The sanitizer cannot run in this environment.');
  // DOMPurify sanitizes in place below an allowed root: the article's own root may be an <article> or a <main>.
  const holder = element.ownerDocument.createElement('div');
  // One at a time, not spread into one call: a flat page's block can hold more children than a call takes arguments.
  while (element.firstChild) holder.appendChild(element.firstChild);
  purifier.sanitize(holder, { ...SANITIZE_CONFIG, IN_PLACE: true });
  return holder.innerHTML as SafeHtml;
}

/**
 * The same sanitizing, as nodes ready to insert: what a Lucid view puts on
 * screen. No markup string is assigned to innerHTML anywhere in Lucid.
 */
function sanitizeToFragment(input: RawHtml, window: WindowLike): DocumentFragment {
  const purifier = purifierFor(window);
  if (!purifier.isSupported) throw new Error('The sanitizer cannot run in this environment.');
  return purifier.sanitize(input, { ...SANITIZE_CONFIG, RETURN_DOM_FRAGMENT: true });
}

/** Longer article markup than this is sanitized and put on screen in parts: a live blog of 20 MB took seconds in one piece. */
const PART_CHARACTERS = 200_000;
/** Whether markup is long enough to be shown in parts (`sanitizeInParts`). */
export function isLongMarkup(input: RawHtml): boolean {
  return input.length > PART_CHARACTERS;
}

/** About this much text to a part, after the first. */
const PART_TEXT = 40_000;

/** Wrappers that may be opened to cut the article between their children: a list or a table cut in two would not read as one. */
const SPLITTABLE = new Set(['div', 'section', 'article', 'main', 'body']);

/**
 * The article's blocks in order, each to be moved out by the caller before
 * the next is asked for. A wrapper with more text than two parts (a live
 * blog's one container of thousands of updates) gives its children instead of
 * itself, and is dropped, empty, once they are out.
 */
function* blocksOf(container: Element): Generator<ChildNode, void, undefined> {
  for (let child = container.firstChild; child; child = container.firstChild) {
    if (child.nodeType === 1 && SPLITTABLE.has((child as Element).localName) && (child.textContent?.length ?? 0) > 2 * PART_TEXT) {
      yield* blocksOf(child as Element);
      child.remove();
    } else yield child;
  }
}

/**
 * The same sanitizing for very long markup, a part at a time: the view shows
 * the first part at once and the rest as the browser finds time. The markup
 * is parsed once into an inert document (DOMParser's: no script runs, nothing
 * loads), cut between its blocks into parts of some tens of thousands of
 * characters of text, and each part goes through the sanitizer as markup of
 * its own, exactly as a short article does. Short markup is one part.
 */
export function* sanitizeInParts(input: RawHtml, window: WindowLike): Generator<DocumentFragment, void, undefined> {
  // The rest of a very long page comes in slices already (continuation.ts): each is cut further only if it is long.
  for (const slice of input.split(SLICE_BOUNDARY) as RawHtml[]) yield* sanitizeSliceInParts(slice, window);
}

function* sanitizeSliceInParts(input: RawHtml, window: WindowLike): Generator<DocumentFragment, void, undefined> {
  let parsed: Document | undefined;
  if (isLongMarkup(input)) {
    try {
      parsed = new window.DOMParser().parseFromString(input, 'text/html');
    } catch {
      // A page's Trusted Types policy may refuse the parser to an overlay: then in one piece, as before.
    }
  }
  if (!parsed) {
    yield sanitizeToFragment(input, window);
    return;
  }
  const part = parsed.createElement('div');
  // The first part small, for the first screen; the later ones larger, for fewer round trips.
  let target = PART_TEXT / 4;
  let text = 0;
  for (const block of blocksOf(parsed.body)) {
    part.append(block);
    text += block.textContent?.length ?? 0;
    if (text < target) continue;
    yield sanitizedPart(part, window);
    text = 0;
    target = PART_TEXT;
  }
  if (part.firstChild) yield sanitizedPart(part, window);
}

/** A part's markup, read back out of the inert copy, through the sanitizer (the only way to a view), and the holder emptied. */
function sanitizedPart(part: Element, window: WindowLike): DocumentFragment {
  const fragment = sanitizeToFragment(part.innerHTML as RawHtml, window);
  part.replaceChildren();
  return fragment;
}
