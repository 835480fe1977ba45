/**
 * An organisation the article introduces with its abbreviation in brackets ("Human Rights Watch (HRW)", "Deutsches Zentrum
 * für Neurodegenerative Erkrankungen (DZNE)", "Paul-Ehrlich-Institut (PEI)") and then calls by the abbreviation: a speaker
 * shown as "HRW" is shown by the name the article spelt out, which a reader (and the hand labels) know it by.
 */

/** The capitals that open each hyphenated part of a word: "Paul-Ehrlich-Institut" -> P, E, I; "für" -> none. */
function initialsOf(word: string): string[] {
  return word
    .split('-')
    .filter((part) => /^\p{Lu}/u.test(part))
    .map((part) => part[0]!);
}

/** The words right before "(ABBR)" whose initials spell ABBR, lower-case words between them allowed; undefined when none do. */
export function spelledOut(abbreviation: string, text: string): string | undefined {
  if (!/^\p{Lu}{2,6}$/u.test(abbreviation)) return undefined;
  const at = text.indexOf(`(${abbreviation})`);
  if (at < 0) return undefined;
  const words = text
    .slice(Math.max(0, at - 160), at)
    .trim()
    .split(/\s+/u);
  let letters = abbreviation;
  const taken: string[] = [];
  let index = words.length - 1;
  for (; index >= 0 && letters; index--) {
    const word = words[index]!.replace(/[^\p{L}\p{N}-]+$/u, '');
    const initials = initialsOf(word).join('');
    // A lower-case word ("für", "of") may stand between the capitalised words, never at the end.
    if (!initials) {
      if (!/^\p{Ll}+$/u.test(word) || taken.length === 0) return undefined;
    } else if (letters.endsWith(initials)) letters = letters.slice(0, letters.length - initials.length);
    else return undefined;
    taken.unshift(word);
  }
  if (letters || inflectedAfter(words[index], taken)) return undefined;
  return taken.join(' ');
}

/** German articles and contractions that take the dative or genitive: "am Deutschen Zentrum …", "des Robert-Koch-Instituts". */
const DATIVE_OR_GENITIVE = /^(?:dem|der|den|des|am|beim|vom|zum|zur|im)$/iu;

/**
 * Whether the name as written after `before` is an inflected form, not the one the organisation goes by: after a dative or
 * genitive article ("am Deutschen Zentrum für …" is "Deutsches Zentrum für …"), or an adjective after "das" ("das
 * Deutsche Institut" is "Deutsches Institut"). The abbreviation is shown then: a wrong ending is worse than none.
 */
function inflectedAfter(before: string | undefined, taken: readonly string[]): boolean {
  if (!before) return false;
  if (DATIVE_OR_GENITIVE.test(before)) return true;
  return /^das$/iu.test(before) && taken.length > 1 && /\p{Ll}e$/u.test(taken[0]!);
}
