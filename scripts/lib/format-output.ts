/**
 * How `extract` prints a result: the reader view as text, Markdown, an HTML
 * document, or one JSON object per line.
 */
import { formatDate } from '../../utils/output/format-date.ts';
import { articleToMarkdown } from '../../utils/output/markdown.ts';
import type { ReaderAnalysis } from '../../utils/reading/analyze.ts';
import type { Quote } from '../../utils/reading/quotes/index.ts';
import { keyQuotes } from '../../utils/reading/key-quotes.ts';
import type { Author, ExtractSuccess, Removal, SafeHtml, TextDirection } from '../../utils/types.ts';

export type OutputFormat = 'text' | 'markdown' | 'html' | 'json';
export const OUTPUT_FORMATS: OutputFormat[] = ['text', 'markdown', 'html', 'json'];

function creditLine(result: ExtractSuccess): string {
  const { meta, article } = result;
  return [meta.byline, meta.siteName, formatDate(meta.published, 'en-GB'), `${article.readingMinutes} min read`].filter(Boolean).join(' · ');
}

function wrap(text: string, width: number, indent: string): string {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.map((part, index) => (index === 0 ? part : indent + part)).join('\n');
}

/** Extra sections (summary, quotes) that later stages add to the reader view. */
export interface ReaderExtras {
  summary?: string[];
  quotes?: { text: string; speaker: string; key: boolean }[];
}

export function formatText(result: ExtractSuccess, extras: ReaderExtras = {}): string {
  const { meta, article } = result;
  const out: string[] = [meta.title, '='.repeat(Math.min(80, Math.max(3, meta.title.length))), creditLine(result)];
  if (meta.canonicalUrl) out.push(meta.canonicalUrl);
  if (extras.summary?.length) {
    out.push('', 'Summary');
    for (const sentence of extras.summary) out.push(`  • ${wrap(sentence, 76, '    ')}`);
  }
  const key = keyQuotes(extras.quotes ?? []);
  if (key.length) {
    out.push('', 'Key quotes');
    for (const quote of key) out.push(`  “${wrap(quote.text, 74, '   ')}”`, `      — ${quote.speaker || 'unattributed'}`);
  }
  out.push('', '-'.repeat(40), '', article.text, '');
  return out.join('\n');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A standalone document: metadata goes in as escaped text, the article as the sanitizer left it. */
export function formatHtml(result: ExtractSuccess<SafeHtml>): string {
  const { meta, article } = result;
  const lang = meta.lang ? ` lang="${escapeHtml(meta.lang)}"` : '';
  return [
    '<!DOCTYPE html>',
    `<html${lang} dir="${meta.dir}">`,
    '<head><meta charset="utf-8">',
    `<title>${escapeHtml(meta.title)}</title>`,
    meta.canonicalUrl ? `<link rel="canonical" href="${escapeHtml(meta.canonicalUrl)}">` : '',
    '</head>',
    '<body><article>',
    `<h1>${escapeHtml(meta.title)}</h1>`,
    `<p class="byline">${escapeHtml(creditLine(result))}</p>`,
    article.html,
    '</article></body></html>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

export function formatMarkdown(result: ExtractSuccess): string {
  return articleToMarkdown(result.article.html, result.meta);
}

/** One line of `--format json`: what the reader view shows, as data. */
export interface ArticleRecord {
  file: string;
  ok: true;
  url: string | null;
  title: string;
  authors: Author[];
  byline: string;
  siteName: string;
  published: string | null;
  modified: string | null;
  lang: string | null;
  dir: TextDirection;
  canonicalUrl: string | null;
  excerpt: string;
  leadImage: string | null;
  readingMinutes: number;
  text: string;
  html: string;
  removed: Removal[];
  summary: string[];
  quotes: Pick<Quote, 'text' | 'speaker' | 'start' | 'end' | 'key'>[];
  citations: Record<string, string>;
}

/** A file that could not be read: the other files still run. */
export interface FailureRecord {
  file: string;
  ok: false;
  error: { code: string; message: string };
}

export type JsonRecord = ArticleRecord | FailureRecord;

export function jsonRecord(file: string, analysis: ReaderAnalysis, citations: Record<string, string>): ArticleRecord {
  const { meta, article } = analysis;
  return {
    file,
    ok: true,
    url: meta.url || null,
    title: meta.title,
    authors: meta.authors,
    byline: meta.byline,
    siteName: meta.siteName,
    published: meta.published || null,
    modified: meta.modified || null,
    lang: meta.lang || null,
    dir: meta.dir,
    canonicalUrl: meta.canonicalUrl || null,
    excerpt: meta.excerpt,
    leadImage: meta.leadImage || null,
    readingMinutes: article.readingMinutes,
    text: article.text,
    html: article.html,
    removed: article.removed,
    summary: analysis.summary,
    quotes: analysis.quotes.map(({ text, speaker, start, end, key }) => ({ text, speaker, start, end, key })),
    citations,
  };
}
