/**
 * One file through the pipeline, for the `extract` command: read, parse,
 * analyze, render. Runs in a worker thread (extract-worker.ts), so the command
 * can stop a page that takes too long and go on with the next.
 */
import type { ReaderAnalysis } from '../../utils/reading/analyze.ts';
import type { SafeHtml } from '../../utils/types.ts';
import { analyzeDocument } from '../../utils/pipeline/extract.ts';
import { CITATION_STYLES, formatCitation } from '../../utils/citation/index.ts';
import { plainTextToPage } from '../../utils/pipeline/plain-text-page.ts';
import { formatHtml, formatMarkdown, formatText, jsonRecord, type OutputFormat } from './format-output.ts';
import { parseHtml } from './parse-html.ts';
import { InputError, readInput, statedUrl } from './read-input.ts';

export interface ExtractJob {
  file: string;
  url?: string;
  force: boolean;
  format: OutputFormat;
  /** Access date for citations, as milliseconds (dates do not cross a worker boundary as Dates). */
  accessed: number;
  /** The command's limit for this file (--timeout): the pipeline may use what parsing left of it. */
  timeoutMs: number;
}

/** Left of the file's limit for rendering the output and sending it back. */
const RENDER_MARGIN_MS = 1_000;

export type ExtractJobResult = { ok: true; output: string } | { ok: false; failure: Failure };

interface Failure {
  code: string;
  message: string;
}

function isJson(text: string): boolean {
  if (!/^\s*[[{]/.test(text)) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function analyzeFile({ file, url, force, timeoutMs }: ExtractJob): ReaderAnalysis<SafeHtml> | Failure {
  const started = performance.now();
  let input;
  try {
    input = readInput(file);
  } catch (error) {
    if (error instanceof InputError) return { code: error.code, message: error.message };
    throw error;
  }
  if (input.kind === 'text' && isJson(input.content)) return { code: 'not-article', message: `${file} is JSON data, not an article.` };
  const html = input.kind === 'text' ? plainTextToPage(input.content).html : input.content;
  const pageUrl = url ?? (input.kind === 'html' ? statedUrl(html) : undefined);
  let page;
  try {
    page = parseHtml(html, pageUrl);
  } catch (error) {
    // jsdom's own parser gives up on some broken markup (a style its CSS parser cannot read, found by the fuzzer).
    return { code: 'failed', message: `${file} could not be parsed as a page (${error instanceof Error ? error.message : String(error)}).` };
  }
  try {
    // The pipeline's own budget is made for a browser tab (a few seconds); jsdom is several times slower, and here the
    // person set the limit: the pipeline may take what is left of it and end with its own clear message.
    const timeBudgetMs = Math.max(1, timeoutMs - (performance.now() - started) - RENDER_MARGIN_MS);
    // The page is this job's own parse, closed right after: the pipeline may clean it in place rather than a copy.
    const analysis = analyzeDocument(page.document, { url: pageUrl ?? '', force, timeBudgetMs, ownsDocument: true });
    if (!analysis.ok) return { code: analysis.reason, message: analysis.message };
    return analysis;
  } finally {
    page.close();
  }
}

function citationsOf(analysis: ReaderAnalysis<SafeHtml>, accessed: Date): Record<string, string> {
  const citations: Record<string, string> = {};
  for (const style of CITATION_STYLES) citations[style] = formatCitation(analysis.meta, style, { accessed, articleText: analysis.article.text }).text;
  return citations;
}

function render(file: string, analysis: ReaderAnalysis<SafeHtml>, format: OutputFormat, accessed: Date): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(jsonRecord(file, analysis, citationsOf(analysis, accessed)))}\n`;
    case 'markdown':
      return formatMarkdown(analysis);
    case 'html':
      return formatHtml(analysis);
    case 'text':
      return formatText(analysis, { summary: analysis.summary, quotes: analysis.quotes });
  }
}

export function runJob(job: ExtractJob): ExtractJobResult {
  let result: ReaderAnalysis<SafeHtml> | Failure;
  try {
    result = analyzeFile(job);
  } catch (error) {
    result = { code: 'failed', message: `Something went wrong while reading ${job.file}: ${error instanceof Error ? error.message : String(error)}` };
  }
  if ('code' in result) return { ok: false, failure: result };
  return { ok: true, output: render(job.file, result, job.format, new Date(job.accessed)) };
}
