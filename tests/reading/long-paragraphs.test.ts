/**
 * One very long paragraph (a page whose lines are broken by `<br>` alone, a transcript pasted as one block) must cost
 * time in proportion to its length. Each test here took many seconds before its fix; the limits are loose on purpose
 * (a loaded machine runs these in tens of milliseconds), so only the quadratic growth can trip them.
 */
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../utils/reading/sentences.ts';
import { findQuotes } from '../../utils/reading/quotes/index.ts';
import { rankSummarySentences } from '../../utils/reading/summary.ts';

function timed<T>(work: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = work();
  return { result, ms: performance.now() - start };
}

describe('a very long paragraph', () => {
  it('is split into sentences in linear time, each sentence whole across the segmenter windows', () => {
    // 24,000 sentences in one paragraph: 6 s and more with the segmenter run over the whole paragraph at once.
    const paragraph = 'Mr. Aa bb cc. '.repeat(24_000).trim();
    const { result, ms } = timed(() => splitSentences(paragraph, 'en'));
    expect(result).toHaveLength(24_000);
    expect(new Set(result.map((sentence) => sentence.text))).toEqual(new Set(['Mr. Aa bb cc.']));
    expect(result.every((sentence) => paragraph.slice(sentence.start, sentence.end) === sentence.text)).toBe(true);
    expect(ms).toBeLessThan(2000);
  });

  it('joins initials, abbreviations and ordinals into one sentence in linear time', () => {
    // Each piece joined after "A." re-read the whole sentence built so far (its end and its quotation marks): 81 s for
    // 100,000 initials, 12 s for 20,000 German ordinals.
    const initials = 'A. '.repeat(50_000).trim();
    const ordinals = '3. Mai '.repeat(20_000).trim();
    const { result, ms } = timed(() => [splitSentences(initials, 'en'), splitSentences(ordinals, 'de')]);
    expect(result.map((sentences) => sentences.map((sentence) => sentence.text))).toEqual([[initials], [ordinals]]);
    expect(ms).toBeLessThan(4000);
  });

  it('reads an abbreviation at the end of a long joined sentence as it reads it in a short one', () => {
    // The tests read only a sentence's last characters: what stands before them must still decide.
    const long = `Mr. ${'Aa '.repeat(60)}met Dr. Who today.`;
    expect(splitSentences(long, 'en').map((sentence) => sentence.text)).toEqual([long]);
    // A run of initials that starts before the tail: what stands before the tail says it is no initial.
    const run = `He wrote x${'A.'.repeat(45)}`;
    expect(splitSentences(`${run}  Then it rained.`, 'en').map((sentence) => sentence.text)).toEqual([run, 'Then it rained.']);
    expect(splitSentences(`${run} 81 people came.`, 'en').map((sentence) => sentence.text)).toEqual([run, '81 people came.']);
    // White space after an abbreviation, however long, does not end the sentence.
    const spaced = `Mr.${' '.repeat(100)}Smith went home.`;
    expect(splitSentences(spaced, 'en').map((sentence) => sentence.text)).toEqual([spaced]);
    const word = `${'x'.repeat(120)}Mr. Then it rained.`;
    expect(splitSentences(word, 'en').map((sentence) => sentence.text)).toEqual([`${'x'.repeat(120)}Mr.`, 'Then it rained.']);
    const quoted = `“${'Aa bb. '.repeat(3).trim()}” he said. “${'Cc dd '.repeat(30)}and ee.” Then it rained.`;
    expect(splitSentences(quoted, 'en').map((sentence) => sentence.text)).toEqual([
      `“${'Aa bb. '.repeat(3).trim()}” he said.`,
      `“${'Cc dd '.repeat(30)}and ee.”`,
      'Then it rained.',
    ]);
  });

  it('ranks summary sentences whose quotation marks never close in linear time', () => {
    // The share of a sentence inside quotation marks tried each „ against the rest of the sentence: 12 s for 80,000
    // characters of „ with no closing mark.
    const unclosed = '„Aa '.repeat(20_000);
    const { result, ms } = timed(() => rankSummarySentences(unclosed, { title: 'A title', lang: 'de' }));
    expect(Array.isArray(result)).toBe(true);
    expect(ms).toBeLessThan(3000);
  });

  it('finds the quotes of a sentence that never ends in linear time', () => {
    // Each « … » read the rest of its sentence, every later quotation in it included: 9 s for 80,000 characters.
    const text = '« Aa bb » '.repeat(12_000);
    const { result, ms } = timed(() => findQuotes(text, { lang: 'fr' }));
    expect(result.length).toBeGreaterThanOrEqual(0);
    expect(ms).toBeLessThan(3000);
  });

  it('reads each quotation of a sentence that never ends in its own reach, not the whole sentence', () => {
    // Quotations in mixed marks with no full stop: each one read its sentence from the start, 100 s for 150,000 characters.
    const text = '“Aa „Bb «Cc ‘Dd '.repeat(6_000);
    const { result, ms } = timed(() => findQuotes(text, { lang: 'en' }));
    expect(result.length).toBeGreaterThanOrEqual(0);
    expect(ms).toBeLessThan(5000);
  });

  it('reads the people around each quotation of a sentence that never ends within its reach', () => {
    // A description read back three sentences, the names of the whole sentence before each name, and every mention of the
    // sentence as a candidate: each of these cost the length squared (22 s and 6.4 s for these 190,000 characters).
    const texts: [string, string][] = [
      ['the senator said “Aa bb cc” and '.repeat(6_000), 'en'],
      ['according to John Smith, “Aa bb” '.repeat(6_000), 'en'],
    ];
    for (const [text, lang] of texts) {
      const { result, ms } = timed(() => findQuotes(text, { lang }));
      expect(result.length).toBeGreaterThan(0);
      expect(ms, text.slice(0, 30)).toBeLessThan(3500);
    }
  });

  it('finds a Japanese or Korean full name once per surname, not from the start for each quotation', () => {
    // 9.5 s for 300,000 characters of "田中氏は「…」と述べた。", 9 s for 200,000 of "이 당선인은 “…”고 말했다.".
    const japanese = '田中太郎氏が来た。' + '田中氏は「我々は必ず勝つ」と述べた。'.repeat(12_000);
    const korean = '이 당선인은 “우리는 반드시 이긴다”고 말했다. '.repeat(7_000);
    const { result, ms } = timed(() => [findQuotes(japanese, { lang: 'ja' }), findQuotes(korean, { lang: 'ko' })]);
    expect(result[0]![result[0]!.length - 1]!.speaker).toBe('田中太郎');
    expect(result[1]!.length).toBeGreaterThan(0);
    expect(ms).toBeLessThan(5000);
  });

  it('keeps the attribution at the end of a sentence that lists many quotations before it', () => {
    // A cap of 12 later quotations had left the first of these with no one; the cap is now the sentence's reach.
    const text = `The “losers” crowd is about ${'“suckers and more suckers,” '.repeat(13)}Wilcox said.`;
    expect(findQuotes(text, { lang: 'en' })[0]?.speaker).toBe('Wilcox');
  });

  it('finds the quotes of a paragraph that runs on in capitalised words without cutting every run every way', () => {
    // Every cut of the one endless capitalised run was looked up as a name: 106 s for these 36,000 characters.
    const text = `He said “we will see.” ${'Aa Bb Cc '.repeat(4000)}`;
    const { result, ms } = timed(() => findQuotes(text, { lang: 'en' }));
    expect(result.map((quote) => quote.text)).toEqual(['we will see.']);
    expect(ms).toBeLessThan(3000);
  });
});

describe('sentences read in windows', () => {
  /** Whole sentences of exactly `length` characters, the last one padded to fit. */
  const filler = (length: number) => {
    let text = '';
    for (let index = 0; text.length < length - 80; index++) text += `Sentence ${index} of the filler says little. `;
    return `${text}Padding ${'x'.repeat(length - text.length - 11)}. `;
  };

  it('decide a full stop where a window ends as one pass over the whole paragraph does', () => {
    // "U.S. (1990–2000) and fell": the lower-case word after the brackets says the full stop ends no sentence. Placed
    // so that a window's end falls at every point of it, the sentence must come out whole.
    const tail = 'Sales rose in the U.S. (1990–2000) and fell after.';
    for (let shift = 0; shift < tail.length; shift++) {
      const head = filler(3990 - shift);
      const sentences = splitSentences(head + tail, 'en').map((sentence) => sentence.text);
      expect(sentences[sentences.length - 1], `window end ${shift} characters into the tail`).toBe(tail);
    }
  });

  it('never cut a sentence longer than a window', () => {
    // Thai writes no full stops: one sentence may run past any window.
    const thai = 'รัฐบาลประกาศมาตรการใหม่ '.repeat(400).trim();
    expect(splitSentences(thai, 'th').map((sentence) => sentence.text)).toEqual([thai]);
  });
});
