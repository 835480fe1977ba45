/**
 * Where on a page a name or a date is printed says whether it is the article's.
 * An "author" element or a `<time>` does not speak of the article when it sits in
 * a comment, a form, a teaser for another story, a quotation or the site's
 * footer: those name commenters, the authors and dates of other stories, the
 * people quoted and the makers of the site.
 */
import { SOURCE_TEXT_TAGS, elementsByTag, firstByTag, hasAncestor, tagOf } from '../dom/dom.ts';

/** Comment threads and forms name their commenters ("Peter sagt:", "Name *"), never the article's author. */
const COMMENTS_CLASS = /comment|respond|reply|replies|discussion|disqus|forum-post/i;
/** A quotation's box: its "author" is the person quoted ("zitat-author", "quote__author", "testimonial-author"). */
const QUOTATION_CLASS = /quote|zitat|citation|testimonial/i;
const HEADING_LINKS = 'h2 a[href], h3 a[href], h4 a[href], h5 a[href], a[href] h2, a[href] h3, a[href] h4';

function marksOf(element: Element): string {
  return `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
}

/** The address without its fragment, query or trailing slash: a headline linking to its own page is a permalink. */
function pageKey(href: string, pageUrl: string): string {
  try {
    const url = new URL(href, pageUrl || undefined);
    return `${url.host}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    return href;
  }
}

/**
 * A teaser: a list item or `<article>` that holds a heading linking to another
 * page (and not the page's own headline: the caller stops at the item with the `<h1>`). A blog's own post title often
 * links to the post itself (its permalink), which is no teaser.
 */
function teaserItem(item: Element, pageUrl: string, own: string): boolean {
  for (const link of item.querySelectorAll(HEADING_LINKS)) {
    const anchor = tagOf(link) === 'a' ? link : link.closest('a');
    const href = anchor?.getAttribute('href') ?? '';
    if (href && !href.startsWith('#') && pageKey(href, pageUrl) !== own) return true;
  }
  return false;
}

/**
 * How much text makes an `<article>` the page's own story rather than a teaser: a teaser prints a headline and a
 * line or two, the story (whose headline may sit above it, outside the element) runs to paragraphs.
 */
const STORY_TEXT_LENGTH = 1500;

/** Elements whose text no reader sees as the story's: a script's, a style sheet's, a drawing's. */
const UNREAD_TAGS = new Set([...SOURCE_TEXT_TAGS, 'svg']);

/** The length of the text a reader sees in `element`, counted until `enough`. */
function readableLength(element: Element, enough: number): number {
  let length = 0;
  const walk = (node: Element): void => {
    for (let child = node.firstChild; child && length < enough; child = child.nextSibling) {
      if (child.nodeType === 3) length += (child.nodeValue ?? '').trim().length;
      else if (child.nodeType === 1 && !UNREAD_TAGS.has(tagOf(child as Element))) walk(child as Element);
    }
  };
  walk(element);
  return length;
}

/**
 * True when the `<article>` holds the page's story though its headline is printed above it, outside the element:
 * the first `<article>` after the page's `<h1>` with a story's length of readable text, where no `<article>` holds an
 * `<h1>` of its own. Teaser cards printed as short `<article>`s between the headline and the story (a sidebar that
 * comes first in the markup) are passed over; a later long `<article>` is the next story a page appends.
 */
function holdsAStory(article: Element, pageUrl: string): boolean {
  return storyArticle(article.ownerDocument, pageUrl) === article;
}

/**
 * The story's `<article>` for each document, kept while the document's headline and `<article>`s stay the same: the
 * question is asked for each name and date the page prints, and finding the answer reads the text of the
 * `<article>`s up to the story.
 */
const storyArticles = new WeakMap<Document, { headline: Element; articles: number; story: Element | undefined }>();

/**
 * The first `<article>` after the headline, passing over teaser cards only (a sidebar of them can come first in the
 * markup): one that links its heading to another page, or stands in an `<aside>` or `<nav>`. A short `<article>` that
 * is none of those is the story itself, a brief, and the long one after it is the next story the page appends.
 */
function storyArticle(document: Document, pageUrl: string): Element | undefined {
  const headline = firstByTag(document, 'h1');
  if (!headline) return undefined;
  // A snapshot read by index: iterating a jsdom collection looks up every name it is asked for (dom.ts).
  const articles = elementsByTag(document, 'article');
  const known = storyArticles.get(document);
  if (known && known.headline === headline && known.articles === articles.length && (!known.story || known.story.isConnected)) return known.story;
  let story: Element | undefined;
  if (!articles.some((candidate) => firstByTag(candidate, 'h1'))) {
    const ownPage = pageKey(pageUrl, pageUrl);
    // compareDocumentPosition: 4 means the argument follows.
    for (const candidate of articles) {
      if (!(headline.compareDocumentPosition(candidate) & 4)) continue;
      if (readableLength(candidate, STORY_TEXT_LENGTH) >= STORY_TEXT_LENGTH) {
        story = candidate;
        break;
      }
      if (!candidate.closest('aside, nav') && !teaserItem(candidate, pageUrl, ownPage)) break;
    }
  }
  storyArticles.set(document, { headline, articles: articles.length, story });
  return story;
}

/** True when what `element` prints (a name, a date) belongs to something other than the article. */
export function belongsElsewhere(element: Element, pageUrl: string): boolean {
  let withinArticle = false;
  let withinFooter = false;
  // Items are looked at from the innermost out ("li.meta--author" in "article.teaser") until the one holding the headline.
  let insideHeadlineItem = false;
  let ownPage: string | undefined;
  for (let node: Element | null = element; node; node = node.parentElement) {
    const tag = tagOf(node);
    if (tag === 'form' || tag === 'blockquote' || tag === 'q') return true;
    const marks = marksOf(node);
    if (marks.trim()) {
      if (COMMENTS_CLASS.test(marks)) return true;
      // The body's classes describe the whole page ("single-format-quote"), not a box on it.
      if (tag !== 'body' && tag !== 'html' && QUOTATION_CLASS.test(marks)) return true;
    }
    if ((tag === 'article' || tag === 'li') && !insideHeadlineItem) {
      if (node.querySelector('h1') || (tag === 'article' && holdsAStory(node, pageUrl))) insideHeadlineItem = true;
      else if (teaserItem(node, pageUrl, (ownPage ??= pageKey(pageUrl, pageUrl)))) return true;
    }
    if (tag === 'article' || tag === 'main') withinArticle = true;
    if (tag === 'footer' || node.getAttribute('role') === 'contentinfo') withinFooter = true;
  }
  // The site's footer ("Hecho en Bolivia con Drupal por Smartica") credits who made the site; an article's own
  // footer (inside its <article>) may carry the byline and is kept.
  return withinFooter && !withinArticle;
}

/**
 * True when `element` sits in the site's own header: a `<header>` or `role="banner"` outside the page's `<article>`
 * and `<main>`, before the page's headline. Themes print today's date there ("Monday, October 12, 2020" over every
 * page), which dates the visit, not the article. An article's own header holds its headline (an `<h1>`, or on a page
 * without one an `<h2>`–`<h6>`), sits inside the article, or follows the headline ("<h1>…</h1><header
 * class="entry-meta">By … · date</header>"). Headings only screen readers see ("Main navigation") or in a menu are the
 * site's, not a headline.
 */
export function inSiteHeader(element: Element): boolean {
  let banner: Element | undefined;
  for (let node: Element | null = element; node; node = node.parentElement) {
    const tag = tagOf(node);
    if (tag === 'article' || tag === 'main') return false;
    if (!banner && (tag === 'header' || node.getAttribute('role') === 'banner')) banner = node;
  }
  if (!banner || firstByTag(banner, 'h1')) return false;
  const header = banner;
  const seen = (heading: Element) => !isScreenReaderOnly(heading);
  const h1 = firstByTag(header.ownerDocument, 'h1', seen);
  if (!h1) return !HEADINGS.some((tag) => firstByTag(header, tag, (heading) => seen(heading) && !hasAncestor(heading, 'nav')));
  // DOCUMENT_POSITION_PRECEDING: the page's <h1> comes before the header, which is then the article's.
  return (banner.compareDocumentPosition(h1) & 2) === 0;
}

/** A heading set for screen readers only (Drupal's "visually-hidden", Bootstrap's "sr-only"). */
function isScreenReaderOnly(element: Element): boolean {
  return /(?:^|\s)(?:sr-only|visually-hidden|screen-reader-text|element-invisible|hidden)(?:\s|$)/u.test(element.getAttribute('class') ?? '');
}

const HEADINGS = ['h2', 'h3', 'h4', 'h5', 'h6'];
