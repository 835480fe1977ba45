/**
 * "Copy a report": what Lucid found on a page, as text for a bug report. The
 * page's address, Lucid's version, the metadata, the quotes with their
 * speakers and the removal log (which rule took which block out): enough to
 * see what went wrong, without the page's markup. It is only put on the
 * clipboard: nothing is sent anywhere.
 */
import type { ArticleMeta, Removal } from '../types.ts';

export interface ReportInput {
  meta: ArticleMeta;
  quotes: { text: string; speaker: string; key: boolean }[];
  removed: Removal[];
  wordCount: number;
  /** Lucid's version, from its manifest. */
  version: string;
  /** The corrections the person made, when there are any: what Lucid should have found. */
  corrected?: Pick<ArticleMeta, 'title' | 'authors' | 'published' | 'siteName'>;
}

/** A removed block's text is cut to this: the log says which block, the page's text is not the point. */
const REMOVED_TEXT_LENGTH = 160;

export function buildReport(input: ReportInput): string {
  const { meta } = input;
  const found = {
    title: meta.title,
    authors: meta.authors,
    byline: meta.byline,
    siteName: meta.siteName,
    published: meta.published,
    modified: meta.modified,
    lang: meta.lang,
    dir: meta.dir,
    pageType: meta.pageType,
    canonicalUrl: meta.canonicalUrl,
    leadImage: meta.leadImage,
    wordCount: input.wordCount,
    quotes: input.quotes.map(({ text, speaker, key }) => ({ text, speaker, key })),
    removed: input.removed.map(({ rule, text }) => ({ rule, text: text.length > REMOVED_TEXT_LENGTH ? `${text.slice(0, REMOVED_TEXT_LENGTH)}…` : text })),
    ...(input.corrected ? { corrected: input.corrected } : {}),
  };
  return [
    'Lucid report',
    `Page: ${meta.url}`,
    `Lucid version: ${input.version || 'unknown'}`,
    '',
    'What Lucid found:',
    '```json',
    JSON.stringify(found, null, 2),
    '```',
    '',
  ].join('\n');
}
