/**
 * The article pipeline: Document + URL in, plain data out. The stages are in
 * stages.ts, in order; runner.ts runs them, times each, keeps the time budget
 * and the one removal log.
 *
 * Serialising is the caller's: the command line and tests sanitize here
 * (extract.ts); the script injected into a page returns the markup as it is,
 * and the Lucid view that shows it sanitizes at the one place it inserts it.
 * That keeps the sanitizer out of the script that runs in the page.
 *
 * The live document is only read, never changed: every stage that edits works
 * on a clone. Only a caller that parsed the document for this run alone (the
 * command line, the benchmark) may hand it over to be cleaned in place
 * (`ownsDocument`, stages.ts). Nothing here throws: every failure becomes `{ ok: false }` with
 * a reason a person can read.
 */
import { failure } from './failures.ts';
import { inertMarkup } from './inert-markup.ts';
import { runStages } from './runner.ts';
import { PIPELINE_STAGES, type ExtractOptions, type PipelineState, type Serializer } from './stages.ts';
import type { ExtractFailure, ExtractResult, RawHtml, Removal } from '../types.ts';

export type { ExtractOptions, Serializer } from './stages.ts';

/** A news page takes tens of milliseconds in a browser; a live blog of 20 MB a few seconds. */
const DEFAULT_TIME_BUDGET_MS = 15_000;

/** The clean article's markup as the page wrote it, less what could carry an event handler: `RawHtml`, for the view that sanitizes where it inserts. */
export function pageMarkup(content: Element): RawHtml {
  return inertMarkup(content);
}

export function runPipeline<Html extends RawHtml>(document: Document, options: ExtractOptions, serialize: Serializer<Html>): ExtractResult<Html> {
  try {
    return extractOrFail(document, options, serialize);
  } catch (error) {
    return failure('failed', error instanceof Error ? `(${error.message})` : undefined);
  }
}

function extractOrFail<Html extends RawHtml>(page: Document, options: ExtractOptions, serialize: Serializer<Html>): ExtractResult<Html> {
  const removed: Removal[] = [];
  const state: PipelineState<Html> = { page, options, serialize, removed };
  const run = runStages<PipelineState, ExtractFailure>(PIPELINE_STAGES, state, { timeBudgetMs: options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS, removed });
  if (options.onStage) for (const { stage, milliseconds } of run.timings) options.onStage(stage, milliseconds);
  if (run.timedOut) return failure('timeout');
  if (run.stopped) return run.stopped;
  const { html, text, prose, wordCount, readingMinutes, meta } = state;
  if (html === undefined || text === undefined || prose === undefined || wordCount === undefined || readingMinutes === undefined || !meta) {
    return failure('failed', '(a stage left its work undone)');
  }
  const article = { html, text, prose, wordCount, readingMinutes, removed };
  return { ok: true, article: state.partial ? { ...article, partial: true } : article, meta };
}
