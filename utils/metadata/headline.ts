/**
 * The headline as the article prints it. A page states its title several
 * times (JSON-LD, Open Graph, <title>), often in other words than the
 * headline a reader sees: a social-media wording, an SEO wording, a kicker
 * glued on with a colon. The printed heading wins when it is the article's
 * (not a site or section label, not in a menu or a list of other stories);
 * the stated titles are the fallback, and the evidence for what is a label,
 * a kicker or a site suffix.
 */
import { bodyOf, classAndIdTokens, tagOf, textOf } from '../dom/dom.ts';
import { foldLabel, isChromeContainer } from './page-chrome.ts';
import { SEPARATOR, namesSite, titleOverlap } from './title.ts';

export interface PrintedHeadline {
  element: Element;
  text: string;
}

/** Class words of a kicker (a topic line over the headline): "kicker", "Dachzeile", "topline", "eyebrow". */
const KICKER_TOKEN =
  /^(kicker|overline|overtitle|roofline|dachzeile|spitzmarke|topline|toptitle|uptitle|overhead|eyebrow|supertitle|suptitle|pretitle|preheadline|flag|titleheader|rubric|rubrik|kicker\w*)$/;
/** Class words (or data attributes) of the headline part of a heading that also holds a kicker. */
const HEADLINE_TOKEN = /^(headline|title|headlinetext|titletext|maintitle|articleheadline|articletitle)$/;

function isKickerPart(element: Element): boolean {
  const marker = `${element.getAttribute('data-cy') ?? ''} ${element.getAttribute('data-testid') ?? ''}`.toLowerCase();
  if (/kicker|overline|topline|eyebrow/.test(marker)) return true;
  return classAndIdTokens(element).some((token) => KICKER_TOKEN.test(token));
}

function isHeadlinePart(element: Element): boolean {
  const marker =
    `${element.getAttribute('data-cy') ?? ''} ${element.getAttribute('data-testid') ?? ''} ${element.getAttribute('itemprop') ?? ''}`.toLowerCase();
  if (/headline|title/.test(marker)) return true;
  return classAndIdTokens(element).some((token) => HEADLINE_TOKEN.test(token));
}

const fold = (text: string) => foldLabel(text);

/**
 * A heading's text, without a kicker or a subtitle printed apart inside it:
 * "<h2><span>Kollaps der Silicon Valley Bank</span><span>US-Notenbank räumt
 * … ein</span></h2>". The page's own stated titles decide: when one of them
 * is the heading without its first or last part, that part is furniture;
 * when they give the whole heading ("Ausschuss zur Ahrtal-Flut: Zwei
 * Rücktritte …"), it stays whole. Without that evidence, a part marked as a
 * kicker goes, or the one part marked as the headline is kept.
 */
export function headingText(heading: Element, stated: string[]): string {
  const whole = textOf(heading);
  // Down through wrappers that hold all of the text: "<h1><a><span>Kicker</span><span>Headline</span></a></h1>".
  let container = heading;
  for (;;) {
    const only = [...container.children].filter((child) => textOf(child));
    if (
      only.length !== 1 ||
      fold(textOf(only[0]!)) !== fold(whole) ||
      [...container.childNodes].some((node) => node.nodeType === 3 && node.textContent?.trim())
    )
      break;
    container = only[0]!;
  }
  // The parts: child elements and loose text, as printed.
  const parts = [...container.childNodes].filter((node) => (node.nodeType === 1 || node.nodeType === 3) && (node.textContent ?? '').trim());
  if (parts.length < 2) return whole;
  const partsText = parts.map((node) => textOf(node));
  const rest = partsText.slice(1).join(' ');
  const head = partsText.slice(0, -1).join(' ');
  const foldedStated = new Set(stated.map(fold));
  if (foldedStated.has(fold(rest))) return rest;
  if (foldedStated.has(fold(head))) return head;
  if (foldedStated.has(fold(whole))) return whole;
  const elements = parts.filter((node): node is Element => node.nodeType === 1);
  const kickers = elements.filter(isKickerPart);
  if (kickers.length && kickers.length < parts.length)
    return parts
      .filter((node) => !kickers.includes(node as Element))
      .map((node) => textOf(node))
      .join(' ');
  const marked = elements.filter(isHeadlinePart);
  if (marked.length === 1) return textOf(marked[0]!);
  return whole;
}

/** Class words of text only screen readers get: such a heading ("기사 상세", "Article") is not printed. */
const HIDDEN_CLASS =
  /^(sronly|srtext|screenreader|screenreadertext|screenreaderonly|visuallyhidden|hidden|isblind|blind|offscreen|invisible|assistive|aural|a11y|elementinvisible)$/;

/** Whole class words, compacted ("sr-only" -> "sronly"): a part of one ("overflow-hidden") says nothing. */
function classWords(element: Element): string[] {
  return (element.getAttribute('class') ?? '')
    .split(/\s+/)
    .map((word) => word.toLowerCase().replace(/[^a-z0-9]/g, ''))
    .filter(Boolean);
}

function isHiddenHeading(element: Element): boolean {
  for (let node: Element | null = element; node && node !== element.ownerDocument.body; node = node.parentElement) {
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') return true;
    if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(node.getAttribute('style') ?? '')) return true;
    if (classWords(node).some((word) => HIDDEN_CLASS.test(word))) return true;
  }
  return false;
}

/** A heading in a menu, a teaser list, a footer: furniture, not the article's. */
function inFurniture(element: Element): boolean {
  for (let node: Element | null = element.parentElement; node; node = node.parentElement) {
    if (isChromeContainer(node)) return true;
  }
  return false;
}

function insideArticleElement(element: Element): boolean {
  for (let node: Element | null = element.parentElement; node; node = node.parentElement) {
    const tag = tagOf(node);
    if (tag === 'article' || tag === 'main') return true;
    if (/Article|BlogPosting|Posting/.test(node.getAttribute('itemtype') ?? '')) return true;
  }
  return false;
}

/** A logo or home link in a heading: "<h1><a href="/"><img alt="Site"></a></h1>". */
function isLogo(heading: Element, pageUrl: string): boolean {
  const link = heading.querySelector('a[href]');
  if (!link || textOf(link) !== textOf(heading)) return false;
  try {
    const target = new URL(link.getAttribute('href') ?? '', pageUrl || undefined);
    return target.pathname.length <= 1 && !target.search;
  } catch {
    return false;
  }
}

export interface HeadlineContext {
  /** Every title the page states, <title> included. */
  stated: string[];
  /** The titles stated on purpose (JSON-LD, citation_*, Open Graph): a heading sharing no word with them is not the headline. */
  deliberate: string[];
  siteNames: string[];
  hostname: string;
  pageUrl: string;
  labels: Set<string>;
}

/**
 * Whether a heading's text names the site or a section rather than the
 * article: the site's name, a menu label, or a part of a stated title that
 * follows a longer first part ("Alles Neue mach der Mai… | Bibliothek 2.0
 * und mehr" over a blog whose <h1> is "Bibliothek 2.0 und mehr").
 */
export function isLabel(text: string, context: HeadlineContext): boolean {
  if (context.siteNames.some((name) => namesSite(text, name, context.hostname)) || namesSite(text, '', context.hostname)) return true;
  const folded = fold(text);
  if (context.labels.has(folded)) return true;
  return context.stated.some((title) => {
    const parts = title.split(SEPARATOR).map(fold);
    return parts.length > 1 && parts.indexOf(folded) > 0 && (parts[0] ?? '').length > folded.length;
  });
}

function bestOverlap(text: string, stated: string[]): number {
  return stated.reduce((best, title) => Math.max(best, titleOverlap(text, title)), 0);
}

/**
 * The article's printed headline: an <h1> outside the page's furniture that
 * is not a site or section label; several are told apart by how well they
 * match the stated titles. When every <h1> is furniture (sites print the
 * SEO title in a breadcrumb <h1> and the headline in an <h2>), the first
 * heading inside the article that matches a stated title.
 */
export function findPrintedHeadline(document: Document, context: HeadlineContext): PrintedHeadline | undefined {
  const body = bodyOf(document);
  if (!body) return undefined;
  const { stated } = context;
  let best: { headline: PrintedHeadline; score: number } | undefined;
  const h1s = [...body.getElementsByTagName('h1')].slice(0, 12);
  for (const h1 of h1s) {
    const text = headingText(h1, stated);
    if (text.length < 2 || text.length > 300) continue;
    if (inFurniture(h1) || isHiddenHeading(h1) || isLogo(h1, context.pageUrl) || isLabel(text, context)) continue;
    const overlap = bestOverlap(text, stated);
    const inArticle = insideArticleElement(h1);
    // An <h1> that shares no word with the titles the page states on purpose is a label or a box's heading ("Hinweis", "While you are here…").
    if (context.deliberate.length && bestOverlap(text, context.deliberate) === 0) continue;
    const score = overlap + (inArticle ? 0.5 : 0);
    if (!best || score > best.score) best = { headline: { element: h1, text }, score };
  }
  if (best) return best.headline;
  if (!stated.length) return undefined;
  const headings = [...body.querySelectorAll('article h2, main h2, [itemprop="headline"], article h3')].slice(0, 8);
  for (const heading of headings) {
    const text = headingText(heading, stated);
    if (text.length < 2 || text.length > 300 || inFurniture(heading) || isHiddenHeading(heading) || isLabel(text, context)) continue;
    if (bestOverlap(text, stated) >= 0.6) return { element: heading, text };
  }
  return undefined;
}
