/**
 * `npm run -s extract -- [--url URL] [--format text|markdown|html|json] [--force] FILE...`
 *
 * Runs Lucid's article pipeline on saved pages and text files, the same code
 * the extension injects into a tab, on jsdom. Every file gets its own result;
 * a file that fails does not stop the others, and the exit code says whether
 * any failed (1) or the command line was wrong (2).
 */
import { parseArgs } from 'node:util';
import type { ReaderAnalysis } from '../utils/analyze.ts';
import { analyzeDocument } from '../utils/extract.ts';
import { CITATION_STYLES, formatCitation } from '../utils/citation/index.ts';
import { plainTextToPage } from '../utils/plain-text-page.ts';
import { OUTPUT_FORMATS, formatHtml, formatMarkdown, formatText, jsonRecord, type OutputFormat } from './lib/format-output.ts';
import { parseHtml } from './lib/parse-html.ts';
import { InputError, readInput, statedUrl } from './lib/read-input.ts';

const USAGE = `Usage: npm run -s extract -- [--url URL] [--format text|markdown|html|json] [--force] FILE...

  FILE          an .html/.htm page (gzip-compressed or not), a .txt article, or - for standard input
  --url URL     the address the page was saved from (default: the page's canonical link)
  --format F    text (default): the reader view; markdown; html: a clean document; json: one object per file per line
  --force       read the largest block of text even where the page holds no article ("Show anyway")
  --accessed D  the access date citations print (YYYY-MM-DD; default: today)
`;

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

function analyzeFile(file: string, url: string | undefined, force: boolean): ReaderAnalysis | Failure {
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
  const page = parseHtml(html, pageUrl);
  try {
    const analysis = analyzeDocument(page.document, { url: pageUrl ?? '', force });
    if (!analysis.ok) return { code: analysis.reason, message: analysis.message };
    return analysis;
  } finally {
    page.close();
  }
}

function citationsOf(analysis: ReaderAnalysis, accessed: Date): Record<string, string> {
  const citations: Record<string, string> = {};
  for (const style of CITATION_STYLES) citations[style] = formatCitation(analysis.meta, style, { accessed, articleText: analysis.article.text }).text;
  return citations;
}

function render(file: string, analysis: ReaderAnalysis, format: OutputFormat, accessed: Date): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(
        jsonRecord(file, analysis, {
          summary: analysis.summary,
          quotes: analysis.quotes.map(({ text, speaker, start, end, key }) => ({ text, speaker, start, end, key })),
          citations: citationsOf(analysis, accessed),
        }),
      )}\n`;
    case 'markdown':
      return formatMarkdown(analysis);
    case 'html':
      return formatHtml(analysis);
    case 'text':
      return formatText(analysis, { summary: analysis.summary, quotes: analysis.quotes });
  }
}

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        url: { type: 'string' },
        format: { type: 'string', default: 'text' },
        force: { type: 'boolean', default: false },
        accessed: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const format = values.format as OutputFormat;
  if (!OUTPUT_FORMATS.includes(format)) {
    process.stderr.write(`Unknown format "${values.format}": use one of ${OUTPUT_FORMATS.join(', ')}.\n`);
    return 2;
  }
  if (positionals.length === 0) {
    process.stderr.write(`No file given.\n\n${USAGE}`);
    return 2;
  }
  if (values.url !== undefined && !/^https?:\/\/[^\s]+$/i.test(values.url)) {
    process.stderr.write(`--url must be an http(s) address, not "${values.url}".\n`);
    return 2;
  }
  const accessed = values.accessed ? new Date(`${values.accessed}T12:00:00`) : new Date();
  if (Number.isNaN(accessed.getTime()) || (values.accessed && !/^\d{4}-\d{2}-\d{2}$/.test(values.accessed))) {
    process.stderr.write(`--accessed must be a date written YYYY-MM-DD, not "${values.accessed}".\n`);
    return 2;
  }
  let failed = 0;
  for (const [index, file] of positionals.entries()) {
    let result: ReaderAnalysis | Failure;
    try {
      result = analyzeFile(file, values.url, values.force ?? false);
    } catch (error) {
      result = { code: 'failed', message: `Something went wrong while reading ${file}: ${error instanceof Error ? error.message : String(error)}` };
    }
    if ('code' in result) {
      failed++;
      if (format === 'json') process.stdout.write(`${JSON.stringify({ file, ok: false, error: result })}\n`);
      else process.stderr.write(`${file}: ${result.message}\n`);
      continue;
    }
    if (format !== 'json' && positionals.length > 1) process.stdout.write(`${index > 0 ? '\n' : ''}==> ${file} <==\n`);
    process.stdout.write(render(file, result, format, accessed));
  }
  return failed > 0 ? 1 : 0;
}

// Output piped into \`head\` closes early; that is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = main(process.argv.slice(2));
