/**
 * The quotation ground truth in ../shared/data/quotes-dev and quotes-train
 * (PolNeAR dev and train): political news articles, every quoted stretch with
 * its gold speaker span. Scored as issue 11 and the data README say:
 *
 * - a predicted quotation matches a gold one when their character overlap /
 *   union is at least 0.5 (one prediction per gold quote);
 * - the truth names someone when the gold span is a name, or else when
 *   `speaker_name_auto` (machine-made) is set; a pronoun or a description in
 *   the gold span is not an answer;
 * - a shown speaker is right when, lower-cased with possessive 's dropped and
 *   non-letters/digits turned to spaces, it equals that name, or its last
 *   token (longer than 2 characters) is one of the name's tokens.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { sharedDataDir } from './paths.ts';

export interface GoldQuote {
  quote: string;
  speaker: string | null;
  speaker_name_auto?: string | null;
  start: number;
  end: number;
  type: string;
}

export interface QuoteArticle {
  id: string;
  text: string;
  quotes: GoldQuote[];
}

export const QUOTES_DEV_FILE = join(sharedDataDir(), 'quotes-dev', 'polnear-dev.json');
export const QUOTES_TRAIN_FILE = join(sharedDataDir(), 'quotes-train', 'polnear-train.json.gz');

export function loadQuoteArticles(file = QUOTES_DEV_FILE): QuoteArticle[] {
  const raw = readFileSync(file);
  const json = file.endsWith('.gz') ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
  return (JSON.parse(json) as { articles: QuoteArticle[] }).articles;
}

export interface PredictedQuote {
  start: number;
  end: number;
  speaker: string;
  mention: string;
}

export function overlapRatio(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const overlap = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return union > 0 ? overlap / union : 0;
}

/** The issue's normal form: lower case, possessive 's dropped, non-letters/digits to spaces. */
export function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’']s(?![\p{L}\p{N}])/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Pronouns and determiners: a gold span whose head is one of these names no one. */
const NOT_A_NAME = new Set(
  'he she they we i you it him her them us me his hers their theirs our its this that these those which who whom whose one someone somebody'.split(' '),
);

/**
 * Whether a gold span is a name: the last word of its head noun phrase is
 * capitalised and not a pronoun. The head is what comes before an
 * apposition's comma, a parenthesis, a relative clause or an "of"/"for"
 * phrase: "Joel Pollak of Breitbart California" and "17-year-old Jared Potts"
 * are names; "The GOP presidential candidate", "Hillary Clinton's right-hand
 * woman" and "White House officials" are descriptions.
 */
export function goldSpanIsName(span: string): boolean {
  const head = (span.replace(/\([^)]*\)/g, ' ').split(',')[0] ?? '').split(/\s+(?:who|which|that|whose|of|for|from|at|in|on|with|to)\s+/u)[0]!.trim();
  const words = head.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word));
  const last = words[words.length - 1];
  if (!last || !/^\p{Lu}/u.test(last)) return false;
  const bare = last
    .toLowerCase()
    .replace(/[’'](?:s|ve|re|ll|d|m)?$/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
  return !!bare && !NOT_A_NAME.has(bare);
}

/** The name the truth gives a quote's speaker, or undefined when it names no one. */
export function goldName(quote: GoldQuote): string | undefined {
  if (quote.speaker && goldSpanIsName(quote.speaker)) return quote.speaker;
  return quote.speaker_name_auto || undefined;
}

/** The issue's rule: a shown speaker is right when it equals the name, or its last token (> 2 characters) is one of the name's tokens. */
export function shownSpeakerRight(shown: string, name: string): boolean {
  const a = normaliseName(shown);
  const b = normaliseName(name);
  if (!a || !b) return false;
  if (a === b) return true;
  const last = a.split(' ').pop() ?? '';
  return last.length > 2 && b.split(' ').includes(last);
}

/** A description shown as the speaker ("a vendor", "the newspaper"): the article names no one. */
export function isDescription(shown: string): boolean {
  return /^\p{Ll}/u.test(shown.trim());
}

/** "X said" regex baseline: marks for quotes, the word(s) next to "said" for the speaker. */
export function naiveSaidBaseline(text: string): PredictedQuote[] {
  const predictions: PredictedQuote[] = [];
  for (const match of text.matchAll(/[“"]([^”"]+)[”"]/g)) {
    const start = match.index + 1;
    const end = start + (match[1]?.length ?? 0);
    const after = text.slice(end + 1, end + 80);
    const before = text.slice(Math.max(0, start - 81), start - 1);
    const speaker =
      /^[,\s]*(\w+(?:\s\w+)?)\s+said\b/.exec(after)?.[1] ??
      /^[,\s]*said\s+(\w+(?:\s\w+)?)/.exec(after)?.[1] ??
      /(\w+(?:\s\w+)?)\s+said\b[^“"]*$/.exec(before)?.[1] ??
      '';
    predictions.push({ start, end, speaker, mention: speaker });
  }
  return predictions;
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** One gold quote as the scorer saw it, for error listings. */
export interface JudgedQuote {
  article: QuoteArticle;
  gold: GoldQuote;
  name: string | undefined;
  prediction: PredictedQuote | undefined;
  /** True/false when a speaker was shown; undefined when none was. */
  shownRight: boolean | undefined;
}

export interface QuoteScores {
  articles: number;
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  /** Recall over gold quotes of 4 words or more. */
  recall4: number;
  /** (a) Gold quotes whose truth names someone and that Lucid found with a right speaker, over all such gold quotes. */
  speakerRecall: number;
  namedGold: number;
  /** (b) Shown speakers (on matched quotes) that are right, over all shown speakers. */
  shownPrecision: number;
  shown: number;
  /** Shown speakers on predicted quotes that match no gold quote (not scored; the gold has no such quotation). */
  shownUnmatched: number;
  judged: JudgedQuote[];
  /** Milliseconds per article of the predictor. */
  millis: number[];
}

/** Whether a shown speaker is right for a gold quote: against its name, or, where the truth names no one, a description against the gold description. */
export function judgeShown(shown: string, gold: GoldQuote): boolean {
  const name = goldName(gold);
  if (name) return shownSpeakerRight(shown, name);
  // The truth names no one: a name is wrong; a description is right only when it is the gold one ("a source" for "a source").
  return isDescription(shown) && !!gold.speaker && shownSpeakerRight(shown, gold.speaker);
}

export function scoreQuotes(articles: QuoteArticle[], predict: (article: QuoteArticle) => PredictedQuote[]): QuoteScores {
  let gold = 0;
  let predictedCount = 0;
  let matched = 0;
  let long = 0;
  let longMatched = 0;
  let namedGold = 0;
  let namedRight = 0;
  let shown = 0;
  let shownRight = 0;
  let shownUnmatched = 0;
  const judged: JudgedQuote[] = [];
  const millis: number[] = [];
  for (const article of articles) {
    const began = performance.now();
    const predictions = predict(article);
    millis.push(performance.now() - began);
    predictedCount += predictions.length;
    gold += article.quotes.length;
    const used = new Set<number>();
    for (const goldQuote of article.quotes) {
      let best = -1;
      let bestRatio = 0.5;
      predictions.forEach((prediction, index) => {
        if (used.has(index)) return;
        const ratio = overlapRatio(prediction, goldQuote);
        if (ratio >= bestRatio) {
          best = index;
          bestRatio = ratio;
        }
      });
      const isLong = wordCount(goldQuote.quote) >= 4;
      if (isLong) long++;
      const name = goldName(goldQuote);
      if (name) namedGold++;
      const prediction = best >= 0 ? predictions[best] : undefined;
      let right: boolean | undefined;
      if (prediction) {
        used.add(best);
        matched++;
        if (isLong) longMatched++;
        if (prediction.speaker.trim()) {
          right = judgeShown(prediction.speaker, goldQuote);
          shown++;
          if (right) shownRight++;
          if (right && name) namedRight++;
        }
      }
      judged.push({ article, gold: goldQuote, name, prediction, shownRight: right });
    }
    predictions.forEach((prediction, index) => {
      if (!used.has(index) && prediction.speaker.trim()) shownUnmatched++;
    });
  }
  const precision = matched / Math.max(1, predictedCount);
  const recall = matched / Math.max(1, gold);
  return {
    articles: articles.length,
    gold,
    predicted: predictedCount,
    matched,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    recall4: longMatched / Math.max(1, long),
    speakerRecall: namedRight / Math.max(1, namedGold),
    namedGold,
    shownPrecision: shownRight / Math.max(1, shown),
    shown,
    shownUnmatched,
    judged,
    millis,
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
