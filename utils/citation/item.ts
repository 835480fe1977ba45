/**
 * An article's metadata as a CSL-JSON item, the input every citation style
 * formats from. Light on purpose: the popup can build the item at once and
 * load the citation engine only when a citation is asked for.
 */
import type { ArticleMeta } from '../types.ts';
import { citedSiteName, citedTitle } from './fields.ts';
import { cslName, type CslName } from './names.ts';
import { textLooksEnglish, toSentenceCase } from './sentence-case.ts';

export type { CslName };
export { toSentenceCase };

interface CslDate {
  'date-parts': [number, number?, number?][];
}

export interface CslItem {
  id: string;
  type: 'article-newspaper' | 'post-weblog' | 'webpage';
  title: string;
  author?: CslName[];
  'container-title'?: string;
  publisher?: string;
  issued?: CslDate;
  accessed: CslDate;
  URL?: string;
  language?: string;
}

/** schema.org types of news stories; blogs and other pages cite differently. */
const NEWS_TYPES =
  /^(NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|LiveBlogPosting|Report|SatiricalArticle)$/;
const BLOG_TYPES = /^(BlogPosting|SocialMediaPosting|DiscussionForumPosting)$/;

function itemType(meta: Pick<ArticleMeta, 'pageType'>): CslItem['type'] {
  if (NEWS_TYPES.test(meta.pageType)) return 'article-newspaper';
  if (BLOG_TYPES.test(meta.pageType)) return 'post-weblog';
  // og:type "article" on a page that states no schema.org type: most often a news site.
  if (/^article$/i.test(meta.pageType)) return 'article-newspaper';
  return 'webpage';
}

function cslDate(iso: string): CslDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? { 'date-parts': [[Number(match[1]), Number(match[2]), Number(match[3])]] } : undefined;
}

function dateOf(day: Date): CslDate {
  return { 'date-parts': [[day.getFullYear(), day.getMonth() + 1, day.getDate()]] };
}

/** The address as MLA 9 prints it: without "http://" or "https://". */
export function addressWithoutScheme(url: string): string {
  return url.replace(/^https?:\/\//i, '');
}

export interface ItemOptions {
  /** When the person read the article: styles that print an access date use it. */
  accessed: Date;
  /** The clean article text, used to tell names from ordinary words when the title is put in sentence case. */
  articleText?: string;
}

/**
 * Whether the title is English, so put in sentence case for APA and title case for MLA and Chicago: the
 * page's declared language, unless the article's own text says otherwise (a German page declared "en"
 * by its template, an English page that declares nothing).
 */
export function isEnglish(meta: ArticleMeta, articleText: string): boolean {
  const declared = meta.lang.split('-')[0]?.toLowerCase() ?? '';
  const declaredEnglish = declared === 'en' || declared === '';
  if (!declaredEnglish) return false;
  return textLooksEnglish(articleText) ?? true;
}

/** `english`: isEnglish's answer, when the caller has it already (it reads the whole article text). */
export function toCslItem(meta: ArticleMeta, options: ItemOptions, english = isEnglish(meta, options.articleText ?? '')): CslItem {
  const articleText = options.articleText ?? '';
  const title = citedTitle(meta.title);
  const siteName = citedSiteName(meta.siteName, title);
  const item: CslItem = {
    id: 'article',
    type: itemType(meta),
    title: english ? toSentenceCase(title, articleText) : title,
    accessed: dateOf(options.accessed),
  };
  const authors = meta.authors.map((author) => cslName(author, siteName));
  if (authors.length) item.author = authors;
  // The site's name, once: given as publisher too, the styles print it twice ("lavazza.de; lavazza.de.").
  if (siteName) item['container-title'] = siteName;
  const issued = cslDate(meta.published) ?? cslDate(meta.modified);
  if (issued) item.issued = issued;
  const url = meta.canonicalUrl || meta.url;
  if (url) item.URL = url;
  // The declared language, unless the text says it is wrong (a German page declared "en" by its template):
  // then it is not known, and BibLaTeX, RIS and CSL-JSON leave it out rather than state a wrong one.
  if (meta.lang && (english || !/^en\b/i.test(meta.lang))) item.language = meta.lang;
  return item;
}
