/**
 * German attributions that the verb lists miss. German puts the finite verb second: after a quotation and its comma the
 * verb comes first and its subject after it („…“, lacht Kerstin Wahala / führte Webhofer aus / erinnert sich Kerstin
 * Wahala / fragt Mistler), whatever the verb is, so any verb there attributes; and a sentence that opens with its
 * subject and ends in a colon introduces the quotation after it (Vertriebsleiter Robert Weiss beschreibt die Situation
 * als schwierig: „…“). Learned from the German tune pages of the hand labels.
 *
 * German capitalises every noun, so what these find is only a candidate: index.ts keeps it only when it is a full name
 * (two words or more) or one the article gave in full before.
 */
import type { Attribution } from './attribution.ts';

/** Words after „…“, that are not a verb opening an attribution ("so" is one, read by the main patterns). */
const NOT_A_VERB =
  'und|oder|aber|als|wie|wenn|weil|dass|denn|doch|da|so|heißt|hieß|hatte|hat|ist|war|sind|waren|wird|wurde|werden|sei|seien|habe|haben|nicht|auch|noch|schon|nur';
/** A capitalised word of a name, and a name of two to four such words. */
const NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}'’-]*";
const FULL_NAME = `${NAME_WORD}(?:\\s+(?:von|van|de|zu)(?:\\s+(?:der|dem|den))?)?(?:\\s+${NAME_WORD}){1,3}`;
/** Articles and pronouns that open a noun phrase, never a name. */
const DETERMINERS = /^(?:der|die|das|dem|den|des|ein|eine|einer|eines|einem|einen|dieser|diese|dieses|sein|seine|ihr|ihre|unser|unsere|man|es)$/iu;

/**
 * „…“, lacht Kerstin Wahala. / „…“, kommentierte NDR-Sprecher Wilfried Hark. / „…“, sagt der Arzt Hilary Jones gegenüber
 * «BBC». A lower-case word right after the comma is the verb; the name after it (past "sich", an article and a role) the speaker.
 */
const VERB_FIRST = new RegExp(
  `^\\s*,\\s*(?!(?:${NOT_A_VERB})(?![\\p{L}]))\\p{Ll}[\\p{Ll}ß]+(?:\\s+sich)?\\s+(?:(?:der|die)\\s+)?(?:${NAME_WORD}\\s+)?(${FULL_NAME})(?![\\p{L}])`,
  'u',
);

export function germanAttributionAfter(after: string): Attribution | undefined {
  const name = VERB_FIRST.exec(after)?.[1];
  return name ? { mention: name, pattern: 'german-verb-first' } : undefined;
}

/**
 * A sentence opening with (a role and) a full name and its verb, ending in a colon right before the quotation:
 * "Vertriebsleiter Robert Weiss beschreibt die Situation als schwierig: „…“". `sentence` is the sentence up to the quotation.
 */
const SUBJECT_COLON = new RegExp(`^\\s*(?:(${NAME_WORD})\\s+)?(${FULL_NAME})\\s+\\p{Ll}[^:„“”"»«.!?]*:\\s*$`, 'u');

export function germanAttributionBefore(sentence: string): Attribution | undefined {
  const match = SUBJECT_COLON.exec(sentence);
  const name = match?.[2];
  if (!name) return undefined;
  if (match[1] && DETERMINERS.test(match[1])) return undefined;
  if (DETERMINERS.test(name.split(/\s+/u)[0]!)) return undefined;
  return { mention: name, pattern: 'german-subject-colon' };
}

/**
 * "Gabi Schwab, Schulleiterin der MS Egger-Lienz sagte am Vormittag: „…“": the name right before the verb is the role's
 * genitive or employer (German often leaves the apposition's closing comma out); the speaker is the name before the
 * apposition. `before` is the text before the quotation, `mention` the name the verb pattern found.
 */
const APPOSITION_OWNER = new RegExp(`(${FULL_NAME}),\\s+${NAME_WORD}\\s+(?:der|des|von|vom|bei|beim|im|am)\\s+$`, 'u');

export function germanAppositionOwner(before: string, mention: string): string | undefined {
  const at = before.lastIndexOf(mention);
  if (at < 0) return undefined;
  return APPOSITION_OWNER.exec(before.slice(0, at))?.[1];
}
