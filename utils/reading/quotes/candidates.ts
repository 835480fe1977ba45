/**
 * Who else could have said it: for each quotation, the speaker the
 * attribution rules found and the other people named around it (in its
 * sentence, the three before, the one after, and the speaker of the
 * quotation before), each described by a few plain features — where the
 * name stands, whether a verb of saying is next to it, whether it is its
 * sentence's subject, whether it spoke just before, whether its gender fits
 * the "he" or "she" of the attribution. speaker-model.ts weighs them.
 *
 * The features are language-neutral facts about positions, the rules' own
 * verdict and the article's people; the word lists they use (verbs of
 * saying, pronouns, titles) are those of the rules.
 */
import { SENTENCE_REACH } from './reach.ts';
import { sentenceAtOrLast, type Sentence } from '../sentences.ts';
import type { QuoteSpan } from './marks.ts';
import type { PersonName } from './people.ts';
import { pronounGender, type Discourse, type Mention } from './discourse.ts';
import { VERB_AFTER_NAME, VERB_BEFORE_NAME } from './attribution.ts';

/**
 * Features of the quotation, weighed for "no one here said it": the kind of attribution the rules found
 * (or none), whether the quotation stands alone, how many people the article names.
 */
const QUOTE_FEATURES = [
  'none-bias',
  'quote-rule-none',
  'quote-rule-after',
  'quote-rule-before',
  'quote-rule-pronoun',
  'quote-rule-continued',
  'quote-rule-guess',
  'quote-rule-description',
  'quote-stands-alone',
  'quote-short',
  'quote-continued',
  'article-people',
  'candidates',
] as const;

/** The candidate is the rules' answer, by how they found it. */
const RULE_FEATURES = ['rule-after', 'rule-before', 'rule-pronoun', 'rule-continued', 'rule-guess', 'rule-description'] as const;

/**
 * Features about a candidate, weighed apart for each kind of quotation: one the rules attributed by name
 * ("Blinken said"), one attributed by a pronoun ("he said"), one with no attribution of its own.
 */
const CANDIDATE_FEATURES = [
  'before-same',
  'before-1',
  'before-2',
  'before-3',
  'after-same',
  'after-next',
  'subject',
  'verb-near',
  'paragraph-back',
  'nearest-before',
  'nearest-subject',
  'possessive',
  'object',
  'previous-speaker',
  'previous-speaker-same-paragraph',
  'recent-speaker',
  'spoke-elsewhere',
  'log-mentions',
  'log-window-mentions',
  'subject-ratio',
  'place-ratio',
  'institution',
  'description',
  'strong',
  'full-name',
  'named-in-quote',
  'gender-agrees',
  'gender-disagrees',
  'gender-unknown',
  'nearest-agreeing',
  'others-agreeing',
] as const;

const BLOCKS = ['named', 'pronoun', 'open'] as const;
type Block = (typeof BLOCKS)[number];
type QuoteFeature = (typeof QUOTE_FEATURES)[number];
type RuleFeature = (typeof RULE_FEATURES)[number];
type CandidateFeature = (typeof CANDIDATE_FEATURES)[number];

/** The features, in the order the model weighs them. */
export const FEATURES: readonly string[] = [
  ...QUOTE_FEATURES,
  ...RULE_FEATURES,
  ...BLOCKS.flatMap((block) => CANDIDATE_FEATURES.map((name) => `${block}:${name}`)),
];

const INDEX = new Map<string, number>(FEATURES.map((name, index) => [name, index]));

/** Each block's candidate features by name, looked up without building a "block:name" string for every feature of every candidate. */
const BLOCK_INDEX = new Map<Block, Map<CandidateFeature, number>>(
  BLOCKS.map((block) => [block, new Map(CANDIDATE_FEATURES.map((name) => [name, INDEX.get(`${block}:${name}`)!]))]),
);

/** What the attribution rules said about one quotation. */
export interface RuleAnswer {
  span: QuoteSpan;
  /** The speaker shown by the rules ('' when none). */
  speaker: string;
  person?: PersonName;
  /** The words that attributed it ("he", "Blinken", "the vendor"). */
  mention: string;
  /** How it was found (the attribution pattern, "continued", "subject-guess", "none"). */
  via: string;
  standsAlone: boolean;
}

export interface Candidate {
  speaker: string;
  person?: PersonName;
  features: Float64Array;
}

/** The candidates of one quotation, and the features of its "no one" option. */
export interface CandidateSet {
  candidates: Candidate[];
  none: Float64Array;
}

export interface CandidateContext {
  text: string;
  sentences: Sentence[];
  discourse: Discourse;
  answers: RuleAnswer[];
  /** German capitalises every noun: one capitalised word ("am Vormittag") is a name only if it is an acronym. */
  nounsCapitalised?: boolean;
}

const BEFORE_PATTERNS =
  /^(?:speaker-verb-before|role-comma-name-verb-before|as-put-it-before|subject-said|colon|who-said|with-saying|according-to-before|described-as|named-described-as|korean-topic|japanese-topic|chinese-say)$/u;
const PRONOUN = /^(?:he|she|they|we|i|er|sie|il|elle|ils|él|ella|lui|lei|он|она)$/iu;
/** How far back (sentences) and forward a candidate is looked for. */
const SENTENCES_BACK = 3;
const SENTENCES_AFTER = 1;
/** Quotations back that count as "recent" speakers. */
const RECENT_QUOTES = 4;
/**
 * "Trump was called “…” by the paper": the one a passive verb of naming puts before the quotation is what the
 * quotation describes, never who said it.
 */
const NAMED_BY_PASSIVE =
  /^[\s,]*(?:is|was|were|are|has been|had been|have been|being|been|gets|got)\s+(?:\p{L}+ly\s+)?(?:called|described|labell?ed|dubbed|branded|named|termed|deemed|hailed|derided|denounced|portrayed)\s+(?:as\s+)?$/iu;
/** "Seoul’s Mangwon district", "Kherson province": a name followed by a noun of place is a place, which says nothing. */
const PLACE_NAME =
  /^\p{Lu}[\p{L}\p{M}.-]*(?:[’']s)?(?:\s+\p{Lu}[\p{L}\p{M}.-]*(?:[’']s)?)*\s+(?:district|province|county|region|prefecture|neighbou?rhood|municipality|borough|township|village|suburb|street|avenue|square|valley|river|island|peninsula|airport|harbou?r)(?![\p{L}])/u;

/**
 * What the text around a mention says, kept per mention: a mention stands in the window of every quotation within a few
 * sentences of it, and these patterns are long alternations of verbs.
 */
const placeNames = new WeakMap<Mention, boolean>();
const verbsAfter = new WeakMap<Mention, boolean>();
const verbsNextTo = new WeakMap<Mention, boolean>();

function remembered(cache: WeakMap<Mention, boolean>, mention: Mention, test: () => boolean): boolean {
  let known = cache.get(mention);
  if (known === undefined) {
    known = test();
    cache.set(mention, known);
  }
  return known;
}

/** "Seoul’s Mangwon district": the mention is the name of a place. */
function namesPlace(text: string, mention: Mention): boolean {
  return remembered(placeNames, mention, () => PLACE_NAME.test(text.slice(mention.start, mention.start + 80)));
}

/** A verb of saying right after the mention ("Cruz said"). */
function verbAfter(text: string, mention: Mention): boolean {
  return remembered(verbsAfter, mention, () => VERB_AFTER_NAME.test(text.slice(mention.end, mention.end + 90)));
}

/** A verb of saying right after the mention or just before it ("Cruz said", "said Cruz"). */
function verbNextTo(text: string, mention: Mention): boolean {
  return remembered(verbsNextTo, mention, () => verbAfter(text, mention) || VERB_BEFORE_NAME.test(text.slice(Math.max(0, mention.start - 40), mention.start)));
}

/** A quotation that ends in its own question or exclamation mark, or an ellipsis. */
const ENDS_OWN_SENTENCE = /[?!…][’”"»]?\s*$/u;

/**
 * "“Is that fair?” Sanders asked.": the sentence splitter ends the sentence at the quotation's own "?" or "!", so
 * the attribution right after it reads as the next sentence's; it is this quotation's, as if in the same sentence.
 * Only a name at once after the closing mark and followed by a verb of saying counts: "“…?” Sanders then attacked
 * Clinton" starts a sentence of its own.
 */
function spilledAttribution(text: string, span: QuoteSpan, after: Mention): boolean {
  if (!ENDS_OWN_SENTENCE.test(text.slice(span.outerStart, span.outerEnd))) return false;
  // In the same paragraph: a name opening the next one ("…?”\n\nSanders responded, “It has.") introduces the next quotation.
  if (!/^[^\S\n]*$/u.test(text.slice(span.outerEnd, after.start))) return false;
  return verbAfter(text, after);
}

/** Whether an attribution pattern reads the speaker before the quotation ("Podesta said: “…”") rather than after it. */
export function attributedBefore(via: string): boolean {
  return BEFORE_PATTERNS.test(via.split(':')[0]!);
}

function ruleClass(answer: RuleAnswer): RuleFeature | undefined {
  if (!answer.speaker) return undefined;
  if (PRONOUN.test(answer.mention) && answer.via !== 'continued') return 'rule-pronoun';
  if (/^\p{Ll}/u.test(answer.speaker)) return 'rule-description';
  if (answer.via === 'continued') return 'rule-continued';
  if (answer.via === 'subject-guess' || answer.via === 'introduction') return 'rule-guess';
  return attributedBefore(answer.via) ? 'rule-before' : 'rule-after';
}

function wordCount(text: string): number {
  return text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

function sameSpeaker(a: { speaker: string; person?: PersonName }, b: { speaker: string; person?: PersonName }): boolean {
  if (!a.speaker || !b.speaker) return false;
  if (a.person && b.person) return a.person === b.person;
  return a.speaker.toLowerCase() === b.speaker.toLowerCase();
}

/** Speakers with the same last word are one for "spoke before" ("Cruz said" and later "Ted Cruz"). */
export function speakerKey(speaker: string): string {
  return (
    speaker
      .toLowerCase()
      .replace(/[’']s?$/u, '')
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .pop() ?? ''
  );
}

/** How many quotations of the article the rules give to each speaker. */
const spokenCounts = new WeakMap<RuleAnswer[], Map<string, number>>();

function spokenCount(answers: RuleAnswer[]): Map<string, number> {
  let counts = spokenCounts.get(answers);
  if (!counts) {
    counts = new Map();
    for (const answer of answers) {
      const key = answer.speaker && !/^\p{Ll}/u.test(answer.speaker) ? speakerKey(answer.speaker) : '';
      if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    spokenCounts.set(answers, counts);
  }
  return counts;
}

interface Gathered {
  person?: PersonName;
  speaker: string;
  /** Nearest mention before the quotation, and the nearest after it. */
  before?: Mention;
  after?: Mention;
  /** Mentions in the window around the quotation. */
  count: number;
  rule: boolean;
}

/** The candidates for quotation `index`, with their features. */
export function candidatesFor(context: CandidateContext, index: number): CandidateSet {
  const { text, sentences, discourse, answers } = context;
  const answer = answers[index]!;
  const { span } = answer;
  const first = sentenceAtOrLast(sentences, span.outerStart);
  const last = sentenceAtOrLast(sentences, Math.max(span.outerStart, span.outerEnd - 1));
  const paragraph = span.paragraph;

  const gathered: Gathered[] = [];
  const gather = (speaker: string, person: PersonName | undefined): Gathered => {
    const found = gathered.find((entry) => sameSpeaker(entry, { speaker, person }));
    if (found) return found;
    const entry: Gathered = { speaker, person, count: 0, rule: false };
    gathered.push(entry);
    return entry;
  };

  let nearestBefore: Mention | undefined;
  let nearestSubject: Mention | undefined;
  for (let at = Math.max(0, first - SENTENCES_BACK); at <= Math.min(sentences.length - 1, last + SENTENCES_AFTER); at++) {
    for (const mention of discourse.mentionsIn(at)) {
      // Within the sentences' reach: where a page lost its full stops, one "sentence" holds every mention on it.
      if (mention.end < span.outerStart - (SENTENCES_BACK + 1) * SENTENCE_REACH || mention.start > span.outerEnd + (SENTENCES_AFTER + 1) * SENTENCE_REACH)
        continue;
      if (namesPlace(text, mention)) continue;
      if (context.nounsCapitalised && mention.person.tokens.length < 2 && !/^\p{Lu}{2,}/u.test(mention.person.full)) continue;
      if (mention.end <= span.outerStart && span.outerStart - mention.end < 60 && NAMED_BY_PASSIVE.test(text.slice(mention.end, span.outerStart))) continue;
      const entry = gather(mention.person.full, mention.person);
      entry.count++;
      if (mention.end <= span.outerStart) {
        if (!entry.before || mention.start > entry.before.start) entry.before = mention;
        if (!nearestBefore || mention.start > nearestBefore.start) nearestBefore = mention;
        if (mention.subject && (!nearestSubject || mention.start > nearestSubject.start)) nearestSubject = mention;
      } else if (mention.start >= span.outerEnd) {
        if (!entry.after || mention.start < entry.after.start) entry.after = mention;
      }
    }
  }
  const previous = answers[index - 1];
  if (previous?.speaker) gather(previous.speaker, previous.person);
  if (answer.speaker) gather(answer.speaker, answer.person).rule = true;
  // A rule's answer that names the same person more briefly ("Cruz" for Ted Cruz) is that person.
  const ruleEntry = gathered.find((entry) => entry.rule);
  if (ruleEntry && !ruleEntry.person) {
    const lastToken = speakerKey(answer.speaker);
    const same = gathered.find((entry) => entry !== ruleEntry && entry.person?.tokens.some((token) => token.toLowerCase() === lastToken));
    if (same) {
      same.rule = true;
      // The rule's fuller form is the one to show: "The Washington Post" rather than "Washington Post", "Asociación de Vecinos" rather than "Vecinos".
      if (answer.speaker.length > same.speaker.length && answer.speaker.toLowerCase().includes(same.speaker.toLowerCase())) same.speaker = answer.speaker;
      gathered.splice(gathered.indexOf(ruleEntry), 1);
    }
  }

  const ruleKind = ruleClass(answer);
  const pronoun = PRONOUN.test(answer.mention) && answer.via !== 'continued';
  const block: Block = pronoun ? 'pronoun' : ruleKind === 'rule-after' || ruleKind === 'rule-before' || ruleKind === 'rule-description' ? 'named' : 'open';
  const gender = pronoun ? pronounGender(answer.mention) : undefined;
  const quoted = span.text.toLowerCase();
  const recent = answers.slice(Math.max(0, index - RECENT_QUOTES), Math.max(0, index - 1)).filter((entry) => paragraph - entry.span.paragraph <= 3);
  const genderOf = (entry: Gathered) => (entry.person ? discourse.genderOf(entry.person) : undefined);
  // "he said": the nearest person named before whose gender the article gives as the pronoun's, and how many others fit.
  const agreeing = gender ? gathered.filter((entry) => entry.before && genderOf(entry) === gender) : [];
  const nearestAgreeing = agreeing.reduce<Gathered | undefined>((best, entry) => (!best || entry.before!.start > best.before!.start ? entry : best), undefined);
  const spoken = spokenCount(answers);
  const ownKey = answer.speaker && !/^\p{Ll}/u.test(answer.speaker) ? speakerKey(answer.speaker) : '';

  const none = new Float64Array(FEATURES.length);
  const setQuote = (name: QuoteFeature, value = 1) => {
    none[INDEX.get(name)!] = value;
  };
  setQuote('none-bias');
  setQuote(ruleKind ? (`quote-${ruleKind}` as QuoteFeature) : 'quote-rule-none');
  if (answer.standsAlone) setQuote('quote-stands-alone');
  if (wordCount(span.text) < 4) setQuote('quote-short');
  if (span.continued) setQuote('quote-continued');
  setQuote('article-people', Math.log2(1 + discourse.peopleCount));
  setQuote('candidates', Math.log2(1 + gathered.length));

  const blockIndex = BLOCK_INDEX.get(block)!;
  const candidates = gathered.map((entry) => {
    const features = new Float64Array(FEATURES.length);
    const set = (name: CandidateFeature, value = 1) => {
      features[blockIndex.get(name)!] = value;
    };
    if (entry.rule && ruleKind) features[INDEX.get(ruleKind)!] = 1;

    const { before, after, person } = entry;
    if (before) {
      const back = first - before.sentence;
      set(back <= 0 ? 'before-same' : back === 1 ? 'before-1' : back === 2 ? 'before-2' : 'before-3');
      if (before.subject) set('subject');
      if (sentences[before.sentence]!.paragraph < paragraph) set('paragraph-back');
      if (before === nearestBefore) set('nearest-before');
      if (before === nearestSubject) set('nearest-subject');
      if (/[’']s?$/u.test(text.slice(before.start, before.end)) || /^[’']s?(?![\p{L}])/u.test(text.slice(before.end, before.end + 3))) set('possessive');
      else if (!before.subject) set('object');
    }
    if (after) set(after.sentence <= last || spilledAttribution(text, span, after) ? 'after-same' : 'after-next');
    if ((before && verbNextTo(text, before)) || (after && verbNextTo(text, after))) set('verb-near');

    if (previous && sameSpeaker(entry, previous) && paragraph - previous.span.paragraph <= 2) {
      set('previous-speaker');
      if (previous.span.paragraph === paragraph) set('previous-speaker-same-paragraph');
    }
    if (recent.some((other) => sameSpeaker(entry, other))) set('recent-speaker');
    const key = speakerKey(entry.speaker);
    const elsewhere = (spoken.get(key) ?? 0) - (key === ownKey ? 1 : 0);
    if (elsewhere > 0) set('spoke-elsewhere', Math.log2(1 + elsewhere));
    if (person) {
      const mentions = discourse.mentionCount(person);
      set('log-mentions', Math.log2(1 + mentions));
      set('log-window-mentions', Math.log2(1 + entry.count));
      if (mentions) {
        set('subject-ratio', discourse.subjectCount(person) / mentions);
        set('place-ratio', discourse.placeCount(person) / mentions);
      }
      if (person.institution) set('institution');
      if (person.description) set('description');
      if (person.strong) set('strong');
      if (person.tokens.length >= 2) set('full-name');
      const surname = person.tokens[person.tokens.length - 1]?.toLowerCase();
      if (surname && surname.length > 2 && quoted.includes(surname)) set('named-in-quote');
    } else if (/^\p{Ll}/u.test(entry.speaker)) set('description');
    if (gender) {
      const candidateGender = genderOf(entry);
      set(candidateGender === undefined ? 'gender-unknown' : candidateGender === gender ? 'gender-agrees' : 'gender-disagrees');
      if (entry === nearestAgreeing) set('nearest-agreeing');
      set('others-agreeing', agreeing.filter((other) => other !== entry).length);
    }
    return { speaker: entry.speaker, person, features };
  });
  return { candidates, none };
}
