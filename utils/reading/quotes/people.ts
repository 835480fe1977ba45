/**
 * The people an article names, so that a later "Blinken" or "Park" can be
 * shown as the full name the article introduced ("Antony Blinken", "Park Jin").
 *
 * Names are runs of capitalised words, with titles and nationalities taken
 * off the front ("US Secretary of State Antony Blinken" -> "Antony Blinken").
 * A run counts as a person when the article treats it as one: it is
 * introduced with a title, credited with speech, or later called by one of
 * its words alone — newsrooms do that to people, not to places.
 */
import { lowerCaseWords } from './lower-words.ts';

export interface PersonName {
  full: string;
  tokens: string[];
  /** Offset of its first mention. */
  firstSeen: number;
  /** Title and role words seen right before the name, lower case ("sen.", "mrs", "spokeswoman"): for gender and for "the senator". */
  titles: string[];
  /** The article treats it as a person: titled, credited with speech, or called by one of its words alone. */
  strong: boolean;
  /** Its words say it is an organisation or a place ("White House", "Fox News", "United States"), not a person. */
  institution: boolean;
  /** Not a name but a description the article gives a new speaker ("a vendor"): shown whole. */
  description?: boolean;
  /**
   * Its first run came right after "the", "a" or "an", with no title between ("the Trump Train", "the Clinton Foundation"):
   * a thing named after someone. Its first word alone names that someone, not it.
   */
  afterArticle?: boolean;
}

/** Words that make a capitalised run an organisation wherever they stand in it. */
const ORGANISATION_WORDS = new Set(
  (
    'news times post journal party committee association university college department ministry inc corp corporation company bank foundation ' +
    'institute agency administration council congress senate parliament court government network ' +
    'zeitung agentur verband partei regierung ministerium gericht universität gmbh asociación gobierno partido ministerio tribunal universidad ' +
    'gouvernement parti ministère université'
  ).split(' '),
);

/** Words that make a capitalised run an organisation or a place when they are its last word. */
const INSTITUTION_WORDS = new Set(
  (
    'house party committee department university college school association news times post journal herald tribune gazette daily ' +
    'court council congress senate parliament republicans democrats states state union nations street city county center centre ' +
    'foundation institute group company inc corp corporation bank network fund campaign administration service agency office ministry ' +
    'force army navy police church club channel media press magazine review network tv radio times republic kingdom island islands ' +
    'river mountain airport hotel park square hall tower bridge station road avenue north south east west united american national ' +
    'international federal global world organization organisation commission board authority government coalition alliance front ' +
    'movement league federation conference summit festival museum hospital clinic prison jail stadium arena democratic republican ' +
    'zeitung agentur verband partei regierung ministerium gericht stadt universität gmbh ag ' +
    'asociación gobierno partido ministerio tribunal ciudad universidad association gouvernement parti ministère ville université'
  ).split(' '),
);

/** Whether a run's words say it is an organisation or a place: its last word ("White House", "Wall Street"), or one word anywhere ("Fox News Channel"). */
export function namesInstitution(tokens: readonly string[]): boolean {
  return (
    tokens.length > 0 &&
    (INSTITUTION_WORDS.has(tokens[tokens.length - 1]!.toLowerCase()) || tokens.some((token) => ORGANISATION_WORDS.has(token.toLowerCase())))
  );
}

/** Titles, ranks, roles and nationality words that stand before a name and are not part of it. */
const TITLE_WORDS = new Set(
  (
    'mr mrs ms miss mx dr prof sir dame lord lady rev sen sens rep reps gov govs gen lt col capt sgt adm cmdr pres president vice prime minister staff ' +
    'secretary foreign defense defence finance interior justice home state chancellor premier mayor governor senator representative ' +
    'congressman congresswoman councilman councillor councilwoman judge justice chief executive ceo cfo coo chairman chairwoman chair ' +
    'director general spokesman spokeswoman spokesperson ambassador envoy commissioner superintendent sheriff officer detective inspector ' +
    'king queen prince princess pope cardinal bishop father sister brother coach manager captain striker goalkeeper professor doctor ' +
    'leader deputy assistant acting former late senior junior lawyer attorney actor actress singer star founder author editor reporter journalist speaker ' +
    'us u.s. american british uk french german japanese korean chinese russian ukrainian israeli palestinian indian canadian australian ' +
    'south north east west republican democratic democrat conservative labour liberal gop party house senate white national federal ' +
    'herr frau dr. monsieur madame señor señora signor signora don doña ' +
    'bürgermeister bürgermeisterin bundeskanzler bundeskanzlerin kanzler kanzlerin minister ministerin ministerpräsident ministerpräsidentin ' +
    'präsident präsidentin sprecher sprecherin chef chefin bundestagspräsidentin außenminister außenministerin ' +
    'président présidente ministre maire porte-parole premier première presidente ministro ministra alcalde alcaldesa portavoz sindaco ' +
    'senatore senatrice deputato deputata ' +
    // Roles written before a name, capitalised at a sentence's start or, in German, always.
    'colleague friend neighbour neighbor resident teacher student owner worker nurse farmer vendor expert analyst economist activist historian ' +
    'researcher scientist organizer organiser volunteer veteran lawmaker strategist pollster consultant adviser advisor aide commentator columnist ' +
    // Offices of local and state government written before a name ("Chicago Alderman Jason Ervin", "Assemblyman Dov Hikind").
    'alderman alderwoman alderperson assemblyman assemblywoman assemblymember councilmember delegate treasurer comptroller lieutenant supervisor rabbi imam reverend ' +
    // Military ranks spelled out: "Lieutenant Colonel Alexander Vindman" is Alexander Vindman, not "Colonel Alexander Vindman".
    'colonel sergeant admiral commander ' +
    'experte expertin abgeordnete abgeordneter ökonom ökonomin analystin chefvolkswirt chefvolkswirtin vorsitzende vorsitzender leiter leiterin ' +
    'direktor direktorin professorin trainer trainerin geschäftsführer geschäftsführerin anwalt anwältin richter richterin polizeisprecher ' +
    'polizeisprecherin landrat landrätin kollege kollegin nachbar nachbarin mitarbeiter mitarbeiterin forscher forscherin ' +
    'experto experta presidenta profesor profesora abogado abogada vecino vecina avocat avocate professeur expert ' +
    // German person nouns written before a name ("Lehrer Andreas Heller", "Rektorin Eileen Lyons"); as the last part of a
    // compound they make it a role too ("Mathelehrer", "Mitschüler"). Words that are also common surnames (Koch, Bauer,
    // Fischer, Schneider) are left out.
    'lehrer lehrerin rektorin schülerin studentin spielerin kapitän kapitänin ärztin pfarrerin ' +
    'pastorin autorin sängerin künstler künstlerin wissenschaftler wissenschaftlerin politiker politikerin aktivist aktivistin ' +
    'bewohner bewohnerin anwohner anwohnerin besitzer besitzerin inhaber inhaberin gründer gründerin kommissar kommissarin ' +
    'kandidatin berater beraterin referent referentin korrespondent korrespondentin journalistin reporterin moderatorin ' +
    'unternehmer unternehmerin händlerin polizist polizistin soziologe soziologin psychologe psychologin historiker historikerin ' +
    'kriminologe kriminologin politologe politologin staatsanwalt staatsanwältin gewerkschafter gewerkschafterin generalsekretär ' +
    'generalsekretärin redakteur redakteurin schauspieler schauspielerin musiker musikerin schriftsteller schriftstellerin verkäufer ' +
    'verkäuferin dozent dozentin bischöfin intendant intendantin koordinator koordinatorin'
  ).split(' '),
);

/** Ranks and offices: what stands before a name in a capitalised run is a description ("Florida Sen.", "Texas Lt. Gov."). */
const RANKS = new Set(
  (
    'mr mrs ms dr prof sir dame lord lady rev sen rep gov gen lt col capt sgt adm cmdr pres president minister secretary chancellor premier ' +
    'mayor governor senator representative congressman congresswoman judge justice chief ceo chairman chairwoman director spokesman spokeswoman ' +
    'spokesperson ambassador commissioner sheriff king queen prince princess pope cardinal bishop coach leader candidate nominee speaker ' +
    'alderman alderwoman alderperson assemblyman assemblywoman assemblymember councilmember treasurer comptroller lieutenant rabbi imam reverend ' +
    // Military ranks spelled out, and the second word of a compound rank or office: "Rear Admiral John Kirby", "Major General
    // John Smith", "Surgeon General Vivek Murthy". ("Major" itself is not one: "Major League Baseball", and a given name.)
    'colonel sergeant admiral commander general ' +
    // "Senate Intelligence Ranking Democrat Dianne Feinstein", "Texas Republican Louie Gohmert": a party member before a name describes it
    // (the two US parties only, from the English news this was measured on; other countries' party words are not listed).
    'democrat republican ' +
    'bürgermeister bürgermeisterin bundeskanzler bundeskanzlerin kanzler kanzlerin ministerin ministerpräsident ministerpräsidentin präsident präsidentin ' +
    'président présidente ministre maire presidente ministro ministra alcalde alcaldesa'
  ).split(' '),
);

/** Capitalised words that begin sentences and headings, not names. */
const NOT_NAME_WORDS = new Set(
  (
    'the a an and but or if when while as at in on of for to from by with after before during since this that these those there here ' +
    'it its he she they we i you his her their our my your what who why how where which however meanwhile also still yet so then ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december ' +
    'some many most all no every each other such more few several both another any ' +
    'der die das ein eine und aber le la les un une et mais el los las y pero il lo gli e ma'
  ).split(' '),
);

/**
 * Words that open a sentence before its subject, capitalised there like the name after them: German adverbs, prepositions
 * ("Laut Polizeisprecher …"), prepositions fused with an article, days and months ("Auch Teamkollege Lukas Brand …", "Am
 * Montag kam …"), and their French, Spanish, Italian and Portuguese kin with "according to" ("Selon Javier López, il faut
 * …"). They are taken off the front of a run only in their own language and only where the run opens its sentence:
 * elsewhere they are names or parts of one ("Juli Marsh", "Petra Freitag", "Segundo Ramírez", "Bei Lin"), and a name is
 * never cut at one partway through.
 */
const GERMAN_SENTENCE_OPENERS = new Set(
  (
    'auch doch dann nun jetzt zudem später schließlich danach daraufhin deshalb trotzdem gleichzeitig außerdem bereits ' +
    'am im beim vom zum zur ins seit nach bei mit für um laut ' +
    'montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz juni oktober dezember'
  ).split(' '),
);
const ROMANCE_SENTENCE_OPENERS = new Set(
  (
    'selon según segundo secondo pour para por par avec dans sur après avant desde tras durante sobre hacia sin embargo ' +
    'aussi ainsi pourtant toutefois cependant también además luego después entonces'
  ).split(' '),
);

/** The sentence openers of a language (by its code, "de", "fr-CH"), if it has a list. */
function sentenceOpenersOf(lang: string | undefined): ReadonlySet<string> | undefined {
  const language = lang?.toLowerCase().split(/[-_]/u)[0] ?? '';
  if (language === 'de') return GERMAN_SENTENCE_OPENERS;
  if (/^(?:fr|es|it|pt|ca|gl)$/u.test(language)) return ROMANCE_SENTENCE_OPENERS;
  return undefined;
}

/**
 * Capitalised words joined by spaces (never a line break), with the particles names carry. A word of four small letters
 * or more and a full stop ends a sentence, not an abbreviation ("Gov.", "Jr.", "J."): the run stops there, where a
 * sentence inside a quotation was not split ("… my work at the State Department. Not doing so …" is no "Department Not").
 */
const NAME_RUN =
  /(?<!\p{L}['’])[\p{Lu}][\p{L}\p{M}'’.-]*(?:(?<!\p{Ll}{4}\.)[ \t\u00a0]+(?:[\p{Lu}][\p{L}\p{M}'’.-]*|de|van|von|der|den|bin|ibn|al|da|di|del|la|le|du|dos|das)(?=[ \t\u00a0]|$|[,.;:!?”"’)]))*/gu;

/**
 * Initials ("E.", "H.W.") and "Jr."/"Sr." keep their full stop: it is part of the name, not a sentence's end. Without it
 * an initial reads as a one-letter word, and "E", "A", "I", "Y" are function words that end a run: "David E. Kendall"
 * was "David".
 */
const KEEPS_FULL_STOP = /^(?:(?:\p{Lu}\.)+|[JS]r\.)$/u;

function normaliseToken(token: string): string {
  const bare = token.replace(/[’']s$/u, '').replace(/[,;:!?”"’)]+$/u, '');
  return unglue(KEEPS_FULL_STOP.test(bare) ? bare : bare.replace(/\.+$/u, ''));
}

/**
 * German roles that are common surnames too ("Christian Schüler", "sagte Schüler"): no title, so a surname alone or after
 * a given name stays a name; but as the end of a compound ("Mitschüler", "Chefarzt", "Konrektor"), or alone before a full
 * name of two words ("Rektor Hans Berg"), they are a role, as any compound role is there.
 */
const COMPOUND_ONLY_ROLES = ['schüler', 'spieler', 'arzt', 'pfarrer', 'sänger', 'händler', 'rektor', 'bischof'];

/** Role words long enough to end a compound: "leiter" in Vertriebsleiter, "sprecher" in NDR-Sprecher. */
const ROLE_ENDINGS = [...[...TITLE_WORDS].filter((word) => word.length >= 5 && /^\p{L}+$/u.test(word)), ...COMPOUND_ONLY_ROLES];

function compoundRole(token: string): boolean {
  const lower = token.toLowerCase();
  if (COMPOUND_ONLY_ROLES.includes(lower) || ROLE_ENDINGS.some((role) => lower.length > role.length && lower.endsWith(role))) return true;
  // A German role in the dative plural ("von den Empa-Forschern Morten Hundt und Oleg Aseev", "den Experten Anna Berg und
  // …") ends in -n: it describes the names after it. (Only before a full name: compoundRole is asked with two words left.)
  const singular = lower.endsWith('n') ? lower.slice(0, -1) : '';
  return !!singular && (TITLE_WORDS.has(singular) || ROLE_ENDINGS.some((role) => singular.length > role.length && singular.endsWith(role)));
}

/** "Jr.", "Sr", "III": after a surname, not a name of its own. */
const GENERATIONAL_SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/iu;

/**
 * Runs already stripped, by their text (and the openers asked for). The same runs come back many times in an article
 * (every sentence that names "President Barack Obama", every lookup of "Obama"), and stripping one takes a dozen
 * regular expressions and set lookups. Bounded so that a long-lived page (the popup, a live blog) does not keep every
 * run it ever saw.
 */
let strippedRuns = new Map<string, readonly string[]>();
let strippedRunsByOpeners = new WeakMap<ReadonlySet<string>, Map<string, readonly string[]>>();
const STRIPPED_RUNS_KEPT = 5000;

let strippedRunsOf: string | undefined;

/**
 * Keeps the stripped runs of this text only: a run and its tokens are pieces of the text they came from, which V8 keeps
 * whole while a piece of it is kept (a long-lived background page read one live blog after another and kept them all).
 */
export function stripRunsOf(text: string): void {
  if (text === strippedRunsOf) return;
  strippedRunsOf = text;
  strippedRuns = new Map();
  strippedRunsByOpeners = new WeakMap();
}

function strippedRunsFor(openers: ReadonlySet<string> | undefined): Map<string, readonly string[]> {
  if (!openers) return strippedRuns;
  let runs = strippedRunsByOpeners.get(openers);
  if (!runs) strippedRunsByOpeners.set(openers, (runs = new Map<string, readonly string[]>()));
  return runs;
}

/**
 * A capitalised run with titles and nationality words taken off its front (and sentence openers). `openers`: the words of
 * the text's language that open a sentence before its subject, given only where the run opens its sentence.
 */
export function stripTitles(run: string, openers?: ReadonlySet<string>): string[] {
  const stripped = strippedRunsFor(openers);
  let tokens = stripped.get(run);
  if (!tokens) {
    if (stripped.size >= STRIPPED_RUNS_KEPT) stripped.clear();
    tokens = stripTitlesOf(run, openers);
    stripped.set(run, tokens);
  }
  // A copy: callers keep the tokens as a person's and may cut them.
  return [...tokens];
}

/** A Russian patronymic: "Владимирович", "Сергеевна". */
const PATRONYMIC = /(?:вич|вна|ична|инична)$/u;

/**
 * "пресс-секретарь Кремля Дмитрий Песков": in Cyrillic, three capitalised words with no patronymic among them are the
 * role's organisation or place in the genitive, then the given name and surname (a third word of a Russian name is its
 * patronymic).
 */
export function withoutGenitiveOwner(tokens: string[]): string[] {
  if (tokens.length !== 3 || !/^\p{Script=Cyrillic}/u.test(tokens[0]!) || tokens.some((token) => PATRONYMIC.test(token))) return tokens;
  return tokens.slice(1);
}

function stripTitlesOf(run: string, openers?: ReadonlySet<string>): string[] {
  const raw = run.split(/\s+/).filter(Boolean);
  // "MSNBC’s Rachel Maddow", "The Post's Dana Milbank": a possessive inside the run is the owner, and the name follows it.
  const owner = raw.findLastIndex((token, index) => index < raw.length - 1 && /\p{L}(?:[’']s|s[’'])$/u.test(token));
  const named = raw.slice(owner + 1);
  // A party's or an outlet's letters before a full name are no part of it: "le député LFI Éric Coquerel", "CNN Anderson
  // Cooper". Not before an article or a function word: in "betont HRW. Die Hamas …" the letters end a sentence.
  while (
    named.length > 2 &&
    /^\p{Lu}{2,}$/u.test(named[0]!) &&
    /^\p{Lu}\p{Ll}/u.test(named[1]!) &&
    !NOT_NAME_WORDS.has(named[1]!.toLowerCase()) &&
    !GERMAN_ARTICLE_OR_PRONOUN.test(named[1]!)
  )
    named.shift();
  const tokens = withoutGenitiveOwner(named.map(normaliseToken).filter(Boolean));
  while (tokens.length && (TITLE_WORDS.has(tokens[0]!.toLowerCase()) || NOT_NAME_WORDS.has(tokens[0]!.toLowerCase()) || openers?.has(tokens[0]!.toLowerCase())))
    tokens.shift();
  // A compound that ends in a role is a role ("Vertriebsleiter Robert Weiss", "NDR-Sprecher Wilfried Hark", "Co-Chefin …").
  while (tokens.length > 2 && compoundRole(tokens[0]!)) tokens.shift();
  // An article left in front is the role's genitive, not a name's particle: "Schulleiterin der MS Egger-Lienz".
  while (tokens.length > 1 && /^(?:der|die|das|dem|den|des)$/u.test(tokens[0]!)) tokens.shift();
  // A rank inside the run ends the description before the name: "Texas Lt. Gov. Dan Patrick" -> "Dan Patrick", and before a
  // surname alone: "Ohio Gov. Kasich" -> "Kasich" (who is John Kasich), not a person "Ohio Gov Kasich".
  // A generational suffix is not the name's last word: in "Martin Luther King Jr." the rank word is the surname.
  let nameEnd = tokens.length;
  while (nameEnd > 1 && GENERATIONAL_SUFFIX.test(tokens[nameEnd - 1]!)) nameEnd--;
  for (let index = nameEnd - 2; index >= 0; index--) {
    if (RANKS.has(tokens[index]!.toLowerCase())) {
      tokens.splice(0, index + 1);
      break;
    }
  }
  // A day, a month or a function word inside a run ends the name: "New Hampshire Monday", "Mexico Those". Not the article of
  // a particle after a given name: "Ursula von der Leyen" (after a full name it is an employer's, "Simone Vintz von der Stiftung").
  const particleArticle = (index: number) => index === 2 && index < tokens.length - 1 && /^(?:von|van|de)$/u.test(tokens[1]!);
  // Nor the "und" of "von und zu" ("Karl Theodor von und zu Brandenstein").
  const nobleAnd = (index: number) => tokens[index] === 'und' && tokens[index - 1] === 'von' && tokens[index + 1] === 'zu';
  // Nor an article written with a capital inside a name, where the language's own article is in lower case: "Bruno Le Maire",
  // "Tony La Russa", "Mohamed El Baradei" (a clause opening after a name, "Mexico The …", is another word).
  const capitalisedParticle = (index: number) => index < tokens.length - 1 && /^(?:Le|La|El)$/u.test(tokens[index]!);
  const stop = tokens.findIndex(
    (token, index) => index > 0 && NOT_NAME_WORDS.has(token.toLowerCase()) && !particleArticle(index) && !nobleAnd(index) && !capitalisedParticle(index),
  );
  if (stop > 0) tokens.length = stop;
  // A particle never ends a name: "Simone Vintz von [der Stiftung Warentest]".
  while (tokens.length > 1 && /^(?:von|vom|van|de|del|da|di|du|la|le|der|den|zu|bin|al)$/u.test(tokens[tokens.length - 1]!)) tokens.pop();
  // "Brent Bozell III": a generational number is not how the article calls him later.
  while (tokens.length > 2 && /^(?:II|III|IV)$/u.test(tokens[tokens.length - 1]!)) tokens.pop();
  // A middle initial never ends a name: a single letter and a full stop at the end is a sentence's end ("said Malcolm X.").
  const last = tokens[tokens.length - 1];
  if (tokens.length > 1 && last && /^\p{Lu}\.$/u.test(last)) tokens[tokens.length - 1] = last.slice(0, -1);
  return tokens;
}

/** Initials only ("E.", "H.W."): no surname, whether or not it stands alone. */
const INITIALS = /^\p{Lu}\.?$|^(?:\p{Lu}\.)+$/u;

/** How a word of a name is compared: lower case, without the full stops of initials ("B." is "b", "U.S." is "us"). */
function tokenKey(token: string): string {
  return token.replace(/\./gu, '').toLowerCase();
}

/** How names are compared: "James B. Comey" and "James B Comey" are one person. */
function nameKey(tokens: readonly string[]): string {
  return tokens.map(tokenKey).join(' ');
}

/**
 * How well a mention's key matches a full name's: 3 the same name, 2 its tail (a surname, "Blinken"), 1 its head (an
 * East Asian family name, "Park"), 0 not this person.
 */
function nameMatch(full: string, mention: string): number {
  if (full === mention) return 3;
  if (full.endsWith(` ${mention}`)) return 2;
  if (full.startsWith(`${mention} `)) return 1;
  return 0;
}

/** The title and role words in front of a capitalised run, lower case: "Texas Lt. Gov. Dan Patrick" -> ["texas", "lt.", "gov."]. */
export function titlesOf(run: string): string[] {
  const words = run.split(/\s+/).filter(Boolean);
  const titles: string[] = [];
  for (const word of words) {
    const lower = word.toLowerCase();
    if (!TITLE_WORDS.has(lower) && !TITLE_WORDS.has(lower.replace(/\.$/, ''))) break;
    titles.push(lower);
  }
  return titles;
}

function hadTitle(run: string): boolean {
  const first = run.split(/\s+/)[0]?.toLowerCase() ?? '';
  return TITLE_WORDS.has(first.replace(/\.$/, '')) || TITLE_WORDS.has(first);
}

/** Capitalised runs of two to four words (after titles), with where they start; a run never crosses a sentence. */
interface NameRun {
  tokens: string[];
  start: number;
  titled: boolean;
  titles: string[];
  /** The run opens its sentence (after quotation marks and dashes at most): its first word is capitalised for that alone. */
  opensSentence: boolean;
  /** An article stands right before it, and no title ("the Trump Train", not "the Rev. Jesse Jackson"). */
  afterArticle: boolean;
}

/**
 * German capitalises nouns, so a capitalised run can go on past a name into the verb's object or a genitive: "sieht
 * Facebook den Kampf …", "Anna Berg der Firma …". An article there ends the name, unless a particle comes before it
 * ("Ursula von der Leyen", "Alexander Van der Bellen"); Dutch names keep theirs ("Joop den Uyl"), since only German
 * text is cut. A pronoun ends it too: "Sie sagt: „Bestrafen Sie sich nicht …“" names no "Bestrafen Sie".
 */
const GERMAN_ARTICLE_OR_PRONOUN = /^(?:der|die|das|dem|den|des|Sie|Er|Es|Ich|Wir|Ihr|Ihnen|Du)$/u;

function cutGermanRuns(runs: NameRun[]): void {
  for (const run of runs) {
    const end = run.tokens.findIndex((token, index) => GERMAN_ARTICLE_OR_PRONOUN.test(token) && !/^(?:von|van|vom|de)$/iu.test(run.tokens[index - 1] ?? ''));
    if (end >= 0) run.tokens = run.tokens.slice(0, end);
  }
  // A run cut to one word is no full name, as sentenceNameRuns keeps none.
  for (let index = runs.length - 1; index >= 0; index--) if (runs[index]!.tokens.length < 2) runs.splice(index, 1);
}

function nameRuns(text: string, sentences: { start: number; end: number }[], openers?: ReadonlySet<string>): NameRun[] {
  const runs: NameRun[] = [];
  for (const sentence of sentences) {
    for (const run of sentenceNameRuns(text.slice(sentence.start, sentence.end), openers)) runs.push({ ...run, start: run.start + sentence.start });
  }
  return runs;
}

/**
 * "Maybe Trump", "Because Pete Santilli", "Like Rove": a run that opens its sentence with a word the article
 * also writes in lower case begins with a common word, capitalised only for the sentence. Unless the whole run
 * also stands inside a sentence somewhere ("Bill Clinton", where "bill" is a common word too), that word goes.
 */
function dropSentenceOpeners(runs: NameRun[], text: string, english: boolean): void {
  const inside = new Set(runs.filter((run) => !run.opensSentence).map((run) => run.tokens.join(' ')));
  const lower = lowerCaseWords(text);
  for (const run of runs) {
    // A conjunction opens a clause wherever it stands, even where the segmenter saw no sentence start (". . . Because Pete Santilli got …"),
    // and before a surname alone too ("Maybe Trump will win …" names no "Maybe Trump").
    // The list is of English words: elsewhere they are names ("Even Ulving Nilsen" in Norwegian, "Just" in Danish).
    if (english && run.tokens.length >= 2 && CLAUSE_OPENER.test(run.tokens[0]!)) {
      run.tokens = run.tokens.slice(1);
      continue;
    }
    if (!run.opensSentence || run.titled || inside.has(run.tokens.join(' '))) continue;
    if (lower.has(run.tokens[0]!.toLowerCase())) run.tokens = run.tokens.slice(1);
  }
}

/** English conjunctions and clause adverbs that are never the first word of a name. */
const CLAUSE_OPENER = /^(?:Because|Although|Though|But|And|Or|When|While|If|Unless|Until|Since|After|Before|Then|Now|Still|Yet|Maybe|Perhaps|Even|Also|Just)$/u;

/**
 * "PMDonald Trump", "ReplyPaige Lavender": a page's buttons and time stamps glued to a name by text extraction. The glued
 * head is a run of capitals ("PM") or several capitalised words ("FlagShareLikeReply"); one inner capital stays ("McCarthy", "DeSantis").
 */
function unglue(token: string): string {
  const afterCapitals = /^\p{Lu}{2,}(\p{Lu}\p{Ll}{2,})$/u.exec(token)?.[1];
  if (afterCapitals) return afterCapitals;
  const words = token.match(/\p{Lu}\p{Ll}+/gu);
  return words && words.length >= 3 && words.join('') === token ? words[words.length - 1]! : token;
}

function sentenceNameRuns(text: string, openers?: ReadonlySet<string>): NameRun[] {
  const runs: NameRun[] = [];
  for (const match of text.matchAll(NAME_RUN)) {
    const opensSentence = /^[\s“"‘'«„(—–-]*$/u.test(text.slice(0, match.index));
    const tokens = stripTitles(match[0], opensSentence ? openers : undefined);
    if (tokens.length < 2 || tokens.length > 4) continue;
    // All-capital runs are acronyms and shouting headlines, not names.
    if (tokens.every((token) => token === token.toUpperCase())) continue;
    const offset = match[0].indexOf(tokens[0]!);
    // The lower-case role words just before the run count too: "spokeswoman Jen Psaki", "colleague Pat Pallett".
    const before = text.slice(Math.max(0, match.index - 40), match.index);
    const role = /([\p{Ll}-]+)\s+$/u.exec(before)?.[1];
    const titles = titlesOf(match[0]);
    if (role && TITLE_WORDS.has(role)) titles.unshift(role);
    const afterArticle = offset === 0 && /(?:^|[^\p{L}])(?:the|a|an)\s+$/u.test(before);
    runs.push({
      tokens,
      start: match.index + Math.max(0, offset),
      titled: hadTitle(match[0]) || (!!role && TITLE_WORDS.has(role)),
      titles,
      opensSentence,
      afterArticle,
    });
  }
  return runs;
}

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const SPACE = /\s/u;
const WORD_CHAR = /[\p{L}'’.-]/u;

/** Whether `text` has a letter at `index` (false outside the text). */
function letterAt(text: string, index: number): boolean {
  return index >= 0 && index < text.length && LETTER.test(text[index]!);
}

/** Whitespace, then a capital letter, from `at`. */
function capitalisedWordFollows(text: string, at: number): boolean {
  let index = at;
  while (index < text.length && SPACE.test(text[index]!)) index++;
  return index > at && index < text.length && UPPER.test(text[index]!);
}

/** A word with a capital in it, then one whitespace character, right before `at`. */
function capitalisedWordPrecedes(text: string, at: number): boolean {
  if (at < 2 || !SPACE.test(text[at - 1]!)) return false;
  for (let index = at - 2; index >= 0 && WORD_CHAR.test(text[index]!); index--) {
    if (UPPER.test(text[index]!)) return true;
  }
  return false;
}

export class PeopleIndex {
  private readonly people: PersonName[] = [];

  /**
   * `english`: the text is English, whose conjunctions ("Because", "Even") are dropped from the front of a name. `lang`: the
   * text's language, whose sentence openers are dropped from the front of a run that opens its sentence.
   */
  constructor(
    text: string,
    sentences: { start: number; end: number }[],
    speakers: string[] = [],
    { english = true, lang }: { english?: boolean; lang?: string } = {},
  ) {
    const openers = sentenceOpenersOf(lang);
    const runs = nameRuns(text, sentences, openers);
    if (openers === GERMAN_SENTENCE_OPENERS) cutGermanRuns(runs);
    dropSentenceOpeners(runs, text, english);
    const spoken = new Set(speakers.map((speaker) => speaker.toLowerCase()));
    // "Billionaire Donald Trump", "Year Barack Obama": a run that ends with a name the article also gives alone is that name.
    const fulls = new Set(runs.map((run) => nameKey(run.tokens)));
    for (const run of runs) {
      if (run.tokens.length < 2) continue;
      for (let drop = 1; drop <= run.tokens.length - 2; drop++) {
        if (fulls.has(nameKey(run.tokens.slice(drop)))) {
          run.tokens = run.tokens.slice(drop);
          break;
        }
      }
      const full = run.tokens.join(' ');
      const known = this.byFull.get(nameKey(run.tokens));
      if (known) {
        for (const title of run.titles) if (!known.titles.includes(title)) known.titles.push(title);
        continue;
      }
      // A word of the run used alone marks a person named by surname or family name ("Blinken", "Park").
      const usedAlone = run.tokens.some((token) => !INITIALS.test(token) && this.countAlone(text, token) > 0);
      const strong = run.titled || usedAlone || spoken.has(full.toLowerCase());
      // Every other run is kept as a weaker candidate: "Josh Hendler, a Democratic tech operative, warned …" names a person once.
      // The head word (the last) says what a run is: "Central Park" is a place, "Park Jin" a person; a few words are organisations anywhere ("Fox News Channel").
      const institution = namesInstitution(run.tokens);
      // (English articles only: the Romance "a" before a name is "to", "dijo a Pedro Sánchez".)
      const afterArticle = english && run.afterArticle;
      this.remember({ full, tokens: run.tokens, firstSeen: run.start, titles: [...run.titles], strong, institution, afterArticle });
    }
    // A full name an attribution gave with "von und zu" ("sagte Karl Theodor von und zu Brandenstein") is a person, though the
    // capitalised runs take neither "und" nor "zu". "zu" alone german.ts never puts inside a name: "sagte X zu Y" names the one
    // spoken to (or "zu Beginn") far more often than a noble name written without "von und".
    for (const speaker of speakers) {
      const tokens = stripTitles(speaker);
      const full = tokens.join(' ');
      if (tokens.length < 4 || this.byFull.has(nameKey(tokens)) || !/ von und zu /u.test(` ${full} `)) continue;
      const at = text.indexOf(full);
      if (at < 0) continue;
      this.remember({ full, tokens, firstSeen: at, titles: [], strong: true, institution: namesInstitution(tokens) });
    }
  }

  /**
   * How often a word stands without a capitalised neighbour (as a surname does after its first mention):
   * not right after a capitalised word and a space, not part of a longer word, not before another capitalised word.
   * A scan with indexOf and a look at the neighbours: a regular expression with a look-behind per name was a
   * third of the time Lucid spent finding quotes.
   */
  private countAlone(text: string, token: string): number {
    const known = this.alone.get(token);
    if (known !== undefined) return known;
    const count = this.scanAlone(text, token);
    this.alone.set(token, count);
    return count;
  }

  /** Each word is scanned for once: a live blog repeats the same names thousands of times. */
  private readonly alone = new Map<string, number>();

  private scanAlone(text: string, token: string): number {
    if (token.length < 2) return 0;
    let count = 0;
    for (let at = text.indexOf(token); at !== -1; at = text.indexOf(token, at + 1)) {
      const end = at + token.length;
      if (letterAt(text, end)) continue;
      if (capitalisedWordFollows(text, end) || capitalisedWordPrecedes(text, at)) continue;
      count++;
      // Only whether it ever stands alone matters.
      break;
    }
    return count;
  }

  /** A name the article gives once, as a clause's subject ("Biden rubbished …"): known from here on, as a weak candidate. */
  add(tokens: string[], at: number): PersonName {
    const full = tokens.join(' ');
    const known = this.byFull.get(nameKey(tokens));
    if (known) return known;
    const person: PersonName = {
      full,
      tokens,
      firstSeen: at,
      titles: [],
      strong: false,
      institution: namesInstitution(tokens),
    };
    this.remember(person);
    this.found.clear();
    return person;
  }

  get all(): readonly PersonName[] {
    return this.people;
  }

  /**
   * The fullest name the article gave for a mention: "Blinken" -> "Antony
   * Blinken", "Park" -> "Park Jin", "Mr. Obama" -> "Barack Obama". A mention
   * that matches no one comes back as it was.
   */
  resolve(mention: string, before = Number.POSITIVE_INFINITY): string {
    const tokens = stripTitles(mention);
    if (tokens.length === 0) return mention.trim();
    return this.find(mention, before)?.full ?? tokens.join(' ');
  }

  /** The person a mention names, if the article introduced them ("Blinken" -> Antony Blinken). */
  find(mention: string, before = Number.POSITIVE_INFINITY): PersonName | undefined {
    const key = `${mention}\u0000${before}`;
    if (this.found.has(key)) return this.found.get(key);
    const person = this.search(mention, before);
    this.found.set(key, person);
    return person;
  }

  /** Lookups cost a scan of everyone: the same mention is looked up many times. */
  private readonly found = new Map<string, PersonName | undefined>();

  private search(mention: string, before: number): PersonName | undefined {
    const tokens = stripTitles(mention);
    if (tokens.length === 0) return undefined;
    // Every match holds the mention's last word: only the people with that word are scored (a live blog names thousands).
    const candidates = (this.byToken.get(tokenKey(tokens[tokens.length - 1]!)) ?? []).filter(
      (person) => person.firstSeen <= before || before === Number.POSITIVE_INFINITY,
    );
    const joined = nameKey(tokens);
    // The mention is a full name already, or the tail (surname) or head (East Asian family name) of one.
    const scored = candidates
      .map((person) => ({ person, score: nameMatch(nameKey(person.tokens), joined) }))
      // "For those of you not yet on the Trump Train": "Trump" alone is not the thing named after him.
      .filter((entry) => entry.score > 1 || (entry.score === 1 && !entry.person.afterArticle))
      // A name is a person before an institution that opens with it ("Hillary" is Hillary Clinton, not "Hillary Clinton White House");
      // a first or family name is the shortest run it opens, a surname the fullest run it ends.
      .sort(
        (a, b) =>
          b.score - a.score ||
          Number(b.person.strong) - Number(a.person.strong) ||
          Number(a.person.institution) - Number(b.person.institution) ||
          (a.score === 1 ? a.person.tokens.length - b.person.tokens.length : b.person.tokens.length - a.person.tokens.length),
      );
    return scored[0]?.person;
  }

  private readonly byToken = new Map<string, PersonName[]>();
  private readonly byFull = new Map<string, PersonName>();

  /** The most words any known name has: a mention longer than this by more than its titles can name no one. */
  get longestName(): number {
    return this.longest;
  }

  private longest = 0;

  private remember(person: PersonName): void {
    this.people.push(person);
    this.longest = Math.max(this.longest, person.tokens.length);
    this.byFull.set(nameKey(person.tokens), person);
    for (const token of new Set(person.tokens.map(tokenKey))) {
      const list = this.byToken.get(token);
      if (list) list.push(person);
      else this.byToken.set(token, [person]);
    }
  }

  /** Whether a mention names one of the article's people. */
  knows(mention: string): boolean {
    const tokens = stripTitles(mention);
    const joined = nameKey(tokens);
    if (!joined) return false;
    return (this.byToken.get(tokenKey(tokens[tokens.length - 1]!)) ?? []).some((person) => person.strong && nameMatch(nameKey(person.tokens), joined) > 0);
  }
}
