/**
 * Which of an article's quotations the reader view lists as key quotes. Apart from the quote finder (quotes/index.ts),
 * which marks each quotation that may be one: the reader view and the overlay need only this, not the finder.
 */
import type { Quote } from './quotes/index.ts';

/**
 * A quote's words without case, punctuation or spacing: how a reader tells that two quotes say the same (the key
 * quotes here, and the quote finder's pull quotes). Lower-cased the same in every browser locale.
 */
export function quotedWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A repeat holds most of the quote it repeats: a short phrase inside a long quotation is a quotation of its own. */
const REPEAT_SHARE = 0.8;

interface Listed<Q> {
  quote: Q;
  words: string;
}

/** Two speakers are one where their names end alike ("Anna Weber" and "Weber"), or one quote names no one. */
function sameSpeaker(one: string, other: string): boolean {
  const last = (name: string) => name.trim().split(/\s+/u).pop()?.toLocaleLowerCase() ?? '';
  return !one || !other || last(one) === last(other);
}

/** Whether two key quotes are one quote said twice: the same words, whole, nearly all of them, and no two speakers. */
function sameQuote<Q extends Pick<Quote, 'speaker'>>(one: Listed<Q>, other: Listed<Q>): boolean {
  if (!sameSpeaker(one.quote.speaker, other.quote.speaker)) return false;
  const [shorter, longer] = one.words.length <= other.words.length ? [one.words, other.words] : [other.words, one.words];
  return ` ${longer} `.includes(` ${shorter} `) && shorter.split(' ').length >= REPEAT_SHARE * longer.split(' ').length;
}

/**
 * The key quotes, in article order, each said once: an article often repeats a strong quote (in its lead and again in
 * the body, or in a closing line with other punctuation), and the reader view would list it twice. Of a quote said
 * twice the fuller wording is listed, where the first came.
 */
export function keyQuotes<Q extends Pick<Quote, 'text' | 'key' | 'speaker'>>(quotes: Q[]): Q[] {
  const listed: Listed<Q>[] = [];
  for (const quote of quotes) {
    if (!quote.key) continue;
    const entry = { quote, words: quotedWords(quote.text) };
    const earlier = listed.find((shown) => sameQuote(shown, entry));
    if (!earlier) listed.push(entry);
    // The fuller wording, with the speaker either gave (the later one may name no one).
    else if (entry.words.length > earlier.words.length)
      Object.assign(earlier, { words: entry.words, quote: entry.quote.speaker ? entry.quote : { ...entry.quote, speaker: earlier.quote.speaker } });
  }
  return listed.map(({ quote }) => quote);
}
