/**
 * "sagte die Präsidentin", "dijo el Mandatario": outside English a description by a role points back to the person the
 * article gave that role with a name, before ("Caritas-Präsidentin Eva Berg", "el Mandatario Gabriel Boric") or in
 * apposition after the name ("Eva Berg, Präsidentin des Verbands,", "Gabriel Boric, el Mandatario,"). German compounds
 * end in their head: "Caritas-Präsidentin" and "Verbandspräsidentin" are a "Präsidentin". The nearest such name before
 * the quotation is the one meant; without one the description names no one here.
 */
import { escapeRegExp, lazyRegExp } from '../lazy-regexp.ts';

/** A name: two to four capitalised words, initials ("Eva M. Berg") and the particles names carry between them. */
const WORD = "(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}\\p{M}'’-]*)";
const NAME = `${WORD}(?:\\s+(?:(?:von|van|de|del|da|di|du|dos|der|la)\\s+)?${WORD}){1,3}`;
/** An article and up to two adjectives before a role in apposition: ", die neue Präsidentin", ", el Mandatario". */
const APPOSITION_LEAD = "(?:(?:der|die|das|el|la|le|il|lo|o|a|l['’])\\s*)?(?:\\p{Ll}[\\p{L}\\p{M}-]*\\s+){0,2}";

/**
 * A pattern's source for `role` as the head of a word: "Präsidentin" also in "Caritas-Präsidentin" and
 * "Verbandspräsidentin" (a compound's head is written small after its first part).
 */
export function roleHeadSource(role: string): string {
  const first = role[0]!;
  // A hyphen needs no escape outside a class (and may not have one under the u flag: "US-Präsident").
  const rest = escapeRegExp(role.slice(1));
  return `[\\p{L}-]*(?:${first.toUpperCase()}|${first.toLowerCase()})${rest}`;
}

const patterns = new Map<string, RegExp[]>();

function patternsFor(role: string): RegExp[] {
  let found = patterns.get(role);
  if (!found) {
    const head = roleHeadSource(role);
    found = [
      new RegExp(`(?<![\\p{L}\\p{M}-])${head}\\s+(${NAME})(?![\\p{L}\\p{M}])`, 'gu'),
      new RegExp(`(?<![\\p{L}\\p{M}'’.-])(${NAME}),\\s+${APPOSITION_LEAD}${head}(?![\\p{L}\\p{M}])`, 'gu'),
    ];
    patterns.set(role, found);
  }
  return found;
}

/** A role word fit to look for: a noun of a few letters, not an article or a pronoun. */
const ROLE_WORD = lazyRegExp('^\\p{L}[\\p{L}\\p{M}-]{3,}$', 'u');

/** The name last given with `role` in `before` (the text before the quotation), or undefined. */
export function holderOfRoleBefore(role: string, before: string): string | undefined {
  if (!ROLE_WORD.test(role) || !before.toLowerCase().includes(role.toLowerCase())) return undefined;
  let best: { at: number; name: string } | undefined;
  for (const pattern of patternsFor(role)) {
    for (const match of before.matchAll(pattern)) {
      if (!best || match.index > best.at) best = { at: match.index, name: match[1]! };
    }
  }
  return best?.name;
}
