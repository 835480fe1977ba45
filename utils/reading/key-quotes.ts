/**
 * Which of an article's quotations the reader view lists as key quotes. Apart from the quote finder (quotes/index.ts),
 * which marks each quotation that may be one: the reader view and the overlay need only this, not the finder.
 */
import type { Quote } from './quotes/index.ts';

/** A quote's words without case, punctuation or spacing: how a reader tells that two quotes say the same. */
function quotedWords(text: string): string {
  return text
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The key quotes, in article order, each said once: an article often repeats a strong quote (in its lead and again in
 * the body, or in a closing line with other punctuation), and the reader view would list it twice. A quote whose words
 * hold, or are held in, an earlier key quote's is left out.
 */
export function keyQuotes<Q extends Pick<Quote, 'text' | 'key'>>(quotes: Q[]): Q[] {
  const shown: { quote: Q; words: string }[] = [];
  for (const quote of quotes) {
    if (!quote.key) continue;
    const words = quotedWords(quote.text);
    if (shown.some((earlier) => earlier.words.includes(words) || words.includes(earlier.words))) continue;
    shown.push({ quote, words });
  }
  return shown.map(({ quote }) => quote);
}
