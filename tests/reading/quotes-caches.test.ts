/**
 * What the quote finder keeps between calls to save time (issue 13) must never change an answer: a cache keyed on the
 * wrong thing hands one article's words to the next, and a shared array handed out twice lets one caller cut another's.
 */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../utils/reading/sentences.ts';
import { lowerCaseWords } from '../../utils/reading/quotes/lower-words.ts';
import { PeopleIndex, stripTitles } from '../../utils/reading/quotes/people.ts';
import { roleHolderFor } from '../../utils/reading/quotes/roles.ts';
import { attributionBefore } from '../../utils/reading/quotes/attribution.ts';
import { findQuotes } from '../../utils/reading/quotes/index.ts';

describe('caches that outlive one call', () => {
  it('the lower-case words are those of the text asked about, not of the one before', () => {
    expect(lowerCaseWords('Things went well for the mayor.').has('well')).toBe(true);
    expect(lowerCaseWords('Well, Mayor Adams won.').has('well')).toBe(false);
    expect(lowerCaseWords('Things went well for the mayor.').has('well')).toBe(true);
  });

  it('a stripped name run can be cut by one caller without changing what the next caller gets', () => {
    const first = stripTitles('Secretary of State Antony Blinken');
    expect(first).toEqual(['Antony', 'Blinken']);
    first.length = 0;
    expect(stripTitles('Secretary of State Antony Blinken')).toEqual(['Antony', 'Blinken']);
  });

  it('one segmenter per language: each language keeps its own reading of a full stop, whichever came first', () => {
    // English first, then German: a segmenter kept for the first language asked for would end the German sentence
    // after its ordinal; German first, then English: the English one would not end after "1.".
    const english = 'Then 1. Mai came. It rained.';
    const german = 'Die Wahl findet am 3. November statt. Danach wird gezählt.';
    const englishFirst = splitSentences(english, 'en').map((sentence) => sentence.text);
    expect(splitSentences(german, 'de').map((sentence) => sentence.text)).toEqual(['Die Wahl findet am 3. November statt.', 'Danach wird gezählt.']);
    expect(splitSentences(english, 'en').map((sentence) => sentence.text)).toEqual(englishFirst);
    expect(englishFirst).toHaveLength(3);
  });

  it('a stripped name run is kept apart for each list of sentence openers', () => {
    const openers = new Set(['danach']);
    expect(stripTitles('Danach Olaf Berger')).toEqual(['Danach', 'Olaf', 'Berger']);
    expect(stripTitles('Danach Olaf Berger', openers)).toEqual(['Olaf', 'Berger']);
    expect(stripTitles('Danach Olaf Berger')).toEqual(['Danach', 'Olaf', 'Berger']);
  });
});

describe('patterns tried only when the text can match them', () => {
  const article = 'Sen. Ted Cruz spoke in Iowa on Monday. He was asked about the plan.';
  const people = new PeopleIndex(article, splitSentences(article, 'en'), ['Ted Cruz']);

  it('a role the text names finds its holder, the second time as the first', () => {
    expect(roleHolderFor('the senator', article, people)?.full).toBe('Ted Cruz');
    expect(roleHolderFor('the senator', article, people)?.full).toBe('Ted Cruz');
  });

  it('a role the text never names finds no one', () => {
    expect(roleHolderFor('the pollster', article, people)).toBeUndefined();
  });

  it('"X, who said" and "X described as" are still read where the text holds their words', () => {
    expect(attributionBefore('The plan drew fire from Mike Lee, who declared in the spin room, ')).toMatchObject({ pattern: 'who-said' });
    expect(attributionBefore('Park, speaking in Seoul, described the three nations as  ')).toMatchObject({ mention: 'Park', pattern: 'described-as' });
  });

  it('a Korean topic before a quotation is still read', () => {
    const quotes = findQuotes('이 당선인은 기자들에게 “경제를 살리겠다”고 말했다.', { lang: 'ko', trace: true });
    expect(quotes[0]).toMatchObject({ mention: '이 당선인', via: 'korean-topic' });
  });
});
