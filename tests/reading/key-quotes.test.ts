/**
 * Key quotes are listed once: an article that repeats a quote (in its lead and in its body, or with other punctuation)
 * showed it twice in the reader view. The repeat cases failed before; the second read's cases guard distinct quotes.
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../utils/reading/quotes/index.ts';
import { keyQuotes } from '../../utils/reading/key-quotes.ts';

const quote = (text: string, key = true, speaker = '') => ({ text, key, speaker });

describe('keyQuotes', () => {
  it('lists a quote said twice with other punctuation once, the first time', () => {
    const listed = keyQuotes([
      quote('Agree quickly, agree sensibly!'),
      quote('The talks start on Monday in Nuremberg.'),
      quote('Agree quickly, agree sensibly.'),
    ]);
    expect(listed.map((entry) => entry.text)).toEqual(['Agree quickly, agree sensibly!', 'The talks start on Monday in Nuremberg.']);
  });

  it('lists the fuller wording of a quote said twice, and keeps those that are not key out', () => {
    const listed = keyQuotes([
      quote('We will rebuild the school before the winter comes'),
      quote('We will rebuild the school before the winter comes, we promise.'),
      quote('a scare quote', false),
    ]);
    expect(listed.map((entry) => entry.text)).toEqual(['We will rebuild the school before the winter comes, we promise.']);
  });

  it("keeps a different quote that holds another's words, or another speaker's (second read)", () => {
    const listed = keyQuotes([
      quote('This is a dark day for our democracy and our courts.', true, 'Maria Lopez'),
      quote('Lopez says this is a dark day for our democracy and our courts, but the court simply applied the law as written.', true, 'Tom Reed'),
      quote('He will not run for the seat again next year.', true, 'Alan Price'),
      quote('She will not run for the seat again next year.', true, 'Tom Reed'),
      quote('He will not run for the seat again next year!', true, 'Alan Price'),
    ]);
    expect(listed.map((entry) => entry.speaker)).toEqual(['Maria Lopez', 'Tom Reed', 'Alan Price', 'Tom Reed']);
  });

  it('lists the same words by two speakers twice, and one speaker named in full and by surname once (second read)', () => {
    const listed = keyQuotes([
      quote('We will not give up on this town, not now and not ever.', true, 'Anna Weber'),
      quote('We will not give up on this town, not now and not ever.', true, 'Tom Reed'),
      quote('We will not give up on this town, not now and not ever!', true, 'Weber'),
    ]);
    expect(listed.map((entry) => entry.speaker)).toEqual(['Anna Weber', 'Tom Reed']);
  });

  it('keeps the speaker of the first wording where the fuller one names no one (second read)', () => {
    const listed = keyQuotes([
      quote('We will rebuild the school before the winter comes', true, 'Anna Weber'),
      quote('We will rebuild the school before the winter comes, we promise.', true, ''),
    ]);
    expect(listed.map((entry) => [entry.text, entry.speaker])).toEqual([['We will rebuild the school before the winter comes, we promise.', 'Anna Weber']]);
  });

  it('shows once an article’s quote that its closing paragraph repeats', () => {
    const text =
      '“Agree quickly and agree sensibly, because our cleaners cannot get to work without the buses,” the cleaning firm’s owner Robert Weiss told the union.\n\n' +
      'The talks continue in Nuremberg on Monday.\n\n' +
      '“Agree quickly and agree sensibly, because our cleaners cannot get to work without the buses!” Weiss said again on Friday.';
    const found = findQuotes(text, { lang: 'en' });
    expect(found.filter((entry) => entry.key)).toHaveLength(2);
    expect(keyQuotes(found)).toHaveLength(1);
  });
});
