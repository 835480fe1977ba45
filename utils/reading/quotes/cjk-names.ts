/**
 * Japanese news names a person in full once ("尹錫悦（ユンソンニョル）大統領は") and then by surname and an
 * honorific or a title ("尹氏は", "石破首相が"). A quotation attributed to "尹氏" belongs to the person the
 * article introduced as 尹錫悦: the surname is looked up as the start of a full name written earlier.
 */

/** Honorifics and titles written after a Japanese surname. */
const HONORIFIC = '氏|さん|首相|大統領|外相|長官|社長|会長|知事|市長|議員|総裁|代表|監督|選手|教授';
const SURNAME_AND_HONORIFIC = new RegExp(`^(\\p{Script=Han}{1,2})(?:${HONORIFIC})$`, 'u');

/** The full name of "尹氏" written before `before` in `text` ("尹錫悦"), or undefined. */
export function fullJapaneseName(mention: string, text: string, before: number): string | undefined {
  const surname = SURNAME_AND_HONORIFIC.exec(mention)?.[1];
  if (!surname) return undefined;
  // The full name: the surname and one to three more Han characters, then a reading in brackets, a space, or an honorific.
  const full = new RegExp(`(?<!\\p{Script=Han})${surname}(\\p{Script=Han}{1,3}?)(?=[（(\\s\\u3000]|${HONORIFIC})`, 'gu');
  for (const match of text.slice(0, before).matchAll(full)) {
    const given = match[1]!;
    // "尹大統領": the title, not a given name.
    if (new RegExp(`^(?:${HONORIFIC})`, 'u').test(given)) continue;
    return surname + given;
  }
  return undefined;
}

/** Titles written after a Korean surname ("이 당선인", "김 장관"). */
const KOREAN_TITLE = '당선인|당선자|대통령|총리|장관|의원|대표|원내대표|위원장|후보|대변인|교수|회장|사장|감독|선수|지사|시장';
const KOREAN_SURNAME_AND_TITLE = new RegExp(`^(\\p{Script=Hangul})\\s(?:${KOREAN_TITLE})$`, 'u');

/**
 * Korean news names a person in full once ("이재명 대통령 당선인") and then by surname and title ("이 당선인은"). The full
 * name is the three-syllable word opening with that surname that the article writes most often as a word of its own (at
 * least twice): one-syllable surnames are also common syllables ("이번", "이라며"), which a single sighting does not tell apart.
 */
export function fullKoreanName(mention: string, text: string, before: number): string | undefined {
  const surname = KOREAN_SURNAME_AND_TITLE.exec(mention)?.[1];
  if (!surname) return undefined;
  const word = new RegExp(`(?<=^|[\\s(\\[·,])${surname}\\p{Script=Hangul}{2}(?![\\p{Script=Hangul}])`, 'gu');
  const counts = new Map<string, number>();
  for (const match of text.slice(0, before).matchAll(word)) counts.set(match[0], (counts.get(match[0]) ?? 0) + 1);
  let best: [string, number] | undefined;
  for (const entry of counts) if (entry[1] >= 2 && (!best || entry[1] > best[1])) best = entry;
  return best?.[0];
}
