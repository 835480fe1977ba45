/**
 * A citation asked for by a view. The popup formats it itself (the engine is
 * a lazily loaded chunk); the reader overlay, a content script that cannot
 * load chunks, asks the background, so the engine is not injected into pages.
 */
import type { ArticleMeta } from '../types.ts';
import type { CitationStyle } from './styles-list.ts';

export interface CitationRequest {
  meta: ArticleMeta;
  style: CitationStyle;
  /** The access date citations print, as an ISO string (messages carry JSON, not Dates). */
  accessed: string;
  /** The article's text, to keep proper nouns capitalised when a style puts the title in sentence case. */
  articleText: string;
}

export interface FormattedCitation {
  text: string;
  /** Markup with the style's italics, for the clipboard's rich-text flavour; '' for data formats. */
  html: string;
}

export type CitationFormatter = (request: CitationRequest) => Promise<FormattedCitation>;
