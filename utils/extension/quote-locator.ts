/**
 * Where a key quote is in the live page, as a DOM Range, for the text
 * fragment generator. The quote comes from Lucid's clean text; the page may
 * print it more than once (a pull quote, a teaser): the occurrence meant is
 * the one whose neighbouring words are the article's.
 */

export interface QuoteLinkRequest {
  /** The quoted words as Lucid's clean text has them. */
  quote: string;
  /** The clean text just before and after the quote, to tell repeated occurrences apart. */
  before: string;
  after: string;
}

/** Where the popup or the background leaves the request (with a first executeScript) before injecting the script. */
export const QUOTE_LINK_REQUEST_KEY = '__lucidQuoteLinkRequest';

/** Text in these is not shown as text: never where a quote is. */
const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'select', 'option', 'svg', 'math']);
/** How much of the surrounding text is compared. */
const CONTEXT_LENGTH = 60;

const fold = (text: string) => text.replace(/\s+/g, ' ');

interface PageText {
  /** The page's text, white space folded to single spaces. */
  text: string;
  /** For each character of `text`: its text node and offset there. */
  places: { node: Text; offset: number }[];
}

function readPageText(root: Element): PageText {
  const document = root.ownerDocument;
  const walker = document.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */, {
    acceptNode: (node) => {
      for (let parent = node.parentElement; parent && parent !== root; parent = parent.parentElement) {
        if (NOT_TEXT.has(parent.localName)) return 2; /* NodeFilter.FILTER_REJECT */
      }
      return 1; /* NodeFilter.FILTER_ACCEPT */
    },
  });
  let text = '';
  const places: PageText['places'] = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const value = node.data;
    for (let offset = 0; offset < value.length; offset++) {
      const char = /\s/.test(value[offset]!) ? ' ' : value[offset]!;
      if (char === ' ' && text.endsWith(' ')) continue;
      text += char;
      places.push({ node, offset });
    }
  }
  return { text, places };
}

function commonSuffixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[a.length - 1 - length] === b[b.length - 1 - length]) length++;
  return length;
}

function commonPrefixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  return length;
}

/** Every index of `needle` in `haystack`. */
function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let index = haystack.indexOf(needle); index >= 0; index = haystack.indexOf(needle, index + 1)) found.push(index);
  return found;
}

/**
 * The range of the article's occurrence of the quote in `document`, or null
 * when the page does not print it as one run of text (Lucid's text joins
 * blocks the page keeps apart, or the quote is not there at all).
 */
export function locateQuote(document: Document, request: QuoteLinkRequest): Range | null {
  const root = document.body as HTMLElement | null;
  const needle = fold(request.quote).trim();
  if (!root || !needle) return null;
  const page = readPageText(root);
  const starts = occurrences(page.text, needle);
  if (starts.length === 0) return null;
  const before = fold(request.before).trimEnd().slice(-CONTEXT_LENGTH);
  const after = fold(request.after).trimStart().slice(0, CONTEXT_LENGTH);
  const score = (start: number) =>
    commonSuffixLength(page.text.slice(Math.max(0, start - CONTEXT_LENGTH), start).trimEnd(), before) +
    commonPrefixLength(page.text.slice(start + needle.length, start + needle.length + CONTEXT_LENGTH).trimStart(), after);
  // The best-matching surroundings; on a tie, the first in the page.
  const start = starts.reduce((best, candidate) => (score(candidate) > score(best) ? candidate : best));
  const first = page.places[start]!;
  const last = page.places[start + needle.length - 1]!;
  const range = document.createRange();
  range.setStart(first.node, first.offset);
  range.setEnd(last.node, last.offset + 1);
  return range;
}

/** The request for a quote at [start, end) of the clean text. */
export function quoteLinkRequest(articleText: string, quote: { text: string; start?: number; end?: number }): QuoteLinkRequest {
  const start = quote.start ?? articleText.indexOf(quote.text);
  const end = quote.end ?? (start >= 0 ? start + quote.text.length : -1);
  return {
    quote: quote.text,
    before: start > 0 ? articleText.slice(Math.max(0, start - CONTEXT_LENGTH * 2), start) : '',
    after: end >= 0 ? articleText.slice(end, end + CONTEXT_LENGTH * 2) : '',
  };
}
