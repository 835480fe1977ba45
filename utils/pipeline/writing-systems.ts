/**
 * Writing systems of text, counted letter by letter with Unicode script
 * properties. Scripts are grouped as readers perceive a language: Japanese
 * text mixes Han and Kana, Korean text mixes Hangul and (rarely) Han, so a Han
 * word on a Japanese page is not foreign.
 */

/** One group per way of writing; the order is the order in which they are tested. */
const SCRIPT_GROUPS = [
  { name: 'Latin', pattern: /\p{Script=Latin}/u },
  { name: 'Cyrillic', pattern: /\p{Script=Cyrillic}/u },
  { name: 'Greek', pattern: /\p{Script=Greek}/u },
  { name: 'Arabic', pattern: /\p{Script=Arabic}/u },
  { name: 'Hebrew', pattern: /\p{Script=Hebrew}/u },
  { name: 'Hangul', pattern: /\p{Script=Hangul}/u },
  { name: 'Kana', pattern: /[\p{Script=Hiragana}\p{Script=Katakana}]/u },
  { name: 'Han', pattern: /\p{Script=Han}/u },
  { name: 'Thai', pattern: /\p{Script=Thai}/u },
  { name: 'Devanagari', pattern: /\p{Script=Devanagari}/u },
  { name: 'Bengali', pattern: /\p{Script=Bengali}/u },
  { name: 'Tamil', pattern: /\p{Script=Tamil}/u },
  { name: 'Georgian', pattern: /\p{Script=Georgian}/u },
  { name: 'Armenian', pattern: /\p{Script=Armenian}/u },
  { name: 'Ethiopic', pattern: /\p{Script=Ethiopic}/u },
] as const;

export type ScriptName = (typeof SCRIPT_GROUPS)[number]['name'] | 'Other';

export type ScriptCounts = Partial<Record<ScriptName, number>>;

const LETTER = /\p{L}/u;

/**
 * The script group of one non-ASCII code point, or null when it is not a letter. A code point's script never
 * changes, so each is asked of the regular expressions once: article text repeats the same few hundred letters.
 */
const scriptByCodePoint = new Map<number, ScriptName | null>();
const SCRIPT_MEMO_LIMIT = 20_000;

function scriptOfCodePoint(codePoint: number): ScriptName | null {
  const known = scriptByCodePoint.get(codePoint);
  if (known !== undefined) return known;
  const char = String.fromCodePoint(codePoint);
  const name: ScriptName | null = LETTER.test(char) ? (SCRIPT_GROUPS.find((candidate) => candidate.pattern.test(char))?.name ?? 'Other') : null;
  if (scriptByCodePoint.size >= SCRIPT_MEMO_LIMIT) scriptByCodePoint.clear();
  scriptByCodePoint.set(codePoint, name);
  return name;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * Letters per script. Read by char code, not by a string iterator and a regular expression per character:
 * this runs over the whole article text, and a long article is tens of thousands of characters.
 */
export function countScripts(text: string): ScriptCounts {
  // Tallied in locals, and made into the object at the end in the order scripts were met (callers break ties by it).
  const tally = new Map<ScriptName, number>();
  let latin = 0;
  for (let index = 0; index < text.length; index++) {
    let code = text.charCodeAt(index);
    // Fast path: most text on most pages is ASCII.
    if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) {
      if (latin++ === 0) tally.set('Latin', 0);
      continue;
    }
    if (code < 0x80) continue;
    // A surrogate pair is one code point (as `for…of` reads it); a lone surrogate is no letter.
    if (isHighSurrogate(code) && index + 1 < text.length && isLowSurrogate(text.charCodeAt(index + 1))) {
      code = 0x10000 + ((code - 0xd800) << 10) + (text.charCodeAt(index + 1) - 0xdc00);
      index++;
    }
    const name = scriptOfCodePoint(code);
    if (name === 'Latin') {
      if (latin++ === 0) tally.set('Latin', 0);
    } else if (name) tally.set(name, (tally.get(name) ?? 0) + 1);
  }
  const counts: ScriptCounts = {};
  for (const [name, count] of tally) counts[name] = name === 'Latin' ? latin : count;
  return counts;
}

export function totalLetters(counts: ScriptCounts): number {
  let sum = 0;
  for (const value of Object.values(counts)) sum += value;
  return sum;
}

/**
 * Scripts that belong together on a page: Han is native to Japanese and Korean
 * pages (kanji, hanja), Kana and Hangul never stand alone in Chinese.
 */
const COMPANION_SCRIPTS: Partial<Record<ScriptName, ScriptName[]>> = {
  Kana: ['Han'],
  Hangul: ['Han'],
};

/** A script's share of letters at which it counts as one of the page's own. */
const DOMINANT_SHARE = 0.2;

/**
 * The scripts an article is written in: every script holding at least a fifth
 * of its letters (a bilingual page has two), plus their companions.
 */
export function dominantScripts(counts: ScriptCounts): Set<ScriptName> {
  const total = totalLetters(counts);
  const dominant = new Set<ScriptName>();
  if (total === 0) return dominant;
  const entries = Object.entries(counts) as [ScriptName, number][];
  entries.sort((a, b) => b[1] - a[1]);
  for (const [name, count] of entries) {
    if (count / total >= DOMINANT_SHARE || dominant.size === 0) dominant.add(name);
  }
  // Japanese: Kana may be a minority of letters (kanji-heavy prose) yet decide the language.
  const kana = counts.Kana ?? 0;
  if (kana / total >= 0.05 && (counts.Han ?? 0) > 0) dominant.add('Kana');
  for (const name of [...dominant]) {
    for (const companion of COMPANION_SCRIPTS[name] ?? []) dominant.add(companion);
  }
  return dominant;
}

/** Share of a text's letters written in the given scripts (1 when it has no letters). */
export function shareInScripts(counts: ScriptCounts, scripts: Set<ScriptName>): number {
  const total = totalLetters(counts);
  if (total === 0) return 1;
  let inside = 0;
  for (const name of scripts) inside += counts[name] ?? 0;
  return inside / total;
}

const RTL_SCRIPTS = new Set<ScriptName>(['Arabic', 'Hebrew']);

/** The direction of text whose letters are mostly in one script. */
export function directionOfScripts(counts: ScriptCounts): 'ltr' | 'rtl' {
  const total = totalLetters(counts);
  let rtl = 0;
  for (const name of RTL_SCRIPTS) rtl += counts[name] ?? 0;
  return total > 0 && rtl / total > 0.5 ? 'rtl' : 'ltr';
}

/** A language guess from script alone, for pages that do not say their language. */
export function languageOfScripts(counts: ScriptCounts): string {
  const total = totalLetters(counts);
  if (total === 0) return '';
  const share = (name: ScriptName) => (counts[name] ?? 0) / total;
  if (share('Kana') > 0.05) return 'ja';
  if (share('Hangul') > 0.3) return 'ko';
  if (share('Han') > 0.3) return 'zh';
  if (share('Arabic') > 0.5) return 'ar';
  if (share('Hebrew') > 0.5) return 'he';
  if (share('Thai') > 0.5) return 'th';
  if (share('Greek') > 0.5) return 'el';
  return '';
}
