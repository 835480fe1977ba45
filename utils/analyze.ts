/**
 * Everything the reader view shows, from one document: the clean article and
 * its metadata (extract.ts), then what is computed from them.
 */
import { extractArticle, type ExtractOptions } from './extract.ts';
import type { ExtractFailure, ExtractSuccess } from './types.ts';

export interface ReaderAnalysis extends ExtractSuccess {
  summary: string[];
  quotes: { text: string; speaker: string; key: boolean }[];
  citations: Record<string, unknown>;
}

export type AnalyzeResult = ReaderAnalysis | ExtractFailure;

export function analyzeDocument(document: Document, options: ExtractOptions = {}): AnalyzeResult {
  const extracted = extractArticle(document, options);
  if (!extracted.ok) return extracted;
  return { ...extracted, summary: [], quotes: [], citations: {} };
}
