/**
 * "Copy quote with citation": the quotation with its speaker, the article's
 * citation, and a link that opens the article at the quoted words. Three
 * flavours, like the article citation: plain text and HTML together on the
 * clipboard (a paste into a word processor keeps the citation's italics and
 * the link), or Markdown. Quote and speaker come from the page and go in as
 * text: escaped for HTML and for Markdown.
 */
import { escapeMarkdownText } from '../output/markdown.ts';
import type { FormattedCitation } from './request.ts';
import { CITATION_STYLES, type CitationStyle } from './styles-list.ts';

export interface QuoteToCite {
  text: string;
  /** '' when the article does not say. */
  speaker: string;
  /** The article's language: which quotation marks to print. */
  lang: string;
}

export interface QuoteCitation {
  text: string;
  html: string;
  markdown: string;
}

/** Opening and closing marks by primary language subtag; English curly quotes for the rest. */
const MARKS: Record<string, [string, string]> = {
  de: ['„', '“'],
  fr: ['« ', ' »'],
  ja: ['「', '」'],
  ru: ['«', '»'],
  es: ['«', '»'],
  pl: ['„', '”'],
};

function marksFor(lang: string): [string, string] {
  return MARKS[lang.split('-')[0]?.toLowerCase() ?? ''] ?? ['“', '”'];
}

/** Data formats (BibLaTeX, RIS, CSL-JSON) do not read as a reference under a quotation: those quotes cite in APA. */
const DATA_FORMATS = new Set<CitationStyle>(['bibtex', 'ris', 'csl']);

export function quoteCitationStyle(style: CitationStyle): CitationStyle {
  return DATA_FORMATS.has(style) || !CITATION_STYLES.includes(style) ? 'apa' : style;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);

/** The quotation without the comma or the opening of a sentence it was cut from: “We will work together,” → “We will work together”. */
function trimmed(quote: string): string {
  return quote.trim().replace(/[,;:]$/u, '');
}

/** Text as Markdown text, with its web addresses as autolinks (escaping inside an address would change it). */
function markdownText(text: string): string {
  return text
    .split(/(https?:\/\/\S+)/)
    .map((part, index) => (index % 2 === 1 ? `<${part}>` : escapeMarkdownText(part)))
    .join('');
}

export function quoteWithCitation(quote: QuoteToCite, citation: FormattedCitation, link: string): QuoteCitation {
  const [open, close] = marksFor(quote.lang);
  const words = trimmed(quote.text);
  const speaker = quote.speaker.trim();
  const quoted = `${open}${words}${close}`;
  const attribution = speaker ? ` — ${speaker}` : '';
  const text = `${quoted}${attribution}\n\n${citation.text}\n${link}`;
  const html =
    `<blockquote><p>${escapeHtml(open + words + close)}</p>` +
    (speaker ? `<footer>— ${escapeHtml(speaker)}</footer>` : '') +
    `</blockquote>\n<p>${citation.html || escapeHtml(citation.text)}</p>\n` +
    `<p><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>`;
  const markdown = `> ${escapeMarkdownText(quoted)}${speaker ? `\n>\n> — ${escapeMarkdownText(speaker)}` : ''}\n\n${markdownText(citation.text)}\n\n<${link}>`;
  return { text, html, markdown };
}
