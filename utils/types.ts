/**
 * The data the article pipeline hands out. Everything here is plain and
 * serialisable: it crosses the `executeScript` boundary, goes into JSON on the
 * command line and into the reader view.
 */

/** A person, with the name split as a citation needs it. */
export interface PersonName {
  given: string;
  family: string;
  /** "Jr.", "III". */
  suffix?: string;
  /** "van", "de la": kept apart so "van Gogh" sorts under G and cites right. */
  particle?: string;
  /** Written family name first ("Choi Si-young", "Xi Jinping", "최시영"), and shown so. */
  familyFirst?: boolean;
}

/** An organisation, or a name we could not split safely ("Reuters", "Editorial Board"). */
export interface LiteralName {
  literal: string;
}

export type Author = PersonName | LiteralName;

export function isLiteralName(author: Author): author is LiteralName {
  return 'literal' in author;
}

export type TextDirection = 'ltr' | 'rtl';

export interface ArticleMeta {
  title: string;
  authors: Author[];
  /** The byline as a person reads it: "Choi Si-young", "Anna Fink and Jan Marchart". */
  byline: string;
  siteName: string;
  /** ISO date (YYYY-MM-DD) in the publisher's own time zone, or '' when unknown. */
  published: string;
  modified: string;
  /** BCP 47 language tag, lower-case primary subtag ("en", "ko", "pt-br"), or ''. */
  lang: string;
  dir: TextDirection;
  excerpt: string;
  leadImage: string;
  /** Canonical address without tracking parameters. */
  canonicalUrl: string;
  /** The address the page was read from. */
  url: string;
  /** schema.org type or og:type when the page states one ("NewsArticle", "article"). */
  pageType: string;
}

/** Why a block of the page was dropped; tests and the debug view read these. */
export interface Removal {
  rule: string;
  text: string;
}

export interface Article {
  /** Sanitised HTML of the clean article body. */
  html: string;
  /** The clean body as plain text, one blank line between blocks. */
  text: string;
  /** The running text alone, without captions, tables and code: what the summary reads. */
  prose: string;
  wordCount: number;
  readingMinutes: number;
  removed: Removal[];
}

export type FailureCode = 'not-article' | 'empty-page' | 'too-large' | 'restricted' | 'timeout' | 'failed';

export interface ExtractFailure {
  ok: false;
  reason: FailureCode;
  /** A sentence a person can read. */
  message: string;
}

export interface ExtractSuccess {
  ok: true;
  article: Article;
  meta: ArticleMeta;
}

export type ExtractResult = ExtractSuccess | ExtractFailure;
