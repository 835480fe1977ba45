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
import { lazyRegExp } from '../lazy-regexp.ts';
import type { Attribution } from './attribution.ts';
import { stripTitles } from './people.ts';
import { roleHeadSource } from './role-holder.ts';

/**
 * Words after „…“, that are not a verb opening an attribution ("so" is one, read by the main patterns). Prepositions
 * neither: "sei „…“, von Videogottesdienst über Blogs bis Instagram" goes on with what was said, and names no one.
 */
const NOT_A_VERB =
  'und|oder|aber|als|wie|wenn|weil|dass|denn|doch|da|so|heißt|hieß|hatte|hat|ist|war|sind|waren|wird|wurde|werden|sei|seien|habe|haben|nicht|auch|noch|schon|nur|' +
  'von|vom|mit|für|bei|beim|nach|zu|zum|zur|aus|über|unter|vor|seit|um|bis|gegen|ohne|durch|in|im|an|am|auf|etwa';
/** A capitalised word of a name, and a name of two to four such words. */
const NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}'’-]*";
/**
 * The particles of a name. After a given name any of them ("Ursula von der Leyen", "Rafael van der Vaart", and "Marc-André
 * ter Stegen", whose hyphenated given name is one word). After two words only those that never bring in an employer, as
 * "von" does after a full name ("Carsten Brzeski von der Direktbank ING"): "della", "dos", "af", "ter" and the whole "von
 * und zu". "zu" alone is no particle anywhere: "sagte Olaf Berger zu Reportern", "sagte Berger zu ZDF", "zu Beginn" name
 * the one spoken to or a set phrase far more often than "Karl Theodor zu Guttenberg" is written without "von und".
 */
const FIRST_PARTICLE = '(?:von und zu|von|van|de|del|della|da|dos|af|ter)(?:\\s+(?:der|dem|den))?';
/** The particles accepted after two words of a name: "Luca Maria della Valle", "Karl Theodor von und zu Brandenstein". */
const LATER_PARTICLE = '(?:von und zu|della|dos|af|ter)';
const FULL_NAME = `${NAME_WORD}(?:\\s+${FIRST_PARTICLE})?\\s+${NAME_WORD}(?:\\s+(?:${LATER_PARTICLE}\\s+)?${NAME_WORD}){0,2}`;
/** Articles and pronouns that open a noun phrase, never a name: a word before a name ("der Trainer Paul Renner"). */
const DETERMINERS = /^(?:der|die|das|dem|den|des|ein|eine|einer|eines|einem|einen|dieser|diese|dieses|sein|seine|ihr|ihre|unser|unsere|man|es)$/iu;
/**
 * What cannot open a name: those, and prepositions, alone or fused with an article ("Zum Teil ist es …", "Im Gespräch
 * …", "Laut Polizei …"), read as a name's first word. A preposition BEFORE a name is no veto: "Für Anna Berg ist klar:"
 * and "Laut Polizeisprecher Paul Renner ist …" still give the name's own view.
 */
const NOT_A_NAME_OPENING =
  /^(?:der|die|das|dem|den|des|ein|eine|einer|eines|einem|einen|dieser|diese|dieses|sein|seine|ihr|ihre|unser|unsere|man|es|zum|zur|im|am|vom|beim|ins|ans|aufs|mit|nach|bei|von|für|auf|in|an|aus|über|unter|vor|seit|laut|gegen|ohne|durch|trotz|wegen|während|neben|zwischen|hinter)$/iu;

/**
 * Adverbs of time and focus that German puts between the verb and its subject ("erklärte damals Morten Hundt", "sagte
 * gestern Anna Berg"): not part of the name. Only these: a preposition there ("sagte gegenüber Radio Bremen") brings in
 * the one spoken to, not the speaker.
 */
const ADVERB_BEFORE_SUBJECT =
  'damals|gestern|heute|vorgestern|morgens|abends|nun|jetzt|dann|später|zuvor|zudem|außerdem|ebenfalls|auch|bereits|schon|einst|kürzlich|jüngst|daraufhin|seinerzeit|dazu|weiter|noch';

/**
 * „…“, lacht Kerstin Wahala. / „…“, kommentierte NDR-Sprecher Wilfried Hark. / „…“, sagt der Arzt Hilary Jones gegenüber
 * «BBC». / „…“, schmunzelte Blanik. A lower-case word right after the comma is the verb; the name after it (past "sich",
 * an article and a role) the speaker. A surname alone is kept by index.ts only where the article gave the full name.
 */
const VERB_FIRST = lazyRegExp(
  `^\\s*,\\s*(?!(?:${NOT_A_VERB})(?![\\p{L}]))\\p{Ll}[\\p{Ll}ß]+(?:\\s+sich)?(?:\\s+(?:${ADVERB_BEFORE_SUBJECT}))?\\s+(?:(der|die)\\s+)?(?:(${FULL_NAME})|(${NAME_WORD})(?=\\s*[.,;:!?]|\\s+\\p{Ll}|\\s*$))(?![\\p{L}])`,
  'u',
);
/**
 * The same with roles and titles before the name: "kommentierte NDR-Sprecher Wilfried Hark", "erklärt Ernährungsberaterin
 * und Autorin Clara Winter", "sagt Chefarzt Dr. Eva Roth", "so die Grünen-Politikerin Ricarda Lang". The words skipped
 * must be roles (people.ts knows them) or abbreviated titles: "sagte Karl Theodor zu Guttenberg" skips no given name.
 */
const VERB_FIRST_TITLED = lazyRegExp(
  `^\\s*,\\s*(?:so|(?!(?:${NOT_A_VERB})(?![\\p{L}]))\\p{Ll}[\\p{Ll}ß]+(?:\\s+sich)?)\\s+(?:(?:der|die)\\s+)?((?:(?:${NAME_WORD}|(?:\\p{Lu}\\p{L}{0,4}\\.-)?\\p{Lu}\\p{L}{0,3}\\.)\\s+(?:und\\s+)?)+?)(${FULL_NAME})(?![\\p{L}])`,
  'u',
);
/**
 * A surname alone after the titles: „…“, führt Dr. Kastner aus. / „…“, sagte Bundeskanzler Scholz. The surname ends the
 * clause or a lower-case word follows it (a separable verb's particle, an object); index.ts keeps it only where the article
 * gave the full name.
 */
const VERB_FIRST_TITLED_SURNAME = lazyRegExp(
  `^\\s*,\\s*(?!(?:${NOT_A_VERB})(?![\\p{L}]))\\p{Ll}[\\p{Ll}ß]+(?:\\s+sich)?\\s+(?:(?:der|die)\\s+)?((?:(?:${NAME_WORD}|(?:\\p{Lu}\\p{L}{0,4}\\.-)?\\p{Lu}\\p{L}{0,3}\\.)\\s+(?:und\\s+)?)+?)(${NAME_WORD})(?=\\s*[.,;:!?]|\\s+\\p{Ll}|\\s*$)`,
  'u',
);
/** "Dr.", "Prof.", and joined by a hyphen, "Univ.-Prof.". */
const ABBREVIATED_TITLE = /^(?:\p{Lu}\p{L}{0,4}\.-)?\p{Lu}\p{L}{0,3}\.$/u;

/** A role noun: one people.ts strips from before a name ("Trainer", "Rektorin") or a compound ending in one ("NDR-Sprecher"). */
export function isRoleNoun(word: string): boolean {
  // Letters alone ("HRW", "LFI") are an organisation's or a party's, which people.ts also strips before a full name.
  if (/^\p{Lu}{2,}$/u.test(word)) return false;
  return stripTitles(`${word} Xx Yy`).length === 2;
}

function titledName(after: string): string | undefined {
  const match = VERB_FIRST_TITLED.exec(after) ?? VERB_FIRST_TITLED_SURNAME.exec(after);
  if (!match) return undefined;
  const skipped = match[1]!.split(/\s+/u).filter((word) => word && word !== 'und');
  if (cutAtAbbreviation(match[2]!, after.slice(match.index + match[0].length))) return undefined;
  return skipped.every((word) => ABBREVIATED_TITLE.test(word) || isRoleNoun(word)) ? match[2] : undefined;
}

/** "sagt Chefarzt Dr. Eva Roth": a name whose last word is a short abbreviation ("Dr", "PD") runs on past its full stop. */
function cutAtAbbreviation(name: string, rest: string): boolean {
  return /(?:^|\s)\p{Lu}\p{L}{0,3}$/u.test(name) && /^\.\s*\p{Lu}\p{Ll}/u.test(rest);
}

/** „…“, regt sie an. / „…“, beschreibt er die Unterrichtsvorbereitung: any verb, then "er" or "sie". */
const VERB_PRONOUN = lazyRegExp(`^\\s*,\\s*(?!(?:${NOT_A_VERB})(?![\\p{L}]))\\p{Ll}[\\p{Ll}ß]+(?:\\s+sich)?\\s+(er|sie)(?![\\p{L}])`, 'u');
/**
 * „…“, sagte der Trainer. / „…“, so der Feuerwehrsprecher weiter. / „…“, sagt die 30-Jährige: a definite description of
 * one person points back to someone named before, as "er" or "sie" would. Its noun stands alone (no name after it) and is
 * no dative object ("sagte er der Zeitung": -ung, -ei, -heit … are feminine, so "der" there is a dative) nor an
 * institution ("der Veranstalter" has no one's name).
 */
const VERB_DESCRIPTION = lazyRegExp(
  `^\\s*,\\s*(?:so|(?!(?:${NOT_A_VERB})(?![\\p{L}]))\\p{Ll}[\\p{Ll}ß]+(?:\\s+sich)?)\\s+(der|die)\\s+(\\p{Lu}[\\p{L}\\p{N}-]*|\\p{N}+-Jährige)(?=\\s*[.,;:!?]|\\s+\\p{Ll}|\\s*$)`,
  'u',
);
/** A noun, then "von" (or "vom") and what employs it: "Konzernchef von FACC", "Sprecherin von der Stadt". */
const ROLE_OF_EMPLOYER = /^\p{Lu}[\p{L}-]*\s+(?:von|vom)\s/u;
const FEMININE_THING = /(?:ung|ei|heit|keit|schaft|ion|tät|tur|ik|ie|enz|anz)$/u;
const INSTITUTION =
  /^(?:Verein|Konzern|Verband|Hersteller|Anbieter|Veranstalter|Betreiber|Sender|Klub|Club|Rat|Senat|Bund|Staat|Vorstand|Ausschuss|Bericht|Text|Brief|Beitrag|Kreis|Landkreis|Bezirk|Konzernchef|Handel|Markt|Dienst|Geheimdienst|Zoll|Fonds|Kanton|Gemeinderat|Stadtrat)$/u;

/** An indefinite description of the speaker: "ein Sprecher", "eine Polizeisprecherin". */
const INDEFINITE_DESCRIPTION = /^(?:ein|eine)\s+(\p{Lu}[\p{L}-]*)$/u;
/** What the description says of whom it is one: "der Stadt", "des Ministeriums", "der Berliner Feuerwehr", "von Greenpeace". */
const DESCRIPTION_COMPLEMENT = /^\s+(?:der|des|von|vom|beim)\s+(?:\p{Lu}[\p{L}-]*)(?:\s+\p{Lu}[\p{L}-]*)?(?=\s*[.,;:!?]|\s+\p{Ll}|\s*$)/u;

/**
 * „…“, erklärte eine Sprecherin der Stadt: the article describes the speaker and names no one, and the description is
 * shown whole ("eine Sprecherin der Stadt"), with what it says of whom it is one. Not a text or a thing ("eine Studie",
 * "ein Bericht"). The description is looked for in `after` (the text after the quotation), then in `before`.
 */
export function germanIndefiniteSpeaker(mention: string, after: string, before: string): string | undefined {
  const noun = INDEFINITE_DESCRIPTION.exec(mention)?.[1];
  if (!noun || FEMININE_THING.test(noun) || INSTITUTION.test(noun) || !isRoleNoun(noun)) return undefined;
  const atAfter = after.indexOf(mention);
  const atBefore = before.lastIndexOf(mention);
  const rest = atAfter >= 0 ? after.slice(atAfter + mention.length) : atBefore >= 0 ? before.slice(atBefore + mention.length) : '';
  return `${mention}${DESCRIPTION_COMPLEMENT.exec(rest)?.[0] ?? ''}`.replace(/\s+/gu, ' ');
}

/**
 * „…“, teilte das Innenministerium am Dienstag mit. / „…“, gab der Verein bekannt. / „…“, teilte ein Sprecher des Amtes
 * mit: a separable verb of announcing, its subject, and its particle closing the clause. An institution speaks for itself
 * and is shown as written; an indefinite description is shown whole (germanIndefiniteSpeaker in index.ts).
 */
const SEPARABLE_ANNOUNCEMENT = lazyRegExp(
  `^\\s*,\\s*(?:teilte|teilt|teilten|teilen|gab|gibt|gaben|geben)\\s+(der|die|das|ein|eine)\\s+(\\p{Lu}[\\p{L}-]*)(?:\\s+(?:der|des)\\s+\\p{Lu}[\\p{L}-]*)?[^.;:!?„“"»«]{0,60}?\\s(?:mit|bekannt)\\s*(?:[.,;]|$)`,
  'u',
);

export function germanAttributionAfter(after: string): Attribution | undefined {
  const announced = SEPARABLE_ANNOUNCEMENT.exec(after);
  if (announced) {
    const [, article, noun] = announced;
    if (article === 'ein' || article === 'eine') return { mention: `${article} ${noun}`, pattern: 'german-announcement' };
    // A definite role ("der Sprecher") points back to someone named, as "sagte der Trainer" does; an institution is shown.
    if (article !== 'das' && isRoleNoun(noun!))
      return { mention: article === 'der' ? 'er' : 'sie', pattern: 'german-verb-description', described: `${article} ${noun}` };
    return { mention: `${article} ${noun}`, pattern: 'verb-titled-description', described: `${article} ${noun}` };
  }
  const titled = titledName(after);
  if (titled) return { mention: titled, pattern: 'german-verb-first' };
  const verbFirst = VERB_FIRST.exec(after);
  const name = verbFirst?.[2] ?? verbFirst?.[3];
  // A name cut short at an abbreviation's full stop is no one's: the shared patterns read the whole of it.
  if (name && verbFirst && cutAtAbbreviation(name, after.slice(verbFirst.index + verbFirst[0].length))) return undefined;
  // "sagte der Feuerwehr-Sprecher": one capitalised word after an article is a noun, read as a description below.
  if (name && !(verbFirst?.[1] && !/\s/u.test(name))) {
    // "sagte der Konzernchef von FACC": after an article, a noun and "von" are a role and its employer, not a name with a
    // particle ("Ursula von der Leyen" has no article): a description of someone named before, as "er" or "sie" is.
    if (verbFirst?.[1] && ROLE_OF_EMPLOYER.test(name)) return { mention: verbFirst[1] === 'der' ? 'er' : 'sie', pattern: 'german-verb-description' };
    return { mention: name, pattern: 'german-verb-first' };
  }
  const pronoun = VERB_PRONOUN.exec(after)?.[1];
  if (pronoun) return { mention: pronoun, pattern: 'verb-pronoun' };
  const description = VERB_DESCRIPTION.exec(after);
  if (!description) return undefined;
  const [, article, noun] = description;
  if (FEMININE_THING.test(noun!) || INSTITUTION.test(noun!)) return undefined;
  // "die" + a noun: a woman only where the noun says so ("die Trainerin", "die 30-Jährige"); "die Polizei" is no one.
  if (article === 'die' && !/(?:in|e)$/u.test(noun!)) return undefined;
  return { mention: article === 'der' ? 'er' : 'sie', pattern: 'german-verb-description', described: `${article} ${noun}` };
}

/**
 * A sentence opening with (a role and) a full name and its verb, ending in a colon right before the quotation:
 * "Vertriebsleiter Robert Weiss beschreibt die Situation als schwierig: „…“". `sentence` is the sentence up to the quotation.
 */
const SUBJECT_COLON = lazyRegExp(`^\\s*(?:(${NAME_WORD})\\s+)?(${FULL_NAME})\\s+\\p{Ll}[^:„“”"»«.!?]*:\\s*$`, 'u');

export function germanAttributionBefore(sentence: string): Attribution | undefined {
  const match = SUBJECT_COLON.exec(sentence);
  const name = match?.[2];
  if (!name) return undefined;
  if (match[1] && DETERMINERS.test(match[1])) return undefined;
  if (NOT_A_NAME_OPENING.test(name.split(/\s+/u)[0]!)) return undefined;
  // "Michael Sander von der ETH Zürich fasst … zusammen:": the word taken for a role is the given name, and "von der" after
  // the full name brings in the employer, not a particle ("Ursula von der Leyen" has no role word before it to be taken so).
  const employer = match[1] && !isRoleNoun(match[1]) ? /^(\S+)\s+(?:von|vom)\s/u.exec(name) : null;
  if (employer) return { mention: `${match[1]} ${employer[1]}`, pattern: 'german-subject-colon' };
  return { mention: name, pattern: 'german-subject-colon' };
}

/**
 * "Gabi Schwab, Schulleiterin der MS Egger-Lienz sagte am Vormittag: „…“": the name right before the verb is the role's
 * genitive or employer (German often leaves the apposition's closing comma out); the speaker is the name before the
 * apposition. `before` is the text before the quotation, `mention` the name the verb pattern found.
 */
const APPOSITION_OWNER = lazyRegExp(`(${FULL_NAME}),\\s+${NAME_WORD}\\s+(?:der|des|von|vom|bei|beim|im|am)\\s+$`, 'u');

export function germanAppositionOwner(before: string, mention: string): string | undefined {
  const at = before.lastIndexOf(mention);
  if (at < 0) return undefined;
  return APPOSITION_OWNER.exec(before.slice(0, at))?.[1];
}

/**
 * The clause before a colon that introduces the quotation, read before the shared patterns (which take the last noun
 * before the colon, "Regel" in "Auch Teamkollege Nico Elvedi haderte mit der neuen Regel:", for a name):
 * a name after a leading adverb ("Auch Teamkollege Nico Elvedi haderte …:"), or "er"/"sie" as the subject of the last
 * clause ("…, betont sie:", "Gleichzeitig unterstreicht sie aber die Notwendigkeit der Arbeitskämpfe:").
 */
const LEAD_SUBJECT_COLON = lazyRegExp(
  `^\\s*(?:Auch|Doch|Und|Dann|Zudem|Gleichzeitig|Später|Schließlich|Dazu|Nun|Jetzt|Danach|Daraufhin|Deshalb|Trotzdem)\\s+(?:(${NAME_WORD})\\s+)?(${FULL_NAME})\\s+\\p{Ll}[^:„“”"»«.!?]*:\\s*$`,
  'u',
);
const PRONOUN_COLON = /(?:^|,\s*)(?:(?:\p{Lu}\p{Ll}+\s+)?\p{Ll}[\p{Ll}ß]+\s+(er|sie)|(er|sie)\s+\p{Ll}[\p{Ll}ß]+)(?![\p{L}])[^:„“”"»«.!?,]*:\s*$/u;

/**
 * Verbs of speaking, in the third person of the present and the past: "sagt", "erklärte", "berichtete", "schrieb". A name
 * next to one of these is a speaker's; next to any other verb ("lobte Paul Renner", "sucht Paul Renner") it may be an object.
 */
export const SPEECH_VERB =
  '(?:(?:sag|erklär|beton|mein|ergänz|berichte|erzähl|forder|warn|kritisier|bestätig|erläuter|kommentier|resümier|bilanzier|schilder|antworte|frag|mahn|appellier|lach|schmunzel|füg|führ|stell|räum|zitier|bekräftig|versicher|unterstrich|ruf|beklag|klag|verweis|gesteh|behaupt|zeig)(?:t|te)|schreibt|schrieb|unterstreicht|unterstrich|gibt|gab|beschreibt|beschrieb|verspricht|versprach|verrät|verriet|ruft|rief|spricht|sprach|widerspricht|widersprach|weiß|wusste|so)';

/**
 * "Der Schulleiter der Volksschule Tristach, Norbert Salcher, bestätigte …:": a description by a role noun, then the name
 * between commas (an apposition), then the verb; the name is the subject. A thing's description ("Die Klage gegen den
 * Konzern, Siemens Energy, …", "Der Brief an den Bürgermeister, Paul Renner, …") makes the name no one's subject.
 */
const APPOSITION_SUBJECT_COLON = lazyRegExp(
  `^\\s*(?:der|die|Der|Die)\\s+(\\p{Lu}[\\p{L}-]*)(?:\\s[^,:„“”"»«]{0,80})?,\\s+(${FULL_NAME}),\\s+\\p{Ll}[^:„“”"»«]*:\\s*$`,
  'u',
);
/**
 * "…, schmunzelte Blanik, die ansonsten von einem ruhigen Vormittag berichtete:": a relative clause after a name; the
 * relative pronoun, its subject, is that name only where a verb of speaking says so: the name follows one right after a
 * comma or a quotation mark, or the relative clause ends in one. "Die Ministerin lobte Paul Renner, der das Projekt
 * leitet:" and "Das sagen alle, die Paul Renner kennen:" are about him, not his words.
 */
/**
 * "der"/"die" as the subject of the relative clause: not when a subject of its own follows, an article, a possessive or a
 * pronoun ("Anna Berg, die der Bürgermeister fragte:" is his question to her).
 */
const RELATIVE_AS_SUBJECT =
  '(?:der|die)\\s+(?!(?:der|die|das|dem|den|des|ein|eine|einer|eines|einem|einen|sein|seine|seiner|seinem|seinen|ihr|ihre|ihrer|ihrem|ihren|er|sie|es|man|wir|ich)\\s)';
const RELATIVE_AFTER_SPEECH_VERB_COLON = lazyRegExp(
  `[,„“”"«»]\\s*${SPEECH_VERB}(?:\\s+sich)?\\s+(${FULL_NAME}|${NAME_WORD}),\\s+${RELATIVE_AS_SUBJECT}\\p{Ll}[^:„“”"»«,.!?]*\\p{Ll}:\\s*$`,
  'u',
);
const RELATIVE_ENDING_IN_SPEECH_VERB_COLON = lazyRegExp(
  `(?:^|(?<![\\p{L}])\\p{Ll}[\\p{Ll}ß]*\\s+)(${FULL_NAME}|${NAME_WORD}),\\s+${RELATIVE_AS_SUBJECT}\\p{Ll}[^:„“”"»«,.!?]*\\s${SPEECH_VERB}:\\s*$`,
  'u',
);
/**
 * "…, den Granit Xhaka zusammenfasste:": an object relative pronoun, then the clause's subject, a full name, and its verb
 * at the end. A verb in -en is plural: its subject is the pronoun ("alle, die Paul Renner kennen:"), the name its object.
 */
const OBJECT_RELATIVE_COLON = lazyRegExp(
  `,\\s+(?:den|die|das|dem)\\s+(?:(${NAME_WORD})\\s+)?(${FULL_NAME})\\s+(?:(?:so|kurz|knapp|treffend|damals|später|dann|gegenüber\\s+\\p{L}+)\\s+)?(\\p{Ll}[\\p{Ll}ß]+):\\s*$`,
  'u',
);
/**
 * "Doch der Aktivist der Mieterinitiative … sagt auch:": a clause whose subject is a definite description by a role noun
 * points back to the one the article gave that role before ("sagt Aktivist Paul Renner"). Only a role people.ts knows,
 * and only its holder: "Der Name sagt alles:" or "Der Sommer wird heiß:" names no one, and "Der Sprecher der Stadt
 * widerspricht:" after "sagt Paul Renner" is someone else.
 */
const DESCRIPTION_SUBJECT_COLON = lazyRegExp(
  `^\\s*(?:(?:Doch|Auch|Und|Aber|Dann|Später|Zudem|Nun|Jetzt)\\s+)?(?:der|die|Der|Die)\\s+(\\p{Lu}[\\p{L}-]*)\\s[^:„“”"»«.!?]*\\s\\p{Ll}[\\p{Ll}ß]+(?:\\s+(?:auch|noch|dazu|weiter|zudem|nun))?:\\s*$`,
  'u',
);

/** `role` (a capitalised noun, DESCRIPTION_SUBJECT_COLON's capture) as a word's head, then a full name. */
function rolePattern(role: string): RegExp {
  return new RegExp(`(?<![\\p{L}])${roleHeadSource(role)}\\s+(${FULL_NAME})(?![\\p{L}])`, 'gu');
}

/** The full name written last after `role` in `earlier` ("Aktivist Paul Renner", "Mietaktivist Paul Renner"), if any. */
function holderOfRole(role: string, earlier: string): string | undefined {
  let holder: string | undefined;
  for (const match of earlier.matchAll(rolePattern(role))) holder = match[1];
  return holder;
}

/**
 * "Sein Urteil:", "…, sein deutlicher Appell an die Tarifparteien:": his (her) verdict, appeal or comment introduces his
 * (her) words; "sein"/"seine" stand for "er", "ihr"/"ihre" for "sie". Only a noun of what one says: "Seine Mutter
 * ergänzt:", "Sein Anwalt sagt dazu:" are someone else.
 */
const POSSESSIVE_COLON = /(?:^|,\s*)(sein|seine|ihr|ihre|Sein|Seine|Ihr|Ihre)\s+(?:\p{Ll}[\p{Ll}ß]*\s+)?(\p{Lu}[\p{L}-]*)(?:\s+[^:„“”"»«.!?,]{0,40})?:\s*$/u;
const WORDS_NOUN =
  /(?:urteil|appell|fazit|antwort|kommentar|meinung|botschaft|forderung|tipp|warnung|bilanz|credo|motto|devise|einschätzung|prognose|begründung|erklärung|kritik|wunsch|hoffnung|plädoyer|schlussfolgerung|ansage|argument|vorwurf|resümee|standpunkt|ratschlag|mahnung|bitte|aufruf|worte|aussage|empfehlung|analyse|diagnose|vorschlag|erkenntnis|ansicht|reaktion)$/u;

function relativeClauseSubject(sentence: string): string | undefined {
  // "…, den Anwalt Peter Kuhn so zusammenfasste:": a role before the name, an adverb before the verb. (A capitalised word
  // before the name that is no role may be its first word, "den Karl Theodor Huber …": the people index gives it back.)
  const object = OBJECT_RELATIVE_COLON.exec(sentence);
  if (object && !/en$/u.test(object[3]!)) return object[2];
  const apposition = APPOSITION_SUBJECT_COLON.exec(sentence);
  if (apposition && isRoleNoun(apposition[1]!)) return apposition[2];
  return RELATIVE_AFTER_SPEECH_VERB_COLON.exec(sentence)?.[1] ?? RELATIVE_ENDING_IN_SPEECH_VERB_COLON.exec(sentence)?.[1];
}

/** `sentence` is the sentence up to the quotation; `earlier` the text before it, where a description's role holder is named. */
/**
 * "Auf die Frage, ob er mehr wisse, sagte Trump am Montag bei einer Pressekonferenz im Weißen Haus:": after a lead clause
 * and its comma the verb of saying comes second and its subject right after it; what follows up to the colon (a time, a
 * place, the listeners) is not the speaker, though the shared patterns take its last capitalised words for one.
 */
const SPEECH_VERB_SUBJECT_COLON = lazyRegExp(`,\\s*${SPEECH_VERB}\\s+(${FULL_NAME}|${NAME_WORD})(?=\\s+\\p{Ll})[^„“”"»«.!?]*:\\s*$`, 'u');

/**
 * "Landesbranddirektor Dr. Karsten Homrighausen beglückwünschte die Geehrten:": a role, abbreviated titles and a full name
 * open the sentence as its subject; the shared patterns take the object before the colon ("Geehrten") for a name.
 */
const ACADEMIC_TITLE = '(?:Dr|Prof|Univ|Dipl|Ing|Mag|PD|med|phil|rer|nat|habil)\\.';
const TITLED_SUBJECT_COLON = lazyRegExp(
  `^\\s*(?:(${NAME_WORD})\\s+)?(?:${ACADEMIC_TITLE}(?:-?${ACADEMIC_TITLE})*\\s+)+(${FULL_NAME})\\s+\\p{Ll}[^:„“”"»«.!?]*:\\s*$`,
  'u',
);

export function germanColonFirst(sentence: string, earlier = ''): Attribution | undefined {
  const titled = TITLED_SUBJECT_COLON.exec(sentence);
  if (titled && (!titled[1] || isRoleNoun(titled[1]))) return { mention: titled[2]!, pattern: 'german-subject-colon' };
  const verbSubject = SPEECH_VERB_SUBJECT_COLON.exec(sentence)?.[1];
  if (verbSubject && !NOT_A_NAME_OPENING.test(verbSubject.split(/\s+/u)[0]!)) return { mention: verbSubject, pattern: 'german-verb-subject-colon' };
  const lead = LEAD_SUBJECT_COLON.exec(sentence);
  if (lead?.[2] && !(lead[1] && DETERMINERS.test(lead[1])) && !NOT_A_NAME_OPENING.test(lead[2].split(/\s+/u)[0]!))
    return { mention: lead[2], pattern: 'german-subject-colon' };
  const pronoun = PRONOUN_COLON.exec(sentence);
  const word = pronoun?.[1] ?? pronoun?.[2];
  if (word) return { mention: word, pattern: 'german-pronoun-colon' };
  const possessive = POSSESSIVE_COLON.exec(sentence);
  if (possessive && WORDS_NOUN.test(possessive[2]!.toLowerCase()))
    return { mention: /^s/iu.test(possessive[1]!) ? 'er' : 'sie', pattern: 'german-possessive-colon' };
  const named = relativeClauseSubject(sentence);
  if (named) return { mention: named, pattern: 'german-subject-colon' };
  const role = DESCRIPTION_SUBJECT_COLON.exec(sentence)?.[1];
  if (!role || !isRoleNoun(role)) return undefined;
  const holder = holderOfRole(role, earlier);
  return holder ? { mention: holder, pattern: 'german-description-colon' } : undefined;
}

/**
 * Read before the shared patterns: a full name after the verb ("„…“, erklärt Ernährungsberaterin und Autorin Rhiannon
 * Lambert gegenüber «BBC»"). The shared patterns take the first capitalised word after the verb there, a role, which
 * German capitalises like a name; a full name past the roles is the speaker.
 */
/**
 * „…“, sagt die Präsidentin der DLRG, Ute Vogt. / „…“, so der Sprecher des Ministeriums, Paul Renner / „…“, sagte die
 * Bürgermeisterin von Köln, Henriette Reker: a role, its organisation or place in the genitive or after "von", then the
 * name as an apposition closing the clause. The shared patterns stop at the role.
 */
const ROLE_GENITIVE_NAME = lazyRegExp(
  `^\\s*,\\s*(?:so|(?!(?:${NOT_A_VERB})(?![\\p{L}]))\\p{Ll}[\\p{Ll}ß]+(?:\\s+sich)?)\\s+(?:der|die)\\s+(\\p{Lu}[\\p{L}-]*)\\s+(?:der|des|von|vom|beim)\\s+[^,.;:!?„“”"»«]{1,60},\\s+(${FULL_NAME})(?=\\s*[.,;:!?]|\\s*$)`,
  'u',
);

/**
 * „…“, schrieb der zweimalige spanische Tour-Sieger Alberto Contador (or "so die nicaraguanische Frauenrechtlerin und
 * Pädagogin María Teresa Blandón"): after "der"/"die", adjectives in -e are nominative
 * (a dative or genitive takes -en: "sagte der britischen Zeitung …"), so the noun they describe and the full name after it
 * are the subject, whether or not the noun is a role people.ts knows.
 */
const ADJECTIVE_NOUN_NAME = lazyRegExp(
  `^\\s*,\\s*(?:so|(?!(?:${NOT_A_VERB})(?![\\p{L}]))\\p{Ll}[\\p{Ll}ß]+(?:\\s+sich)?)\\s+(?:der|die)\\s+(?:\\p{Ll}[\\p{Ll}ß-]*e\\s+)+\\p{Lu}[\\p{L}-]*(?:\\s+und\\s+\\p{Lu}[\\p{L}-]*)?\\s+(${FULL_NAME})(?![\\p{L}])(?=\\s*[.,;:!?]|\\s+\\p{Ll}|\\s*$)`,
  'u',
);

export function germanFullNameAfter(after: string): Attribution | undefined {
  const apposed = ROLE_GENITIVE_NAME.exec(after);
  if (apposed && isRoleNoun(apposed[1]!)) return { mention: apposed[2]!, pattern: 'german-role-apposition' };
  const described = ADJECTIVE_NOUN_NAME.exec(after)?.[1];
  if (described) return { mention: described, pattern: 'german-verb-first' };
  const found = germanAttributionAfter(after);
  if (found?.pattern !== 'german-verb-first') return undefined;
  // "„…“, erzählt Kastner seine Erfahrungen": a surname alone, then the verb's object led by a lower-case article or
  // possessive. Read here, before the shared patterns run the name on into "Kastner seine Erfahrungen".
  return /\s/u.test(found.mention) || OBJECT_AFTER_SURNAME.test(after.slice(after.indexOf(found.mention) + found.mention.length)) ? found : undefined;
}

/** An object after the subject: a lower-case article or possessive and a capitalised noun ("seine Erfahrungen", "die Lage"). */
const OBJECT_AFTER_SURNAME =
  /^\s+(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|sein|seine|seinen|seinem|seiner|ihr|ihre|ihren|ihrem|ihrer|unser|unsere)\s+\p{Lu}/u;

/**
 * „…“, kommentiert Facebook das Gesetz: a capitalised word right after the verb of an attribution is a noun unless the
 * article never writes it after an article ("das Unternehmen"), never in lower case, and uses it again: then it is a
 * name, an organisation's or a surname the article gives alone ("sagte Meier" where no "Hans Meier" comes before).
 */
export function bareNameIn(word: string, text: string, lowerWords: ReadonlySet<string>): boolean {
  if (!/^\p{Lu}\p{Ll}[\p{L}-]+$/u.test(word) || isRoleNoun(word) || lowerWords.has(word.toLowerCase())) return false;
  if (bareNamesText !== text) {
    bareNamesText = text;
    bareNames.clear();
  }
  let answer = bareNames.get(word);
  if (answer === undefined) {
    const uses = text.match(new RegExp(`(?<![\\p{L}-])${word}(?![\\p{L}-])`, 'gu'))?.length ?? 0;
    const afterArticle = new RegExp(`(?:^|[^\\p{L}])(?:der|die|das|dem|den|des|ein|eine|einen|einem|einer|eines)\\s+${word}(?![\\p{L}-])`, 'iu');
    // A word the article writes before a date is a noun of time ("Ende März", "Anfang 2024", "Mitte Mai").
    const beforeDate = new RegExp(`(?<![\\p{L}-])${word}\\s+(?:\\d|(?:${MONTHS_DE})(?![\\p{L}]))`, 'u');
    answer = uses >= 2 && !afterArticle.test(text) && !beforeDate.test(text);
    bareNames.set(word, answer);
  }
  return answer;
}

const MONTHS_DE = 'Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember';
/** bareNameIn's answers for the text it was last asked about: a long article asks about the same words for many quotations. */
let bareNamesText = '';
const bareNames = new Map<string, boolean>();

/**
 * A label that opens its sentence before a colon, in German: a person or an organisation only where the article writes its
 * last word again ("Zoran Barisic: „…“" after "Barisic verlässt …") or it is an abbreviation ("ZDF:"). A noun phrase written
 * once ("Ernster Nachsatz:", "Klare Ansage:") heads the quotation; as every noun is capitalised, its shape alone cannot tell
 * it from a name. Inside a sentence a verb of saying goes before it ("…, betonte Vorstandsvorsitzende Evelyn Martin:"), and
 * it names the speaker; so it does with a role before the name. `quoteAt`: where the quotation starts, after the label.
 */
export function colonLabelNamed(label: string, text: string, quoteAt: number): boolean {
  const labelAt = text.lastIndexOf(label, quoteAt);
  if (labelAt > 0 && !/(?:^|[.!?…:;“”"„»«]|\n)\s*$/u.test(text.slice(Math.max(0, labelAt - 3), labelAt))) return true;
  const words = label.split(/\s+/u);
  const last = words[words.length - 1]!;
  // An abbreviation ("ZDF:"), or a name with its role ("Dazu Ministerin Anna Berg:"): people.ts knows the role nouns.
  if (/^\p{Lu}{2,}$/u.test(last) || words.slice(0, -1).some(isRoleNoun)) return true;
  let uses = 0;
  for (let at = text.indexOf(last); at !== -1 && uses < 2; at = text.indexOf(last, at + last.length)) {
    const end = at + last.length;
    if (!/[\p{L}\p{M}-]/u.test(text[at - 1] ?? '') && !/[\p{L}\p{M}-]/u.test(text[end] ?? '')) uses++;
  }
  return uses >= 2;
}
