/**
 * The clean article as Markdown, for "Copy as Markdown" and `extract --format
 * markdown`. Conversion is Turndown's (with Joplin's GFM plugin for tables and
 * strikethrough): HTML-to-Markdown has many corner cases (nested lists, code,
 * escaping) that a well-kept library gets right and hand-written code does not.
 */
import TurndownService from 'turndown';
import { strikethrough, tables } from '@joplin/turndown-plugin-gfm';
import type { ArticleMeta } from '../types.ts';

let service: TurndownService | undefined;

function turndown(): TurndownService {
  if (service) return service;
  service = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '*', linkStyle: 'inlined' });
  service.use([tables, strikethrough]);
  // Figures: the image, then its caption in italics on its own line.
  service.addRule('figcaption', {
    filter: 'figcaption',
    replacement: (content) => (content.trim() ? `\n\n*${content.trim()}*\n\n` : ''),
  });
  return service;
}

/** Markdown of sanitized article HTML. */
export function htmlToMarkdown(html: string): string {
  return turndown()
    .turndown(html)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Escapes text that goes into Markdown as text (a title, a name), so it cannot become markup. */
export function escapeMarkdownText(text: string): string {
  return text.replace(/([\\`*_{}[\]()#+!|<>])/g, '\\$1');
}

export interface MarkdownHeader {
  meta: Pick<ArticleMeta, 'title' | 'byline' | 'siteName' | 'published' | 'canonicalUrl'>;
}

/** The article as a Markdown document: title, a line naming author, site and date, the source link, the body. */
export function articleToMarkdown(html: string, meta: MarkdownHeader['meta']): string {
  const credit = [meta.byline, meta.siteName, meta.published].filter(Boolean).map(escapeMarkdownText).join(' · ');
  const lines = [`# ${escapeMarkdownText(meta.title)}`];
  if (credit) lines.push('', `*${credit}*`);
  if (meta.canonicalUrl) lines.push('', `<${meta.canonicalUrl}>`);
  lines.push('', htmlToMarkdown(html));
  return `${lines.join('\n')}\n`;
}
