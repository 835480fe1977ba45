/**
 * Names in the citation styles where citeproc's rules for a script do not fit the name. citeproc initials any name
 * in a script it counts as "romanesque" (Latin, Greek, Cyrillic, Arabic, Hebrew, Thai) and writes any other as
 * Chinese, Japanese and Korean names are written, family name first and no space between: a Hindi reporter came out
 * "शर्माराहुल", an Arabic one "العتروس, آ." (a lone letter with a full stop, which no Arabic text writes), a Thai
 * one "ใจดี, ส.". It also writes a Latin-script name family-first without its comma ("Lê P.", "Nagy J.",
 * "Tanaka H.") when the page's language is Vietnamese, Hungarian, Japanese or Chinese.
 */
import type { CslName } from './names.ts';

/** The scripts whose names citeproc writes right: family then given, joined without a space. */
const EAST_ASIAN = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** The scripts whose names styles write with initials: those with capital letters, which an initial is made of. */
const INITIALLED = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u;

/**
 * A person's name written wholly in another script than those: Arabic, Hebrew, Thai, Devanagari, Georgian,
 * Armenian… (Chinese, Japanese and Korean aside). Georgian and Armenian have case but citeproc does not count them
 * romanesque, so it neither inverts nor initials them ("ნინო ბერიძე." in APA).
 */
export function isNameWithoutInitials(name: CslName): boolean {
  if (!name.family || !name.given || name.literal) return false;
  const text = `${name.family}${name.given}`;
  return /\p{L}/u.test(text) && !INITIALLED.test(text) && !EAST_ASIAN.test(text);
}

/**
 * Such a name whole, in the order the style puts names: inverted where it inverts every name (APA, Harvard) or only
 * the first (MLA, Chicago), given name first in IEEE. As a family name alone, which citeproc prints as written.
 */
export function wholeInStyleOrder(name: CslName, position: number, style: 'apa' | 'mla' | 'chicago' | 'harvard' | 'ieee'): CslName {
  const inverted = style === 'apa' || style === 'harvard' || ((style === 'mla' || style === 'chicago') && position === 0);
  // The particle stays with the family name ("بن سلمان"), the suffix after the whole name.
  const family = [name['non-dropping-particle'], name.family].filter(Boolean).join(' ');
  const whole = inverted ? `${family}, ${name.given ?? ''}` : `${name.given ?? ''} ${family}`;
  return { family: name.suffix ? `${whole}, ${name.suffix}` : whole };
}

/**
 * Languages for which citeproc writes a Latin-script name in its static, family-first order without a comma. Every
 * style Lucid cites with is English, which writes "Lê, P." and "Nagy, J."; family-first names in Chinese, Japanese or
 * Korean script keep their order whatever the language.
 */
export function reordersNames(language: string | undefined): boolean {
  return /^(?:vi|hu)$|^(?:ja|zh)\b/iu.test(language ?? '');
}
