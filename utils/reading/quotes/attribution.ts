/**
 * Who said it: the attribution around a quotation, as news writes it —
 * "X said" and "said X" after the quote, "X said:" or "according to X"
 * before it, "X: “…”", a dash ("― Martha Aguilar"), or "describing … as “…”"
 * for a phrase quoted inside the reporter's own sentence. In English,
 * German, French, Spanish, Italian and Portuguese word order, and with the
 * particles Korean, Japanese and Chinese put between speaker and quote.
 */
import { lazyRegExp } from '../lazy-regexp.ts';
import { roleDescribesName } from './role-apposition.ts';

/**
 * English verbs of saying as stems: each gives its -s and -ed forms ("note" -> notes, noted; "reply" ->
 * replies, replied; "quip" -> quips, quipped), so a new verb is one word here, not four. The irregular
 * ones and the phrases that news uses as one verb ("said in a statement", "told reporters") follow.
 */
const SPEECH_STEMS_EN =
  'add answer argue ask assert press assure bark blast boast caution charge chide claim comment complain concede conclude confirm continue counter ' +
  'declare demand deny describe emphasize emphasise exclaim explain insist interject joke lament mention muse note observe plead pledge post ' +
  'predict promise quip recall recount remark repeat reply report respond retort scoff shout snap state stress suggest testify tweet urge vow ' +
  'warn whisper yell acknowledge admit announce affirm allege confide concur cry wonder call chant remember reflect elaborate agree ' +
  'beam opine exhort react gush marvel grumble sigh fume question surmise retaliate proclaim';
const IRREGULAR_EN =
  "echoed|echoes|said|says|say|told|tells|shot back|shoots back|fired back|fires back|hit back|hits back|wrote|writes|sang|sings|read|reads|went on|goes on|pointed out|points out|said in a statement|wrote in|told reporters|told the|explained in|added in|wrote on|told cnn|told fox news|'d say";

/** A stem's -s and -ed forms. */
function inflect(stem: string): string[] {
  if (/[^aeiou]y$/u.test(stem)) return [stem.slice(0, -1) + 'ies', stem.slice(0, -1) + 'ied'];
  // A short stem ending consonant-vowel-consonant doubles its last letter: quip -> quipped, admit -> admitted.
  const past = /^(?:quip|snap|admit)$/u.test(stem) ? stem + stem.slice(-1) + 'ed' : stem.endsWith('e') ? stem + 'd' : stem + 'ed';
  const present = /(?:s|sh|ch|x|z)$/u.test(stem) ? stem + 'es' : stem + 's';
  return [present, past];
}

/** The one-word English verbs of saying, inflected ("admits", "proclaimed"): where a subject's noun phrase ends (subject.ts). */
export const SPEECH_VERB_WORDS_EN: ReadonlySet<string> = new Set(
  [...IRREGULAR_EN.split('|'), ...SPEECH_STEMS_EN.split(' ').flatMap(inflect)].filter((verb) => /^\p{L}+$/u.test(verb)),
);

const SPEECH_VERBS_EN = [...IRREGULAR_EN.split('|'), ...SPEECH_STEMS_EN.split(' ').flatMap(inflect)]
  .filter((verb, index, all) => all.indexOf(verb) === index)
  // Longest first, so that "said in a statement" is tried before "said".
  .sort((a, b) => b.length - a.length)
  .join('|');

const SPEECH_VERBS_OTHER =
  'sagte|sagt|erklärte|erklärt|betonte|betont|meinte|meint|fügte|ergänzte|schrieb|so|sagten|warnte|kritisierte|' +
  'a déclaré|a dit|a affirmé|a expliqué|a ajouté|a souligné|a estimé|déclare|affirme|explique|ajoute|souligne|estime|dit|selon|' +
  'dijo|afirmó|explicó|señaló|aseguró|añadió|agregó|indicó|sostuvo|declaró|dice|según|asegura|afirma|explica|señala|añade|agrega|indica|sostiene|declara|comenta|comentó|advierte|advirtió|recuerda|recordó|apunta|apuntó|subraya|subrayó|insiste|insistió|reconoce|reconoció|admite|admitió|lamenta|lamentó|destaca|destacó|cuenta|contó|relata|relató|' +
  'confie|raconte|assure|précise|indique|poursuit|lance|reconnaît|déplore|regrette|insiste|observe|résume|témoigne|glisse|confiait|racontait|expliquait|a confié|a raconté|a assuré|a précisé|a indiqué|a lancé|a reconnu|' +
  'erzählt|erzählte|berichtet|berichtete|betonte|ergänzt|fordert|forderte|sagt er|räumt ein|räumte ein|stellt klar|stellte klar|unterstreicht|unterstrich|' +
  'ha detto|ha spiegato|ha affermato|ha aggiunto|ha sottolineato|dice|spiega|secondo|' +
  'disse|afirmou|explicou|declarou|segundo|' +
  'заявил|заявила|сказал|сказала|отметил|отметила|подчеркнул|добавил|по словам|' +
  // Danish, Norwegian and Swedish put the verb before its subject after a quotation too: "»…«, siger borgmester Sophie Andersen".
  'siger|sagde|fortæller|fortalte|forklarer|forklarede|skriver|skrev|tilføjer|tilføjede|understreger|understregede|påpeger|påpegede|' +
  'sier|sa|forteller|legger til|understreker|påpeker|säger|sade|berättar|berättade|förklarar|förklarade|tillägger|betonar|betonade|' +
  // Turkish news sets the verb first after a quotation too: "“…” dedi Özgür Özel".
  'dedi|söyledi|açıkladı|belirtti|vurguladı|kaydetti|ifade etti|' +
  // Dutch, Finnish, Romanian and the Polish present tense (slavic.ts reads the Slavic past): "zegt burgemeester Femke
  // Halsema", "aldus Kamerlid …", "sanoo pääministeri Petteri Orpo", "a declarat premierul …", "mówi Anna Nowak".
  'zegt|zei|zeiden|aldus|vertelt|vertelde|verklaart|verklaarde|benadrukt|benadrukte|schrijft|schreef|reageert|reageerde|' +
  'sanoo|sanoi|kertoo|kertoi|toteaa|totesi|' +
  'a declarat|a spus|a afirmat|a precizat|a subliniat|a adăugat|spune|declară|' +
  'mówi|dodaje|podkreśla|tłumaczy|zaznacza|przyznaje';

/**
 * Alternatives that match with their first letter in either case ("said",
 * "Said"), so the patterns need no `i` flag: with it, \p{Lu} would match
 * lower-case letters too and every word would look like a name.
 */
function eitherCase(alternatives: string): string {
  return alternatives
    .split('|')
    .map((word) => {
      const first = word[0] ?? '';
      const upper = first.toUpperCase();
      return upper !== first ? `[${upper}${first}]${word.slice(1)}` : word;
    })
    .join('|');
}

const VERBS = `(?:${eitherCase(SPEECH_VERBS_EN)}|${eitherCase(SPEECH_VERBS_OTHER)})`;
/**
 * A verb of saying after its speaker ("Merz sagte", "Trump said"). The words the list holds that only come before a
 * name ("so Merz", "selon Macron", "según Campo") are not verbs there: "Even so, the police held …" has no speaker.
 * In lower case only: a capitalised word after a name is more of the name ("the United States illegally" is no "United" who "states").
 */
/**
 * The plain present of English verbs of saying, after a plural subject: "“…,” the two senators write", "the Saudis state in the
 * white paper". Only after a speaker: before a name these words are more often nouns ("the state Sen. …", "a note").
 */
const PLURAL_PRESENT_WORDS_EN = 'write|argue|insist|contend|explain|warn|add|tell|acknowledge|admit|suggest|predict|concede|complain|maintain|respond';
/**
 * The words of that list that are nouns too count only where the clause goes on as a verb's would: at a punctuation
 * mark, or with a preposition or "that". Before a noun they are nouns themselves ("Washington state health officials
 * said", "Apple note cards"), which had made the place the speaker.
 */
const PLURAL_PRESENT_NOUNS_EN = 'state|note|claim|recall|reply|answer';
const PLURAL_PRESENT_EN = `(?:${PLURAL_PRESENT_WORDS_EN}|(?:${PLURAL_PRESENT_NOUNS_EN})(?=\\s*(?:[,.;:!?”"’]|$)|\\s+(?:in|on|at|to|that|of|for|with|from|about|during|after|before|when|while|as|and|but)(?![\\p{L}])))`;
const VERBS_AFTER_SPEAKER = `(?!(?:so|selon|según|secondo|segundo|laut|aldus)(?![\\p{L}]))(?:${SPEECH_VERBS_EN}|${SPEECH_VERBS_OTHER}|${PLURAL_PRESENT_EN})`;

/** A proper name: capitalised words (and the particles names carry), after an optional title. */
/**
 * A proper name: capitalised words and the particles names carry ("Ursula von der Leyen", "Bill de Blasio").
 * An article alone is no particle: "Bernd Bönte der Deutschen Presse-Agentur" is a name and its dative object,
 * "Carsten Brzeski von der Direktbank" a name and its employer (a particle with an article after a full name).
 */
const PROPER =
  "(?:[\\p{Lu}][\\p{L}\\p{M}'’.-]*)(?:\\s+(?:[\\p{Lu}][\\p{L}\\p{M}'’.-]*|(?:van|von|de|da|di|du)(?:\\s+(?:der|den|la|le))?(?=\\s+\\p{Lu})|bin|al|del|dos|das))*";
const PRONOUN = `(?:${eitherCase('he|she|they|we|it|er|sie|il|elle|ils|él|ella|lui|lei|он|она')}|I)`;
/** "the vendor", "a spokesperson for flydubai", "one official", "this source", "police": a description of the speaker. */
/** The verbs that end a description ("the 56-year-old said"): the common ones, kept few, since they are tried at every word. */
const DESCRIPTION_ENDS = 'said|says|told|tells|added|adds|wrote|writes|asked|asks|explained|noted|argued|warned|continued|insisted|recalled|replied';
/** Words that end a noun phrase: a description never runs over them. */
const CLAUSE_WORDS =
  'that|which|who|whom|whose|and|or|but|when|if|as|to|is|was|were|are|has|had|have|in|on|at|for|with|from|by|about|after|before|during|while|because|until|unless|since|though|although|whereas|where|than|' +
  // Prepositions and articles of the other languages: "sagt Liat mit einem Lachen", "sagte er zu Reportern", "dijo Márquez tras el GP".
  'mit|zu|zum|zur|von|vom|bei|nach|aus|für|über|gegenüber|im|am|der|dem|den|des|einem|einer|eines|und|' +
  'tras|con|en|el|los|las|una|desde|durante|para|por|sobre|ante|y|avec|dans|pour|sur|chez|après|avant|au|aux|et|' +
  // German articles too: "sagte die Präsidentin" opens a description (german.ts reads it), not a role before the name "Präsidentin".
  'die|das|' +
  // Scandinavian prepositions: "skriver presidenten på X" names the platform after "på", not a speaker "X".
  'på|til|fra|hos|för|från|av|med|efter|ifølge|enligt';
const DESCRIPTION = `(?:(?:${eitherCase('the|a|an|one|another|two|three|several|many|some|this|these')})\\s+(?:(?!(?:${CLAUSE_WORDS}|${DESCRIPTION_ENDS})\\s)[\\p{L}\\p{N}'’.-]+\\s+){0,4}(?!(?:${CLAUSE_WORDS}|${DESCRIPTION_ENDS})(?![\\p{L}]))[\\p{L}\\p{N}'’.-]*[\\p{L}]|${eitherCase('police|officials|authorities|sources|witnesses|residents|experts|analysts|critics|protesters|organizers|organisers|prosecutors|investigators')})`;
/** A description may carry a proper name at its end: "the mayor, Bill de Blasio" and "longtime pollster Pat Caddell". */
const SPEAKER = `(${PROPER}|${PRONOUN}|${DESCRIPTION})`;
/** Before a quotation, a description only where a clause begins ("…, the mayor said:"), not in the middle of one. */
const CLAUSE_START = '(?<=^|[,;:.!?”"“«»]\\s*|\\s(?:and|but|while|as)\\s)';
/** "21 percent said “not too likely”", "75 percent of Republicans said": a poll's share of those asked, who are no one person. */
const POLL_SHARE = `(?<=^|[,;:.!?]\\s*|\\s(?:and|but|while|as|which|whom|that)\\s)\\d[\\d.,]*\\s*(?:percent|per cent|%)(?:\\s+of\\s+(?:the\\s+)?[\\p{L}-]+(?:\\s+[\\p{L}-]+)?)?`;
const SPEAKER_BEFORE = `(${PROPER}|${PRONOUN}|${CLAUSE_START}${DESCRIPTION}|${POLL_SHARE})`;

/** A verb of saying right after a name (past an apposition or "also"), or right before it: the name is a speaker. */
export const VERB_AFTER_NAME = lazyRegExp(
  `^\\s*(?:\\([^)]{1,40}\\)\\s*)?(?:,[^,“”"]{1,60},\\s*)?(?:also\\s+|later\\s+|then\\s+|has\\s+|had\\s+)?${VERBS}(?![\\p{L}])`,
  'u',
);
export const VERB_BEFORE_NAME = lazyRegExp(`(?<![\\p{L}])${VERBS}\\s+(?:[\\p{L}.’'-]+\\s+){0,3}$`, 'u');

export interface Attribution {
  /** The words that name the speaker, as written ("Blinken", "he", "the vendor"). */
  mention: string;
  /** Which pattern found it, for tests and tuning. */
  pattern: string;
  /** A description by a role that the mention stands for ("die Präsidentin" for "sie", "el Mandatario"): role-holder.ts. */
  described?: string;
}

const flags = 'u';

/** What may stand between a speaker and the verb of saying: "also", "later", "has", "had once", "further": "Sotomayor has said", "Trump further argued". */
const BEFORE_VERB = '(?:(?:also|later|then|has|had|have|once|previously|repeatedly|further|would|will|often|again)\\s+){0,2}';

/** "(D-Wis.)", ", the assistant leader of the caucus,": what may stand between a name and its verb. */
/** (It may hold commas of its own: "Harry Bond, 30, of Raleigh, N.C., who was among those polled, said".) */
const APPOSITION = '(?:\\s*\\([^)]{1,40}\\))?(?:(?:,\\s+[^,“”"]{1,120}){1,4},)?';
/** A role before the name: "White House press secretary Josh Earnest", "Tulsa police Chief Chuck Jordan". */
/** (Not after a determiner: "a prominent Republican National Committee member" is a description.) */
/** (Nor over a verb of saying: in "said Kristen Day, executive director of …, reports USA Today" the role is no "said".) */
const ROLE_AND_NAME = `((?!(?:${eitherCase('the|a|an|one|another')})\\s)(?:(?!(?:${CLAUSE_WORDS}|${DESCRIPTION_ENDS})\\s)[\\p{L}'’.-]+\\s+){0,4}${PROPER})`;
/** "a narrator in the Clinton ad", "a spokesperson for the ministry". */
const DESCRIPTION_WITH_PLACE = `(${DESCRIPTION}(?:\\s+(?:in|of|for|at|from|with)\\s+(?:the\\s+)?[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+){0,2}?)?)`;

/** Nouns of place that a place name is set off after: "the state capital, Sacramento,", "her home town, Des Moines,". */
const PLACE_NOUNS = '(?:capital|city|town|state|county|district|country|province|region|village|neighbou?rhood|suburb|borough|hometown|home town)';

/** The particles a name carries before its second word: "Ursula von der Leyen", "Bill de Blasio", "Vincent van Gogh". */
const NAME_PARTICLE = '(?:(?:van|von|de|da|di|du|del|dos|das|bin|al)(?:\\s+(?:der|den|la|le))?\\s+)?';

/**
 * A role, then the name set off by commas: "Clinton’s spokesman, Brian Fallon,", "Rep. Duncan Hunter’s chief of staff, Joe
 * Kasper,". The role ends in a common noun right before the comma (a place, "Concord, New Hampshire,", ends in a capital),
 * not a noun of place; the name has two words at least (a one-word name there is more often a place, "the state capital,
 * Sacramento,"); the role's words hold no quotation, comma or sentence end. The name is the speaker, not the employer.
 * Groups: `role` and `speaker`, which roleDescribesName weighs (a role that is a clause or a plural names someone else).
 */
const ROLE_THEN_NAME = `(?<role>(?:[^\\s,;:!?“”"«»„]+\\s+){0,8}?(?!${PLACE_NOUNS},)\\p{Ll}[\\p{L}'’-]*),\\s+(?<speaker>[\\p{Lu}][\\p{L}\\p{M}'’.-]*\\s+${NAME_PARTICLE}${PROPER})(?:\\s*\\([^)]{1,40}\\))?,`;

/**
 * The organisation or place after a name and "of": "the James Martin Center for Nonproliferation Studies", "Washington’s
 * Institute for Science and International Security", "Raleigh". Capitalised words, with the lower-case joints of such names.
 */
const EMPLOYER = `(?:the\\s+)?[\\p{Lu}][\\p{L}\\p{M}'’.-]*(?:\\s+(?:(?:for|of|and|on)\\s+(?:the\\s+)?)?[\\p{Lu}][\\p{L}\\p{M}'’.-]*)*`;

/** ROLE_AND_NAME without its group, to sit in another alternative. */
const ROLE_NAME_BODY = ROLE_AND_NAME.slice(1, -1);

/**
 * A pattern's name, the expression, a check on its match (a pattern without one takes any match), and a cheap test the
 * text must pass for the pattern to match at all: a pattern anchored only at the text's end is tried from each of the
 * text's characters, and most texts lack a word it needs, which a plain search finds at once.
 */
type Pattern = [string, RegExp, ((match: RegExpExecArray) => boolean)?, ((text: string) => boolean)?];

/** The text ends in "as" ("described as", "called him as"): the patterns that read a description need it. */
const endsInAs = (text: string) => text.trimEnd().endsWith('as');

/** The role and the name that "role-comma-name" patterns matched describe one person (role-apposition.ts). */
const ROLE_FITS_NAME = (match: RegExpExecArray) => roleDescribesName(match.groups?.role ?? '', match.groups?.speaker ?? '');

const AFTER_PATTERNS: Pattern[] = [
  // “…,” Clinton’s spokesman, Brian Fallon, said.  “…,” the mayor, John Doe, told reporters (before the plain subject,
  // which would stop at "the mayor").  “…,” California Rep. Duncan Hunter’s chief of staff, Joe Kasper, told POLITICO.
  ['role-comma-name-verb', lazyRegExp(`^\\s*[,;]?\\s*${ROLE_THEN_NAME}\\s+${BEFORE_VERB}${VERBS_AFTER_SPEAKER}(?![\\p{L}])`, flags), ROLE_FITS_NAME],
  // “…,” Blinken said.  “…,” he added.  “…,” the vendor told reporters.
  ['speaker-verb', lazyRegExp(`^\\s*[,;]?\\s*${SPEAKER}${APPOSITION}\\s+${BEFORE_VERB}${VERBS_AFTER_SPEAKER}(?![\\p{L}])`, flags)],
  ['role-name-verb', lazyRegExp(`^\\s*[,;]?\\s*${ROLE_AND_NAME}${APPOSITION}\\s+${BEFORE_VERB}${VERBS_AFTER_SPEAKER}(?![\\p{L}])`, flags)],
  // “…,” Jeffrey Lewis of the James Martin Center for Nonproliferation Studies said: the name, then its employer or home
  // before the verb (the subject patterns above stop at "of"). Tried only where they found nothing; the speaker is the name.
  [
    'name-of-verb',
    lazyRegExp(`^\\s*[,;]?\\s*${ROLE_AND_NAME}\\s+(?:of|from|at)\\s+${EMPLOYER}${APPOSITION}\\s+${BEFORE_VERB}${VERBS_AFTER_SPEAKER}(?![\\p{L}])`, flags),
  ],
  // “…,” Ryan’s office said in a statement: the owner (see POSSESSIVE_OFFICE_SAID; index.ts refuses an organisation).
  [
    'possessive-words',
    lazyRegExp(`^\\s*[,;]?\\s*(${PROPER})[’']s?\\s+(?:campaign|office|press office|camp)\\s+${BEFORE_VERB}${VERBS_AFTER_SPEAKER}(?![\\p{L}])`, flags),
  ],
  ['description-verb', lazyRegExp(`^\\s*[,;]?\\s*${DESCRIPTION_WITH_PLACE}\\s+(?:also\\s+)?${VERBS_AFTER_SPEAKER}(?![\\p{L}])`, flags)],
  // “…,” said Caddell.  «…», a déclaré Emmanuel Macron.  „…“, sagte Merz.
  // «…», confie-t-elle.  „…“, sagte er zu Reportern.
  ['verb-pronoun', lazyRegExp(`^\\s*[,;]?\\s*${VERBS}(?:-t)?[-\\s](${PRONOUN})(?![\\p{L}])`, flags)],
  // “…” – mówi Anna Nowak: Polish, Czech and Russian set a dash before the verb.
  ['verb-speaker', lazyRegExp(`^\\s*[,;]?\\s*(?:[—–]\\s*)?${VERBS}\\s+${ROLE_AND_NAME}`, flags)],
  ['verb-description', lazyRegExp(`^\\s*[,;]?\\s*${VERBS}\\s+${SPEAKER}`, flags)],
  // A cashier who “steals a handful of $20s” is held accountable, Warren said.
  [
    'clause-speaker-verb',
    lazyRegExp(`^[^“”"«»„]{0,140}?[,;—–]\\s*(${ROLE_NAME_BODY}|${PRONOUN})\\s+${BEFORE_VERB}${VERBS}(?![\\p{L}])[^“”"«»„]{0,60}[.!?]?\\s*$`, flags),
  ],
  // “This will be a challenge” for Clinton, said Kunin.  “…” in 2008, said Ohio State University professor Paul Beck.
  [
    'clause-verb-speaker',
    lazyRegExp(
      `^[^“”"«»„.!?]{1,160}?,\\s*(?!told|tells)${VERBS}\\s+(${ROLE_NAME_BODY}|${PROPER}|${DESCRIPTION})(?:,\\s*[^“”"«»„!?]{1,80}?)?\\s*[.!?]?\\s*$`,
      flags,
    ),
  ],
  // Julian Assange has been “arbitrarily detained” by Britain and Sweden since 2010, the rights group says.
  // (A description, not a name, ending the sentence: only where its verb is the sentence's last word.)
  [
    'clause-description-verb',
    lazyRegExp(`^[^“”"«»„]{0,160}?[,;—–]\\s*(${DESCRIPTION})\\s+${BEFORE_VERB}(?:${DESCRIPTION_ENDS}|writes|wrote)(?![\\p{L}])\\s*[.!?]?\\s*$`, flags),
  ],
  // “…” ― Martha Aguilar
  ['dash', lazyRegExp(`^\\s*[―—–-]\\s*(${PROPER})`, 'u')],
  // “…,” as Milbank put it.
  ['as-put-it', lazyRegExp(`^\\s*[,;]?\\s*as\\s+${SPEAKER}${APPOSITION}\\s+${BEFORE_VERB}(?:put|puts|${VERBS})(?![\\p{L}])`, flags)],
  // “…,” according to the report.
  ['according-to', lazyRegExp(`^\\s*[,;]?\\s*(?:${eitherCase('according to|per|laut|selon|según|secondo|segundo')})\\s+${SPEAKER}`, flags)],
];

/**
 * A party and state after a name, then a comma before the verb: "Gov. John Kasich (R-OH), said". Only that form: after
 * another parenthesis the comma closes an apposition ("Filippo Grandi, the UN High Commissioner for Refugees (UNHCR), said").
 */
const PARTY_AND_STATE = '\\s*\\(\\p{Lu}-[^)]{1,20}\\),';
/** When, between a speaker and the verb: "Feinstein (D-Calif.) last week said", "Obama on Friday declared". */
const WHEN_BEFORE_VERB =
  '(?:\\s+(?:(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\\s+(?:morning|afternoon|evening|night))?|(?:last|this|earlier this)\\s+(?:week|month|year|weekend|night|morning)|yesterday|today|earlier|recently))?';
/** Blinken said: “…”  He told reporters, “…”  The mayor said that “…”  Cruz himself said that “…”  Gov. John Kasich (R-OH), said, “…” */
const SPEAKER_VERB_BEFORE = lazyRegExp(
  `(?<![\\p{L}\\p{M}\\p{N}'’.-])${SPEAKER_BEFORE}(?:\\s*\\([^)]{1,40}\\)|${PARTY_AND_STATE})?(?:\\s+(?:himself|herself|themselves|itself))?${WHEN_BEFORE_VERB}\\s+${BEFORE_VERB}${VERBS_AFTER_SPEAKER}(?![\\p{L}])[^.!?“”"«»„]{0,60}?[,:]?\\s*(?:that\\s+|dass\\s+|que\\s+|che\\s+)?$`,
  'gu',
);
/** Days and months: "the groups who wrote to her on Thursday say …" names no speaker "Thursday". */
const TIME_WORD =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/u;

/** Where a clause of its own begins: after a comma or a semicolon, or a conjunction. */
const OPENS_CLAUSE = /(?:[,;:]|\s(?:and|but|while|whereas|as|yet))\s*$/u;
/**
 * A subordinator that opens a clause with a speaker of its own: "…,” Axelrod tweeted after Clinton argued for the second
 * consecutive debate that “if everyone had voted as he voted …”" quotes Clinton, not Axelrod.
 */
const OPENS_SUBORDINATE = /\s(?:after|when|before|because|since|until|once|though|although)\s*$/u;
/**
 * Whether the subordinate clause runs on to the quotation with nothing of the main clause's after it: no comma and no
 * clause with a pronoun subject. In "Trump told reporters after Clinton said she would debate him that “…”" and "Sanders
 * told the crowd, when Clinton announced her plan, that “…”" the "that" is the main verb's, and the quotation Trump's or
 * Sanders's.
 */
const SUBORDINATE_ENDS_EARLY = /[,;]|\s(?:he|she|they|we|I|it)\s+\p{Ll}/u;

/**
 * The speaker and verb nearest the quotation: "While not everything Trump says is true, Jamieson said Trump is “…”" is
 * Jamieson's. A later one counts only where a clause begins, not inside what the first one reports ("Rubio said the
 * United States “…”", "Rubio said that once the Senate goes on recess, “…”"). A possessive ("Trump’s comments are “…”",
 * where "comments" reads as a verb) or a day names no speaker.
 */
function speakerVerbBefore(before: string): Attribution | undefined {
  let found: Attribution | undefined;
  SPEAKER_VERB_BEFORE.lastIndex = 0;
  for (let match = SPEAKER_VERB_BEFORE.exec(before); match; match = SPEAKER_VERB_BEFORE.exec(before)) {
    const mention = match[1]?.trim() ?? '';
    SPEAKER_VERB_BEFORE.lastIndex = match.index + Math.max(1, (match[1] ?? '').length);
    const tidy = tidyMention(mention);
    if (!tidy || /[’']s?$/u.test(tidy) || TIME_WORD.test(tidy) || NOT_SPEAKERS.test(tidy)) continue;
    const lead = before.slice(0, match.index);
    // (A named subject only: "some cheer when he insists that “…”" points back to the one the sentence is about.)
    const ownSubordinate = OPENS_SUBORDINATE.test(lead) && !PRONOUNS.test(tidy) && !SUBORDINATE_ENDS_EARLY.test(before.slice(match.index));
    if (found && !OPENS_CLAUSE.test(lead) && !ownSubordinate) continue;
    found = { mention: tidy, pattern: 'speaker-verb-before' };
  }
  return found;
}

const BEFORE_PATTERNS: Pattern[] = [
  // Blinken said: “…”  He told reporters, “…”  The mayor said that “…”
  // As The Post's Dana Milbank puts it, “…”
  [
    'as-put-it-before',
    // "As one employee told Palo Alto Weekly, “…”": the one told, named or described, may follow the verb.
    lazyRegExp(
      `(?:^|[\\s,;(—–])${eitherCase('as')}\\s+${SPEAKER}${APPOSITION}\\s+${BEFORE_VERB}(?:put|puts|${VERBS})(?:\\s+it|\\s+(?:him|her|them|reporters|(?:the\\s+)?\\p{Lu}[\\p{L}\\p{M}’'.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}’'.-]*){0,3}))?\\s*[,:]?\\s*$`,
      flags,
    ),
  ],
  // according to X, “…” or "According to HuffPo: “…”" (before the colon rule, which takes no name after a preposition).
  ['according-to-before', lazyRegExp(`(?:${eitherCase('according to|laut|selon|según|secondo|segundo')})\\s+${SPEAKER}\\s*[,:]?\\s*$`, flags)],
  // Trump: “…”
  ['colon', lazyRegExp(`(${PROPER})\\s*:\\s*$`, 'u')],
  // Park … describing the three nations as “like-minded countries”: the sentence's subject.
  [
    'described-as',
    lazyRegExp(
      `^\\s*${SPEAKER}(?![\\p{L}])[^.!?]*?\\b(?:describ\\w*|call\\w*|term\\w*|label\\w*|dubb?\\w*|brand\\w*|characteri[sz]\\w*|refer\\w* to)\\b[^.!?]*?\\bas\\s*$`,
      flags,
    ),
    undefined,
    endsInAs,
  ],
  // … an explosion that Mayor Bill de Blasio described as “an intentional act.”
  [
    'named-described-as',
    lazyRegExp(
      `${SPEAKER_BEFORE}\\s+(?:\\w+\\s+){0,2}?(?:describ\\w*|call\\w*|term\\w*|label\\w*|dubb?\\w*|brand\\w*|characteri[sz]\\w*)\\b[^.!?“”"]{0,60}?\\bas\\s*$`,
      flags,
    ),
    undefined,
    endsInAs,
  ],
  // "Clinton’s spokesman, Brian Fallon, said the plan was “…”": the name in apposition to a role, then its verb of saying.
  // The role opens a clause (at the sentence's start or after a comma, not as the object of a verb before it). Between
  // the verb and the quotation no comma but one right before it: in "…, said union leader Ken Sato, who called it “…”"
  // another clause, another speaker's, holds the quotation.
  [
    'role-comma-name-verb-before',
    lazyRegExp(`(?:^|[,;:(—–])\\s*${ROLE_THEN_NAME}\\s+${BEFORE_VERB}${VERBS_AFTER_SPEAKER}(?![\\p{L}])[^,.!?“”"«»„]{0,60}?[,:]?\\s*(?:that\\s+)?$`, flags),
    ROLE_FITS_NAME,
  ],
  // "… from Mike Lee, who declared in the debate spin room, “…”": a relative clause of saying about the name before it.
  [
    'who-said',
    lazyRegExp(`(${PROPER}),\\s+who\\s+(?:\\p{Ll}+ly\\s+|also\\s+|later\\s+|has\\s+|had\\s+)?${VERBS}(?![\\p{L}])[^“”"«»„!?]{0,80}?[,:]?\\s*$`, flags),
    undefined,
    (text) => text.includes('who'),
  ],
  // "…, with Gorka noting the absurdity of positioning “…”", "with Sen. John McCain calling it a “…”".
  [
    'with-saying',
    lazyRegExp(
      `(?:^|\\s)with\\s+(${PROPER})\\s+(?:saying|noting|adding|arguing|insisting|warning|declaring|calling|telling|writing)(?![\\p{L}])[^“”"«»„!?]{0,100}$`,
      flags,
    ),
  ],
];

/** "…と明らかにし", "…と述べ": a clause reported by the verb after と (the gate before the slower Japanese pattern). */
const REPORTED_WITH_TO = /と(?:明らかに|述べ|語|話し|強調|説明|指摘|主張)/u;

const hasHangul = (text: string) => /\p{Script=Hangul}/u.test(text);

/** Korean, Japanese and Chinese: the speaker, a particle, then the quotation (and a verb after it). */
const CJK_BEFORE: Pattern[] = [
  // "이 당선인은 … “…”": Korean news calls a person by surname and title after naming them in full once (cjk-names.ts finds the full name).
  [
    'korean-topic',
    /(?<![\p{Script=Hangul}])(\p{Script=Hangul}\s(?:당선인|당선자|대통령|총리|장관|의원|대표|원내대표|위원장|후보|대변인|교수|회장|사장|감독|선수|지사|시장))\s?(?:은|는|이|가)\s[^“"「]*$/u,
    undefined,
    hasHangul,
  ],
  [
    'korean-topic',
    /([\p{Script=Hangul}A-Za-z·]{2,12}(?:\s?(?:대통령|총리|장관|의원|대표|위원장|대변인|교수|씨|기자|회장|사장|감독|선수))?)\s?(?:은|는|이|가)\s[^“"「]*$/u,
    undefined,
    hasHangul,
  ],
  // "ハマスも…声明で、指導部が…と明らかにし、…「…」": a subject with が inside what the topic made clear ("…と明らかにし") is
  // the reported clause's; the one who made it clear is the topic before it (with は or も, "also").
  [
    'japanese-topic',
    /(?<![\p{Script=Han}\p{Script=Katakana}ー・])([\p{Script=Han}\p{Script=Katakana}ー・]{2,16}(?:氏|首相|大統領|外相|長官|さん|社長|会長|知事|市長|議員)?)(?:は|も)[^「“"。]*?[\p{Script=Han}\p{Script=Katakana}ー・]{2,16}が[^「“"。]*?と(?:明らかに|述べ|語|話し|強調|説明|指摘|主張)[^「“"。]*$/u,
    undefined,
    (text) => REPORTED_WITH_TO.test(text),
  ],
  // The whole run of kanji and katakana before the particle, never its tail: "イオンフィナンシャルサービスは「…」" was shown as
  // "ンフィナンシャルサービス". A company's name in katakana runs to 14 and more; a longer run is a phrase, and names no one.
  [
    'japanese-topic',
    /(?<![\p{Script=Han}\p{Script=Katakana}ー・])([\p{Script=Han}\p{Script=Katakana}ー・]{2,16}(?:氏|首相|大統領|外相|長官|さん|社長|会長|知事|市長|議員)?)(?:は|が)[^「“"]*$/u,
  ],
  ['chinese-say', /([\p{Script=Han}·]{2,8})(?:说|表示|指出|强调|称|認為|认为)[：:，,]?\s*$/u],
];

const CJK_AFTER: Pattern[] = [
  // "“…，”李强说。": a Chinese name of two to four characters, then the verb of saying.
  ['chinese-after', /^\s*[，,]?\s*([\p{Script=Han}·]{2,4}?)(?:说|表示|称|指出|强调|說|稱|強調)[。，,.]/u],
  ['korean-after', /^\s*(?:라고|고)\s+([\p{Script=Hangul}]{2,6})(?:\s?씨)?(?:가|이)\s/u],
  // "“…”고 김민수 대표는 말했다": the name, then its title (left out of the name) and the topic or subject particle.
  [
    'korean-after',
    /^\s*(?:라고|고)\s+([\p{Script=Hangul}]{2,4})\s?(?:대통령|총리|장관|의원|대표|원내대표|위원장|후보|대변인|교수|회장|사장|감독|선수|지사|시장|당선인|연구원|이사|부장|국장|청장|실장|원장|총장)\s?(?:은|는|이|가)\s/u,
  ],
];

function firstMatch(patterns: Pattern[], text: string): Attribution | undefined {
  for (const [name, pattern, accept, mayMatch] of patterns) {
    if (mayMatch && !mayMatch(text)) continue;
    const match = pattern.exec(text);
    if (!match || (accept && !accept(match))) continue;
    const mention = (match.groups?.speaker ?? match[1])?.trim();
    if (mention) return { mention: tidyMention(mention), pattern: name };
  }
  return undefined;
}

/** "Mayor Bill de Blasio," -> "Mayor Bill de Blasio"; "the mayor, Bill de Blasio" -> "Bill de Blasio". */
function tidyMention(mention: string): string {
  const tidy = mention
    .replace(/[,;:.]+$/u, '')
    .replace(/\s+/gu, ' ')
    .trim()
    // "the Clinton campaign also called …", "The president then said": an adverb before the verb is no word of a description.
    .replace(/(?<=\p{Ll}[\p{L}’']*)\s+(?:also|then|later|again|still|just|already|never|once|often|further|previously|repeatedly)$/u, '')
    // "… attacks in the U.S. He says …": a sentence the segmenter did not end after an abbreviation of capital initials;
    // the pronoun is the mention. Only after such initials: "Mr. He said" and "Prof. He said" name the person He.
    .replace(/^.*\b(?:\p{Lu}\.){2,}\s+(He|She|They)$/u, '$1');
  // After a full name, "von der Direktbank ING", "de la Asociación": the employer, not the name ("Ursula von der Leyen" has one word before).
  const employer =
    /^(\p{Lu}[\p{L}\p{M}'’.-]*\s+\p{Lu}[\p{L}\p{M}'’.-]*)\s+(?:von|vom|van|de|del|da|di|du)\s+(?:(?:der|dem|den|la|le|las|los|l’|l')\s*)?\p{Lu}/u.exec(tidy);
  return employer ? employer[1]! : tidy;
}

/** Words that the SPEAKER pattern would take for a name at the start of a clause but are not speakers. */
const NOT_SPEAKERS = /^(it|this|that|there|what|which|who|also|then|but|and|so|when|while|as|if|because|however)$/i;

/** What may follow the verb of a long sentence that attributes the quotation before it: an addressee, an adverb in -ly ("asked reporters rhetorically", "said pleasantly"), then a stop or a preposition. */
const SPILLED_TAIL = `(?:\\s+(?:him|her|them|reporters|the crowd|the audience|(?:the\\s+)?\\p{Lu}[\\p{L}’'.-]*(?:\\s+\\p{Lu}[\\p{L}’'.-]*){0,3}(?:\\s+(?:television|radio|station|newspaper|network|program|show|magazine))*))?(?:\\s+\\p{Ll}{3,}ly)?(?:\\s*[,.;!?—–]|\\s+(?:at|in|on|of|about|during|after|before|while|when|as|from|with|via|alluding|adding|referring|speaking|pointing|noting)(?![\\p{L}]))`;

/**
 * A long sentence after a quotation that ended its own sentence attributes it only when it opens with its speaker and
 * verb, and the verb takes no clause of its own: "…?” Clinton remarked, alluding to …", "…” Trump said at his victory
 * party in Manchester, …". "…” Trump said the plan would cost more" reports something else.
 */
const SPILLED_SPEAKER_VERB = lazyRegExp(
  `^\\s*(${PROPER}|${PRONOUN}|${ROLE_NAME_BODY}|${DESCRIPTION})${APPOSITION}\\s+${BEFORE_VERB}${VERBS}${SPILLED_TAIL}`,
  flags,
);

/** The same with the name set off after its role: "…!” the presumptive nominee, Donald Trump, tweeted Sunday after …". */
const SPILLED_ROLE_COMMA_NAME = lazyRegExp(`^\\s*${ROLE_THEN_NAME}\\s+${BEFORE_VERB}${VERBS}${SPILLED_TAIL}`, flags);

/**
 * The same, inverted: "…?” said Murphy, who thinks often about …", "…?” tweeted Prince Alwaleed, the nephew of …", "…!” beamed
 * Donald Hartley of Madison, Alabama, who …" (a name's home or employer after "of" or "for"). The name (or a
 * description, "said a former official, who …") ends at a comma or a preposition; a clause of its own does not follow it.
 * The preposition is a word of its own: "said Martin and …" is not "Mart" before "in", nor "Justin" "Just" before "in".
 */
const SPILLED_VERB_SPEAKER = lazyRegExp(
  `^\\s*(?!told|tells)${VERBS}\\s+(${PROPER}|${DESCRIPTION}|${ROLE_NAME_BODY})(?:\\s*[,.;!?—–]|\\s+(?:at|in|on|of|for|during|after|before|while|when|as|from|with|via)(?![\\p{L}]))`,
  flags,
);

/** The speaker of a long sentence after a quotation that ended its own: "…?” Clinton remarked, alluding to …". */
export function spilledAttribution(after: string): Attribution | undefined {
  const roleFirst = SPILLED_ROLE_COMMA_NAME.exec(after);
  const match = (roleFirst && ROLE_FITS_NAME(roleFirst) ? roleFirst : undefined) ?? SPILLED_SPEAKER_VERB.exec(after) ?? SPILLED_VERB_SPEAKER.exec(after);
  const mention = (match?.groups?.speaker ?? match?.[1])?.trim();
  return mention && !NOT_SPEAKERS.test(mention) ? { mention: tidyMention(mention), pattern: 'speaker-verb' } : undefined;
}

/**
 * "…Three?” Clinton asks as a maintenance guy walks in, saying he’s “here to fix …”": a sentence after a quotation that
 * opens with its speaker, a verb and a preposition, and runs on into the next quotation, still attributes this one; one
 * that leads into the next ("Trump said at a rally that “…”", "He says, “…”") does not.
 */
const SPILLED_ONWARD = lazyRegExp(
  `^\\s*(${PROPER}|${PRONOUN})${APPOSITION}\\s+${BEFORE_VERB}${VERBS}\\s+(?:at|in|on|during|after|before|while|when|as|alluding|referring|pointing)(?![\\p{L}])`,
  flags,
);

export function spilledOnward(after: string): Attribution | undefined {
  if (/(?:,|:)\s*$/u.test(after) || /(?<![\p{L}])(?:that|dass|que)(?![\p{L}])/u.test(after)) return undefined;
  const mention = SPILLED_ONWARD.exec(after)?.[1]?.trim();
  return mention && !NOT_SPEAKERS.test(mention) ? { mention: tidyMention(mention), pattern: 'speaker-verb' } : undefined;
}

/**
 * "dijo a El Faro", "a dit à Reuters": after a verb of saying, "a"/"à" and names only is the one spoken to (a Spanish,
 * Portuguese, Italian or French preposition), not the speaker. English "said a White House official" ends in a common noun.
 */
const ADDRESSEE = /^(?:a|à|al|ao)\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*\s*)+$/u;
/** After an English verb of saying, "a" is the article: "said a New Hampshire Republican", "added a South Carolina Democrat". */
const ENGLISH_VERB_FIRST = lazyRegExp(`^\\s*[,;]?\\s*(?:${eitherCase(SPEECH_VERBS_EN)})\\s+an?\\s`, 'u');

export function attributionAfter(after: string): Attribution | undefined {
  const found = firstMatch(AFTER_PATTERNS, after) ?? firstMatch(CJK_AFTER, after);
  if (found && found.pattern.startsWith('verb-') && ADDRESSEE.test(found.mention) && !ENGLISH_VERB_FIRST.test(after)) return undefined;
  return found && !NOT_SPEAKERS.test(found.mention) ? found : undefined;
}

/**
 * A label before a colon that is no speaker: a noun after a possessive or an indefinite article ("Sein Urteil:", "Ein Fazit:"
 * in German, where every noun is capitalised), or the object of a preposition ("Das Fazit zu Wish:").
 */
const DETERMINER_LED = lazyRegExp(`^(?:${eitherCase('sein|seine|ihr|ihre|unser|unsere|mein|meine|ein|eine|son|sa|ses|leur|leurs|su|sus')})\\s`, 'u');
// "Boric a Kast: “…”", "Macron à Poutine : « … »", "Lula ao Congresso:": in a teaser, the name after "to" is the one spoken to.
const AFTER_PREPOSITION =
  /(?:^|\s)(?:zu|zum|zur|über|für|von|vom|gegen|mit|bei|to|about|for|on|of|with|sur|pour|avec|sobre|para|con|contra|su|per|sobre|a|à|al|ao|au|ante|devant)\s*$/iu;
/** "… broke down what was wrong to the Dutch newspaper NRC Handelsblad:": the one spoken to, named after a preposition and a noun or two. */
const AFTER_PREPOSITION_AND_NOUN = /(?:^|\s)(?:to|with|told)\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){1,3}$/u;
/**
 * German only (the caller says): "Lindner dankte dem neu gewählten Vorstand der GEW:", "sagte sie dem ZDF:". German marks
 * the case on the article. A name after "dem", "den" or "des" is an object or a genitive, never the subject; after a noun
 * and "der" it is that noun's genitive ("Vorstand der GEW"), the noun being the head. Neither is the one who speaks. The
 * noun is a capitalised word after an article or a lower-case word: a sentence's first word is capitalised too, and
 * "Dazu der Bürgermeister Hans Müller:" or "Auch der SPD-Chef …:" name their speaker; so do "sagte der Trainer Paul
 * Renner:" (a verb before "der") and "Alexander Van der Bellen:" (a given name before "Van"). In Dutch and French "den",
 * "der" and "des" are also particles of names ("Joop den Uyl"), so no other language runs this.
 */
const GERMAN_OBJECT_OR_ATTRIBUTE = /(?:^|\s)(?:(?:dem|den|des)|(?:dem|den|der|des|ein|einer|eines|einem|\p{Ll}[\p{Ll}ß-]*)\s+\p{Lu}[\p{L}\p{M}-]*\s+der)\s+$/u;
/** "Priebus later told Fox News:", "telling Breitbart London:": the name right after a verb of telling or asking is the one spoken to (English verbs only). */
const AFTER_TELLING = /(?:^|\s)(?:told|tells|telling|asked|asks|asking)\s+$/u;

/**
 * "Joel Pollak of Breitbart California said:", "A reporter for Agence France-Presse called it": the name right before the
 * verb is the speaker's employer or home, the object of a preposition. The speaker is the name (or the description) before
 * that preposition, followed back through "… of the Armenian Patriarchate of Jerusalem".
 */
const BEFORE_PREPOSITION = /\s+(?:of|for|at|from|with)\s+(?:the\s+)?$/u;
const NAME_AT_END = lazyRegExp(`(${PROPER})$`, 'u');
const DESCRIPTION_AT_END = lazyRegExp(`${CLAUSE_START}(${DESCRIPTION})$`, 'u');

function speakerBeforePreposition(lead: string): string | undefined {
  let rest = lead;
  for (let step = 0; step < 3; step++) {
    const preposition = BEFORE_PREPOSITION.exec(rest);
    if (!preposition) return undefined;
    rest = rest.slice(0, preposition.index);
    const name = NAME_AT_END.exec(rest)?.[1];
    if (!name) return DESCRIPTION_AT_END.exec(rest)?.[1];
    // A name that is itself after a preposition is one more link of the chain.
    const earlier = rest.slice(0, rest.length - name.length);
    if (!BEFORE_PREPOSITION.test(earlier)) return personLike(name) ? name : undefined;
    rest = earlier;
  }
  return undefined;
}

/** Titles that make a single word a person: "Gov. Kasich of Ohio", "Archbishop Aris Shirvanian". */
const PERSON_TITLE = /^(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Rev|Archbishop|Bishop|Mayor|Senator|Governor|President|Judge|Justice|Chairman|Professor)\.?\s/u;

/** A capitalised run that reads as a person: two words or more, or a title and a name ("Bank", "Secretary" alone are not). */
export function personLike(name: string): boolean {
  const words = name.split(/\s+/u).filter(Boolean);
  return words.length >= 2 ? !/^(?:Secretary|Minister|Department|Bank|University|Ministry|House|Office)$/u.test(words[0]!) || PERSON_TITLE.test(name) : false;
}

/** An office whose holder's name follows "of" and its object: "Secretary of State Hillary Clinton", "Director of National Intelligence James Clapper". */
const OFFICE_BEFORE_OF =
  /(?:^|\s)(?:Secretary|Minister|Director|Chief|Chairman|Chairwoman|Chair|Head|Commissioner|Administrator|Speaker|Governor|President|Mayor|Attorney|Comptroller|Surgeon|Chancellor)$/u;
/** The object of the office, before its holder's name: "State", "Homeland Security", "National Intelligence". */
const OFFICE_OBJECT =
  /^(?:(?:State|Defense|Defence|Homeland|Security|Labor|Labour|Commerce|Energy|Education|Agriculture|Treasury|Justice|Health|Human|Services|Transportation|Interior|Housing|Veterans|Affairs|Staff|Police|Finance|Foreign|National|Intelligence|Public|the|House|Communications|Policy|Operations)\s+)+(?=\p{Lu}[\p{L}\p{M}'’.-]*\s+\p{Lu})/u;

function dropOfficeObject(mention: string): string {
  return tidyMention(mention.replace(OFFICE_OBJECT, ''));
}

/** "Former Secretary of State Hillary Clinton" -> "Hillary Clinton"; undefined when the mention holds no office with "of". */
export function holderAfterOffice(mention: string): string | undefined {
  const match = /^(.*?)\s+of\s+(?:the\s+)?(\p{Lu}.*)$/u.exec(mention);
  if (!match || !OFFICE_BEFORE_OF.test(match[1]!)) return undefined;
  const holder = dropOfficeObject(match[2]!);
  return holder !== match[2] ? holder : undefined;
}

/**
 * A common noun, then "of" or "de" and an article, right before a name: "le ministre de la Défense", "el presidente del
 * Gobierno", "the head of the FBI". The name is what the role is of; the speaker is the role's holder, whom it does not name.
 * (A name's own particles, "José do Carmo", "Vincent van der Vaart", follow a capitalised word and are not read here.)
 */
const ROLE_OF_THE =
  /(?:^|\s)\p{Ll}[\p{L}\p{M}-]*\s+(?:of\s+the|de\s+la|de\s+l['’]|du|des|del|de\s+los|de\s+las|della|dello|degli|delle|dei|do|da|dos|das)\s*$/u;

/** A name, "of" or "from" its home town, a comma, and the town's state or country right before the verb. */
const HOME_BEFORE_STATE = lazyRegExp(`(${PROPER})\\s+(?:of|from)\\s+\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’.-]*)*,\\s*$`, 'u');

/** "그는 …", "그녀는 …": a Korean pronoun as the clause's topic. */
const KOREAN_PRONOUN_TOPIC = /(?<![\p{Script=Hangul}])(?:그|그녀|그들)(?:은|는|이|가)\s/u;

/** `german`: the text is German, whose case-marking articles say a name before a colon is an object (GERMAN_OBJECT_OR_ATTRIBUTE). */
export function attributionBefore(before: string, german = false): Attribution | undefined {
  const found = speakerVerbBefore(before) ?? firstMatch(BEFORE_PATTERNS, before) ?? firstMatch(CJK_BEFORE, before);
  // "성남의 대형병원이 문을 닫자 그는 … “…”": a subordinate clause's subject comes first; the speaker is the pronoun topic
  // after it ("he"), which names no one here.
  if (found?.pattern === 'speaker-verb-before') {
    const at = before.lastIndexOf(found.mention);
    const lead = at > 0 ? before.slice(0, at) : '';
    // "Former Secretary of State Hillary Clinton said": the words before "of" are an office, and the name after it is the speaker.
    if (OFFICE_BEFORE_OF.test(lead.replace(/\s+of\s+(?:the\s+)?$/u, '')) && /\sof\s+(?:the\s+)?$/u.test(lead))
      return { mention: dropOfficeObject(found.mention), pattern: found.pattern };
    const speaker = lead ? speakerBeforePreposition(lead) : undefined;
    if (speaker) return { mention: tidyMention(speaker), pattern: found.pattern };
    // "Stacy Baker of Columbia, South Carolina says": the state after the home town's comma is not the speaker.
    const home = HOME_BEFORE_STATE.exec(lead)?.[1];
    if (home && personLike(home)) return { mention: tidyMention(home), pattern: found.pattern };
    // "le ministre de la Défense a déclaré", "la presidenta del Gobierno dijo": the name is the object of a role, not who spoke.
    // With the holder's name after the object ("le ministre de la Défense Andreï Belooussov a dit"), the name is the speaker.
    if (ROLE_OF_THE.test(lead)) {
      const holder = found.mention.split(/\s+/u).slice(1).join(' ');
      return holder.split(' ').length >= 2 && personLike(holder) ? { mention: holder, pattern: found.pattern } : undefined;
    }
  }
  if (found?.pattern === 'korean-topic' && KOREAN_PRONOUN_TOPIC.test(before.slice(before.lastIndexOf(found.mention) + found.mention.length))) return undefined;
  if (found?.pattern === 'colon') {
    const at = before.lastIndexOf(found.mention);
    const lead = at >= 0 ? before.slice(0, at) : '';
    if (
      DETERMINER_LED.test(found.mention) ||
      AFTER_PREPOSITION.test(lead) ||
      AFTER_PREPOSITION_AND_NOUN.test(lead) ||
      AFTER_TELLING.test(lead) ||
      (german && GERMAN_OBJECT_OR_ATTRIBUTE.test(lead))
    )
      return undefined;
  }
  return found && !NOT_SPEAKERS.test(found.mention) ? found : undefined;
}

/** "WALLACE: Governor, …" — a transcript's speaker label at the start of the quotation. */
export function labelInside(quoted: string): Attribution | undefined {
  const match = /^([\p{Lu}][\p{Lu}'’.-]{2,}(?:\s[\p{Lu}][\p{Lu}'’.-]+)?)\s*:\s/u.exec(quoted);
  return match?.[1] ? { mention: match[1], pattern: 'transcript-label' } : undefined;
}

export const PRONOUNS = /^(he|she|they|we|i|er|sie|il|elle|ils|él|ella|lui|lei|он|она)$/i;

/**
 * "The “opt out” movement is about “people telling leaders …,” Wilcox said.": several quotations in one sentence, and
 * the attribution at its end after the last. `rest` is the sentence after the quotation, each later quotation in it
 * replaced by a plain word (its closing comma kept), so the attribution reads as if it followed this one.
 */
export function sentenceEndAttribution(rest: string): Attribution | undefined {
  const found = attributionAfter(rest);
  return found?.pattern.startsWith('clause-') ? { mention: found.mention, pattern: 'sentence-end' } : undefined;
}

/**
 * The first verb after a clause's subject, past a parenthesis ("(R-Ky.)") and an apposition (", who introduced a bill
 * this month aimed at …,"), is a verb of saying: "Rep. Zoe Lofgren (D-Calif.), who …, said in a statement that the
 * announcements were “…”". What the subject said holds the quotation, however far on in the sentence it stands.
 */
/** (An adverb in -ly or "however" may stand there too: "Clinton recently said", "Carter however said he would …".) */
const SUBJECT_SAID = lazyRegExp(
  `^\\s*(?:\\([^)]{1,40}\\)\\s*)?(?:,[^,“”"«»„]{1,140},\\s*)?(?:(?:however|\\p{Ll}{3,}ly)\\s+)?${BEFORE_VERB}${VERBS}(?![\\p{L}])`,
  flags,
);

/** "…'s spokeswoman challenged the assertion that …, and said he “…”": a second verb of the same subject, joined by "and". */
/** (Only the plain verbs of saying: "…, which Trump had called a “disaster” and promised to “rip up”" is about the agreement.) */
const AND_SAID = lazyRegExp(`[\\s,](?:and|but)\\s+${BEFORE_VERB}(?:${DESCRIPTION_ENDS})(?![\\p{L}])`, flags);

export function subjectSaid(afterSubject: string): boolean {
  return SUBJECT_SAID.test(afterSubject);
}

/** The subject's own verb, or one it is joined to by "and", is a verb of saying (what follows the subject up to the quotation). */
export function subjectAlsoSaid(afterSubject: string): boolean {
  return SUBJECT_SAID.test(afterSubject) || AND_SAID.test(afterSubject);
}

/**
 * "As White House press secretary Josh Earnest explained, three taxes were postponed …, “which sounds like a lot”",
 * "As House Speaker Paul Ryan (R-Wis.) has pointed out, that’s basically the “textbook definition” of racism": a sentence
 * that opens by crediting someone credits the quotation it holds. Only the verb and a short complement before the comma.
 */
const AS_OPENING = lazyRegExp(
  `^[\\s“"‘]*(?:(?:But|And|So|Yet)\\s+)?[Aa]s\\s+(${ROLE_NAME_BODY}|${PROPER}|${DESCRIPTION})${APPOSITION}\\s+${BEFORE_VERB}(?:put|puts|${VERBS_AFTER_SPEAKER})(?:\\s+(?:it|out|on\\s+\\p{Lu}[\\p{L}’'.-]*|in\\s+(?:a|an|his|her|their)\\s+[\\p{L}-]+))?\\s*,`,
  flags,
);

export function asOpening(sentenceText: string): Attribution | undefined {
  const mention = AS_OPENING.exec(sentenceText)?.[1]?.trim();
  return mention && !NOT_SPEAKERS.test(mention) ? { mention: tidyMention(mention), pattern: 'as-opening' } : undefined;
}

/**
 * Words of saying that a sentence opens with, owned by a name, then a form of "be" and the quotation: "Rubio’s catch phrase
 * in that election was that Crist “…”", "Hillary Clinton’s campaign slogan is “…”", "Clinton’s response was: “…”", "Bill
 * Clinton’s stock answer then — “…”". The owner said them: what the words ARE is the quotation. Not where another verb
 * stands between: "Trump’s tweet drew “widespread condemnation”" quotes the critics, and "Monday’s statement called the
 * outbreak “under control”" its unnamed author; nor words about something ("Trump’s comments about the judge were “…”"),
 * someone else's subject: only a time or a place of the words stands before "is". And words that others judge ("comments",
 * "statement", "tweet") are the quotation only through "that" or a colon: "Trump’s comments were “racist”" is a critic's.
 * (The owner is a person: a day or a month is no one, and index.ts refuses an organisation or a place, "Wall Street’s
 * verdict was “brutal”".)
 */
const WORDS_JUDGED = 'assertion|claim|claims|statement|comments|remarks|tweet|argument|declaration|boast|contention|verdict|letter|email|words';
const WORDS_SAID = 'response|reply|answer|slogan|catch ?phrase|promise|pledge|warning|message|mantra|motto|vow|refrain|tagline|rallying cry';
/** A time or a place of the words, between them and the verb: "in that election", "then". */
const WORDS_WHEN = `(?:\\s+(?:in|during|at)\\s+[^,;:.!?“”"«»„—–]{1,40}?|\\s+(?:then|now|today|here|again))?`;
const BE = '(?:is|was|are|were|has been|had been|remains|remained)';
const POSSESSIVE_WORDS = lazyRegExp(
  `^[\\s“"‘]*(?:(?:But|And|So|Yet|Still)\\s+)?(${PROPER})[’']s?\\s+(?:[\\p{L}-]+\\s+){0,3}?` +
    `(?:(?:${WORDS_SAID})(?![\\p{L}])${WORDS_WHEN}(?:\\s+${BE}(?:\\s*:|\\s+that\\s+[^.!?“”"«»„:]{0,80}?)?|\\s*[:—–])` +
    `|(?:${WORDS_JUDGED})(?![\\p{L}])${WORDS_WHEN}(?:\\s+${BE}(?:\\s*:|\\s+that\\s+[^.!?“”"«»„:]{0,80}?)|\\s*[:—–]))\\s*$`,
  flags,
);

/**
 * A person's campaign or office that speaks in their name, the sentence's subject before its verb of saying: "Kelly Ayotte’s
 * campaign, for example, said she would “…”", "Sanders’ campaign called AP’s report a “…”". It speaks for its owner, as the
 * owner's words do (index.ts refuses an owner that is an organisation or a place). Not the people in the owner's employ ("X’s
 * lawyers", "X’s campaign manager"), who speak for themselves.
 */
const SPEAKS_FOR_OWNER = '(?:campaign|office|press office|camp)';
const POSSESSIVE_OFFICE_SAID = lazyRegExp(
  `^[\\s“"‘]*(?:(?:But|And|So|Yet|Still)\\s+)?(${PROPER})[’']s?\\s+${SPEAKS_FOR_OWNER}(?:,[^,“”"«»„]{1,60},)?\\s+${BEFORE_VERB}${VERBS_AFTER_SPEAKER}(?![\\p{L}])[^“”"«»„.!?]*$`,
  flags,
);

export function possessiveWords(sentenceText: string): Attribution | undefined {
  const mention = (POSSESSIVE_WORDS.exec(sentenceText) ?? POSSESSIVE_OFFICE_SAID.exec(sentenceText))?.[1]?.trim();
  return mention && !NOT_SPEAKERS.test(mention) && !TIME_WORD.test(mention) ? { mention: tidyMention(mention), pattern: 'possessive-words' } : undefined;
}
