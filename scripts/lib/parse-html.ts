/**
 * Pages parsed in Node the way the pipeline needs them: jsdom (DOMPurify is
 * only safe on a spec-following DOM), scripts off, no sub-resources fetched,
 * the page's console messages dropped.
 */
import { JSDOM, VirtualConsole } from 'jsdom';

export interface ParsedPage {
  document: Document;
  window: Window;
  close: () => void;
}

const FALLBACK_URL = 'https://localhost/';

export function parseHtml(html: string, url?: string): ParsedPage {
  const dom = new JSDOM(html, {
    url: url && /^https?:/i.test(url) ? url : FALLBACK_URL,
    virtualConsole: new VirtualConsole(),
    pretendToBeVisual: false,
  });
  const window = dom.window as unknown as Window;
  return { document: window.document, window, close: () => dom.window.close() };
}
