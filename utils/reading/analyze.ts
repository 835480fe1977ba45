/**
 * What the reader view computes from a clean article's text: the summary and
 * the quotations with their speakers. It runs where the view runs (the popup,
 * the overlay, the command line), not in the script injected into a page, so
 * that script stays small.
 */
import { findQuotes, type Quote } from './quotes/index.ts';
import { DEFAULT_SUMMARY_SENTENCES, rankSummarySentences, summaryOfLength } from './summary.ts';
import type { ExtractFailure, ExtractSuccess, RawHtml } from '../types.ts';

export interface AnalyzeOptions {
  /** Summary length, 1–5 sentences; 0 for none. */
  summarySentences?: number;
  /** Told the time the summary and the quote finder each took: the benchmark's per-stage table. */
  onStage?: (stage: string, milliseconds: number) => void;
}

export interface ReaderAnalysis<Html extends RawHtml = RawHtml> extends ExtractSuccess<Html> {
  /** The summary at the requested length, in article order. */
  summary: string[];
  /** Up to five summary sentences, best first: a view shows the first N in article order. */
  summaryPicks: { text: string; position: number }[];
  quotes: Quote[];
}

export type AnalyzeResult<Html extends RawHtml = RawHtml> = ReaderAnalysis<Html> | ExtractFailure;

/** Summary and quotations for an extracted article. */
export function analyzeArticle<Html extends RawHtml>(extracted: ExtractSuccess<Html>, options: AnalyzeOptions = {}): ReaderAnalysis<Html> {
  const sentences = options.summarySentences ?? DEFAULT_SUMMARY_SENTENCES;
  const { text, prose } = extracted.article;
  const lang = extracted.meta.lang;
  const started = performance.now();
  const summaryPicks = rankSummarySentences(prose, { title: extracted.meta.title, lang });
  const ranked = performance.now();
  const quotes = findQuotes(text, { lang });
  options.onStage?.('summary', ranked - started);
  options.onStage?.('quotes', performance.now() - ranked);
  return { ...extracted, summary: summaryOfLength(summaryPicks, sentences), summaryPicks, quotes };
}
