/** The quotation Lucid finds in `text` that holds `quote`, failing the test (with the quote named) where there is none. */
import { expect } from 'vitest';
import { findQuotes } from '../../utils/reading/quotes/index.ts';

export function quoteOf(text: string, quote: string, lang = 'en') {
  const found = findQuotes(text, { lang }).find((entry) => entry.text.includes(quote));
  expect(found, `no quotation "${quote}"`).toBeDefined();
  return found!;
}

/** The speaker Lucid shows on the quotation in `text` that holds `quote`. */
export function speakerOf(text: string, quote: string, lang = 'en'): string | undefined {
  return quoteOf(text, quote, lang).speaker;
}
