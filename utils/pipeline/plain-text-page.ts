/**
 * A plain-text article (a .txt file, text a reader copied from a page, a
 * browser's view of a text file) turned into a page the pipeline can read:
 * one paragraph per line or blank-line-separated block, the headline found
 * among the first lines. The same clean-up then runs as on any page, so the
 * "Back To Top" and "MOST POPULAR" that came along with a copy go too.
 */
import { TEXT_RULES } from './clutter-rules.ts';
import { caseless } from './clutter.ts';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** How far into the text the headline is looked for. */
const TITLE_SEARCH_LINES = 6;

/** A headline: a short line that is not furniture and does not read as a sentence of body text. */
function looksLikeHeadline(line: string): boolean {
  if (line.length < 12 || line.length > 200) return false;
  if (/[.!?。！？:]$/.test(line) && !/\b[A-Z]\.$/.test(line)) return false;
  return !TEXT_RULES.some((rule) => line.length <= rule.maxLength && rule.pattern.test(caseless(line)));
}

export interface PlainTextPage {
  title: string;
  html: string;
}

export function plainTextToPage(text: string): PlainTextPage {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim());
  const nonEmpty = lines.filter(Boolean);
  const title = nonEmpty.slice(0, TITLE_SEARCH_LINES).find(looksLikeHeadline) ?? '';
  let titleTaken = false;
  const paragraphs: string[] = [];
  for (const line of nonEmpty) {
    if (!titleTaken && line === title) {
      titleTaken = true;
      continue;
    }
    paragraphs.push(`<p>${escapeHtml(line)}</p>`);
  }
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><main>${title ? `<h1>${escapeHtml(title)}</h1>` : ''}${paragraphs.join('\n')}</main></body></html>`;
  return { title, html };
}
