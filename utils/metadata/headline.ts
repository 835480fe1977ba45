/**
 * The headline: which of the page's title tags and printed headings is the one a reader cites, and what around it
 * (the site's name, a kicker, a subtitle) is not part of it.
 */
import { elementsByTag, elementsByTags, elementsMatching, firstByTag, foldSpaces, hasHref, tagOf, textOf } from '../dom/dom.ts';
import { decodeEntities } from './entities.ts';
import type { JsonLdArticle } from './json-ld.ts';
import { firstMeta, type MetaTags } from './meta-tags.ts';
import { letters, namesSite, preferUntruncated, splitPrintedHeadline, stripSiteName } from './title.ts';

/**
 * Headings that may be the article's headline, most likely first: marked ones, then the article's own h1. A
 * masthead (a heading linking to the front page) and a heading in a menu or breadcrumb trail are left out.
 */
function visibleHeadlines(document: Document, limit = 6): string[] {
  const headings = elementsMatching(document, '[itemprop="headline"], h1')
    .filter((heading) => !isSiteLabel(heading, document) && !outsideTheStory(heading))
    .slice(0, limit);
  return [...new Set(headings.map(textOf).filter((text) => text.length > 1 && text.length <= 300))];
}

/** What the page's masthead prints (a heading linking to "/"): the site's name in its own words. */
function mastheadTexts(document: Document): string[] {
  return elementsByTags(document, ['h1', 'h2'])
    .filter((heading) => isSiteLabel(heading, document))
    .map(textOf)
    .filter((text) => /[\p{L}\p{N}]/u.test(text));
}

/** A <title> without the masthead's words at either end: "Dile que no - Tanzfiguren - Tanzschule am Kanal". */
function withoutMasthead(title: string, mastheads: string[]): string {
  const folded = foldTitle(title);
  for (const masthead of mastheads) {
    const name = foldTitle(masthead);
    if (!name || folded === name) continue;
    const separator = String.raw`[\s|–—·•»«:/\\-]+`;
    const escaped = masthead.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const trimmed = title.replace(new RegExp(`${separator}${escaped}$`, 'iu'), '').replace(new RegExp(`^${escaped}${separator}`, 'iu'), '');
    if (trimmed !== title && /[\p{L}\p{N}]/u.test(trimmed)) return trimmed;
  }
  return title;
}

/** A title folded for comparison: case, punctuation, spacing and break hints aside. */
function foldTitle(title: string): string {
  return (
    title
      .normalize('NFKC')
      // Soft hyphens and zero-width spaces mark where a long word may break ("Er&shy;in&shy;ne&shy;rung"): not letters.
      .replace(/[\u00AD\u200B]/gu, '')
      .toLowerCase()
      .replace(/[\p{P}\p{S}]/gu, ' ')
      .replace(/\s+/gu, ' ')
      .trim()
  );
}

/** A host without the "www." most sites answer on as well. */
const bareHost = (host: string) => host.toLowerCase().replace(/^www\./, '');

/**
 * A heading that is the site's masthead, whatever its words: a blog theme's `<h1 class="site-title"><a href="/"
 * rel="home">`. Its link goes to the site's front page; a headline links to its own article, if anywhere. With
 * `ownSiteOnly`, a link counts only to the front page of the page's own host: an author's card links its name to the
 * author's own site (`<h4 class="author-name"><a href="https://janedoe.example/">`), which is a front page too.
 */
export function isSiteLabel(heading: Element, document: Document, ownSiteOnly = false): boolean {
  if (/site-?title|site-?name|logo|brand|masthead/i.test(heading.getAttribute('class') ?? '')) return true;
  for (const link of elementsByTag(heading, 'a').filter(hasHref)) {
    if (/\bhome\b/i.test(link.getAttribute('rel') ?? '')) return true;
    try {
      const target = new URL(link.getAttribute('href') ?? '', document.baseURI);
      if (ownSiteOnly && bareHost(target.host) !== bareHost(new URL(document.baseURI).host)) continue;
      if (target.pathname.replace(/\/(index\.\w+)?$/, '') === '' && !target.search) return true;
    } catch {
      // An address that does not parse says nothing about the heading.
    }
  }
  return false;
}

/** Menus and breadcrumb trails ("Home › Politik › Kühltürme … gesprengt"), where an <h1> only marks where the page sits. */
const NAVIGATION_MARKS = /breadcrumb|crumbs/i;

/**
 * An <h1> in the site's navigation or beside the story: some templates mark the last step of their breadcrumb
 * trail as the page's <h1> (a short SEO form of the headline) and print the headline itself in an <h2>; an
 * <h1> in an aside or a list item heads a teaser for another story.
 */
function outsideTheStory(heading: Element): boolean {
  // The page's <body> and <html> carry a theme's settings, not a place on the page ("theme-has-breadcrumb-mobile-hidden").
  for (let node: Element | null = heading.parentElement; node && tagOf(node) !== 'body'; node = node.parentElement) {
    const tag = tagOf(node);
    if (tag === 'nav' || tag === 'li' || tag === 'aside' || node.getAttribute('role') === 'navigation') return true;
    // A trail links to the sections above the page; a box named "…-teaser-breadcrumb" that holds only the headline is none.
    if (NAVIGATION_MARKS.test(`${node.getAttribute('class') ?? ''} ${node.id} ${node.getAttribute('aria-label') ?? ''}`) && firstByTag(node, 'a', hasHref))
      return true;
  }
  return false;
}

/**
 * The page's one printed headline: its only <h1> outside navigation and asides, when that says more than a
 * label (three words or more) and is not the site's name ("Damian Duchamps' Blog" above every post). A page with
 * several such <h1>s has no one headline.
 */
function printedHeadline(document: Document, siteName: string, hostname: string): string | undefined {
  const all = elementsByTag(document, 'h1').filter((heading) => !outsideTheStory(heading));
  // Several: the one inside the page's <article> heads the story; the others head a list of more stories or a
  // newsletter box ("More from the region" under the article).
  const headings = all.length > 1 ? all.filter((heading) => heading.closest('article')) : all;
  if (headings.length !== 1) return undefined;
  const heading = headings[0]!;
  if (isSiteLabel(heading, document)) return undefined;
  const whole = textOf(heading);
  const { headline } = splitPrintedHeadline(heading);
  if (headline.length > 300 || headline.split(' ').length < 3 || namesSite(headline, siteName, hostname) || namesSite(whole, siteName, hostname))
    return undefined;
  return headline;
}

/** How many punctuation marks and spaces a title holds. */
function marksAndSpaces(title: string): number {
  return (title.match(/[\p{P}\s]/gu) ?? []).length;
}

/** The words of a title as `foldTitle` splits them, in their printed case. */
function titleTokens(title: string): string[] {
  return title.normalize('NFKC').match(/[^\p{P}\p{S}\s]+/gu) ?? [];
}

/**
 * The printed headline, or a stated title it only adds to: a kicker or section label printed in the same
 * element in front ("Politics | St. Louis Park elects …", "Auftragshoch bei FACC : Luftfahrtbranche hebt ab"), or
 * a subtitle run on after it ("… Hot and Fresh Welcome to the Flavor Capital …"). Words that go on mid-sentence
 * ("… Gigafactory-Kapazität in Tennessee") are the headline's own end, which the title tags cut.
 */
function withoutGluedParts(printed: string, stated: string[]): string {
  const printedFolded = foldTitle(printed);
  const printedTokens = titleTokens(printed);
  for (const title of stated) {
    const statedFolded = foldTitle(title);
    const statedWords = statedFolded.split(' ').length;
    // The same words: the stated form keeps the punctuation and spaces that the <h1>'s markup may lose between
    // its parts ("Ausschuss zur Ahrtal-Flut</span> <span>Zwei Rücktritte" for "Ahrtal-Flut: Zwei Rücktritte");
    // otherwise the printed form keeps its typography („Loriot 100“, "Mexico’s").
    if (statedFolded === printedFolded) {
      if (marksAndSpaces(title) > marksAndSpaces(printed)) return title;
      continue;
    }
    // A stated title cut short with an ellipsis is a beginning of the headline, not a whole one.
    if (statedWords < 3 || /(…|\.\.\.)$/.test(title)) continue;
    if (printedFolded.endsWith(` ${statedFolded}`)) return title;
    if (printedFolded.startsWith(`${statedFolded} `) && /^\p{Lu}/u.test(printedTokens[statedWords] ?? '')) return title;
  }
  return printed;
}

/** The last of a heading's parts, when it prints two or more ("<span>Kicker</span><span>Headline</span>"). */
function lastPart(heading: Element): string {
  const parts = [...heading.children].map(textOf).filter((text) => /[\p{L}\p{N}]/u.test(text));
  return parts.length >= 2 ? parts[parts.length - 1]! : '';
}

/**
 * A stated title that the story prints as a heading, where the page has no one <h1> of its own: templates that
 * mark a breadcrumb step as the <h1> (an SEO form of the headline, which the JSON-LD repeats) print the
 * headline in an <h2> at the top of the article, often as a kicker and the headline in two spans. A stated
 * title equal to the headline's own part is taken first (the kicker stays out), then one equal to the whole.
 */
function statedTitleInStoryHeading(document: Document, stated: string[]): string | undefined {
  const statedFolded = stated.map((title) => [title, foldTitle(title)] as const).filter(([, folded]) => folded.includes(' '));
  if (statedFolded.length === 0) return undefined;
  const headings = elementsByTags(document, ['h1', 'h2'])
    .filter((heading) => !outsideTheStory(heading))
    .slice(0, 20);
  for (const heading of headings) {
    const { headline, apart } = splitPrintedHeadline(heading);
    const own = [apart.length ? headline : '', lastPart(heading)].map(foldTitle).filter(Boolean);
    const whole = foldTitle(textOf(heading));
    const match = statedFolded.find(([, folded]) => own.includes(folded)) ?? statedFolded.find(([, folded]) => folded === whole);
    if (match) return match[0];
    // The first stated title is the kicker the heading prints apart above the headline ("Abnehm-Tricks für
    // Weihnachten" over "Weihnachten nicht zunehmen: 10 Tipps …"): the CMS filled its headline field with the
    // topic line. The heading's own words are the headline.
    const kickers = apart.map(foldTitle);
    if (kickers.includes(statedFolded[0]![1]) && headline.split(' ').length >= 3) return headline;
  }
  return undefined;
}

/** The "+++" between a live ticker's items, as German-language tickers print them. */
const TICKER_ROLL = /\s\+{3}\s/u;

/**
 * The headline. Stated titles first, in priority order (JSON-LD, citation_*
 * and Dublin Core, Open Graph and Twitter), because they are the deliberate
 * statement: on 129 news pages from 41 countries the JSON-LD headline matched
 * the publisher's own headline 84% of the time, og:title 77%, the first <h1>
 * 69%, <title> 50%. The visible heading and <title> are fallbacks, and fill
 * in a stated headline cut short with an ellipsis.
 */
export function readTitle(document: Document, tags: MetaTags, jsonLd: JsonLdArticle | undefined, siteName: string, hostname: string, pageUrl: string): string {
  const clean = (title: string) => stripSiteName(decodeEntities(title), siteName, hostname);
  const rawStated = [
    jsonLd?.headline ?? '',
    firstMeta(tags, 'citation_title', 'dc.title', 'dcterms.title'),
    firstMeta(tags, 'og:title', 'twitter:title', 'parsely-title', 'sailthru.title', 'title', 'headline'),
  ].map((title) => foldSpaces(decodeEntities(title)));
  // A stated title that is only the site's name ("Sports.fr" as a live ticker's WebPage name) says which site, not
  // which page: the next source names the page.
  const siteKey = letters(siteName);
  const stated = rawStated.map(clean).filter((title) => title.length > 1 && (!siteKey || letters(title) !== siteKey));
  const heading = printedHeadline(document, siteName, hostname);
  // A live ticker's heading that strings its latest items together ("Krieg in Nahost: … +++ Armee meldet …") changes
  // with every update; the title the page states, without that run of items, is the ticker's lasting name and the one
  // a citation can give. Where the stated titles string items together too, the printed heading stays.
  const tickerRoll = !!heading && TICKER_ROLL.test(heading) && stated.some((title) => !TICKER_ROLL.test(title));
  const printed = tickerRoll ? undefined : heading;
  // The headline as the page prints it wins over its title tags (an SEO or social title, a kicker the tags glue
  // on in front), unless the printed one is a stated title with a kicker or subtitle glued to it.
  if (printed) {
    // The page prints as its heading, word for word, what its title tags state: that is the whole headline, and a part of it
    // that only looks like the site's name is the headline's own ("Welpen kaufen – Tipps zu jeder Hunderasse" on a site
    // whose stated name is "Welpen"). A site's name is cut from a tag, never from the heading the story prints.
    const printedFolded = foldTitle(printed);
    const statedWhole = rawStated.find((title) => title && foldTitle(title) === printedFolded);
    if (statedWhole) return withoutGluedParts(printed, [statedWhole]);
    return clean(withoutGluedParts(printed, stated));
  }
  const shown = statedTitleInStoryHeading(document, stated);
  if (shown) return shown;
  const first = stated[0];
  const headings = visibleHeadlines(document);
  // A headline cut short without an ellipsis ("… ei ole" for "… ei ole otettu huomioon"): a longer tag or
  // printed heading that begins with it is the whole headline.
  if (first && first.length >= 50) {
    // The rest must go on mid-sentence: "… - Samastipur News" after a whole headline is a label, not its end.
    const whole = [...stated, ...headings].find(
      (title) => title.length > first.length && title.startsWith(first) && /^\s*[\p{L}\p{N}]/u.test(title.slice(first.length)),
    );
    if (whole) return whole;
  }
  // The page's own markup is read only when its metadata says nothing, or cuts the headline short.
  if (first && !/(…|\.\.\.)$/.test(first)) return withoutDisputedKicker(first, clean(document.title));
  // A printed heading that is the site's name ("Krimiblog-Archiv" above every post) is a label, not the headline.
  const headlines = headings.filter((heading) => !namesSite(heading, siteName, hostname)).map(clean);
  const documentTitle = withoutMasthead(clean(document.title), mastheadTexts(document));
  // Of several headings, the one the <title> names is the page's own (a newsletter's name among "Sections", "About").
  // The <title> may still carry a site's name the host does not spell ("HE:Kassel/Stammtisch – Piratenwiki"): a
  // heading it opens with, before a separator, is named too.
  const titleFolded = foldTitle(documentTitle);
  const allHeadings = visibleHeadlines(document, 50);
  const named =
    allHeadings.find((heading) => foldTitle(heading) === titleFolded) ??
    allHeadings.find((heading) => foldTitle(heading).length >= 4 && startsBeforeSeparator(documentTitle, heading));
  // Several <h1>s of which the <title> names none (one per language, one per teaser) make no one headline: the
  // <title> names the page.
  const printedOrder = headlines.length >= 2 ? [documentTitle, ...headlines] : [...headlines, documentTitle];
  const candidates = [...stated, ...(named ? [named] : []), ...printedOrder].filter((title) => title.length > 1);
  const best = preferUntruncated(candidates[0] ?? '', candidates);
  // A page below the front page whose every title names only the site ("National Rail Enquiries -" over a notice
  // on disruptions) prints its own title as the first heading of its text, an <h2> where the <h1> is the logo.
  if ((!best || namesSite(best, siteName, hostname)) && !isFrontPage(pageUrl)) return firstSectionHeading(document) ?? best;
  return best;
}

/** A title's kicker and headline, where a colon or dash parts them: "Vorschauen: Anno 1800 Beta". */
function kickerAndRest(title: string): [string, string] | undefined {
  const parts = /^(.+?)\s*(?::|\s[–—-])\s+(.+)$/u.exec(title);
  return parts ? [parts[1]!, parts[2]!] : undefined;
}

/**
 * A stated title and the <title> that agree on what follows a colon but not on what goes before it ("Industriell
 * Revolutioniert?: Anno 1800 Beta", "Vorschauen: Anno 1800 Beta"): the part before is a kicker or a section that
 * each tag fills in its own way, and the part both print is the headline.
 */
function withoutDisputedKicker(stated: string, documentTitle: string): string {
  const ours = kickerAndRest(stated);
  const theirs = kickerAndRest(documentTitle);
  if (!ours || !theirs) return stated;
  const [kicker, rest] = ours;
  const sameRest = foldTitle(rest) === foldTitle(theirs[1]);
  const otherKicker = foldTitle(kicker) !== foldTitle(theirs[0]);
  return sameRest && otherKicker && rest.split(' ').length >= 2 ? rest : stated;
}

/** Whether a title opens with a heading's words followed by a separator ("Stammtisch – Piratenwiki"). */
function startsBeforeSeparator(title: string, heading: string): boolean {
  const rest = title.slice(heading.length);
  return title.startsWith(heading) && /^\s+[|–—·•:/\\-]\s+\S/u.test(rest);
}

/**
 * Whether the page's address is its site's front page. The address the page was read at, not the document's own: the
 * metadata of a long page is read from a copy of its head, whose base address is "about:blank".
 */
function isFrontPage(pageUrl: string): boolean {
  try {
    return new URL(pageUrl).pathname.replace(/\/(index\.\w+)?$/, '') === '';
  } catch {
    return true;
  }
}

/** The first <h2> of the page's text: not in a menu or aside, not the site's label, and more than a word. */
function firstSectionHeading(document: Document): string | undefined {
  const heading = elementsByTag(document, 'h2').find((candidate) => !outsideTheStory(candidate) && !isSiteLabel(candidate, document));
  const text = heading ? textOf(heading) : '';
  return text.split(' ').length >= 2 && text.length <= 200 ? text : undefined;
}
