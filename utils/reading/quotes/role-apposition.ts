/**
 * Whether a role and the name set off after it by commas ("Clinton’s spokesman, Brian Fallon, said") make the name the
 * speaker. The attribution patterns find "<words>, <Name Name>, <verb of saying>" anywhere; these checks keep the ones
 * where the words before the name are a noun phrase that describes one person, so that the name is that person:
 *
 * - "The strike hit the country’s biggest carmaker, Toyota Motor, said union leader Ken Sato": the words hold a verb and
 *   its object ("hit the …"), and the name is that object, not a speaker. A noun phrase holds an article or a possessive
 *   only at its start or after a preposition ("the chief of the party", "le maire de la ville"); one after any other word
 *   ("hit the", "detuvo al", "a arrêté le") follows a verb.
 * - "workers at the company’s parent, General Motors, said": a plural head ("workers", "officials", "residents") names
 *   several people, so the name after it is the thing their role is about (an employer, a place), not one of them.
 * - "officials in the breakaway republic, South Ossetia,": a name that is a title and one word ("South", "General" taken
 *   off) or an organisation or a place by its words is not a person.
 */
import { namesInstitution, titlesOf } from './people.ts';

/** A word as the lists hold it: lower case, an elided article or preposition ("l’homme", "d’Évry") as its first letter and apostrophe. */
function listed(word: string): string {
  return word.toLowerCase().replace(/^([ld])['’]\p{L}.*$/u, "$1'");
}

/**
 * Articles and possessive determiners that open a noun phrase, in the languages whose word order the patterns read.
 * Spanish "al" is one too: after a verb it marks its object ("detuvo al sospechoso"); "del", "du", "des" are prepositions.
 */
const DETERMINERS = new Set(
  (
    "the a an this these those his her its their our my your el la los las un una unos unas al le les l' une il lo gli uno " +
    'der die das dem den ein eine einen einem einer o os um uma su sus son sa ses leur leurs'
  ).split(' '),
);

/** Prepositions: the role's head is the word before the first one, and an article after one opens the noun phrase it governs. */
const PREPOSITIONS = new Set(
  (
    "of for at in on from with to by about near under over de del du des d' à au aux en para por pour sur chez dans di da dal della per su con " +
    'von vom für bei zu zum zur aus im am do dos no na em'
  ).split(' '),
);

/** Conjunctions, after which an article opens a noun phrase of its own too: "her friend and her longtime aide". */
const CONJUNCTIONS = new Set('and or y e et und'.split(' '));

/** Plural heads that do not end in -s. */
const IRREGULAR_PLURAL = /^(?:people|men|women|police|children|folks|gente)$/iu;

/** A lower-case noun in -s that is not a singular in -ss, -us or -is, nor a possessive: "workers", "officials", "vecinos", "habitants". */
function pluralNoun(word: string): boolean {
  if (/[’']s?$/u.test(word)) return false;
  return IRREGULAR_PLURAL.test(word) || /^\p{Ll}[\p{L}-]*[^sui]s$/u.test(word);
}

/** The head of the role: its last word before the first preposition ("workers" in "workers at the company’s parent"). */
function roleHead(words: string[]): string | undefined {
  const preposition = words.findIndex((word, index) => index > 0 && PREPOSITIONS.has(listed(word)));
  return preposition > 0 ? words[preposition - 1] : words[words.length - 1];
}

/** Whether the role words, read as a noun phrase, could describe the one person named after them. */
export function roleDescribesName(role: string, name: string): boolean {
  const roleWords = role.trim().split(/\s+/u).filter(Boolean);
  // An article or a possessive inside the words, not after a preposition, follows a verb: the words are a clause.
  for (let index = 1; index < roleWords.length; index++) {
    const previous = listed(roleWords[index - 1]!);
    if (DETERMINERS.has(listed(roleWords[index]!)) && !PREPOSITIONS.has(previous) && !CONJUNCTIONS.has(previous)) return false;
  }
  const head = roleHead(roleWords);
  if (head && pluralNoun(head)) return false;
  // Two words of name after the titles at least: "General Motors" and "South Ossetia" are a title and one word.
  const nameWords = name.split(/\s+/u).filter(Boolean);
  return nameWords.length - titlesOf(name).length >= 2 && !namesInstitution(nameWords);
}
