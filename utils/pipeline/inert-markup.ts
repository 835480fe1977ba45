/**
 * The article's markup as it leaves the page for a Lucid view, with nothing in
 * it that could carry an event handler into the extension's document.
 *
 * The view sanitizes with DOMPurify, and nothing runs; but Chrome checks the
 * extension page's Content Security Policy the moment an `onerror=` attribute
 * is parsed, even in the inert documents DOMParser and <template> make, and
 * logs "Executing inline event handler violates …" in the extension's error
 * list. So the markup must hold no such attribute before the view parses it,
 * and must not grow one when parsed again: the elements whose contents the
 * HTML parser reads differently on a second pass (raw text such as <noscript>
 * and <style>, SVG and MathML, where mutation XSS lives) go whole, with
 * everything else the sanitizer would throw out anyway. This works on Lucid's
 * own copy of the article, never on the page.
 */
import { elementsInOrder, tagOf } from '../dom/dom.ts';
import type { RawHtml } from '../types.ts';

/** Elements the sanitizer drops with their contents, and those whose contents parse differently a second time. */
const DROPPED_ELEMENTS = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'svg',
  'math',
  'select',
  'textarea',
  'button',
  'title',
  'xmp',
  'noembed',
  'noframes',
  'plaintext',
]);

/**
 * Forms keep their contents (whole pages are wrapped in one: ASP.NET), as the sanitizer keeps them; the form element
 * goes, so no nesting of forms is left for a second parse to rearrange.
 */
const UNWRAPPED_ELEMENTS = new Set(['form']);

/** Attribute names as HTML writes them: an event handler starts with "on"; anything stranger is dropped too. */
const PLAIN_ATTRIBUTE = /^[a-z][a-z0-9-]*$/;

function isSafeAttribute(name: string): boolean {
  const lower = name.toLowerCase();
  return PLAIN_ATTRIBUTE.test(lower) && !lower.startsWith('on') && lower !== 'style' && lower !== 'srcdoc';
}

/** Removes, in place, what could carry a handler (see above). */
function makeInert(content: Element): void {
  for (const element of elementsInOrder(content)) {
    if (!content.contains(element)) continue; // inside an element dropped already
    const tag = tagOf(element);
    if (DROPPED_ELEMENTS.has(tag)) {
      element.remove();
      continue;
    }
    for (const name of element.getAttributeNames()) if (!isSafeAttribute(name)) element.removeAttribute(name);
    if (UNWRAPPED_ELEMENTS.has(tag)) element.replaceWith(...element.childNodes);
  }
}

/** The clean article's markup for a Lucid view in a browser: the page's own markup, less what could carry a handler. */
export function inertMarkup(content: Element): RawHtml {
  makeInert(content);
  return content.innerHTML as RawHtml;
}
