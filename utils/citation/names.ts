/**
 * Authors as CSL names. A name the metadata split into given and family is
 * still cited whole when it is not a person's: citation styles invert a
 * person ("Smith, J.") but print an organisation as written, and an inverted
 * organisation reads as nonsense ("Echos, L." for "Les Echos", "reporter, G.
 * staff." for "Guardian staff reporter", "der Mann,  selbst ist." for the
 * magazine "selbst ist der Mann").
 */
import { isLiteralName, type Author, type PersonName } from '../types.ts';
import { NAME_PARTICLES } from '../metadata/names.ts';
import { sameName } from './fields.ts';

export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
  suffix?: string;
  'non-dropping-particle'?: string;
}

/**
 * Words that name a group of people who write, not a person: a byline of a newsroom, a desk or an agency.
 * None of them is anyone's family name, so a name holding one is an organisation's however it is split
 * ("Gear Team", "Guardian staff reporter").
 */
const GROUP_WORDS =
  /^(?:staff|team|desk|newsroom|editors?|editorial|reporters?|correspondents?|redaktion(?:en)?|rédaction|redacción|redazione|redakcja|redakce|redaksjon(?:en)?|toimitus|online|agency|agencies|gmbh|ltd|inc|llc|სააგენტო|რედაქცია|ამბები|ამბებები|პორტალი|редакция|редакція|агентство)$/iu;

/**
 * Words of newsrooms' names that are family names too ("Associated Press", "Canadian Press", and the reporter Eyal
 * Press). Both are two capitalised words, so nothing in the name tells them apart; the wire services sign far more
 * stories, and citing a person whole ("Eyal Press.") misleads less than inverting an agency ("Press, A.").
 */
const GROUP_OR_FAMILY_WORDS = /^(?:press|presse|news)$/iu;

function wholeName(author: PersonName): string {
  const parts = author.familyFirst ? [author.family, author.given] : [author.given, author.particle, author.family, author.suffix];
  return parts.filter(Boolean).join(' ').replace(/\s+/gu, ' ').trim();
}

/**
 * Articles that open the names of papers and magazines ("Les Echos", "The Guardian", "Die Zeit", "El País"):
 * a name that is the site's own and opens with one is the publication's. A site named after a person
 * ("Wolfgang Schmale", a personal blog) keeps its author a person.
 */
const OPENING_ARTICLE = /^(?:the|le|la|les|l'|der|die|das|el|los|las|il|lo|gli|de|het|o|a|os|as)$/iu;

/** Whether a name split as a person's reads as something else: a newsroom, the site itself, a phrase. */
function isNotAPerson(author: PersonName, siteName: string): boolean {
  const whole = wholeName(author);
  if (siteName && sameName(whole, siteName) && OPENING_ARTICLE.test(whole.split(' ')[0] ?? '')) return true;
  const words = whole.split(' ');
  const bareWords = words.map((word) => word.replace(/[.,]+$/u, ''));
  if (bareWords.some((word) => GROUP_WORDS.test(word) || GROUP_OR_FAMILY_WORDS.test(word))) return true;
  // A lower-case word in a cased script that is not a particle ("selbst ist der Mann", "Focus online"). Georgian has
  // capitals in Unicode (Mtavruli) but writes names without them: every Georgian word is lower case.
  return words.some((word) => /^\p{Ll}+$/u.test(word) && !/\p{Script=Georgian}/u.test(word) && !NAME_PARTICLES.has(word));
}

export function cslName(author: Author, siteName: string): CslName {
  if (isLiteralName(author)) return { literal: author.literal };
  if (isNotAPerson(author, siteName)) return { literal: wholeName(author) };
  const name: CslName = { family: author.family, given: author.given };
  if (author.particle) name['non-dropping-particle'] = author.particle;
  if (author.suffix) name.suffix = author.suffix;
  // (Family-first names need nothing more: every reference-list style puts the family name first,
  // and CSL's static-ordering would drop the comma after it.)
  return name;
}
