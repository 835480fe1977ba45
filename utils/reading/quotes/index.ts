/**
 * Every direct quotation in an article, with who said it.
 *
 *   marks.ts        where the quotations are
 *   attribution.ts  the words around each that name the speaker
 *   people.ts       the full name the article gave that speaker
 *
 * A quotation with no attribution of its own (a paragraph that is only a
 * quote) belongs to the speaker of the quotation just before it, or else to
 * the subject of the sentence before it; "he" and "she" are the person last
 * named. Key quotes are the full statements: scare quotes ("like-minded
 * countries") and titles are found but not shown as key quotes.
 */
import { quotedWords } from '../key-quotes.ts';
import { SENTENCE_REACH } from './reach.ts';
import { sentenceIndexAt, splitSentences, type Sentence } from '../sentences.ts';
import { escapeRegExp } from '../lazy-regexp.ts';
import {
  PRONOUNS,
  asOpening,
  attributionAfter,
  attributionBefore,
  holderAfterOffice,
  labelInside,
  personLike,
  possessiveWords,
  sentenceEndAttribution,
  spilledAttribution,
  spilledOnward,
  subjectAlsoSaid,
  subjectSaid,
} from './attribution.ts';
import { findQuoteSpans, type QuoteSpan } from './marks.ts';
import { Discourse, pronounGender, type Mention } from './discourse.ts';
import { namesInstitution, PeopleIndex, stripRunsOf, type PersonName } from './people.ts';
import { clauseSubject } from './subject.ts';
import { lastClauseSubject } from './clauses.ts';
import { spelledOut } from './abbreviations.ts';
import { bareNameIn, colonLabelNamed, germanAppositionOwner, germanAttributionBefore, germanIndefiniteSpeaker, isRoleNoun } from './german.ts';
import { languageRules, nearestNamed } from './language-rules.ts';
import { hasAgentHead, isDescription, publicationFor, showDescription } from './describe.ts';
import { roleHolderFor } from './roles.ts';
import { holderOfRoleBefore } from './role-holder.ts';
import { isNotStatement } from './kind.ts';
import { attributedBefore, candidatesFor, type CandidateSet, type RuleAnswer } from './candidates.ts';
import { chooseSpeaker } from './speaker-model.ts';
import { CjkNames } from './cjk-names.ts';
import { passiveAsking } from './passive.ts';
import { lowerCaseWords } from './lower-words.ts';

export interface Quote {
  /** The quoted words, without the marks. */
  text: string;
  /** Who said it, as fully as the article names them ("Antony Blinken", "the vendor"); '' when unknown. */
  speaker: string;
  /** The words next to the quotation that attribute it ("Blinken", "he"); '' when none. */
  mention: string;
  /** Offsets of the quoted words in the article text. */
  start: number;
  end: number;
  /** A full statement worth showing, not a scare quote, a title or a fragment. */
  key: boolean;
  /** With `trace`: how the speaker was found (the attribution pattern, "inherited", "subject-guess"), for tuning. */
  via?: string;
  /** With `candidates`: everyone who could have said it, with the features the speaker model weighs (for training it). */
  candidates?: CandidateSet;
}

export interface QuoteOptions {
  lang?: string;
  /** Say on each quote how its speaker was found (`via`). */
  trace?: boolean;
  /** List each quote's candidate speakers with their features (`candidates`), for training the speaker model. */
  candidates?: boolean;
  /** The attribution rules' speakers alone, without the speaker model (for comparing the two). */
  rulesOnly?: boolean;
}

/**
 * The first-person pronouns of the languages Lucid reads but English (whose "I" and "we" go through the pronoun
 * resolution). "Я сказал: «…»", "Yo dije: «…»": the one who writes, or the person whose own account the article
 * quotes, speaks there; the pronoun names no one a reader could be shown. Per language: "Ben" is a Turkish "I" and an
 * English name, "ja" a Polish "I" and a German "yes".
 */
const FIRST_PERSON_PRONOUNS: Record<string, ReadonlySet<string>> = Object.fromEntries(
  Object.entries({
    de: 'ich wir',
    fr: "je j’ j' nous",
    es: 'yo nosotros nosotras',
    ca: 'jo nosaltres',
    it: 'io noi',
    pt: 'eu nós',
    nl: 'ik wij we',
    sv: 'jag vi',
    da: 'jeg vi',
    no: 'jeg vi',
    nb: 'jeg vi',
    ru: 'я мы',
    uk: 'я ми',
    pl: 'ja my',
    cs: 'já my',
    sk: 'ja my',
    tr: 'ben biz',
    ja: '私 僕 俺 私たち',
    zh: '我 我们 我們',
    ko: '나 저 우리',
  }).map(([lang, pronouns]) => [lang, new Set(pronouns.split(' '))]),
);

function isFirstPerson(mention: string, lang: string | undefined): boolean {
  const pronouns = FIRST_PERSON_PRONOUNS[(lang ?? '').split('-')[0]!.toLowerCase()];
  return !!pronouns && pronouns.has(mention.trim().toLocaleLowerCase());
}

/** How far around a quotation its attribution is looked for. */
const CONTEXT_BEFORE = 220;
const CONTEXT_AFTER = 160;
/**
 * A clause that introduces a quotation without a verb of saying next to the
 * speaker: "The piece used her words as its headline: “…”", "Trump attacked
 * Clinton, saying, “…”". The sentence's subject is the speaker.
 */
const INTRODUCTION =
  /(?::|,?\s+(?:saying|adding|writing|telling [\p{L}]+|noting|arguing|insisting|declaring|explaining|warning|asking|replying|recalling|concluding|calling (?:it|him|her|them|this|that)(?:,[^,“”"]{1,40},)?(?:\s+(?:a|an|the))?)\s*[,:]?(?:\s+that)?)\s*$/u;

/** ", adding:", "and continuing:": a participle of saying that introduces the next quotation after an attribution of this one (English; used only for English text). */
const SAYING_PARTICIPLE_INTRO = /,\s*(?:and\s+)?(?:adding|continuing|noting|saying|explaining|concluding|writing|arguing|insisting|declaring|warning)\s*:\s*$/u;

/** An attribution in the sentence after a quotation is this short: "…?” Clinton said." */
const SPILLED_ATTRIBUTION_LENGTH = 60;
/** A quotation with no speaker of its own inherits the last speaker within this many paragraphs. */
const INHERIT_PARAGRAPHS = 2;
/** How far back (characters, a few sentences) the language's clause-before-colon reader looks for the role holder a description points to. */
const EARLIER_REACH = 600;

function sentenceAt(sentences: Sentence[], offset: number): Sentence | undefined {
  return sentences[sentenceIndexAt(sentences, offset)];
}

function wordCount(text: string): number {
  const cjk = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0;
  const words = text
    .replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu, ' ')
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  // Three CJK characters carry about as much as a word.
  return words + Math.round(cjk / 3);
}

/** Fewer words than this make a fragment or a scare quote, not a statement. */
const KEY_QUOTE_MIN_WORDS = 6;

/** "The Comeback Kid", "Make America Great Again": a title or a slogan, capitalised word by word. */
function looksLikeTitle(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => /^\p{L}/u.test(word));
  if (words.length === 0) return false;
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  return words.length <= 10 && capitalised / words.length > 0.7 && !/[.!?]$/.test(text);
}

/**
 * Whether quoted words make a full statement, by their text alone. A quotation is asked up to four times (each time its
 * speaker changes), and counting the words of a long one is not free: the answers are kept, a bounded number of them.
 */
const fullStatements = new Map<string, boolean>();
const FULL_STATEMENTS_KEPT = 2000;

function isFullStatement(text: string): boolean {
  let known = fullStatements.get(text);
  if (known === undefined) {
    if (fullStatements.size >= FULL_STATEMENTS_KEPT) fullStatements.clear();
    known = wordCount(text) >= KEY_QUOTE_MIN_WORDS && !looksLikeTitle(text);
    fullStatements.set(text, known);
  }
  return known;
}

function isKey(text: string, speaker: string): boolean {
  return speaker !== '' && isFullStatement(text);
}

/**
 * The words after a quotation up to its paragraph's end: a quotation that ends its paragraph is not attributed by the
 * next one's first sentence ("“It's called an election.”" / "Eilperin reported from Washington.", a reporter's credit
 * line), in any language. A next paragraph that opens with a dash is the quotation's signature ("— Barack Obama") and stays.
 */
function ownParagraph(after: string): string {
  const lineBreak = /^[^\p{L}\p{N}\n]*\n\s*(?![\s—–-])/u.exec(after);
  return lineBreak ? after.slice(0, after.indexOf('\n')) : after;
}

/** The text between two offsets, cut to a length at the end nearest `from` or `to`. */
function slice(text: string, from: number, to: number): string {
  return from < to ? text.slice(from, to) : '';
}

export function findQuotes(text: string, options: QuoteOptions = {}): Quote[] {
  const rules = languageRules(options.lang);
  const spans = rules.spans(findQuoteSpans(text, options.lang), text);
  if (spans.length === 0) return [];
  stripRunsOf(text);
  const sentences = splitSentences(text, options.lang);
  const english = !options.lang || /^en\b/iu.test(options.lang);
  // German (and Luxembourgish) capitalise every noun: one capitalised word is a name only as part of a full name the article gave.
  const nounsCapitalised = /^(?:de|lb|gsw)\b/iu.test(options.lang ?? '');
  const romance = ROMANCE.test(options.lang ?? '');
  const found: {
    span: QuoteSpan;
    mention: string;
    inherited: boolean;
    via: string;
    standsAlone: boolean;
    from?: number;
    described?: string;
  }[] = [];

  spans.forEach((span, index) => {
    const previous = spans[index - 1];
    const next = spans[index + 1];
    const startSentence = sentenceAt(sentences, span.outerStart);
    // Where the quotation's sentence starts, as far as it is read (SENTENCE_REACH).
    const sentenceFrom = startSentence ? Math.max(startSentence.start, span.outerStart - SENTENCE_REACH) : undefined;
    const endSentence = sentenceAt(sentences, Math.max(span.outerStart, span.outerEnd - 1));
    const beforeFrom = Math.max(sentenceFrom ?? 0, previous ? previous.outerEnd : 0, span.outerStart - CONTEXT_BEFORE);
    // A quotation that ends its sentence ("…?” Clinton said.") has its attribution in what the segmenter
    // calls the next sentence: the attribution is looked for up to the end of the sentence after the quote.
    const sentenceAfter = sentenceAt(sentences, span.outerEnd);
    const afterLimit = endSentence && endSentence.end > span.outerEnd ? endSentence.end : (sentenceAfter?.end ?? text.length);
    const afterTo = Math.min(afterLimit, next ? next.outerStart : text.length, span.outerEnd + CONTEXT_AFTER);
    let before = slice(text, beforeFrom, span.outerStart);
    /** The sentence that introduces a block quotation, read as the quotation's own sentence by the subject readers below. */
    let blockIntroduction: string | undefined;
    // A block quotation introduced by the paragraph before ("Cruz continued:" / “…”): that paragraph's last sentence attributes it.
    if (!/[\p{L}\p{N}]/u.test(before) && /:\s*$/u.test(text.slice(Math.max(0, span.outerStart - 40), span.outerStart))) {
      const introducer = sentences[sentenceIndexAt(sentences, span.outerStart) - 1];
      if (introducer) {
        const from = Math.max(introducer.start, previous ? previous.outerEnd : 0);
        before = slice(text, Math.max(from, span.outerStart - CONTEXT_BEFORE), span.outerStart);
        blockIntroduction = slice(text, Math.max(from, span.outerStart - SENTENCE_REACH), span.outerStart);
      }
    }
    const after = ownParagraph(slice(text, span.outerEnd, afterTo));
    // Nothing before it in its paragraph and nothing after it but the paragraph's end: the next paragraph's first words are not its own.
    // (`after` already stops at the paragraph's end in every language, ownParagraph; the wider class for the other
    // languages is kept as it was measured with their hand-labelled pages.)
    const closing = english ? /^[ \t\u00a0,.;:!?”"’»」』)]+/u : /^[\s,.;:!?”"’»」』)]+/u;
    const standsAlone = !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after.replace(closing, '').slice(0, 1));
    // An attribution ending in a colon introduces the next quotation ("Caddell continued: “…”"), not this one;
    // one in the sentence after a quote must be a short clause of its own ("…?” Clinton said.").
    const spillsOver = !!endSentence && endSentence.end <= span.outerEnd;
    // A new sentence that ends in a comma right before the next quotation introduces that one ("…stiff.” He says, “Here’s …”").
    // So does one that runs on into the next quotation by a word ("…support.” Journalist Carl Leubsdorf said Carson is “…”").
    const introducesNext = spillsOver && !!next && afterTo === next.outerStart && /[\p{L}\p{N},]\s*$/u.test(after);
    const afterUsable = !/:\s*$/.test(after) && !introducesNext && (!spillsOver || after.trim().length <= SPILLED_ATTRIBUTION_LENGTH);
    // A proverb, an inscription or a title: found, but no one said it.
    if (isNotStatement(slice(text, sentenceFrom ?? beforeFrom, span.outerStart), span.text)) {
      // Its own sentence may still name who speaks in it ("In der Talkshow „3 nach 9“ sagte Loriot …: Satire richte sich
      // „…“"): the title gets no speaker (below), but a quotation that continues that sentence's speaker has one to continue.
      // (Not in English, where PolNeAR train lost a right speaker by it.)
      const own = afterUsable && !english ? (rules.afterFirst(after) ?? attributionAfter(after)) : undefined;
      found.push({ span, mention: own?.mention ?? '', inherited: false, via: own ? 'not-statement-in-attribution' : 'not-statement', standsAlone });
      return;
    }
    const spilledLong = spillsOver && !introducesNext && !/:\s*$/.test(after) && after.trim().length > SPILLED_ATTRIBUTION_LENGTH;
    // A quotation that ends its own sentence is that sentence's: an attribution before it in the sentence ("Clinton said
    // the plan is “bad.”") comes before a short sentence after it, which may be a new one ("Romney fired back in March.").
    // The language's own reading of the clause before a colon goes first there too: the shared one takes the last noun
    // before the verb for a name ("Gleichzeitig unterstreicht sie …:" gave "Gleichzeitig").
    const languageBefore =
      sentenceFrom !== undefined
        ? rules.beforeFirst(
            slice(text, Math.max(sentenceFrom, previous ? previous.outerEnd : 0), span.outerStart),
            slice(text, Math.max(0, sentenceFrom - EARLIER_REACH), sentenceFrom),
          )
        : undefined;
    const ownSentence = spillsOver && /[\p{L}\p{N}]/u.test(before) ? (languageBefore ?? attributionBefore(before, nounsCapitalised)) : undefined;
    // So does a clause that introduces it ("Trump attacked Romney, calling him, among other things, “…”").
    const introducer =
      spillsOver && !ownSentence && english && INTRODUCTION.test(before) && sentenceFrom !== undefined
        ? clauseSubject(slice(text, sentenceFrom, span.outerStart))?.text
        : undefined;
    if (introducer) {
      found.push({ span, mention: introducer, inherited: true, via: 'introduction', standsAlone });
      return;
    }
    const attribution =
      labelInside(span.text) ??
      ownSentence ??
      (afterUsable ? (rules.afterFirst(after) ?? attributionAfter(after) ?? rules.afterLast(after)) : undefined) ??
      // The language's verb-first rules are anchored at the comma after the mark: a colon further on ("„…“, schmunzelte
      // Blanik, die … berichtete: „…“") introduces the next quotation but does not take this one's attribution away.
      (!afterUsable && /:\s*$/u.test(after) ? (rules.afterFirst(after) ?? rules.afterLast(after)) : undefined) ??
      // "“…,” Cruz said, adding: “…”": the clause before the participle attributes this quotation, the participle the next one.
      (!afterUsable && english && !spillsOver && SAYING_PARTICIPLE_INTRO.test(after)
        ? attributionAfter(after.replace(SAYING_PARTICIPLE_INTRO, '.'))
        : undefined) ??
      (spilledLong ? spilledAttribution(after) : undefined) ??
      (introducesNext && after.trim().length > SPILLED_ATTRIBUTION_LENGTH ? spilledOnward(after) : undefined) ??
      languageBefore ??
      attributionBefore(before, nounsCapitalised) ??
      (nounsCapitalised && sentenceFrom !== undefined
        ? germanAttributionBefore(slice(text, Math.max(sentenceFrom, previous ? previous.outerEnd : 0), span.outerStart))
        : undefined) ??
      attributionAtSentenceEnd(text, spans, index, endSentence);
    if (attribution) {
      const owner = nounsCapitalised && attribution.pattern === 'speaker-verb-before' ? germanAppositionOwner(before, attribution.mention) : undefined;
      if (owner) attribution.mention = owner;
      found.push({ span, mention: attribution.mention, inherited: false, via: attribution.pattern, standsAlone, described: attribution.described });
      return;
    }
    // No attribution of its own. A clause that introduces it ("…, saying:") names its speaker as its subject.
    // The subject reader knows English clauses only; elsewhere a quotation without an attribution continues the last speaker or has none.
    const guesses = english;
    // (For a block quotation that is its whole paragraph, the sentence before that introduces it: "President Clinton released
    // the following statement:" / “…”. Not one with words of its own after it: "“…?” a reporter can be heard asking Trump.")
    const ownSentenceText = sentenceFrom !== undefined ? slice(text, sentenceFrom, span.outerStart) : '';
    const sentenceText = blockIntroduction !== undefined && !/[\p{L}\p{N}]/u.test(after) ? blockIntroduction : ownSentenceText;
    // "Sanders was asked by host Bill Maher, “…”": the question is the asker's, not the subject's (nor the last speaker's).
    const asking = guesses && !standsAlone ? passiveAsking(sentenceText) : undefined;
    if (asking) {
      found.push({ span, mention: asking.asker, inherited: false, via: asking.asker ? 'asked-by' : 'asked', standsAlone });
      return;
    }
    // "Sen. Rand Paul (R-Ky.) said Rubio's plan would …, and called him “…”": the subject's verb is one of saying.
    const opening = guesses && !standsAlone ? asOpening(sentenceText) : undefined;
    if (opening) {
      found.push({ span, mention: opening.mention, inherited: false, via: opening.pattern, standsAlone });
      return;
    }
    const said = guesses && !standsAlone ? subjectWhoSaid(sentenceText) : undefined;
    if (said) {
      found.push({ span, mention: said, inherited: false, via: 'subject-said', standsAlone });
      return;
    }
    // "Hillary Clinton’s campaign slogan is “…”": words of saying owned by a name open the sentence; the owner said them.
    const owned = guesses && !standsAlone ? possessiveWords(sentenceText) : undefined;
    if (owned) {
      found.push({ span, mention: owned.mention, inherited: false, via: owned.pattern, standsAlone });
      return;
    }
    if (guesses && INTRODUCTION.test(before)) {
      const introducer = clauseSubject(sentenceText)?.text;
      if (introducer) {
        found.push({ span, mention: introducer, inherited: true, via: 'introduction', standsAlone });
        return;
      }
    }
    // A quote standing alone, or another quote in the same paragraph, continues the last speaker nearby…
    const last = found[found.length - 1];
    const previousSentence = startSentence ? sentences[sentenceIndexAt(sentences, startSentence.start) - 1] : undefined;
    // …unless a sentence about someone else came between ("Trump told the rally …” / The Arizona Republic broke with
    // that history. / “Trump responds to criticism with insults …”): the editorial's words are not Trump's.
    const between =
      guesses && standsAlone && last && previousSentence && previousSentence.start >= last.span.outerEnd
        ? clauseSubject(previousSentence.text.slice(0, SENTENCE_REACH))
        : undefined;
    // A quotation inside a sentence about someone else ("They argue that Clinton should “lead by example.”", "The cable
    // indicated 13 personnel would be the “minimum”") is that sentence's, not the last speaker's.
    // (Not a sentence that opens with a quotation, whose first words are the speaker's; not "His assumption …", the speaker's own.)
    const ownSubject = guesses && !standsAlone && last && !/[“”"«»„]/u.test(sentenceText) ? clauseSubject(sentenceText) : undefined;
    const lastKey = last?.mention
      .split(/\s+/u)
      .pop()
      ?.replace(/[’']s?$/u, '')
      .toLowerCase();
    const aboutOther =
      !!ownSubject &&
      (ownSubject.kind !== 'pronoun' || /^they$/iu.test(ownSubject.text)) &&
      !/^(?:his|her|their|its)\s/iu.test(ownSubject.text) &&
      !ownSubject.text
        .toLowerCase()
        .split(/\s+/u)
        .includes(lastKey ?? '');
    const interrupted = (!!between && between.kind !== 'pronoun') || aboutOther;
    if (
      !interrupted &&
      last &&
      last.mention &&
      // Words read in a paper ("peut-on lire dans Le Monde – est mis en examen pour « recel … »") are a passage the article
      // cites; its own next quotation (an offence's name, a term) is not the paper's.
      last.via !== 'read-in' &&
      span.paragraph - last.span.paragraph <= INHERIT_PARAGRAPHS &&
      (standsAlone || span.paragraph === last.span.paragraph)
    ) {
      found.push({ span, mention: last.mention, inherited: true, via: 'continued', from: found.length - 1, standsAlone });
      return;
    }
    // …or belongs to whoever the sentence (or the one before) is about: in news, the subject of a
    // sentence that quotes a phrase is its source ("Politifact then ruled that … “true”").
    const subject = !guesses
      ? undefined
      : ((!standsAlone ? (lastClauseSubject(sentenceText)?.subject.text ?? clauseSubject(sentenceText)?.text) : undefined) ??
        (standsAlone && previousSentence ? clauseSubject(previousSentence.text)?.text : undefined));
    found.push({ span, mention: subject ?? '', inherited: !!subject, via: subject ? 'subject-guess' : 'none', standsAlone });
  });

  const cjkNames = new CjkNames(text, spans);
  const people = new PeopleIndex(
    text,
    sentences,
    found.filter((entry) => !entry.inherited).map((entry) => entry.mention),
    { english, lang: options.lang },
  );
  const discourse = new Discourse(text, sentences, people, spans);
  // Where every noun is capitalised, the words of the names that attributions gave tell a person from a noun pair.
  const speakerWords = nounsCapitalised ? new Set(found.flatMap((entry) => (entry.inherited ? [] : entry.mention.split(/\s+/u)))) : undefined;
  const resolved: Quote[] = [];
  const answers: RuleAnswer[] = [];
  /** Quotations whose German attribution points back ("er", "der Firmenchef", a role alone) to a person the rules resolved. */
  const pointedBack = new Set<number>();
  /** Quotations attributed to a description that is not the subject their sentence named: the people around are not it. */
  const describedOther = new Set<number>();
  /** Quotations attributed to a role that the article gave someone by name (role-holder.ts): the model's guesses do not replace them. */
  const roleHeld = new Set<number>();
  found.forEach(({ span, mention: rawMention, inherited, via: foundVia, from, standsAlone, described }) => {
    let via = foundVia;
    const source = from !== undefined ? resolved[from] : undefined;
    if (source) {
      const sourcePerson = answers[from!]!.person;
      answers.push({ span, speaker: source.speaker, person: sourcePerson, mention: source.mention, via, standsAlone });
      // The speaker goes on speaking in the sentences of the rest of the statement: the next "he said" is still them.
      if (sourcePerson && !answers[from!]!.via.startsWith('subject-guess')) {
        discourse.setSpeaker(discourse.sentenceIndexAt(span.outerStart), sourcePerson);
        discourse.setSpeaker(discourse.sentenceIndexAt(Math.max(span.outerStart, span.outerEnd - 1)), sourcePerson);
      }
      // A quotation that continues the one before has its speaker, as resolved there.
      const quote: Quote = {
        text: span.text,
        speaker: source.speaker,
        mention: source.mention,
        start: span.start,
        end: span.end,
        key: isKey(span.text, source.speaker),
      };
      if (options.trace) quote.via = via;
      resolved.push(quote);
      return;
    }
    // Only a guessed subject can be a capitalised common word ("Following …"); an attribution's name stays ("Trump said", where "trump" is also a verb).
    let mention = isDescription(rawMention) || !inherited ? rawMention : dropCommonWords(rawMention, text, inherited);
    if (isFirstPerson(mention, options.lang)) mention = '';
    // A guessed proper-name subject stands only if the article treats it as a person; a description ("the mayor") or a pronoun may.
    if (
      inherited &&
      mention &&
      /^\p{Lu}/u.test(mention) &&
      !PRONOUNS.test(mention) &&
      !isDescription(mention) &&
      !people.knows(nameInMention(mention)) &&
      mention.split(' ').length < 2
    )
      mention = '';
    let speaker = '';
    let indefinite: string | undefined;
    let person: PersonName | undefined;
    /** Who speaks here for the pronouns of the sentences after, where that is not `person`. */
    let speaking: PersonName | undefined;
    // "sagte die Präsidentin", "dijo el Mandatario": the one the article gave that role by name, before the quotation.
    const holder = described && !english ? holderOfRoleBefore(described.split(/\s+/u).pop()!, text.slice(0, span.outerStart)) : undefined;
    if (holder) {
      person = people.find(holder, span.outerStart);
      // The index may hold the title with the name ("Mandatario Gabriel Boric"): the name the role was given with is shown.
      speaker = person && !person.full.endsWith(` ${holder}`) ? person.full : holder;
      roleHeld.add(resolved.length);
    } else if (via === 'verb-titled-description') {
      // No one named with the title: the description is shown whole ("el Mandatario"), never its noun alone as a name.
      speaker = showDescription(mention);
      describedOther.add(resolved.length);
    } else if (via === 'pro-drop') {
      // "“…”, aseguró.": the verb's dropped subject, resolved as its pronoun would be.
      person = nearestNamed(discourse, sentences, span.outerStart, undefined, speakerWords);
      speaker = person?.full ?? '';
      mention = '';
    } else if (mention && PRONOUNS.test(mention)) {
      // "he said": the person the sentences before are about, if their gender agrees; else no one.
      person = english
        ? discourse.resolvePronoun(mention, span.outerStart)
        : nearestNamed(
            discourse,
            sentences,
            span.outerStart,
            pronounGender(mention),
            speakerWords,
            descriptionAfterVerb(via, described, text.slice(span.outerEnd)),
          );
      speaker = person?.full ?? '';
      // "X a obtenu un non-lieu, au motif que « … », a expliqué le juge": a description where a pronoun would do names someone
      // other than the subject the quotation's own sentence gave before it; it is shown as written.
      // Not where the description re-names that subject ("Le ministre Marc Petit a rejeté …, a ajouté le ministre"): then it is theirs.
      const namedBefore = via === 'verb-description-anaphor' && person ? mentionsBeforeInSentence(discourse, person, span.outerStart) : [];
      if (person && namedBefore.length > 0) {
        const description = DESCRIPTION_AFTER_QUOTE.exec(text.slice(span.outerEnd))?.[1] ?? '';
        if (!description || !describedAs(person, description, namedBefore, text)) {
          person = undefined;
          speaker = description;
          if (speaker) describedOther.add(resolved.length);
        }
      }
      // So do French "affirme-t-elle", "explique-t-il" after the woman or man named as a subject just before (nearestNamed):
      // the model, weighing the English clause reader's subjects ("ses étudiants dans"), dropped the person the rules found
      // (on the tune pages, 2 right and none wrong).
      if ((nounsCapitalised || (romance && foundVia === 'verb-pronoun')) && person) pointedBack.add(resolved.length);
      if (options.trace) via = `${via}:${discourse.lastReason}`;
    } else if (isDescription(mention) && !hasAgentHead(mention)) {
      // A description that cannot speak ("The timeline shows …", "The name “…” was chosen") names no speaker.
      speaker = '';
    } else if (isDescription(mention)) {
      // A description names no one and is shown whole ("a vendor", "the Florida senator"), unless it points back to a publication just named.
      const sentenceIndex = discourse.sentenceIndexAt(span.outerStart);
      // Three sentences back, and no further than three sentences' reach where the page lost its full stops.
      const lookBack = Math.max(sentences[Math.max(0, sentenceIndex - 3)]?.start ?? 0, span.outerStart - 3 * SENTENCE_REACH);
      const recent = text.slice(lookBack, span.outerStart);
      // The description's own words are not where it points back to ("Mika Brzezinski, the Democratic presidential candidate stated").
      const own = recent.lastIndexOf(mention);
      // "the senator" after "Sen. Ted Cruz", "the former top aide to …" after "Ari Fleischer, a former top aide to …": that person.
      person = english ? roleHolderFor(mention, own >= 0 ? recent.slice(0, own) : recent, people) : undefined;
      speaker = person?.full ?? publicationFor(mention, recent) ?? showDescription(mention);
    } else if (
      mention &&
      nounsCapitalised &&
      (indefinite = germanIndefiniteSpeaker(
        mention,
        text.slice(span.outerEnd, span.outerEnd + 160),
        text.slice(Math.max(0, span.outerStart - 160), span.outerStart),
      ))
    ) {
      // "erklärte eine Sprecherin der Stadt": no one is named, and the description is shown whole.
      speaker = indefinite;
      describedOther.add(resolved.length);
    } else if (mention) {
      person = people.find(nameInMention(mention), span.outerStart);
      speaker =
        person?.full ??
        cjkNames.fullJapaneseName(mention, span.outerStart) ??
        cjkNames.fullKoreanName(mention, span.outerStart) ??
        people.resolve(nameInMention(mention), span.outerStart);
      // "dijo a Efe Marta Ruiz" or "dijo a María José García."? Only where the article names the person elsewhere is the run
      // an outlet and a speaker (romance.ts); else no one is shown, the one spoken to being no speaker.
      if (via === 'verb-outlet-speaker' && !namedElsewhere(text, mention.replace(/[.,;:]+$/u, ''))) {
        person = undefined;
        speaker = '';
      }
      // "Wall Street’s verdict was “brutal”": words owned by an organisation or a place, or by a name the article gives no
      // person, are no one's statement that Lucid can credit.
      if (via === 'possessive-words' && (!person || person.institution)) {
        person = undefined;
        speaker = '';
      }
      // "sagte Haus", "— Regel": in German a lone capitalised word is a noun unless the article named someone by it; an
      // abbreviation ("HRW", "ZDF") may be an organisation, but a role alone ("US-Präsident: „…“") is no one's name. (Reading
      // it as the one the article gives that role, before or after, put a wrong name on one more held-out quote than it
      // put right ones: a role is shared, and a heading's may be someone the text names only later.)
      if (
        nounsCapitalised &&
        !/\s/u.test(speaker) &&
        (!/^\p{Lu}{2,}/u.test(speaker) || isRoleNoun(speaker)) &&
        !(via === 'german-verb-first' && bareNameIn(speaker, text, lowerCaseWords(text)))
      ) {
        person = undefined;
        speaker = '';
      }
      // "Ernster Nachsatz: „…“", "Klare Ansage: „…“": before a colon, capitalised nouns are a heading of the words, not a name.
      if (nounsCapitalised && via === 'colon' && speaker && !colonLabelNamed(mention, text, span.outerStart)) {
        person = undefined;
        speaker = '';
      }
      // "“…!” Cruz said.", where the article never gives Cruz's full name, or first gives it in this very attribution ("…,”
      // said David Axelrod"): the name the verb of saying gives is someone who speaks, and the sentence's speaker whom the next
      // "he said" can reach. (The index keeps only runs of two words or more; a lone surname it has not seen is added.) Only
      // the discourse learns of them: this quotation's own candidates stay as they were.
      if (english && !person && !inherited && speaker && via !== 'possessive-words') {
        const named = people.find(speaker);
        if (named?.full === speaker) speaking = named;
        // A lone word in a name's shape ("Cruz", "O'Neill", "McDonald"); one that names an institution ("Herald") is
        // not added, so later quotations do not find it as a person.
        else if (!named && /^\p{Lu}[\p{L}’'-]+$/u.test(speaker) && !namesInstitution([speaker])) speaking = people.add([speaker], span.outerStart);
      }
    }
    // "« … », a assuré le directeur adjoint du Village Augustin Tran Van Chau": the name the verb's subject gave in full after
    // its role stands where the model, trained on English and finding that name nowhere else in the index, shows no one.
    // So does the paper of "peut-on lire dans Le Monde", an institution the model weighs down as a speaker.
    if (!english && speaker && (foundVia === 'verb-description-name' || foundVia === 'read-in')) pointedBack.add(resolved.length);
    // Only an attribution of its own makes a sentence's speaker for the next "he said"; a guessed subject does not.
    speaking ??= person;
    if (speaking && !inherited) {
      discourse.setSpeaker(discourse.sentenceIndexAt(span.outerStart), speaking);
      discourse.setSpeaker(discourse.sentenceIndexAt(Math.max(span.outerStart, span.outerEnd - 1)), speaking);
      // "“…?” he said.": an attribution after a quotation that ends its sentence is in the next one, which is the speaker's too;
      // after "Podesta said: “…”" the next sentence is someone else's ("In every realm, Trump vowed …").
      if (!attributedBefore(via)) discourse.setSpeaker(discourse.sentenceIndexAt(span.outerEnd), speaking);
    }
    const quote: Quote = {
      text: span.text,
      speaker,
      mention,
      start: span.start,
      end: span.end,
      key: !via.startsWith('not-statement') && isKey(span.text, speaker),
    };
    if (options.trace) quote.via = via;
    resolved.push(quote);
    answers.push({ span, speaker, person, mention, via, standsAlone });
  });
  if (options.rulesOnly && !options.candidates) return resolved;
  // The rules' answers are weighed against the other people named around each quotation; a weak best guess shows no one.
  const context = { text, sentences, discourse, answers, nounsCapitalised };
  resolved.forEach((quote, index) => {
    const candidates = candidatesFor(context, index);
    if (options.candidates) quote.candidates = candidates;
    if (options.rulesOnly) return;
    // A quotation that continues the one before ("…,” she said. “…”, or a paragraph that is only the rest of the quote)
    // is the same statement: it shows whom the model chose for that one, or no one, rather than a weaker guess of its own.
    // (English only, where it was measured: elsewhere a colon the verb lists miss, "il New York Times rivela: «…»", leaves
    // a new statement looking like a continued one.)
    if (describedOther.has(index) || roleHeld.has(index)) return;
    const from = found[index]!.from;
    const source = from !== undefined ? resolved[from] : undefined;
    if (source && english) {
      quote.speaker = source.speaker;
      quote.key = isKey(quote.text, quote.speaker);
      return;
    }
    // Outside English, a quotation with no attribution of its own gets no one: the model's guesses for it rest on the
    // clause subjects, pronouns and openings that the English readers find (on the hand labels they were right about
    // half the time), while the other languages' attributions ("sagte X", "dijo X", continued speakers) hold.
    // So does one whose attribution led to no one ("affirme-t-elle" with no woman named at a sentence's start): on the tune
    // pages the model's own pick there was right 8 times in 9, below the 0.93 that a shown speaker must reach.
    const guessOnly = !english && (answers[index]!.via === 'none' || !answers[index]!.speaker);
    // A question put to someone who "was asked" is not theirs, and the model's candidates are only the people around it.
    const asked = answers[index]!.via === 'asked';
    // A proverb, an inscription or a title was said by no one: the people around it are not its speaker, and with one it would become a key quote.
    const notStatement = answers[index]!.via.startsWith('not-statement');
    // "“…,” the suit says", "the passage continued": the attribution names a thing that cannot speak for anyone named, and
    // the model's pick among the people around it was right 5 times in 30 on PolNeAR train (a wrong name is worse than none).
    const saidByThing = english && !answers[index]!.speaker && isThingAttribution(answers[index]!);
    const chosen = guessOnly || asked || notStatement || saidByThing ? undefined : chooseSpeaker(candidates);
    // A description that is only the guessed subject of the sentence ("The ad, entitled “…”", "a basketball team … was met
    // with chants of “…”") is a speaker less than half the time on PolNeAR train (19 of 41): a name the model weighs stands.
    const guessedDescription = !!chosen && /^\p{Ll}/u.test(chosen.speaker) && answers[index]!.via.startsWith('subject-guess');
    // "OLYMPIC TEAM REFUSES", "TURNS OUT EDGAR ALLEN POE WAS ONTO SOMETHING Crows": words of a shouted headline (a newsletter's
    // item titles) run into the next sentence's subject; a name is not two shouted words.
    const best = guessedDescription || (chosen && SHOUTED.test(chosen.speaker)) ? undefined : chosen;
    // German "sagte er", "so der CEO" and "US-Präsident: „…“" point back to someone the rules found by agreement and word
    // order (nearestNamed, the role's holder); the model, weighing only the people around, left these with no one where
    // the rules were right (the fresh German tune pages: 4 of 4 on the old, 3 of 3 on the new).
    quote.speaker = notStatement ? '' : (best?.speaker ?? (pointedBack.has(index) ? answers[index]!.speaker : ''));
    quote.key = isKey(quote.text, quote.speaker);
  });
  givePullQuotesTheirSpeaker(resolved, answers);
  // Outside English, where the hand labels were read: "HRW" is shown as the "Human Rights Watch (HRW)" the article spelt out.
  if (!english)
    for (const [index, quote] of resolved.entries()) {
      const full = spelledOut(quote.speaker, text);
      if (full) quote.speaker = full;
      // "schrieb der deutsche Radprofi Simon Geschke": the index keeps the capitalised noun before the name ("Radprofi Simon
      // Geschke"), as German capitalises nouns like names; where the attribution itself gave the full name, it is shown so.
      if (nounsCapitalised && /\s/u.test(quote.mention) && quote.speaker.endsWith(` ${quote.mention}`)) quote.speaker = quote.mention;
      // "dijo a EL PAÍS Rosa Fernández": the outlet in capitals before the name the attribution gave is not part of it. Nor,
      // where the attribution gave the full name after a role and its institution ("a estimé l'ex-ministre de la Santé Agnès
      // Buzyn"), is the institution's word that the index ran into it ("Santé Agnès Buzyn").
      // "peut-on lire dans Les Échos": the paper is shown by its name with its article, as written, not "Échos".
      if (answers[index]!.via === 'read-in' && quote.speaker && quote.mention.endsWith(` ${quote.speaker}`)) quote.speaker = quote.mention;
      const named = quote.mention.replace(/[.,;:]+$/u, '');
      if (
        /\s/u.test(named) &&
        quote.speaker.endsWith(` ${named}`) &&
        (SHOUTED_BEFORE.test(quote.speaker.slice(0, -named.length)) || NAMED_IN_FULL_VIA.test(answers[index]!.via))
      )
        quote.speaker = named;
    }
  return resolved;
}

/** Where `person` is named in the sentence that holds `offset`, before it. */
function mentionsBeforeInSentence(discourse: Discourse, person: PersonName, offset: number): Mention[] {
  return discourse.mentionsIn(discourse.sentenceIndexAt(offset)).filter((mention) => mention.person === person && mention.start < offset);
}

/**
 * Whether the description after the verb ("añadió el juez") is what the article calls `person` in the quotation's own
 * sentence (`namedBefore`: where it names them there): the role it puts before their name ("El juez Juan García rechazó
 * …", "Le ministre Marc Petit …") or in an apposition after it ("Marc Petit, le ministre, …"). Then the description
 * re-names the sentence's subject, who speaks.
 */
function describedAs(person: PersonName, description: string, namedBefore: readonly Mention[], text: string): boolean {
  const noun = description.split(/\s+/u).pop()!.toLowerCase();
  if (person.titles.some((title) => title.toLowerCase() === noun)) return true;
  return namedBefore.some(
    (mention) =>
      wordsBefore(text, mention.start).includes(noun) || APPOSITION_NOUN.exec(text.slice(mention.end, mention.end + 60))?.[1]?.toLowerCase() === noun,
  );
}

/** ", le ministre," / ", la jueza de …": the noun of an apposition right after a name. */
const APPOSITION_NOUN = /^\s*,\s*(?:\p{Ll}+\s+)?(\p{L}[\p{L}\p{M}-]*)/u;

/** The two words before `at`, folded: where a role stands before a name ("le ministre Marc Petit"). */
function wordsBefore(text: string, at: number): string[] {
  return text
    .slice(Math.max(0, at - 40), at)
    .toLowerCase()
    .split(/[^\p{L}\p{M}-]+/u)
    .filter(Boolean)
    .slice(-2);
}

/** The description a pronoun-like attribution stood for ("añadió el juez", "sagte der 45-Jährige"), for nearestNamed to weigh. */
function descriptionAfterVerb(via: string, described: string | undefined, after: string): string | undefined {
  if (via === 'german-verb-description') return described;
  return via === 'verb-description-anaphor' ? DESCRIPTION_AFTER_QUOTE.exec(after)?.[1] : undefined;
}

/** "», a expliqué le juge", "”, añadió la jueza": the definite description after the verb (and its auxiliary). */
const DESCRIPTION_AFTER_QUOTE = /^[^,\p{L}]*,\s*(?:\p{Ll}+\s+)?\p{Ll}+\s+((?:le|la|el|il|lo|o|a)\s+\p{Ll}[\p{L}\p{M}-]+)/u;

/** How a quotation is attributed when its words only guess or pass on a speaker, rather than name one with a verb of saying. */
const GUESSED_VIA = /^(?:subject-guess|introduction|continued|none|not-statement|asked)/u;

/** An attribution of its own whose subject is a description the rules found no speaker in ("the suit says", "the passage continued"). */
function isThingAttribution(answer: RuleAnswer): boolean {
  return !GUESSED_VIA.test(answer.via) && isDescription(answer.mention);
}

/**
 * Whether the article names `name` ("Marta Ruiz") somewhere not run into a capitalised word before it (as "Efe Marta Ruiz"
 * or "María José García" is; a capitalised word that opens a sentence, "Según Marta Ruiz", is no part of a name), or its
 * surname alone ("Ruiz añadió").
 */
function namedElsewhere(text: string, name: string): boolean {
  const surname = name.split(/\s+/u).pop()!;
  const alone = new RegExp(
    `(?<![\\p{L}\\p{M},;]\\s+\\p{Lu}[\\p{L}\\p{M}'’-]*\\s+)(?<![\\p{L}\\p{M}])(?:${escapeRegExp(name)}|${escapeRegExp(surname)}(?!\\s+\\p{Lu}))(?![\\p{L}\\p{M}])`,
    'u',
  );
  return alone.test(text);
}

/** Attributions that give the speaker's full name after words the index may run into it (a role's institution, an outlet). */
const NAMED_IN_FULL_VIA = /^(?:verb-description-name|verb-addressee-speaker|verb-outlet-speaker)$/u;

/** The languages whose verb-first attributions romance.ts reads. */
const ROMANCE = /^(?:es|fr|it|pt|ca|gl)\b/iu;

/** Words in capitals before a name: an outlet or a heading run into it ("EL PAÍS Rosa Fernández"). */
const SHOUTED_BEFORE = /^(?:\p{Lu}{2,}[\p{Lu}\p{M}]*\s+)+$/u;

/** Two words in capitals of three letters or more: a headline, not a name ("NATO" or "RAMOS" alone may be one). */
const SHOUTED = /(?:^|\s)\p{Lu}{3,}[’']?\p{Lu}*\s+\p{Lu}{3,}(?![\p{Ll}])/u;

/** The opening words of a quotation, folded, for telling a repeated one; short quotations are not compared. */
function openingOf(text: string): string | undefined {
  const folded = quotedWords(text);
  return folded.length >= 30 ? folded.slice(0, 60) : undefined;
}

/**
 * A pull quote: a page repeats a statement it quoted earlier, in a paragraph or a box of its own with no attribution.
 * It is the same statement, so it has the speaker the earlier one was given where it was attributed.
 */
function givePullQuotesTheirSpeaker(quotes: Quote[], answers: RuleAnswer[]): void {
  const firstByOpening = new Map<string, Quote>();
  quotes.forEach((quote, index) => {
    const opening = openingOf(quote.text);
    if (!opening) return;
    const earlier = firstByOpening.get(opening);
    if (!earlier) {
      firstByOpening.set(opening, quote);
      return;
    }
    const own = answers[index]!.via;
    if (earlier.speaker && PASSED_ON.test(own)) {
      quote.speaker = earlier.speaker;
      quote.key = isKey(quote.text, quote.speaker);
    }
  });
  // A heading made of a statement the article quotes below, attributed there ("„Es darf sich nicht …“" over a paragraph
  // ending „Es darf sich nicht …“, sagt Berning): the heading's own paragraph has no attribution, and the speaker it
  // would pass on from the paragraph before it is someone else's.
  const attributedByOpening = new Map<string, Quote>();
  for (let index = quotes.length - 1; index >= 0; index--) {
    const quote = quotes[index]!;
    const opening = openingOf(quote.text);
    if (!opening) continue;
    const answer = answers[index]!;
    const later = attributedByOpening.get(opening);
    if (later && answer.standsAlone && PASSED_ON.test(answer.via) && later.speaker !== quote.speaker) {
      quote.speaker = later.speaker;
      quote.key = isKey(quote.text, quote.speaker);
    }
    if (quote.speaker && !PASSED_ON.test(answer.via)) attributedByOpening.set(opening, quote);
  }
}

/** How a quotation is attributed when it has no attribution of its own: the words pass on a speaker, or none. */
const PASSED_ON = /^(?:continued|none|subject-guess)/u;

/**
 * "The “opt out” movement is about “people telling leaders …,” Wilcox said.": the attribution at the end of a sentence
 * that holds more quotations after this one. Those are read as plain words, their closing comma kept.
 */
function attributionAtSentenceEnd(text: string, spans: QuoteSpan[], index: number, sentence: Sentence | undefined) {
  const span = spans[index]!;
  if (!sentence || sentence.end <= span.outerEnd) return undefined;
  // A sentence that goes on for more than a sentence's reach after this quotation does not end in its attribution, and
  // reading each such run again for every quotation in it cost its length squared (a page of "« … »" never ending its
  // sentence: 9 s for 80,000 characters). A list of a dozen quoted slogans before "…, Wilcox said." is well inside it.
  if (sentence.end - span.outerEnd > SENTENCE_REACH) return undefined;
  // The quotations after this one in its sentence (spans are in text order).
  const later: QuoteSpan[] = [];
  for (let next = index + 1; next < spans.length && spans[next]!.outerStart < sentence.end; next++) later.push(spans[next]!);
  if (later.length === 0) return undefined;
  let rest = '';
  let at = span.outerEnd;
  for (const other of later) {
    rest += text.slice(at, other.outerStart) + 'words' + (/[,;][’'"]*$/u.test(other.text.trimEnd()) ? ',' : '');
    at = Math.min(other.outerEnd, sentence.end);
  }
  rest += text.slice(at, sentence.end);
  return sentenceEndAttribution(rest);
}

/** The subject of a sentence whose verb is one of saying ("Rep. Zoe Lofgren (D-Calif.), who …, said that …"), or undefined. */
function subjectWhoSaid(sentenceText: string): string | undefined {
  // "McCain issued a statement after Donald Trump told a town hall that …": the clause the quotation stands in comes first.
  const inner = lastClauseSubject(sentenceText, { speech: true });
  if (inner && subjectSaid(inner.rest)) return inner.subject.text;
  const subject = clauseSubject(sentenceText);
  if (!subject || (subject.kind === 'description' && !hasAgentHead(subject.text))) return undefined;
  const at = sentenceText.indexOf(subject.text);
  return at >= 0 && subjectAlsoSaid(sentenceText.slice(at + subject.text.length)) ? subject.text : undefined;
}

/**
 * The name in a mention that describes as well: "White House press
 * secretary Josh Earnest" -> "Josh Earnest", "Rep. Gwen Moore (D-Wis.)" ->
 * "Rep. Gwen Moore"; a description without a name stays as it is ("the vendor").
 */
function nameInMention(mention: string): string {
  const holder = holderAfterOffice(mention.split(',')[0]!.trim());
  if (holder) return holder;
  const head = mention
    .replace(/\([^)]*\)/g, ' ')
    .split(',')[0]!
    .trim();
  // (A lower-case word before the name is its role: "runner Mary Jones", "longtime farmer Tom Berg" are read below.)
  if (!/\s\p{Ll}/u.test(head) && !/^\p{Ll}[\p{L}'’-]*\s+\p{Lu}/u.test(head)) return head;
  // "James Pethokoukis of the American Enterprise Institute": the person, not the employer after the preposition.
  const employer = /^(.*?\p{Lu}[\p{L}\p{M}'’.-]*)\s+(?:of|for|at|from|with)\s+(?:the\s+)?\p{Lu}/u.exec(head)?.[1];
  if (employer && /^(?:\p{Lu}[\p{L}\p{M}'’.-]*\s*)+$/u.test(employer) && personLike(employer)) return employer;
  // Particles stay inside a name: "Asociación de Vecinos", "Ursula von der Leyen", "Karl Theodor von und zu Brandenstein".
  const runs =
    head.match(
      /[\p{Lu}][\p{L}\p{M}'’.-]*(?:\s+(?:(?:von und zu|de|del|della|von|van|der|den|la|le|da|di|du|dos|zu|af|ter)\s+)*[\p{Lu}][\p{L}\p{M}'’.-]*)*/gu,
    ) ?? [];
  const last = runs[runs.length - 1];
  // "the mayor" has no name; "a narrator in the Clinton ad" is a description that mentions one.
  const name = last && head.endsWith(last) ? last : head;
  // "The New Republic’s Jeet Heer": the owner before a possessive is not the name.
  return /^(?:.*\s)?\p{Lu}[\p{L}\p{M}.-]*[’']s?\s+(\p{Lu}.*)$/u.exec(name)?.[1] ?? name;
}

/**
 * Capitalised words that the article also writes in lower case are common
 * words at the start of a clause ("Following Monday’s debate …"), not names;
 * all-capital words before a dash are datelines ("LOS ANGELES —").
 */
function dropCommonWords(mention: string, text: string, guessed: boolean): string {
  const words = mention.split(/\s+/);
  // Computed once per text: a regular expression per mention was quadratic on live blogs.
  const lower = lowerCaseWords(text);
  while (words.length > 1 || (words.length === 1 && !PRONOUNS.test(words[0]!))) {
    const word = words[0]!.replace(/[’']s$/u, '');
    const isCommon = word !== word.toLowerCase() && lower.has(word.toLowerCase());
    const isShouted = guessed && word.length > 1 && word === word.toUpperCase() && /\p{Lu}{2}/u.test(word);
    if (!isCommon && !isShouted) break;
    words.shift();
    if (words.length === 0) return '';
  }
  return words.join(' ');
}

export { keyQuotes } from '../key-quotes.ts';
