/**
 * The subject of an English clause, read from its start: who a sentence
 * that quotes a phrase is about ("Clinton celebrated in Florida, declaring
 * it “another super Tuesday”" -> Clinton, not Florida).
 *
 * Openings that are not the subject go first: a live blog's time stamp, a
 * dateline, "But", an introductory phrase up to its comma ("Asked about
 * Trump, …", "Wednesday at the debate, …"). Then the noun phrase runs until
 * its verb: a verb of a short list, a word in -ed, or an adverb in -ly. A
 * plural noun ("lawmakers") is not taken for a verb: only the -s verbs news
 * uses are.
 */
import { SPEECH_VERB_WORDS_EN } from './attribution.ts';

export interface ClauseSubject {
  /** The words of the subject as written: "Texas Lt. Gov. Dan Patrick", "the Florida senator", "she". */
  text: string;
  kind: 'name' | 'pronoun' | 'description';
}

/** Verbs that follow a subject in news, beyond words in -ed: irregular pasts, and the -s forms (a bare -s word is taken for a plural noun). */
const VERBS = new Set(
  (
    'is was are were has had have will would can could may might must shall should did does do ' +
    'said says told tells went goes took takes made makes got gets gave gives came comes won wins lost loses met meets left leaves ran runs ' +
    'saw sees put puts set sets led leads held holds kept keeps sent sends spent spends felt feels thought thinks brought brings built builds ' +
    'became becomes began begins wrote writes spoke speaks knew knows found finds stood stands sought seeks struck strikes threw throws ' +
    'adds argues asks believes calls claims comments complains concedes continues declares denies describes explains hopes insists ' +
    'joins jokes lays likes looks needs notes offers plans points predicts promises questions recalls refers remains repeats replies ' +
    'responds reports says seems sounds stresses suggests tweets urges vows wants warns wonders accuses attacks blames blasts criticizes ' +
    'criticises defends dismisses hails mocks praises rejects slams touts wrote read reads sang sings shot shoots hit hits cut cuts quit quits'
  ).split(' '),
);

/** Negated auxiliaries ("didn’t", "doesn’t", read without their apostrophe) end a subject as their verbs do. */
const NEGATED = new Set('didnt doesnt dont isnt wasnt wont cant couldnt wouldnt shouldnt hasnt havent hadnt arent werent'.split(' '));
/** Adverbs that stand between a subject and its verb without -ly: "Trump then accused …", "Bush also attacked …". */
const MIDDLE_ADVERBS = new Set('also then never still just already again even once later further often always sometimes ever soon quickly however'.split(' '));

const DETERMINERS = new Set(
  'the a an his her their its this that these those some many several one two three four five another each every no any both all most few'.split(' '),
);
const PREPOSITIONS = new Set(
  'of for at in from with on by to about against over under after before during since like than as into onto near among between'.split(' '),
);
/** Capitalised words that open a sentence or name a time, never a subject. */
const NOT_SUBJECT = new Set(
  (
    'it this that there here what which who why how where when while if as because although though however meanwhile still yet so then also but and or ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december ' +
    'today yesterday tonight last next earlier later along alongside apart aside besides beyond regarding thanks together even'
  ).split(' '),
);
const PRONOUNS = new Set('he she they we i'.split(' '));
/** Offices named with "of": "Secretary of State", "Director of National Intelligence". */
const OFFICE = /^(?:Secretary|Minister|Director|Chief|Chairman|Chairwoman|Chair|Head|Commissioner|Administrator|Speaker|Attorney|Surgeon|Chancellor)$/u;

/** A live blog's "9:30 p.m.", "___.", a dateline "RENO, Nev. (AP) —", "DECATUR, Ill. —" or "WASHINGTON, June 10 (UPI) —", bullets and quotation marks at the start. */
const LEADING_NOISE =
  /^(?:\s|[_•·*–—-]+\.?|\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\b)?\s*:?|[A-Z][A-Z .,'’-]{2,}(?:,\s*[A-Z][a-z]{1,4}\.(?=\s))?(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([^)]{1,20}\))?\s*[—–-]|\([^)]{1,20}\)\s*[—–-]|[“"«„‘])+/u;
const LEADING_ADVERB =
  /^(?:but|and|so|yet|still|now|then|meanwhile|however|instead|also|indeed|later|earlier|today|separately|similarly|likewise|moreover|finally|again|even so|in fact),?\s+/iu;
/**
 * A span of time before "later", "earlier" or "ago" opens a sentence: "Hours later, Trump …", "Two days earlier, …". Its
 * last word names a time: "Smith later, in a statement, called …" opens with its subject.
 */
const LEADING_TIME_SPAN =
  /^(?:\p{L}+\s+)?(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|moments?|weekends?)\s+(?:later|earlier|ago),\s+/iu;
/** An opening phrase up to its comma: a preposition, a subordinator, a participle, a time. */
const INTRODUCTION =
  /^(?:(?:after|before|when|while|as|since|if|although|though|because|once|until|unless|asked|speaking|in|on|at|during|following|despite|with|without|according|like|unlike|for|from|by|under|over|here|amid|among|along|alongside|apart|aside|besides|beyond|regarding|thanks|together|throughout|across|around|through|toward|towards|upon|within|to|addressing|responding|reacting|writing|appearing|last|this|on|early|late|earlier|later|\p{Ll}+ing)\b|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\b)[^,]{0,120},\s*/iu;

function bare(word: string): string {
  return word
    .toLowerCase()
    .replace(/[’']s?$/u, '')
    .replace(/[^\p{L}\p{N}-]/gu, '');
}

/**
 * "New Jersey’s sitting governor,", "Florida’s former governor,", "the campaign’s chairman,": capitalised words ending in a
 * possessive, then lower-case words up to a comma — a description of the name before it, not a new clause's subject.
 */
function isPossessiveApposition(words: string[]): boolean {
  let index = 0;
  while (index < words.length && index < 4 && /^\p{Lu}/u.test(words[index]!) && !/[’']s?$/u.test(words[index]!)) index++;
  if (index >= words.length || !/^\p{Lu}[\p{L}.-]*[’']s?$/u.test(words[index]!)) return false;
  for (let at = index + 1; at < words.length && at <= index + 5; at++) {
    const word = words[at]!;
    if (!/^\p{Ll}/u.test(word)) return false;
    if (/,$/u.test(word)) return true;
  }
  return false;
}

/** The subject at the start of a clause, or undefined when it cannot be read. */
export function clauseSubject(clause: string): ClauseSubject | undefined {
  // "Sen. Rand Paul (R-Ky.) said …", "Gov. Chris Christie (R), a staunch ally, …": a party and state in parentheses are no words of the subject.
  // So is one set off by commas ("Sen. Rand Paul, R-Ky., told …"): it is no place that closes an opening phrase.
  let text = clause.replace(/\s*\([^()]{1,30}\)(?=[\s,])/gu, '').replace(/,\s+[RDI]-[A-Z][A-Za-z]{0,5}\.?(?=,)/gu, '');
  for (let pass = 0; pass < 4; pass++) {
    const before = text;
    // "81-year-old Parker Eaton, a nominal Republican, said …": the age before a name is no word of it.
    text = text
      .replace(LEADING_NOISE, '')
      .replace(LEADING_ADVERB, '')
      .replace(LEADING_TIME_SPAN, '')
      .replace(/^\d{1,3}-year-old\s+(?=\p{Lu})/u, '');
    const intro = INTRODUCTION.exec(text);
    // An introduction that holds the only verb-free run before a comma; not "Clinton, a Democrat, …" (a name first).
    // "On Thursday," and "In Iowa," are capitalised runs before a comma too, but open with a preposition or a time word.
    const opener = bare(/^\S*/u.exec(text)![0]);
    const nameFirst = /^\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*,/u.test(text) && !PREPOSITIONS.has(opener) && !NOT_SUBJECT.has(opener);
    if (intro && !nameFirst) text = text.slice(intro[0].length);
    if (text === before) break;
  }
  let words = text.split(/\s+/u).filter(Boolean);
  // "…in Salem, New Hampshire, Trump went after Bush": a place closing the introduction, then the subject.
  // A name followed by a comma and another capitalised name is not "Clinton, a Democrat, …" (an apposition opens in lower case).
  for (let pass = 0; pass < 2; pass++) {
    const comma = words.findIndex((word, index) => index < 4 && /,$/u.test(word));
    const allCapitalised = comma >= 0 && words.slice(0, comma + 1).every((word) => /^\p{Lu}/u.test(word));
    // "… in St. Clairsville, Ohio, 62-year-old Brenda Johnson also railed …": an age before the name after the place is no word of it.
    const aged = comma >= 0 && /^\d{1,3}-year-old$/u.test(words[comma + 1] ?? '') && /^\p{Lu}/u.test(words[comma + 2] ?? '') ? 1 : 0;
    const next = words[comma + 1 + aged];
    if (!allCapitalised || !next || !/^\p{Lu}/u.test(next) || NOT_SUBJECT.has(bare(next)) || DETERMINERS.has(bare(next))) break;
    // "Christie, New Jersey’s sitting governor, repeated …": a possessive name and a lower-case noun after the comma make an
    // apposition to the name before it, which stays the subject.
    if (isPossessiveApposition(words.slice(comma + 1))) break;
    words = words.slice(comma + 1 + aged);
  }
  // "Specifically, he thought …", "Ultimately, she …": one word and a comma before a pronoun open the clause; the pronoun is its subject.
  if (words.length > 2 && /^\p{Lu}\p{Ll}+,$/u.test(words[0]!) && PRONOUNS.has(bare(words[1]!))) words = words.slice(1);
  const first = words[0];
  if (!first) return undefined;
  if (PRONOUNS.has(bare(first)) && /^\p{L}+$/u.test(first.replace(/[,]$/u, ''))) return { text: first.replace(/,$/u, ''), kind: 'pronoun' };
  const phrase: string[] = [];
  for (let index = 0; index < words.length && phrase.length < 9; index++) {
    const word = words[index]!;
    const lower = bare(word);
    const capital = /^\p{Lu}/u.test(word);
    const previous = phrase[phrase.length - 1];
    const afterDeterminer = !!previous && (DETERMINERS.has(bare(previous)) || /[’']s?$/u.test(previous));
    // "Former Secretary of State Hillary Clinton": "of" inside an office's title, between capitalised words, does not end the subject.
    const next = words[index + 1];
    if (lower === 'of' && previous && OFFICE.test(previous) && next && /^\p{Lu}/u.test(next)) {
      phrase.push(word);
      continue;
    }
    if (phrase.length > 0 && !capital) {
      const isVerb =
        VERBS.has(lower) ||
        SPEECH_VERB_WORDS_EN.has(lower) ||
        NEGATED.has(lower) ||
        MIDDLE_ADVERBS.has(lower) ||
        (/ed$/u.test(lower) && !afterDeterminer) ||
        /ly$/u.test(lower);
      if (isVerb || PREPOSITIONS.has(lower) || lower === 'who' || lower === 'which' || lower === 'and' || lower === 'or') break;
    }
    if (phrase.length === 0 && capital && NOT_SUBJECT.has(lower)) return undefined;
    if (!capital && phrase.length === 0 && !DETERMINERS.has(lower)) return undefined;
    if (/^[“"«„(]/u.test(word)) return undefined;
    phrase.push(word);
    // A comma closes the phrase: an apposition follows ("Clinton, a Democrat, did …").
    if (/[,;:]$/u.test(word)) break;
  }
  const cleaned = phrase.map((word) => word.replace(/[,;:]$/u, ''));
  const last = cleaned[cleaned.length - 1];
  if (!last || (cleaned.length === phrase.length && phrase.length === words.length)) return undefined;
  const text2 = cleaned.join(' ');
  if (/^\p{Lu}/u.test(last) && !/[’']s?$/u.test(last)) return NOT_SUBJECT.has(bare(last)) ? undefined : { text: text2, kind: 'name' };
  if (DETERMINERS.has(bare(cleaned[0]!)) && cleaned.length >= 2 && !DETERMINERS.has(bare(last))) return { text: text2, kind: 'description' };
  return undefined;
}
