/**
 * What the reader view computes from a clean article's text: the summary and
 * the quotations with their speakers. Text in, data out, no DOM: it runs in
 * the background for a toolbar click's popup (Chromium), in the popup where it
 * reads the page itself, in the command line, and for reader mode in a module
 * injected on first need, so neither the script injected to read a page nor
 * the overlay's own bundle carries it.
 */
import { findQuotes, type Quote } from './quotes/index.ts';
import { DEFAULT_SUMMARY_SENTENCES, rankSummarySentences, summaryOfLength } from './summary.ts';
import { textToAnalyze, type TextToAnalyze } from './article-text.ts';
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
  /** The summary and quotes are still being computed (reader mode asks the background for them): the view is not whole yet. */
  pending?: boolean;
}

export type AnalyzeResult<Html extends RawHtml = RawHtml> = ReaderAnalysis<Html> | ExtractFailure;

export type TextAnalysis = Pick<ReaderAnalysis, 'summary' | 'summaryPicks' | 'quotes'>;

/** Summary and quotations of an article's text. */
export function analyzeText({ text, prose, title, lang }: TextToAnalyze, options: AnalyzeOptions = {}): TextAnalysis {
  const started = performance.now();
  const summaryPicks = rankSummarySentences(prose, { title, lang });
  const ranked = performance.now();
  const quotes = findQuotes(text, { lang });
  options.onStage?.('summary', ranked - started);
  options.onStage?.('quotes', performance.now() - ranked);
  return { summary: summaryOfLength(summaryPicks, options.summarySentences ?? DEFAULT_SUMMARY_SENTENCES), summaryPicks, quotes };
}

/** Summary and quotations for an extracted article. */
export function analyzeArticle<Html extends RawHtml>(extracted: ExtractSuccess<Html>, options: AnalyzeOptions = {}): ReaderAnalysis<Html> {
  return { ...extracted, ...analyzeText(textToAnalyze(extracted), options) };
}
