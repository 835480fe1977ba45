/**
 * An article's metadata as a CSL-JSON item, the input every citation style
 * formats from. Light on purpose: the popup can build the item at once and
 * load the citation engine only when a citation is asked for.
 */
import { isLiteralName, type ArticleMeta, type Author } from '../types.ts';

export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
  suffix?: string;
  'non-dropping-particle'?: string;
}

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

function cslName(author: Author): CslName {
  if (isLiteralName(author)) return { literal: author.literal };
  const name: CslName = { family: author.family, given: author.given };
  if (author.particle) name['non-dropping-particle'] = author.particle;
  if (author.suffix) name.suffix = author.suffix;
  // (Family-first names need nothing more: every reference-list style puts the family name first,
  // and CSL's static-ordering would drop the comma after it.)
  return name;
}

function cslDate(iso: string): CslDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? { 'date-parts': [[Number(match[1]), Number(match[2]), Number(match[3])]] } : undefined;
}

function dateOf(day: Date): CslDate {
  return { 'date-parts': [[day.getFullYear(), day.getMonth() + 1, day.getDate()]] };
}

/**
 * An English headline in sentence case, as APA wants and CSL expects titles to
 * be stored (the title-case styles, MLA and Chicago, capitalise from it). A
 * word keeps its capital when it is a name: capitalised where the article
 * uses it mid-sentence ("Blinken", "Cobham"), written in capitals (an acronym:
 * "US", "NATO"), or mixed case ("iPhone"). Titles already in sentence case are left alone.
 */
export function toSentenceCase(title: string, articleText = ''): string {
  const words = title.split(/(\s+)/);
  const letterWords = words.filter((word) => /\p{L}/u.test(word));
  const capitalised = letterWords.filter((word) => /^[^\p{L}]*\p{Lu}/u.test(word));
  // Mostly lower case already (a sentence-case headline): nothing to do.
  if (letterWords.length < 3 || capitalised.length / letterWords.length < 0.6) return title;
  const midSentence = new Set<string>();
  for (const match of articleText.matchAll(/(?<=[\p{Ll},;:]\s)[\p{Lu}][\p{L}'’-]*/gu)) midSentence.add(match[0].replace(/[’']s$/u, ''));
  let startOfSentence = true;
  return words
    .map((word) => {
      if (!/\p{L}/u.test(word)) return word;
      const core = word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
      const keep =
        startOfSentence ||
        (core.length > 1 && core === core.toUpperCase()) ||
        /\p{Ll}\p{Lu}/u.test(core) ||
        midSentence.has(core.replace(/[’']s$/u, '')) ||
        /^\p{Lu}\.$/u.test(core);
      startOfSentence = /[:?!]$/.test(word);
      return keep ? word : word.replace(core, core.toLowerCase());
    })
    .join('');
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

export function toCslItem(meta: ArticleMeta, options: ItemOptions): CslItem {
  const lang = meta.lang.split('-')[0] ?? '';
  const english = lang === 'en' || lang === '';
  const item: CslItem = {
    id: 'article',
    type: itemType(meta),
    title: english ? toSentenceCase(meta.title, options.articleText) : meta.title,
    accessed: dateOf(options.accessed),
  };
  const authors = meta.authors.map(cslName);
  if (authors.length) item.author = authors;
  if (meta.siteName) {
    item['container-title'] = meta.siteName;
    if (item.type === 'webpage') item.publisher = meta.siteName;
  }
  const issued = cslDate(meta.published) ?? cslDate(meta.modified);
  if (issued) item.issued = issued;
  const url = meta.canonicalUrl || meta.url;
  if (url) item.URL = url;
  if (meta.lang) item.language = meta.lang;
  return item;
}
