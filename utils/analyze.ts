/**
 * Everything the reader view shows, from one document: the clean article and
 * its metadata (extract.ts), then what is computed from the clean text — the
 * summary and the quotations with their speakers.
 */
import { extractArticle, type ExtractOptions } from './extract.ts';
import { findQuotes, type Quote } from './quotes/index.ts';
import { DEFAULT_SUMMARY_SENTENCES, summarize } from './summary.ts';
import type { ExtractFailure, ExtractSuccess } from './types.ts';

export interface AnalyzeOptions extends ExtractOptions {
  /** Summary length, 1–5 sentences; 0 for none. */
  summarySentences?: number;
}

export interface ReaderAnalysis extends ExtractSuccess {
  summary: string[];
  quotes: Quote[];
}

export type AnalyzeResult = ReaderAnalysis | ExtractFailure;

/** Summary and quotations for an extracted article. */
export function analyzeArticle(extracted: ExtractSuccess, options: AnalyzeOptions = {}): ReaderAnalysis {
  const sentences = options.summarySentences ?? DEFAULT_SUMMARY_SENTENCES;
  const { text, prose } = extracted.article;
  const lang = extracted.meta.lang;
  return {
    ...extracted,
    summary: sentences > 0 ? summarize(prose, { sentences, title: extracted.meta.title, lang }) : [],
    quotes: findQuotes(text, { lang }),
  };
}

export function analyzeDocument(document: Document, options: AnalyzeOptions = {}): AnalyzeResult {
  const extracted = extractArticle(document, options);
  return extracted.ok ? analyzeArticle(extracted, options) : extracted;
}
