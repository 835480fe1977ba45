/**
 * The title to show and cite: the headline the article prints, else the
 * page's stated titles in priority order (JSON-LD, citation_* and Dublin
 * Core, Open Graph and Twitter, <title>), each without the site's name,
 * section labels and dates around it.
 */
import { foldSpaces } from '../dom/dom.ts';
import { decodeEntities } from './entities.ts';
import { findPrintedHeadline, type PrintedHeadline } from './headline.ts';
import type { JsonLdArticle } from './json-ld.ts';
import { firstMeta, type MetaTags } from './meta-tags.ts';
import { cleanTitle, foldTitle, preferUntruncated, type TitleEvidence } from './title.ts';

export interface TitleContext {
  siteNames: string[];
  hostname: string;
  pageUrl: string;
  labels: Set<string>;
}

export interface ReadTitle {
  title: string;
  /** The printed headline's element, when the page has one: bylines and dates are looked for near it. */
  headline?: PrintedHeadline;
}

const TRUNCATED = /(…|\.\.\.)$/;

/** The one wording of two or more stated titles, when they all agree. */
function unanimous(titles: string[]): string | undefined {
  const usable = titles.filter((title) => title.length > 1 && !TRUNCATED.test(title));
  if (usable.length < 2 || titles.length !== usable.length) return undefined;
  const folded = new Set(usable.map(foldTitle));
  return folded.size === 1 ? usable[0] : undefined;
}

/** One title is the other with words before or after it: a kicker, a subtitle, a suffix. */
function sameWordsAround(a: string, b: string): boolean {
  const [short, long] = [foldTitle(a), foldTitle(b)].sort((x, y) => x.length - y.length) as [string, string];
  return !!short && (long.startsWith(short) || long.endsWith(short));
}

export function readTitle(document: Document, tags: MetaTags, jsonLd: JsonLdArticle | undefined, context: TitleContext): ReadTitle {
  const raw = (title: string) => foldSpaces(decodeEntities(title).replace(/[\u00ad\u200b-\u200d\ufeff]/g, ''));
  const deliberate = [
    jsonLd?.headline ?? '',
    firstMeta(tags, 'citation_title', 'dc.title', 'dcterms.title'),
    firstMeta(tags, 'og:title', 'twitter:title', 'parsely-title', 'sailthru.title', 'title', 'headline'),
    firstMeta(tags, 'twitter:title'),
  ]
    .map(raw)
    .filter((title) => title.length > 1);
  const stated = [...deliberate, raw(document.title)].filter((title) => title.length > 1);
  const evidence = (title: string): TitleEvidence => ({
    siteNames: context.siteNames,
    hostname: context.hostname,
    labels: context.labels,
    otherTitles: stated.filter((other) => other !== title),
  });
  const clean = (title: string) => cleanTitle(title, evidence(title));
  const cleaned = stated.map(clean).filter((title) => title.length > 1);
  const headline = findPrintedHeadline(document, {
    stated: [...new Set([...stated, ...cleaned])],
    deliberate,
    siteNames: context.siteNames,
    hostname: context.hostname,
    pageUrl: context.pageUrl,
    labels: context.labels,
  });
  if (headline) {
    const printed = cleanTitle(headline.text, { siteNames: context.siteNames, hostname: context.hostname });
    // The same words as a stated title: take the publisher's own punctuation ("Kicker: Headline" for a kicker printed on its own line).
    const worded = cleaned.find((title) => foldTitle(title) === foldTitle(printed));
    if (worded) return { title: worded, headline };
    // Every title the page states on purpose says the same, in other words than the printed one (a headline
    // shortened for the layout, "Joburg" for "Johannesburg"): the page's unanimous statement is its title.
    // A kicker or a suffix around the printed words is no other wording: the printed one stays.
    const consensus = unanimous(deliberate.map(clean));
    if (consensus && !sameWordsAround(printed, consensus)) return { title: consensus, headline };
    // A printed headline cut short by the layout is completed from a stated one that begins the same way.
    return { title: preferUntruncated(printed, cleaned), headline };
  }
  const first = cleaned[0] ?? '';
  if (first && !TRUNCATED.test(first)) return { title: first };
  return { title: preferUntruncated(first, cleaned) };
}
