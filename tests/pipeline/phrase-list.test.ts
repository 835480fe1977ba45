// @vitest-environment jsdom
/**
 * The list headings ("Most read", "Lesen Sie auch", "関連記事") are matched by a lookup of the line's key and then one
 * phrase's own small pattern (utils/pipeline/phrase-list.ts), where they were one alternation of every phrase. The
 * answer must be the alternation's on every line: the saved pages' short texts, and each phrase written the ways the
 * pattern allows (and a few it does not).
 */
import { describe, expect, it } from 'vitest';
import { LIST_HEADINGS, LIST_HEADING_WORDS } from '../../utils/pipeline/clutter-rules.ts';
import { caseless } from '../../utils/pipeline/clutter.ts';
import { PhraseList } from '../../utils/pipeline/phrase-list.ts';
import { pageLines } from '../helpers/page-lines.ts';
import { patternsMadeBy } from '../helpers/patterns-made.ts';

/** The one pattern the headings were before: every phrase in an alternation, longer ones first. */
function alternationOf(phrases: string[]): RegExp {
  const alternatives = [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map((phrase) =>
      phrase
        .toLowerCase()
        .replace(/ …$/u, '\u0000')
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/'/g, "['’]?")
        .replace(/ /g, '\\s*')
        .replace('\u0000', '(?:\\s.{1,60})?'),
    );
  return new RegExp(`^(?:${alternatives.join('|')})\\s*[:：?？]?$`, 'u');
}

const PHRASES = Object.values(LIST_HEADING_WORDS).flat();

/** Each phrase as a page may print it: spacing, apostrophes, closing marks, words after an open phrase, and near misses. */
function writings(phrase: string): string[] {
  const open = phrase.endsWith(' …');
  const words = open ? phrase.slice(0, -2) : phrase;
  const ways = [
    words,
    `${words}:`,
    `${words} :`,
    `${words} ?`,
    `${words}？`,
    `${words}::`,
    `${words}?:`,
    ` ${words}`,
    words.replaceAll(' ', '  '),
    words.replaceAll(' ', ''),
    words.replaceAll(' ', '\n'),
    words.replaceAll("'", '’'),
    words.replaceAll("'", ''),
    words.replaceAll("'", '"'),
    `${words} more`,
    `${words}s`,
    words.slice(0, -1),
    `${words} ${'x'.repeat(60)}`,
    `${words} ${'x'.repeat(61)}`,
    `${words} the region`,
    `${words} the region:`,
    `${words} the\nregion`,
    `${words}  `,
    `${words} '`,
  ];
  return ways.map(caseless);
}

describe('the list of heading phrases', () => {
  const before = alternationOf(PHRASES);

  it('answers as the one alternation did, on every way of writing each phrase', () => {
    let matched = 0;
    for (const phrase of PHRASES) {
      for (const line of writings(phrase)) {
        const expected = before.test(line);
        if (expected) matched++;
        expect(LIST_HEADINGS.test(line), JSON.stringify(line)).toBe(expected);
      }
    }
    // Not vacuous: most writings of most phrases are headings.
    expect(matched).toBeGreaterThan(PHRASES.length * 8);
  });

  it('answers as the one alternation did on every short text of the saved pages', () => {
    const lines = pageLines();
    const headings = lines.filter((line) => before.test(line));
    expect(headings.length).toBeGreaterThan(20);
    for (const line of lines) expect(LIST_HEADINGS.test(line), line).toBe(before.test(line));
  }, 120_000);

  it('takes a heading set in brackets or after a mark, and nothing else so set', () => {
    for (const line of [
      '【関連記事】',
      '【 関連記事 】',
      '［関連記事］',
      '■関連記事',
      '▼ 関連ニュース',
      '[Read more]',
      '(Lesen Sie auch):',
      '《相关阅读》',
      '> Most read',
    ]) {
      expect(LIST_HEADINGS.test(caseless(line)), line).toBe(true);
    }
    for (const line of ['【ソウル＝小池和樹】', '【関連記事', '関連記事】', '[Politics]', '()', '■', '(Read more about the plan)']) {
      expect(LIST_HEADINGS.test(caseless(line)), line).toBe(false);
    }
  });

  it('makes no pattern for a line that is no heading, and only its own phrase’s for one that is', () => {
    const list = new PhraseList(PHRASES);
    const none = patternsMadeBy(() => {
      for (const line of ['The minister said on Tuesday that 12 people had died.', 'Politics', 'Share this article', 'Foto: dpa']) {
        expect(list.test(caseless(line))).toBe(false);
      }
    });
    expect(none).toEqual([]);
    const one = patternsMadeBy(() => expect(list.test(caseless('Most read:'))).toBe(true));
    expect(one).toHaveLength(1);
    expect(one[0]!.length).toBeLessThan(60);
  });
});
