/**
 * The quotation ground truth in ../shared/data/quotes-dev (PolNeAR dev):
 * political news articles, every quoted stretch with its gold speaker span.
 * Scored as that folder's README says: a predicted quotation matches a gold
 * one when their character overlap / union is at least 0.5; the speaker is
 * right when the prediction names the gold span or the gold span's head name.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDataDir } from './paths.ts';

export interface GoldQuote {
  quote: string;
  speaker: string | null;
  start: number;
  end: number;
  type: string;
}

export interface QuoteArticle {
  id: string;
  text: string;
  quotes: GoldQuote[];
}

export function loadQuoteArticles(file = join(sharedDataDir(), 'quotes-dev', 'polnear-dev.json')): QuoteArticle[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { articles: QuoteArticle[] }).articles;
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

const TITLES = /^(mr|mrs|ms|dr|sen|rep|representative|del|gov|gen|lt|retired|president|secretary|senator|governor|mayor|judge|former|presidential|nominee|candidate|democratic|republican|gop|vice|spokesman|spokeswoman|the|a|an)\.?\s+/i;

function normalise(name: string): string {
  let text = name.toLowerCase().replace(/[’']s\b/g, '').replace(/[^\p{L}\p{N}\s-]/gu, ' ').replace(/\s+/g, ' ').trim();
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(TITLES, '');
  }
  return text;
}

/**
 * The name inside a gold span, as the head of its noun phrase: appositions
 * after a comma and parentheses go ("Dean, a former DNC chairman" -> "Dean",
 * "Rep. G.K. Butterfield (D-N.C.), head of …" -> "Rep. G.K. Butterfield"), a
 * possessive is a modifier ("Hillary Clinton’s campaign manager Robby Mook"),
 * and the last capitalised run is the head ("longtime pollster Pat Caddell" -> "Pat Caddell").
 */
export function headName(span: string): string {
  const head = span.replace(/\([^)]*\)/g, ' ').split(',')[0] ?? '';
  const runs = (head.match(/[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*)*/gu) ?? []).filter((run) => !/[’']s$/.test(run));
  return runs[runs.length - 1] ?? '';
}

/**
 * Whether the predicted speaker is the gold one. The prediction carries the
 * words that attribute the quote in the text (the mention) and the full name
 * Lucid resolved them to; either may match. "Pat Caddell" matches a gold
 * "Caddell" (the same surname, one name inside the other); a gold pronoun
 * ("he") is matched only by the same pronoun, since nothing gold says who it is.
 */
export function speakerMatches(predicted: { speaker: string; mention: string }, gold: string): boolean {
  const goldNorm = normalise(gold);
  if (!goldNorm) return false;
  const candidates = [predicted.mention, predicted.speaker].map(normalise).filter(Boolean);
  if (candidates.includes(goldNorm)) return true;
  const head = normalise(headName(gold));
  if (!head) return false;
  return candidates.some((candidate) => {
    if (candidate === head) return true;
    const a = candidate.split(' ');
    const b = head.split(' ');
    const [short, long] = a.length <= b.length ? [a, b] : [b, a];
    return short[short.length - 1] === long[long.length - 1] && short.every((token) => long.includes(token));
  });
}

/** The "X said" regex baseline the README quotes: marks for quotes, the word(s) next to "said" for the speaker. */
export function naiveSaidBaseline(text: string): PredictedQuote[] {
  const predictions: PredictedQuote[] = [];
  for (const match of text.matchAll(/[“"]([^”"]+)[”"]/g)) {
    const start = (match.index ?? 0) + 1;
    const end = start + (match[1]?.length ?? 0);
    const after = text.slice(end + 1, end + 80);
    const before = text.slice(Math.max(0, start - 81), start - 1);
    const speaker =
      /^[,\s]*(\w+(?:\s\w+)?)\s+said\b/.exec(after)?.[1] ?? /^[,\s]*said\s+(\w+(?:\s\w+)?)/.exec(after)?.[1] ?? /(\w+(?:\s\w+)?)\s+said\b[^“"]*$/.exec(before)?.[1] ?? '';
    predictions.push({ start, end, speaker, mention: speaker });
  }
  return predictions;
}

export interface QuoteScores {
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  speakerAccuracy: number;
}

export function scoreQuotes(articles: QuoteArticle[], predict: (article: QuoteArticle) => PredictedQuote[]): QuoteScores {
  let gold = 0;
  let predictedCount = 0;
  let matched = 0;
  let speakersRight = 0;
  let speakersJudged = 0;
  for (const article of articles) {
    const predictions = predict(article);
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
      if (best < 0) continue;
      used.add(best);
      matched++;
      if (goldQuote.speaker) {
        speakersJudged++;
        if (speakerMatches(predictions[best]!, goldQuote.speaker)) speakersRight++;
      }
    }
  }
  const precision = matched / Math.max(1, predictedCount);
  const recall = matched / Math.max(1, gold);
  return {
    gold,
    predicted: predictedCount,
    matched,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    speakerAccuracy: speakersRight / Math.max(1, speakersJudged),
  };
}
