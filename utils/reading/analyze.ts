/**
 * What the reader view computes from a clean article's text: the summary and
 * the quotations with their speakers. Text in, data out, no DOM: it runs in
 * the popup and the command line, and for reader mode in the background (the
 * overlay sends the text), so neither the script injected to read a page nor
 * the overlay's own bundle carries it.
 */
import { findQuotes, type Quote } from './quotes/index.ts';
import { DEFAULT_SUMMARY_SENTENCES, rankSummarySentences, summaryOfLength } from './summary.ts';
import type { ExtractFailure, ExtractSuccess, RawHtml } from '../types.ts';

export interface AnalyzeOptions {
  /** Summary length, 1–5 sentences; 0 for none. */
  summarySentences?: number;
}

export interface ReaderAnalysis<Html extends RawHtml = RawHtml> extends ExtractSuccess<Html> {
  /** The summary at the requested length, in article order. */
  summary: string[];
  /** Up to five summary sentences, best first: a view shows the first N in article order. */
  summaryPicks: { text: string; position: number }[];
  quotes: Quote[];
}

export type AnalyzeResult<Html extends RawHtml = RawHtml> = ReaderAnalysis<Html> | ExtractFailure;

/** What the analysis reads: the article's text, its running prose, its title and language. */
export interface TextToAnalyze {
  text: string;
  prose: string;
  title: string;
  lang: string;
}

export type TextAnalysis = Pick<ReaderAnalysis, 'summary' | 'summaryPicks' | 'quotes'>;

export function textToAnalyze({ article, meta }: ExtractSuccess): TextToAnalyze {
  return { text: article.text, prose: article.prose, title: meta.title, lang: meta.lang };
}

/** Summary and quotations of an article's text. */
export function analyzeText({ text, prose, title, lang }: TextToAnalyze, options: AnalyzeOptions = {}): TextAnalysis {
  const summaryPicks = rankSummarySentences(prose, { title, lang });
  return {
    summary: summaryOfLength(summaryPicks, options.summarySentences ?? DEFAULT_SUMMARY_SENTENCES),
    summaryPicks,
    quotes: findQuotes(text, { lang }),
  };
}

/** Summary and quotations for an extracted article. */
export function analyzeArticle<Html extends RawHtml>(extracted: ExtractSuccess<Html>, options: AnalyzeOptions = {}): ReaderAnalysis<Html> {
  return { ...extracted, ...analyzeText(textToAnalyze(extracted), options) };
}

/** An article shown before its analysis is in: no summary and no key quotes yet. */
export function withoutAnalysis<Html extends RawHtml>(extracted: ExtractSuccess<Html>): ReaderAnalysis<Html> {
  return { ...extracted, summary: [], summaryPicks: [], quotes: [] };
}
