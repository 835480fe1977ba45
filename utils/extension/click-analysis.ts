/**
 * The summary and quotes of a toolbar click's article, worked out in the background (Chromium, click-read.ts). The
 * page answers the background some 120 ms before the popup's script runs, and the background has nothing else to do
 * then; the popup, which used to do this after its modules loaded, then only draws. The background's worker also keeps
 * the quote finder's compiled patterns from one click to the next while it stays up, where each popup starts afresh.
 */
import { analyzeText, type TextAnalysis } from '../reading/analyze.ts';
import { textToAnalyze } from '../reading/article-text.ts';
import type { PageReadResult } from './page-reader.ts';

/** Where the popup finds the background's stage times, for its timeline (the speed benchmark's breakdown). */
export interface TimedAnalysis extends TextAnalysis {
  timings: { stage: string; milliseconds: number }[];
}

/**
 * The analysis of a whole article the page gave. None for a failure, or for a very long page's beginning: the popup
 * shows that first and analyses it when idle (its `pending` view), then reads the rest.
 */
export function analyseClickRead(result: PageReadResult): TimedAnalysis | undefined {
  if (!result.ok || result.article.partial) return undefined;
  const timings: TimedAnalysis['timings'] = [];
  const analysis = analyzeText(textToAnalyze(result), { onStage: (stage, milliseconds) => timings.push({ stage, milliseconds }) });
  return { ...analysis, timings };
}
