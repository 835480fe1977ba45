/**
 * Japanese news names a person in full once ("尹錫悦（ユンソンニョル）大統領は") and then by surname and an
 * honorific or a title ("尹氏は", "石破首相が"). A quotation attributed to "尹氏" belongs to the person the
 * article introduced as 尹錫悦: the surname is looked up as the start of a full name written earlier.
 */

import { lazyRegExp } from '../lazy-regexp.ts';
import { isQuoted, type QuoteSpan } from './marks.ts';

/** Honorifics and titles written after a Japanese surname. */
const HONORIFIC = '氏|さん|首相|大統領|外相|長官|社長|会長|知事|市長|議員|総裁|代表|監督|選手|教授';
const SURNAME_AND_HONORIFIC = lazyRegExp(`^(\\p{Script=Han}{1,2})(?:${HONORIFIC})$`, 'u');

/** The first full name in `text` that opens with `surname` ("尹錫悦" for 尹), with its place, or undefined. */
function fullJapaneseNameIn(surname: string, text: string): { name: string; index: number; end: number } | undefined {
  // The full name: the surname and one to three more Han characters, then a reading in brackets, a space, or an honorific.
  const full = new RegExp(`(?<!\\p{Script=Han})${surname}(\\p{Script=Han}{1,3}?)(?=[（(\\s\\u3000]|${HONORIFIC})`, 'gu');
  for (const match of text.matchAll(full)) {
    const given = match[1]!;
    // "尹大統領": the title, not a given name.
    if (new RegExp(`^(?:${HONORIFIC})`, 'u').test(given)) continue;
    return { name: surname + given, index: match.index, end: match.index + match[0].length };
  }
  return undefined;
}

/** Titles written after a Korean surname ("이 당선인", "김 장관"). */
const KOREAN_TITLE = '당선인|당선자|대통령|총리|장관|의원|대표|원내대표|위원장|후보|대변인|교수|회장|사장|감독|선수|지사|시장';
const KOREAN_SURNAME_AND_TITLE = lazyRegExp(`^(\\p{Script=Hangul})\\s(?:${KOREAN_TITLE})$`, 'u');

function koreanNameWords(surname: string, text: string, quotations: readonly QuoteSpan[]): { word: string; end: number }[] {
  const word = new RegExp(`(?<=^|[\\s(\\[·,])${surname}\\p{Script=Hangul}{2}(?![\\p{Script=Hangul}])`, 'gu');
  const words: { word: string; end: number }[] = [];
  // A word inside a quotation is what someone said ("이긴다", wins), not how the article names a person.
  for (const match of text.matchAll(word)) if (!isQuoted(quotations, match.index)) words.push({ word: match[0], end: match.index + match[0].length });
  return words;
}

/**
 * The full names of one text's Japanese and Korean speakers, each surname's words read once: looked up from the start
 * of the text for each quotation, a long live blog cost its length squared (300,000 characters: 9.5 s).
 */
export class CjkNames {
  private readonly japanese = new Map<string, { name: string; index: number; end: number } | undefined>();
  private readonly korean = new Map<string, { word: string; end: number }[]>();

  /** `quotations`: the text's quotations, in text order. */
  constructor(
    private readonly text: string,
    private readonly quotations: readonly QuoteSpan[],
  ) {}

  /** The full name the article gave before `before` to the surname of "尹氏" ("尹錫悦"), or undefined. */
  fullJapaneseName(mention: string, before: number): string | undefined {
    const surname = SURNAME_AND_HONORIFIC.exec(mention)?.[1];
    if (!surname) return undefined;
    if (!this.japanese.has(surname)) this.japanese.set(surname, fullJapaneseNameIn(surname, this.text));
    const first = this.japanese.get(surname);
    if (!first || first.index >= before) return undefined;
    // Its honorific (up to three characters) must be written before `before` too: near it, read the text up to there.
    return first.end + 3 <= before ? first.name : fullJapaneseNameIn(surname, this.text.slice(0, before))?.name;
  }

  /**
   * Korean news names a person in full once ("이재명 대통령 당선인") and then by surname and title ("이 당선인은"). The full
   * name is the three-syllable word opening with that surname that the article writes before `before` most often as a
   * word of its own (at least twice), outside quotations: one-syllable surnames are also common syllables ("이번",
   * "이라며"), which a single sighting does not tell apart.
   */
  fullKoreanName(mention: string, before: number): string | undefined {
    const surname = KOREAN_SURNAME_AND_TITLE.exec(mention)?.[1];
    if (!surname) return undefined;
    let words = this.korean.get(surname);
    if (!words) this.korean.set(surname, (words = koreanNameWords(surname, this.text, this.quotations)));
    const counts = new Map<string, number>();
    for (const { word, end } of words) {
      if (end > before) break;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
    let best: [string, number] | undefined;
    for (const entry of counts) if (entry[1] >= 2 && (!best || entry[1] > best[1])) best = entry;
    return best?.[0];
  }
}
