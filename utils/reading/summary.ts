/**
 * An extractive summary: the article's own sentences, a few of them, in
 * article order. Scoring is made for news, where the lead carries the story
 * (Lead-3 is the baseline to beat):
 *
 * - position: the first sentences of a news story summarise it; weight decays with position;
 * - centrality: a sentence that shares the article's salient words (weighted
 *   by how few sentences use them, so "the" and "der" weigh nothing in any language) stands for more of it;
 * - the title: sharing the headline's words is a strong sign of the main point;
 * - length: fragments and run-ons read badly;
 * - furniture: photo credits, captions glued to text, quote fragments and questions to the reader are not summary sentences;
 *   a web address, a word or two (a stray link: "click"), a credit and a dateline never are;
 * - redundancy: a sentence too close to one already chosen is passed over.
 *
 * Words are runs of letters and digits; for Chinese and Japanese, which do not
 * space words, character pairs stand in for words.
 */
import { splitSentences, type Sentence } from './sentences.ts';

export interface SummaryOptions {
  /** How many sentences, 1 to 5. */
  sentences?: number;
  title?: string;
  lang?: string;
}

export const DEFAULT_SUMMARY_SENTENCES = 3;

/** Word-like units of a sentence: lower-cased words, or character pairs in unspaced scripts. */
function summaryTerms(text: string): string[] {
  const lower = text.toLowerCase();
  const terms: string[] = [];
  for (const match of lower.matchAll(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+|[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)) {
    const word = match[0];
    if (/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(word)) {
      for (let index = 0; index + 1 < word.length; index++) terms.push(word.slice(index, index + 2));
      if (word.length === 1) terms.push(word);
    } else if (word.length > 1 || /\p{N}/u.test(word)) {
      terms.push(word.replace(/['’]s$/, ''));
    }
  }
  return terms;
}

interface ScoredSentence extends Sentence {
  index: number;
  terms: Map<string, number>;
  score: number;
}

/** Lines that are never summary sentences, whatever their words. */
const FURNITURE =
  /^(scroll down|click here|watch the video|read more|see more|photo:|image:|credit:|source:|follow us|sign up|subscribe|advertisement|related:|pictured:|video:)|\b(getty images|shutterstock|reuters\/|\(photo|\(image)\b/i;

/** Fewer terms than this is a stray link or label ("click", "Read more"), not a sentence. */
const MIN_SENTENCE_TERMS = 3;
/** A web address, alone or nearly: a page's own URL left in its text. */
const WEB_ADDRESS = /(?:https?:\/\/|www\.)\S+|\b[\w-]+(?:\.[\w-]+)+\/\S*/giu;
/** A photo or video credit: "Photo: Jane Roe", "(AP Photo/Evan Vucci)", "© Reuters", "Getty Images". */
const CREDIT =
  /^\(?\s*(photos?|fotos?|images?|bilder?|pictures?|videos?|credits?|crédits?|créditos?|quelle|source|fuente|copyright|photograph|illustration)\b[^.!?]{0,60}[:：/=]|©|\((ap|afp|reuters|dpa|epa|getty)\b[^)]{0,40}\)\s*$|\b(ap|afp|reuters|dpa|epa|getty images|shutterstock|imago|xinhua|yonhap)\s*(photo)?\s*\/\s*\p{Lu}/iu;
/** Longest line taken for a dateline when it is mostly numbers ("Updated: 15 November 2023, 10:12"). */
const DATELINE_MAX_TOKENS = 10;

/**
 * A line that says when the page was published or updated, in words, and ends on the date: "Article mis à jour le
 * 7 janvier 2020.", "Story updated on March 3, 2021", "Zuletzt aktualisiert am 5. Mai 2022". At most two words stand
 * before the verb ("Article", "Story"; "The novel was published in 2020." is a sentence); a sentence that goes on after its date ("published on 3 May found …") is not one.
 * The verb ends where no letter follows (`\b` knows ASCII letters only: "publié" would never end).
 */
const PUBLICATION_LINE =
  /^(\S+\s+){0,2}(updated|published|posted|modified|mis à jour|publié|modifié|aktualisiert|veröffentlicht|geändert|actualizado|publicado|modificado|aggiornato|pubblicato|zaktualizowano|opublikowano|bijgewerkt|gepubliceerd)(?![\p{L}\p{N}]).*\d[.)]?$/iu;

/** Whether a line is mostly a date (few words, and a third of them numbers), or says in words when the page was published. */
function isDateline(text: string): boolean {
  const tokens = text.split(/[\s,|·•:：]+/u).filter((token) => /[\p{L}\p{N}]/u.test(token));
  if (tokens.length === 0 || tokens.length > DATELINE_MAX_TOKENS) return false;
  return tokens.filter((token) => /\p{N}/u.test(token)).length * 3 >= tokens.length || PUBLICATION_LINE.test(text.trim());
}

/**
 * The end of a written sentence, in the scripts that mark one: a full stop, a question or exclamation mark, an ellipsis
 * (Latin, Greek, Cyrillic, CJK, Arabic, Devanagari, Armenian, Ethiopic, Burmese, Tibetan), then any closing marks.
 */
const SENTENCE_END = /(?:[.!?…。！？｡؟۔।॥։።။།\u037e]|(?<=\p{Script=Greek}\p{M}*);)[\p{Pe}\p{Pf}\p{Pi}"']*\s*$/u;

/** Whether a line ends like a written sentence (Greek asks with ";", its question mark, after a Greek word). */
export function endsLikeSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}

/**
 * The share of a text's sentences (by their length) that end like one, at or above which a line that does not is
 * taken for what it usually is where it appears in article text: a heading, a caption or its credit, a date line, a
 * label ("Tipp: …"), a name and role, a line of hard-wrapped text. Below it the article is written without full
 * stops (a list, verse, a script such as Thai that marks no sentence end), and every line may be a bullet.
 */
const PUNCTUATED_TEXT_SHARE = 0.5;

/**
 * Whether a sentence may be a summary bullet at all: never a web address, a word or two, a credit or a dateline,
 * whatever its position. (Scoring only weighs the sentences that may.)
 */
function isSummarySentence(text: string): boolean {
  const addresses = text.match(WEB_ADDRESS)?.join('') ?? '';
  if (addresses.length * 2 >= text.replace(/\s+/gu, '').length) return false;
  const terms = summaryTerms(text.replace(WEB_ADDRESS, ' '));
  if (terms.length < MIN_SENTENCE_TERMS) return false;
  return !CREDIT.test(text) && !isDateline(text);
}

function lengthFactor(words: number): number {
  if (words < 5) return 0.2;
  if (words < 9) return 0.7;
  if (words > 60) return 0.6;
  if (words > 40) return 0.85;
  return 1;
}

const OPENING_MARKS = '“"«„‘\'';
const CLOSING_MARKS = '”"»“’\'';

/**
 * A sentence that is only (or mostly) a quotation, opening with the mark: it reads as a fragment out of context. The
 * share of the sentence inside marks: an opening mark, 8 or more characters with no closing mark, the closing mark. One
 * pass from the end: the regular expression this was tried each opening mark against the rest of the sentence, its
 * length squared where the marks never close (a page of „ without “: 12 s for 80,000 characters).
 */
function quoteShare(text: string): number {
  // Code points, as the regular expression's `u` flag counted them.
  const characters = Array.from(text);
  // nextClosing[i]: where the first closing mark at or after i stands, or -1.
  const nextClosing = new Array<number>(characters.length + 1).fill(-1);
  for (let index = characters.length - 1; index >= 0; index--)
    nextClosing[index] = CLOSING_MARKS.includes(characters[index]!) ? index : nextClosing[index + 1]!;
  let quoted = 0;
  for (let index = 0; index < characters.length; index++) {
    if (!OPENING_MARKS.includes(characters[index]!)) continue;
    const closing = nextClosing[index + 1]!;
    if (closing < 0 || closing - index - 1 < 8) continue;
    for (let inside = index; inside <= closing; inside++) quoted += characters[inside]!.length;
    index = closing;
  }
  return quoted / Math.max(1, text.length);
}

function squaredNorm(vector: Map<string, number>): number {
  let norm = 0;
  for (const weight of vector.values()) norm += weight * weight;
  return norm;
}

/** `normB` can be given when `b` is compared many times (the centroid holds every term of the article). */
function cosine(a: Map<string, number>, b: Map<string, number>, normB = squaredNorm(b)): number {
  let dot = 0;
  let normA = 0;
  for (const [term, weight] of a) {
    normA += weight * weight;
    const other = b.get(term);
    if (other) dot += weight * other;
  }
  return normA && normB ? dot / Math.sqrt(normA * normB) : 0;
}

/** Sentences this similar to one already chosen say the same thing. */
const REDUNDANCY = 0.5;
/**
 * How much of the score comes from each sign. Set on summaries-dev (75
 * CNN/DailyMail articles) with a coarse search: position 1.0–2.0, centrality
 * 0.6–1.2, title 0.3–0.8 all beat Lead-3 there; the middle of that range is taken.
 */
const WEIGHTS = { position: 1.5, centrality: 1.0, title: 0.6 };

function scoreSentences(text: string, options: SummaryOptions = {}): ScoredSentence[] {
  const sentences = splitSentences(text, options.lang);
  const count = sentences.length;
  if (count === 0) return [];
  const termLists = sentences.map((sentence) => summaryTerms(sentence.text));
  // Sentence frequency of each term: a term in most sentences says nothing about any one of them.
  const frequency = new Map<string, number>();
  for (const terms of termLists) for (const term of new Set(terms)) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  const weight = (term: string) => Math.log((count + 1) / (frequency.get(term) ?? 1));
  const vectors = termLists.map((terms) => {
    const vector = new Map<string, number>();
    for (const term of terms) vector.set(term, (vector.get(term) ?? 0) + weight(term));
    return vector;
  });
  const centroid = new Map<string, number>();
  for (const vector of vectors) for (const [term, value] of vector) centroid.set(term, (centroid.get(term) ?? 0) + value);
  const titleVector = new Map<string, number>();
  for (const term of summaryTerms(options.title ?? '')) titleVector.set(term, (titleVector.get(term) ?? 0) + Math.max(weight(term), 0.5));

  const centroidNorm = squaredNorm(centroid);
  const titleNorm = squaredNorm(titleVector);

  return sentences.map((sentence, index) => {
    const vector = vectors[index]!;
    const words = termLists[index]!.length;
    const position = 1 / Math.sqrt(1 + index);
    const centrality = cosine(vector, centroid, centroidNorm);
    const title = titleVector.size ? cosine(vector, titleVector, titleNorm) : 0;
    let score = WEIGHTS.position * position + WEIGHTS.centrality * centrality + WEIGHTS.title * title;
    score *= lengthFactor(words);
    if (FURNITURE.test(sentence.text)) score *= 0.05;
    if (/\?\s*["”’»]?$/.test(sentence.text)) score *= 0.6;
    if (quoteShare(sentence.text) > 0.7) score *= 0.5;
    return { ...sentence, index, terms: vector, score };
  });
}

/**
 * The sentences a summary of up to five would use, in the order they were
 * chosen (best first), each with its position in the article. Choice is
 * greedy, so the first N of these are the summary of N sentences: a view can
 * change the length without computing again.
 */
export function rankSummarySentences(text: string, options: SummaryOptions = {}): { text: string; position: number }[] {
  const scored = scoreSentences(text, options);
  const ends = scored.map((sentence) => endsLikeSentence(sentence.text));
  let endingLength = 0;
  let allLength = 0;
  scored.forEach((sentence, index) => {
    allLength += sentence.text.length;
    if (ends[index]) endingLength += sentence.text.length;
  });
  const punctuated = endingLength >= PUNCTUATED_TEXT_SHARE * allLength;
  const ranked = scored.filter((sentence, index) => isSummarySentence(sentence.text) && (!punctuated || ends[index])).sort((a, b) => b.score - a.score);
  const chosen: ScoredSentence[] = [];
  for (const candidate of ranked) {
    if (chosen.length >= 5) break;
    if (chosen.some((other) => cosine(candidate.terms, other.terms) > REDUNDANCY)) continue;
    chosen.push(candidate);
  }
  // A list item's bullet is layout, not part of the sentence the summary lists.
  return chosen.map((sentence) => ({ text: sentence.text.replace(LIST_BULLET, ''), position: sentence.index }));
}

const LIST_BULLET = /^\s*• /;

/** The first `count` picks of a ranking, in article order. */
export function summaryOfLength(picks: { text: string; position: number }[], count: number): string[] {
  return [...picks.slice(0, Math.max(0, count))].sort((a, b) => a.position - b.position).map((pick) => pick.text);
}

/** The summary: `sentences` of the article's sentences (3 by default), in article order. */
export function summarize(text: string, options: SummaryOptions = {}): string[] {
  const wanted = Math.min(5, Math.max(1, Math.round(options.sentences ?? DEFAULT_SUMMARY_SENTENCES)));
  return summaryOfLength(rankSummarySentences(text, options), wanted);
}
