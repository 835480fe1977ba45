/**
 * Which attribution rules of its own a language adds to the shared ones of attribution.ts, and in which order: German
 * (german.ts) after them, since its verb-first rule takes any verb; Spanish, French, Italian and Portuguese
 * (romance.ts) before them, since the shared patterns read "dice la jefa del Ejecutivo" as said by "Ejecutivo".
 */
import { lazyRegExp } from '../lazy-regexp.ts';
import type { Attribution } from './attribution.ts';
import type { Sentence } from '../sentences.ts';
import type { Discourse, Gender, Mention } from './discourse.ts';
import type { PersonName } from './people.ts';
import { SPEECH_VERB, germanAttributionAfter, germanColonFirst, germanFullNameAfter, isRoleNoun } from './german.ts';
import { romanceAttributionAfter, romanceAttributionBefore, splitAtInsideAttribution } from './romance.ts';
import { slavicAttributionAfter } from './slavic.ts';
import { dashDialogue, inciseAsComma } from './dash-dialogue.ts';
import type { QuoteSpan } from './marks.ts';

export interface LanguageRules {
  /** Read after the quotation before the shared patterns. */
  afterFirst(after: string): Attribution | undefined;
  /** Read after the quotation when the shared patterns found nothing. */
  afterLast(after: string): Attribution | undefined;
  /** Read in the sentence before the quotation (up to it) before the shared patterns; `earlier` is the text before that sentence. */
  beforeFirst(sentence: string, earlier: string): Attribution | undefined;
  /** The quotations as this language marks them (French puts the attribution inside one pair of guillemets). */
  spans(spans: QuoteSpan[], text: string): QuoteSpan[];
}

const none = (): undefined => undefined;
const asMarked = (spans: QuoteSpan[]): QuoteSpan[] => spans;

export function languageRules(lang: string | undefined): LanguageRules {
  const language = (lang ?? '').toLowerCase().split(/[-_]/u)[0]!;
  if (/^(?:de|lb|gsw)$/u.test(language))
    return { afterFirst: germanFullNameAfter, afterLast: germanAttributionAfter, beforeFirst: germanColonFirst, spans: asMarked };
  if (/^(?:es|fr|it|pt|ca|gl)$/u.test(language))
    return {
      // "—dijo Marta Ruiz—": the dash's incise is read as the comma and verb it stands for.
      afterFirst: (after) => romanceAttributionAfter(inciseAsComma(after), language),
      afterLast: none,
      beforeFirst: (sentence) => romanceAttributionBefore(sentence, language),
      // Spanish and Portuguese also quote with a dash (dash-dialogue.ts); French puts its attribution inside the guillemets.
      spans: language === 'fr' ? splitAtInsideAttribution : /^(?:es|pt|ca|gl)$/u.test(language) ? dashDialogue : asMarked,
    };
  if (/^(?:cs|sk|pl|ru|uk|be|bg|hr|sr|bs|sl|mk)$/u.test(language))
    return { afterFirst: slavicAttributionAfter, afterLast: none, beforeFirst: none, spans: asMarked };
  return { afterFirst: none, afterLast: none, beforeFirst: none, spans: asMarked };
}

/** How many sentences back a pronoun, a description or a dropped subject looks for the one it stands for. */
const ANAPHOR_REACH = 3;

/**
 * Whom "sie", "elle", "el científico" or a dropped subject ("“…”, aseguró.") stands for outside English: the person
 * named at the start of this sentence or of one of the few before, as the subject of these languages' sentences
 * mostly stands, whose gender agrees. A sentence that names someone elsewhere ("O parlamentar cobra que Pacheco …")
 * ends the search with no one: that name is an object, and the subject is a description the index does not hold.
 * Only names count, every word capitalised and not an institution: the English clause reader takes "Au bâtiment B2"
 * or "ses étudiants" for subjects in these languages, and a wrong name is worse than none.
 */
export function nearestNamed(
  discourse: Discourse,
  sentences: readonly Sentence[],
  offset: number,
  gender: Gender | undefined,
  speakerWords?: ReadonlySet<string>,
  description?: string,
): PersonName | undefined {
  const at = discourse.sentenceIndexAt(offset);
  for (let index = at; index >= 0 && index >= at - ANAPHOR_REACH; index--) {
    const sentence = sentences[index];
    if (!sentence) continue;
    // Only names count: a place, a time or a noun pair the index took for one ("Au bâtiment B2", "Die Medien") does not.
    // A full name right after the verb of a reported statement ("…, erklärt Mohammed Aloof, Leiter …") is a person's too,
    // though no quotation was attributed to it: where nouns are capitalised, that verb is what tells it from a noun pair.
    const named = discourse
      .mentionsIn(index)
      .filter(
        (mention) =>
          mention.start < offset &&
          (looksLikeName(mention.person, speakerWords) ||
            (!!speakerWords && namedAfterSpeechVerb(mention.person, sentence.text.slice(0, Math.max(0, mention.start - sentence.start)))) ||
            (!!speakerWords && namedWithRole(mention.person, sentence.text.slice(Math.max(0, mention.end - sentence.start)), gender))),
      );
    // "O parlamentar é contrário …": a sentence about someone described, not named, stands between; who it is, is unknown.
    // (Not the quotation's own sentence: its described subject is the one the pronoun or description stands for, "El
    // investigador asegura que “…”", and "Il poursuit : « … »" opens with what reads as an Italian article.)
    if (
      named.length === 0 &&
      index !== at &&
      DESCRIBED_SUBJECT.test(sentence.text.replace(/^\s*\p{Lu}/u, (letter) => letter.toLowerCase())) &&
      !FRENCH_IL.test(sentence.text)
    )
      return undefined;
    if (named.length === 0) continue;
    const opensAt = (mention: (typeof named)[number]): boolean => {
      const opening = sentence.text.slice(0, Math.max(0, mention.start - sentence.start));
      const following = sentence.text.slice(Math.max(0, mention.end - sentence.start));
      return (
        (SUBJECT_OPENING.test(opening) && !OF_BEFORE_NAME.test(textBeforeName(mention, sentence))) ||
        VERB_FIRST_ATTRIBUTION.test(opening) ||
        ACCORDING_TO_OPENING.test(opening) ||
        (DESCRIBED_APPOSITION_OPENING.test(opening) && /^\s*,\s*\p{Ll}/u.test(following))
      );
    };
    // The first name is the subject where it opens the sentence; a name inside a short lead ("Após a reunião com Fux,
    // Pacheco disse …") is not, and the name right after the lead's comma is.
    const first = named[0]!;
    const second = named[1];
    const afterLead = !opensAt(first) && !!second && LEAD_THEN_NAME.test(sentence.text.slice(0, Math.max(0, second.start - sentence.start))) && opensAt(second);
    const subject = afterLead ? second : first;
    const opens = afterLead || opensAt(first);
    if (!opens) return undefined;
    const partner = coordinatedWith(subject, named, sentence);
    if (partner) return oneOfPair(discourse, subject.person, partner.person, gender);
    if (description && someoneElseAfter(discourse.mentionsIn(index), subject) && namedAsOtherRole(subject, sentence, description)) return undefined;
    return agrees(discourse, subject.person, gender) ? subject.person : undefined;
  }
  return undefined;
}

/**
 * "Juan García y Ana Martín firmaron …", "Pierre Martin et sa collègue Julie Bernard …", "Anna Weber und Thomas Krüger …":
 * two people joined by "and" (perhaps with a role or a possessive between) are the subject together. A singular "ella",
 * "a-t-elle ajouté" or dropped subject after them is one of the two, and the first is no likelier than the second.
 */
const AND_BETWEEN = /^\s*(?:y|e|et|and|und|i|ou|o|oder|or|и|ve)\s+(?:\p{Ll}[\p{L}\p{M}'’-]*\s+){0,2}$/u;

function coordinatedWith(subject: Mention, named: readonly Mention[], sentence: Sentence): Mention | undefined {
  const next = named[named.indexOf(subject) + 1];
  if (!next || next.person === subject.person) return undefined;
  const between = sentence.text.slice(subject.end - sentence.start, next.start - sentence.start);
  return AND_BETWEEN.test(between) ? next : undefined;
}

/**
 * Which of two people joined as a subject a singular pronoun stands for: the one whose gender the article gives as the
 * pronoun's while the other's is given otherwise; with no gender to tell them apart (or a dropped subject), neither.
 */
function oneOfPair(discourse: Discourse, first: PersonName, second: PersonName, gender: Gender | undefined): PersonName | undefined {
  if (!gender) return undefined;
  const genderOf = (person: PersonName) => discourse.genderOf(person) ?? roleGender(person.titles);
  const [firstGender, secondGender] = [genderOf(first), genderOf(second)];
  if (firstGender === gender && secondGender && secondGender !== gender) return first;
  if (secondGender === gender && firstGender && firstGender !== gender) return second;
  return undefined;
}

/**
 * "El juez Juan Pedraz citó a Luis Bárcenas. «…», declaró el extesorero.", "Richter Klaus Meier vernahm Peter Braun. „…“,
 * sagte der 45-Jährige.": a description after the verb ("el extesorero") where the sentence before gave its subject another
 * role ("El juez") and named someone else after it points to that someone, not to the subject; which of the others it is,
 * the rules cannot tell. Roles are compared by their first letters: "ministro" is "la ministra", "Präsident" "die Präsidentin".
 */
/** Another person named after the subject in its sentence (where nouns are capitalised, any run of two words or more). */
function someoneElseAfter(mentions: readonly Mention[], subject: Mention): boolean {
  return mentions.some(
    (mention) => mention.start > subject.start && mention.person !== subject.person && !mention.person.institution && mention.person.tokens.length >= 2,
  );
}

const ARTICLE_OR_PREPOSITION = /^(?:el|la|los|las|le|les|l|il|lo|gli|o|a|os|as|der|die|das|den|dem|des|de|del|du|da|do|di|von|vom)$/u;
const ROLE_PREFIX = 5;
/** Descriptions that fit the holder of any office, as news varies its words: "el mandatario", "le dirigeant", "der Politiker". */
const ANY_ROLE =
  /^(?:mandatari[oa]|líder|leader|dirigente|dirigeant|dirigeante|responsable|jef[ea]|chef|cheffe|titular|político|política|politicien|politicienne|politico|politica|politiker|politikerin|funcionari[oa])$/u;
/** "El juez ", "o juiz ", "der Richter ": an article and its noun right before a name. */
const ROLE_AFTER_ARTICLE = /(?:^|[\s,;:])(?:el|la|le|il|lo|o|a|der|die|den|dem|l['’])\s*(\p{L}[\p{L}\p{M}-]*)\s+$/iu;

function namedAsOtherRole(subject: Mention, sentence: Sentence, description: string): boolean {
  const from = Math.max(0, subject.start - sentence.start);
  // The role words inside the mention's run, before the name's own ("Richter" in "Richter Klaus Meier"), and a role after
  // an article right before the run ("El juez" before "Juan Pedraz").
  const run = sentence.text.slice(from, Math.max(from, subject.end - sentence.start)).split(/\s+/u);
  const inRun = run.slice(0, Math.max(0, run.length - subject.person.tokens.length));
  const afterArticle = ROLE_AFTER_ARTICLE.exec(sentence.text.slice(0, from))?.[1];
  const roles = [...inRun, ...(afterArticle ? [afterArticle] : []), ...subject.person.titles]
    .map((word) => word.toLowerCase())
    .filter((word) => word.length > 2 && !ARTICLE_OR_PREPOSITION.test(word));
  if (roles.length === 0) return false;
  const noun = description.toLowerCase().split(/\s+/u).pop()!;
  if (ANY_ROLE.test(noun)) return false;
  const stem = noun.slice(0, ROLE_PREFIX);
  return !roles.some((role) => role.slice(0, ROLE_PREFIX) === stem);
}

/**
 * Where a sentence's subject stands: at its start, perhaps after a role or two ("Schulleiter", "el periodista") or after
 * a short lead and its comma ("Mathematik in der achten Klasse, Lehrer Rejhan Nisic moderiert", "Sin embargo, Luna …");
 * or after the verb of an attribution that follows a quotation or reported speech ("»…«, sagt Gutierrez.", "», confie
 * Marie Dupont", "Man investiere kontinuierlich, sagt Rektorin Eileen Lyons.").
 */
/**
 * "L’avocat de Gérard Depardieu a pris la parole", "Der Anwalt von Peter Braun sagte": a name after "of" belongs to the
 * subject's description, it is not the subject; the next "a-t-il dénoncé" is the lawyer's.
 */
const OF_BEFORE_NAME = /(?:(?:^|\s)(?:de|du|des|del|della|dello|dei|degli|delle|di|da|do|dos|das|von|vom|des)\s+|(?:^|\s)d['’])$/iu;
/** The sentence up to where the person's own name begins: a mention's run may hold words before it ("L’avocat de Gérard Depardieu"). */
function textBeforeName(mention: Mention, sentence: Sentence): string {
  const run = sentence.text.slice(Math.max(0, mention.start - sentence.start), Math.max(0, mention.end - sentence.start));
  const name = mention.person.tokens.join(' ');
  const at = name ? run.lastIndexOf(name) : -1;
  return sentence.text.slice(0, Math.max(0, mention.start - sentence.start) + Math.max(0, at));
}

const SUBJECT_OPENING = /^\s*(?:[^,„“”"«»:;]{1,60},\s*)?(?:[\p{L}\p{N}.'’-]+\s+){0,2}$/u;
const VERB_FIRST_ATTRIBUTION = /(?:[„“”"«»],?|,)\s*\p{Ll}[\p{Ll}\p{M}ß]*(?:-t-\p{Ll}+)?(?:\s+sich)?\s+(?:\p{Ll}+\s+)?(?:[\p{L}-]+\s+)?$/u;

/**
 * "Selon Javier López, il faut …", "Según la ministra Ana Campo, …", "Pour le PDG Pekka Lundmark, …": the one the sentence
 * reports, as its subject would be; the next "explique-t-il" is theirs.
 */
const ACCORDING_TO_OPENING =
  /^\s*(?:[^,„“”"«»:;]{1,60},\s*)?(?:selon|d['’]après|pour|según|para|segundo|secondo|per)\s+(?:(?:le|la|l['’]|el|il|lo|o|a)\s*)?(?:\p{Ll}[\p{L}-]*\s+){0,2}$/iu;
/**
 * "Au port d'Alcúdia, le capitaine du navire de pêche Punta des Vent, Joan Jesús Vaquero Enseñat, admet que …": a
 * description of the subject, then the name between commas, then the verb; the name is the subject.
 */
const DESCRIBED_APPOSITION_OPENING =
  /^\s*(?:[^,„“”"«»:;]{1,60},\s*)?(?:le|la|les|el|los|las|il|lo|o|a|l['’]|un|une|una|um|uma|der|die|das)\s*\p{Ll}[^,„“”"«»:;.!?]{0,80},\s*$/u;

/** A lead of a few words and its comma, then the name: "Após a reunião com Fux, " (only the lead before the comma). */
const LEAD_THEN_NAME = /^\s*[^,„“”"«»:;]{1,60},\s*$/u;

/**
 * French "Il a parlé longtemps.": "il" is the pronoun there, not the Italian article (DESCRIBED_SUBJECT), when a verb or
 * an object pronoun follows it; the sentence goes on about the one named before, and "confie-t-il" after it is still him.
 */
const FRENCH_IL =
  /^\s*Il\s+(?:(?:ne|n['’]|se|s['’]|l['’]|le|la|les|lui|leur|y|en)\s*)*(?:a|avait|aura|aurait|est|était|sera|serait|fut|va|allait|vient|venait|doit|devait|peut|pouvait|veut|voulait|fait|faisait|dit|disait|sait|savait|\p{Ll}+ait)(?![\p{L}\p{M}])/u;

/** A sentence that opens with an article and a common noun: its subject is described. */
const DESCRIBED_SUBJECT = /^\s*(?:o|a|os|as|el|la|los|las|le|les|il|lo|gli|der|die|das|ein|eine|un|une|una|um|uma)\s+\p{Ll}/u;

/**
 * A person's name, every word capitalised and not an institution. Where nouns are capitalised too (German: "Giftige
 * Rauchwolke", "Nur Yakin"), `speakerWords` holds the words of the names attributions gave: only a name that shares one
 * of them, or that carries a title or role, is taken for a person.
 */
function looksLikeName(person: PersonName, speakerWords: ReadonlySet<string> | undefined): boolean {
  if (person.institution || person.tokens.length === 0 || !person.tokens.every((token) => /^\p{Lu}/u.test(token))) return false;
  if (speakerWords) return person.titles.length > 0 || person.tokens.some((token) => speakerWords.has(token));
  return person.strong || person.tokens.length > 1;
}

/**
 * "Simon Marx, Vorsitzender des Jungen Bioland, unterstrich …": a full name with a role noun as its apposition is a person's,
 * as one with a role before it is; a noun pair the index took for a name ("Giftige Rauchwolke, …") has no role after it.
 */
const APPOSED_ROLE = /^\s*,\s*(?:(?:der|die)\s+)?(?:\p{Ll}[\p{Ll}ß-]*e\s+)*(\p{Lu}[\p{L}-]*)/u;

function namedWithRole(person: PersonName, following: string, gender: Gender | undefined): boolean {
  const role = APPOSED_ROLE.exec(following)?.[1];
  if (!role || person.institution || person.tokens.length < 2 || !person.tokens.every((token) => /^\p{Lu}\p{Ll}/u.test(token))) return false;
  // "Anna Berg, Sprecherin der Stadt, …": the feminine role is no "er".
  return isRoleNoun(role) && !(gender === 'm' && roleGender([role]) === 'f');
}

function namedAfterSpeechVerb(person: PersonName, opening: string): boolean {
  const words = person.tokens;
  return !person.institution && words.length >= 2 && words.every((token) => /^\p{Lu}\p{Ll}/u.test(token)) && SPEECH_VERB_BEFORE_NAME.test(opening);
}

/**
 * "…, erklärt (Rektorin) ": after a comma or a quotation mark, a verb of speaking (german.ts lists them), and perhaps a
 * role. Any other word there may be a preposition or an adverb ("Er gewann, gegen Paul Renner.", "…, auch Paul Renner"),
 * and the name after it someone spoken about. Or the verb second in its sentence after one word ("Das bestätigte Anna
 * Berg via Instagram.", "Dann erklärte Paul Renner …"): German puts the subject right after it there. Unless that one
 * word is a personal pronoun: then it is the subject, and the name after the verb its object ("Er sagte Max Weber die
 * Wahrheit", "Sie erzählte Maria Vogt von …"). The word stands apart from the verb: "Ebenso" is no word "Eben" and "so".
 */
const PERSONAL_PRONOUN = '(?:[Ee]r|[Ss]ie|[Ee]s|[Ii]ch|[Ww]ir|[Ii]hr|[Dd]u|[Mm]an)';
export const SPEECH_VERB_BEFORE_NAME = lazyRegExp(
  `(?:[,„“”"«»]\\s*|^\\s*(?!${PERSONAL_PRONOUN}\\s)[\\p{L}\\p{N}]+\\s+)${SPEECH_VERB}(?:\\s+sich)?\\s+(?:\\p{Lu}[\\p{L}-]*\\s+)?$`,
  'u',
);

function agrees(discourse: Discourse, person: PersonName, gender: Gender | undefined): boolean {
  const known = gender ? (discourse.genderOf(person) ?? roleGender(person.titles)) : undefined;
  return !known || known === gender;
}

/**
 * The gender a role noun before the name gives, where the article says nothing else: a German (or Romance) role noun with
 * the feminine ending ("Schülerin", "Rektorin", "Präsidentin") is a woman's, and "Schülerin Mia Graf liest vor. „…“,
 * erklärt er." is not hers. The plain form says nothing: "Professor", "Lehrer" and "Trainer" name women too, and "Professor
 * Kim Laurent … ergänzt sie" is hers.
 */
function roleGender(titles: readonly string[]): Gender | undefined {
  const role = titles[titles.length - 1];
  return role && /(?<!a)in$/u.test(role) ? 'f' : undefined;
}
