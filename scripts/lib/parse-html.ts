/**
 * Pages parsed in Node the way the pipeline needs them: jsdom (DOMPurify is
 * only safe on a spec-following DOM), scripts off, no sub-resources fetched,
 * the page's console messages dropped.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { elementsInOrder, rootOf } from '../../utils/dom/dom.ts';

export interface ParsedPage {
  document: Document;
  window: Window;
  close: () => void;
}

const FALLBACK_URL = 'https://localhost/';

/**
 * Browsers' HTML parsers stop nesting at 512 levels (Blink's
 * kMaximumHTMLParserDOMTreeDepth; Gecko's limit is close): deeper elements
 * become children of the element at the limit. jsdom nests without end, and
 * its recursive cloning then overflows the stack on a hostile 10 000-deep page,
 * so the command line builds the same tree a browser would.
 */
export const MAX_TREE_DEPTH = 512;

function capTreeDepth(document: Document, maxDepth = MAX_TREE_DEPTH): void {
  const root = rootOf(document);
  if (!root) return;
  // Iterative walk with depths: recursion is what deep pages break.
  const stack: [Element, number][] = [[root, 1]];
  while (stack.length) {
    const [element, depth] = stack.pop()!;
    if (depth < maxDepth) {
      for (let child = element.lastElementChild; child; child = child.previousElementSibling) stack.push([child, depth + 1]);
      continue;
    }
    // At the limit: every deeper element becomes a child here, in document order.
    const deeper = elementsInOrder(element);
    if (!deeper.some((node) => node.parentElement !== element)) continue;
    // Flat copies (each element with its own text), then the deep originals out in one removal each.
    // Moving the originals one by one would notify every ancestor per move: quadratic on a deep chain.
    const flat = deeper.map((node) => {
      const copy = node.cloneNode(false) as Element;
      for (let child = node.firstChild; child; child = child.nextSibling) if (child.nodeType !== 1) copy.append(child.cloneNode(false));
      return copy;
    });
    element.replaceChildren(...flat);
  }
}

function parseOnce(html: string, url: string | undefined): { dom: JSDOM; window: Window } {
  const dom = new JSDOM(html, {
    url: url && /^https?:/i.test(url) ? url : FALLBACK_URL,
    virtualConsole: new VirtualConsole(),
    pretendToBeVisual: false,
  });
  return { dom, window: dom.window as unknown as Window };
}

/**
 * A browser reads every page it can show; a page's CSS never stops it.
 * jsdom's CSS code throws on some declarations browsers take in their stride
 * (`style="background:url(a.png)no-repeat;color:red"` throws in the middle of
 * parsing), and the whole page would be lost. Then the page is parsed again
 * with its style attributes set aside under another name, and each is put back
 * on its own: a declaration jsdom cannot take costs that declaration. Should
 * a stylesheet throw too, the last try parses the page without the text of its
 * `<style>` elements. Every other error is the first one, as it was.
 */
export function parseHtml(html: string, url?: string): ParsedPage {
  let parsed: { dom: JSDOM; window: Window } | undefined;
  let firstError: unknown;
  try {
    parsed = parseOnce(html, url);
  } catch (error) {
    firstError = error;
    for (const prepare of [setInlineStylesAside, (markup: string) => emptyStyleSheets(setInlineStylesAside(markup))]) {
      try {
        parsed = parseOnce(prepare(html), url);
        restoreInlineStyles(parsed.window.document);
        break;
      } catch {
        parsed = undefined;
      }
    }
  }
  if (!parsed) throw firstError;
  const { dom, window } = parsed;
  capTreeDepth(window.document);
  return { document: window.document, window, close: () => closeQuietly(dom) };
}

const SET_ASIDE_STYLE = 'data-lucid-style';

/**
 * `style=` inside every start tag renamed; the text between tags and quoted
 * attribute values (a title reading "a style=x") are left alone.
 */
function setInlineStylesAside(html: string): string {
  return html.replace(/<[a-zA-Z][^>]*>/g, (tag) =>
    tag.replace(/("[^"]*"|'[^']*')|(\s)style(\s*=)/gi, (match, quoted: string | undefined, space: string, equals: string) =>
      quoted ? match : `${space}${SET_ASIDE_STYLE}${equals}`,
    ),
  );
}

function emptyStyleSheets(html: string): string {
  return html.replace(/(<style\b[^>]*>)[\s\S]*?(<\/style\s*>)/gi, '$1$2');
}

/** Each style attribute back where it was; declarations jsdom throws on are left out, the others kept ("display: none" still hides). */
function restoreInlineStyles(document: Document): void {
  for (const element of Array.from(document.querySelectorAll(`[${SET_ASIDE_STYLE}]`))) {
    const value = element.getAttribute(SET_ASIDE_STYLE) ?? '';
    element.removeAttribute(SET_ASIDE_STYLE);
    if (takesStyle(document, value)) {
      element.setAttribute('style', value);
      continue;
    }
    // One declaration at a time: jsdom may take each alone and throw on the pair ("background:url(a)b;color:red").
    let kept = '';
    for (const declaration of value.split(';')) {
      const candidate = kept ? `${kept};${declaration}` : declaration;
      if (declaration.trim() && takesStyle(document, candidate)) kept = candidate;
    }
    if (kept) element.setAttribute('style', kept);
  }
}

/** Whether jsdom can set this style (on a scratch element: one that threw once stops updating its style). */
function takesStyle(document: Document, value: string): boolean {
  try {
    document.createElement('div').setAttribute('style', value);
    return true;
  } catch {
    return false;
  }
}

/**
 * jsdom's window.close() walks `window[i]` for every frame and throws on a
 * frame that never got a window (a <frameset> mixed into a body, found by the
 * fuzzer): the page was read already, so a failed teardown must not turn it
 * into an error.
 */
function closeQuietly(dom: JSDOM): void {
  try {
    dom.window.close();
  } catch {
    // Nothing left to release that the garbage collector will not.
  }
}
