/**
 * The article pipeline with its output sanitized: what the command line, the
 * benchmarks and the tests call. (The script injected into a page runs the
 * same pipeline and leaves sanitizing to the view that inserts the markup.)
 */
import type { WindowLike } from 'dompurify';
import { analyzeArticle, type AnalyzeOptions, type AnalyzeResult } from '../reading/analyze.ts';
import { runPipeline, type ExtractOptions } from './pipeline.ts';
import { sanitizeOwnElement } from './sanitize.ts';
import type { ExtractResult, SafeHtml } from '../types.ts';

export type { ExtractOptions } from './pipeline.ts';

export interface SanitizedExtractOptions extends ExtractOptions {
  /** The window whose DOM the sanitizer parses in; defaults to the document's window. */
  window?: WindowLike;
}

export function extractArticle(document: Document, options: SanitizedExtractOptions = {}): ExtractResult<SafeHtml> {
  return runPipeline(document, options, (content, page) => {
    const window = options.window ?? (page.defaultView as unknown as WindowLike | null);
    if (!window) throw new Error('no window to sanitize in');
    // The serialize stage is the pipeline's last read of the article element (stages.ts).
    return sanitizeOwnElement(content, window);
  });
}

/** The article, its metadata, summary and quotes from one document: the command line's whole job. */
export function analyzeDocument(document: Document, options: SanitizedExtractOptions & AnalyzeOptions = {}): AnalyzeResult<SafeHtml> {
  const extracted = extractArticle(document, options);
  return extracted.ok ? analyzeArticle(extracted, options) : extracted;
}
