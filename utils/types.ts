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
  /** The authors as a person reads them, built once from `authors`: "Choi Si-young", "Anna Fink, Jan Marchart". */
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

/**
 * What a clean-up step records as it drops a block: the rule that matched and
 * the start of the block's text. The stage runner adds the stage's name.
 */
export interface RuleRemoval {
  rule: string;
  text: string;
}

/** Why a block of the page was dropped, and by which stage: the command line's `removed`, the tests and a bug report read these. */
export interface Removal extends RuleRemoval {
  stage: string;
}

declare const pageMarkupBrand: unique symbol;
declare const sanitizedMarkupBrand: unique symbol;
/**
 * Markup taken from a page: it may hold anything a page can (handlers, scripts,
 * `javascript:` links). Never inserted anywhere as it is; `sanitize.ts` is the
 * only way from here to something a view may show.
 */
export type RawHtml = string & { readonly [pageMarkupBrand]: true };
/** Markup that came out of `sanitize.ts`: the only markup a Lucid view or output file may hold. */
export type SafeHtml = RawHtml & { readonly [sanitizedMarkupBrand]: true };

/**
 * The clean article. In a tab (`readPage`) its markup is the page's, `RawHtml`,
 * and the view that shows it sanitizes it where it inserts it; in Node
 * (`extractArticle`) it is sanitized on the way out, `SafeHtml`.
 */
interface Article<Html extends RawHtml = RawHtml> {
  /** The clean article body as markup: see the type parameter. */
  html: Html;
  /** The clean body as plain text, one blank line between blocks. */
  text: string;
  /** The running text alone, without captions, tables and code: what the summary reads. */
  prose: string;
  wordCount: number;
  readingMinutes: number;
  removed: Removal[];
  /** Only the beginning of a very long page (the first pass, pipeline/preview.ts): the whole is still to be read. */
  partial?: boolean;
}

export type FailureCode = 'not-article' | 'empty-page' | 'too-large' | 'restricted' | 'timeout' | 'failed';

/** How long one pipeline stage took. */
export interface StageTiming {
  stage: string;
  milliseconds: number;
}

export interface ExtractFailure {
  ok: false;
  reason: FailureCode;
  /** A sentence a person can read. */
  message: string;
  /** In a tab: the time of each stage that ran, for the popup's performance measures. */
  timings?: StageTiming[];
}

export interface ExtractSuccess<Html extends RawHtml = RawHtml> {
  ok: true;
  article: Article<Html>;
  meta: ArticleMeta;
  /** In a tab: the time of each stage, for the popup's performance measures. */
  timings?: StageTiming[];
}

export type ExtractResult<Html extends RawHtml = RawHtml> = ExtractSuccess<Html> | ExtractFailure;

/** The rest of a very long page's article, after the beginning a first pass showed (pipeline/continuation.ts). */
export interface ArticleRest {
  ok: true;
  html: RawHtml;
  text: string;
  prose: string;
  wordCount: number;
  readingMinutes: number;
  removed: Removal[];
}
