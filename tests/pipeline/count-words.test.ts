/** Reading time's word count: spaces split most scripts; Chinese and Japanese count characters. */
import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '../../utils/pipeline/text.ts';

describe('counting words for the reading time', () => {
  it('counts words between spaces, and no characters, in text without Chinese or Japanese', () => {
    expect(countWords('The council approved the plan — 9 votes to 4.')).toEqual({ words: 9, cjkCharacters: 0 });
    // Hangul and Cyrillic lie above the Latin range but are written with spaces: still words.
    expect(countWords('서울시는 오늘 계획을 발표했다. Совет одобрил план.')).toEqual({ words: 7, cjkCharacters: 0 });
  });

  it('counts Chinese and Japanese characters apart from the words around them', () => {
    expect(countWords('東京都は今日、計画を発表した。 Tokyo plan')).toEqual({ words: 2, cjkCharacters: 13 });
    expect(readingMinutes('字'.repeat(1000))).toBe(2);
  });
});
