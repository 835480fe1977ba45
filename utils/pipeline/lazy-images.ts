/**
 * Lazy-loaded images made real before extraction: sites ship a placeholder in
 * `src` and the real address in a data attribute (or a `<noscript>` copy) that
 * their script swaps in on scroll. The reader has no such script.
 */
import { elementsByTag, firstByTag, hasAncestor, tagOf } from '../dom/dom.ts';

/** Attributes lazy-loading libraries use for the real address, most specific first. */
const LAZY_SRC_ATTRIBUTES = [
  'data-src',
  'data-lazy-src',
  'data-original',
  'data-lazy',
  'data-url',
  'data-hi-res-src',
  'data-full-src',
  'data-src-large',
  'data-echo',
  'data-img-src',
];
const LAZY_SRCSET_ATTRIBUTES = ['data-srcset', 'data-lazy-srcset', 'data-original-srcset'];

/** A src that is only a stand-in: empty, a tiny data: URI, a spacer or a blank gif. */
function isPlaceholderSrc(src: string | null): boolean {
  if (!src || !src.trim()) return true;
  const value = src.trim();
  if (/^data:/i.test(value)) return value.length < 200;
  return /(^|\/)(blank|spacer|pixel|placeholder|transparent|lazy|loading|grey|gray|1x1)[\w-]*\.(gif|png|svg|jpg)(\?|$)/i.test(value);
}

function looksLikeImageUrl(value: string): boolean {
  return /^(https?:)?\/\/|^\/|\.(jpe?g|png|gif|webp|avif|svg)(\?|#|$)/i.test(value.trim());
}

function promoteLazyAttributes(image: Element): void {
  if (isPlaceholderSrc(image.getAttribute('src'))) {
    for (const name of LAZY_SRC_ATTRIBUTES) {
      const value = image.getAttribute(name);
      if (value && looksLikeImageUrl(value)) {
        image.setAttribute('src', value.trim());
        break;
      }
    }
  }
  if (!image.getAttribute('srcset')) {
    for (const name of LAZY_SRCSET_ATTRIBUTES) {
      const value = image.getAttribute(name);
      if (value) {
        image.setAttribute('srcset', value.trim());
        break;
      }
    }
  }
}

/** The first image a `<noscript>` holds: as elements where scripting is off (jsdom), as markup text where it is on (a browser). */
function noscriptImage(noscript: Element): Element | null {
  const direct = firstByTag(noscript, 'img');
  if (direct) return direct;
  const markup = noscript.textContent;
  if (!/<img\b/i.test(markup)) return null;
  // A document from DOMParser is inert: nothing in it loads or runs.
  try {
    const Parser = noscript.ownerDocument.defaultView?.DOMParser;
    if (!Parser) return null;
    const parsed = new Parser().parseFromString(markup, 'text/html');
    const image = firstByTag(parsed, 'img');
    return image ? noscript.ownerDocument.importNode(image, false) : null;
  } catch {
    return null;
  }
}

function previousImage(noscript: Element): Element | null {
  const sibling = noscript.previousElementSibling;
  if (!sibling) return null;
  if (tagOf(sibling) === 'img') return sibling;
  const nested = elementsByTag(sibling, 'img');
  return nested.length === 1 ? (nested[0] ?? null) : null;
}

/**
 * Makes lazy images loadable in place. Returns how many images changed.
 * `<noscript>` copies replace their placeholder sibling, or stand alone when there is none.
 */
export function fixLazyImages(root: Document | Element): number {
  let changed = 0;
  for (const image of elementsByTag(root, 'img')) {
    const before = image.getAttribute('src');
    promoteLazyAttributes(image);
    if (image.getAttribute('src') !== before) changed++;
  }
  for (const noscript of elementsByTag(root, 'noscript')) {
    const real = noscriptImage(noscript);
    const source = real?.getAttribute('src') ?? null;
    if (!real || isPlaceholderSrc(source)) continue;
    // The image itself moves out, not a copy of it: the `<noscript>` holding it goes in both cases (copying an
    // element under jsdom costs as much as making it anew). An `<img>` has no children for a copy to leave behind.
    const placeholder = previousImage(noscript);
    if (placeholder && (isPlaceholderSrc(placeholder.getAttribute('src')) || placeholder.getAttribute('src') === source)) {
      placeholder.replaceWith(real);
      noscript.remove();
    } else if (!placeholder) {
      noscript.replaceWith(real);
    }
    changed++;
  }
  // Images that are still placeholders show nothing but an empty box.
  for (const image of elementsByTag(root, 'img')) {
    if (isPlaceholderSrc(image.getAttribute('src')) && !image.getAttribute('srcset')) image.remove();
  }
  return changed;
}

/** `<picture>` sources that lazy loaders also hide in data attributes. */
export function fixLazySources(root: Document | Element): void {
  for (const source of elementsByTag(root, 'source')) {
    if (!hasAncestor(source, 'picture')) continue;
    if (!source.getAttribute('srcset')) {
      const lazy = LAZY_SRCSET_ATTRIBUTES.map((name) => source.getAttribute(name)).find(Boolean);
      if (lazy) source.setAttribute('srcset', lazy);
    }
  }
}
