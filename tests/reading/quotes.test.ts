/** Quotations in every common style, their speakers, and what is not a quotation. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findQuotes, keyQuotes } from '../../utils/reading/quotes/index.ts';
import { findQuoteSpans } from '../../utils/reading/quotes/marks.ts';
import { FIXTURES } from '../helpers/pages.ts';

const spanTexts = (text: string) => findQuoteSpans(text).map((span) => span.text);
const speakers = (text: string, lang = 'en') => findQuotes(text, { lang }).map((quote) => [quote.text, quote.speaker]);

describe('quotation marks', () => {
  it('finds every common style', () => {
    expect(spanTexts('He said “curly double” and "straight double" and ‘curly single’ here.')).toEqual(['curly double', 'straight double', 'curly single']);
    expect(spanTexts('Il a dit « bonjour à tous » hier.')).toEqual(['bonjour à tous']);
    expect(spanTexts('Er sagte: „Das ist gut“, und ging.')).toEqual(['Das ist gut']);
    expect(spanTexts('Er sagte: »Das ist gut«, und ging.')).toEqual(['Das ist gut']);
    expect(spanTexts('首相は「全力で取り組む」と述べた。『週刊誌』も報じた。')).toEqual(['全力で取り組む', '週刊誌']);
  });

  it('keeps a quotation inside a quotation as its text', () => {
    expect(spanTexts('“He told me ‘never again’ and left,” she said.')).toEqual(['He told me ‘never again’ and left,']);
  });

  it('follows a quotation left open at a paragraph end and reopened in the next', () => {
    const text = '“The first part of what she said goes on here.\n\n“And the second part ends here,” Warren said.';
    const spans = findQuoteSpans(text);
    expect(spans).toHaveLength(1);
    expect(spans[0]!.continued).toBe(true);
    expect(spans[0]!.text).toBe('The first part of what she said goes on here. And the second part ends here,');
  });

  it('does not take apostrophes and inch marks for quotation marks', () => {
    expect(spanTexts('Tim\'s dog and the students’ union didn’t mind the 5\'10" man with a 12" pizza.')).toEqual([]);
    expect(spanTexts('It was rock ’n’ roll in the ’90s.')).toEqual([]);
  });

  it('gives offsets of the quoted words', () => {
    const text = 'She said “hello world” twice.';
    const [span] = findQuoteSpans(text);
    expect(text.slice(span!.start, span!.end)).toBe('hello world');
  });
});

describe('speakers', () => {
  it('reads attributions before and after, with and without inversion', () => {
    expect(speakers('“We will rebuild the bridge,” Jane Smith said.')).toEqual([['We will rebuild the bridge,', 'Jane Smith']]);
    expect(speakers('“We will rebuild the bridge,” said Jane Smith, the mayor.')).toEqual([['We will rebuild the bridge,', 'Jane Smith']]);
    expect(speakers('Jane Smith told reporters: “We will rebuild the bridge.”')).toEqual([['We will rebuild the bridge.', 'Jane Smith']]);
    expect(speakers('According to Jane Smith, “the bridge will be rebuilt.”')).toEqual([['the bridge will be rebuilt.', 'Jane Smith']]);
    expect(speakers('“We will rebuild the bridge.” ― Jane Smith')).toEqual([['We will rebuild the bridge.', 'Jane Smith']]);
  });

  it('resolves a surname, a family name and a pronoun to the full name introduced earlier', () => {
    const text =
      'Secretary of State Antony Blinken met Foreign Minister Park Jin in Seoul.\n\n“The alliance is strong,” Blinken said. “We agree completely,” Park said.\n\nLater he added: “We will meet again next year in Washington.”';
    expect(speakers(text)).toEqual([
      ['The alliance is strong,', 'Antony Blinken'],
      ['We agree completely,', 'Park Jin'],
      ['We will meet again next year in Washington.', 'Park Jin'],
    ]);
  });

  it('keeps a description when the article names no one', () => {
    expect(speakers('“Business has never been this slow,” the vendor said.')).toEqual([['Business has never been this slow,', 'the vendor']]);
  });

  it('gives a quotation that stands alone to the speaker before it', () => {
    const text = '“The first statement is here,” Mayor Jane Smith said.\n\n“And the second statement follows in its own paragraph.”';
    expect(speakers(text).map(([, speaker]) => speaker)).toEqual(['Jane Smith', 'Jane Smith']);
  });

  it('reads attributions in German, French, Spanish, Korean and Japanese word order', () => {
    expect(speakers('„Wir bauen die Brücke neu“, sagte Bürgermeisterin Anna Berg.', 'de')[0]?.[1]).toBe('Anna Berg');
    expect(speakers('« Nous reconstruirons le pont », a déclaré Marie Dupont.', 'fr')[0]?.[1]).toBe('Marie Dupont');
    expect(speakers('«Reconstruiremos el puente», dijo Ana García.', 'es')[0]?.[1]).toBe('Ana García');
    expect(speakers('박진 장관은 “동맹은 굳건하다”라고 말했다.', 'ko')[0]?.[1]).toBe('박진 장관');
    expect(speakers('岸田首相は「全力で取り組む」と述べた。', 'ja')[0]?.[1]).toBe('岸田首相');
  });
});

describe('key quotes', () => {
  it('are full statements, not scare quotes, titles or fragments', () => {
    const text =
      'Park described them as “like-minded countries” in a “rules-based order” and praised “The Comeback Kid” as a book.\n\n“Strengthening cooperation among like-minded countries is more important than ever,” Park said.';
    const key = keyQuotes(findQuotes(text, { lang: 'en' }));
    expect(key.map((quote) => quote.text)).toEqual(['Strengthening cooperation among like-minded countries is more important than ever,']);
  });

  it('on the seed page are exactly the two in expected.json, with their speakers', () => {
    const expected = JSON.parse(readFileSync(join(FIXTURES, 'korea-herald', 'seed-expected.json'), 'utf8')) as {
      paragraphs: string[];
      quotes: { text: string; speaker: string }[];
      notKeyQuotes: string[];
    };
    const quotes = findQuotes(expected.paragraphs.join('\n\n'), { lang: 'en' });
    expect(keyQuotes(quotes).map(({ text, speaker }) => ({ text, speaker }))).toEqual(expected.quotes);
    for (const phrase of expected.notKeyQuotes) {
      const found = quotes.find((quote) => quote.text === phrase);
      expect(found, phrase).toBeDefined();
      expect(found?.key).toBe(false);
    }
  });
});
