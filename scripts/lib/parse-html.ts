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

export function capTreeDepth(document: Document, maxDepth = MAX_TREE_DEPTH): void {
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

export function parseHtml(html: string, url?: string): ParsedPage {
  const dom = new JSDOM(html, {
    url: url && /^https?:/i.test(url) ? url : FALLBACK_URL,
    virtualConsole: new VirtualConsole(),
    pretendToBeVisual: false,
  });
  const window = dom.window as unknown as Window;
  capTreeDepth(window.document);
  return { document: window.document, window, close: () => closeQuietly(dom) };
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
