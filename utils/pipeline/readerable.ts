/**
 * Is there an article here at all? Asked twice:
 *
 * - before extraction, cheaply (no cloning, no scoring of every node): a page
 *   with no prose whatsoever (a web app's shell, a login form) is refused at
 *   once. The bar is deliberately low, because short news items, code posts
 *   and recipe lists are articles too;
 * - after extraction, on what Readability chose: too little text, or a block
 *   that is mostly links (a home page's or a search page's list of teasers),
 *   is not an article.
 */
import { elementsByTag, foldSpaces, foldedLengthUpTo, inBrowserDom, leafBlocks, linkDensity, tagOf, textOf } from '../dom/dom.ts';

export interface ReaderableVerdict {
  readerable: boolean;
  /** Sum of sqrt(length - 80) over text blocks of 80+ characters. */
  score: number;
  statesArticle: boolean;
}

/**
 * Pages that state they are articles: schema.org Article types or og:type=article.
 * Tag lookups filtered here rather than attribute selectors: under jsdom the first selector query on a
 * page builds the selector engine's caches, a tenth of the whole analysis; a tag lookup costs next to nothing.
 */
function statesArticle(byTag: TagLister): boolean {
  // `meta[property="og:type" i]`: the first such meta in document order.
  const ogMeta = byTag('meta').find((meta) => meta.getAttribute('property')?.toLowerCase() === 'og:type');
  const ogType = ogMeta?.getAttribute('content') ?? '';
  if (/article|news/i.test(ogType)) return true;
  // `script[type*="ld+json" i]`.
  for (const script of byTag('script')) {
    if (!/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    if (/"@type"\s*:\s*(\[[^\]]*)?"(News|Blog|Report|Opinion|Analysis|Review|Tech|Scholarly)?(Article|Posting)"/.test(script.textContent)) return true;
  }
  return byTag('article').length > 0;
}

/** The document's elements with a tag, in document order (`getElementsByTagName`). */
type TagLister = (tag: string) => Element[];

/**
 * Lists by tag from the page's elements, listed once already (page-source), where that is the faster way: under jsdom
 * each tag's collection walks the whole page in script, and this check asks for up to eight tags. In a tab the
 * browser's own index answers each tag at once.
 */
function tagLister(document: Document, elements?: readonly Element[]): TagLister {
  if (!elements || inBrowserDom()) return (tag) => elementsByTag(document, tag);
  let byTag: Map<string, Element[]> | undefined;
  return (tag) => {
    if (!byTag) {
      byTag = new Map();
      for (const element of elements) {
        const tag = tagOf(element);
        const tagged = byTag.get(tag);
        if (tagged) tagged.push(element);
        else byTag.set(tag, [element]);
      }
    }
    return byTag.get(tag) ?? [];
  };
}

const MIN_BLOCK_LENGTH = 80;
/** Enough prose to stop counting. */
const CLEAR_SCORE = 20;
/** Below this, and without saying it is an article, a page has nothing to read. */
const MIN_SCORE = 3;

const BLOCK_TAGS = ['p', 'pre', 'td', 'li', 'blockquote', 'article'];

function isInsideChrome(element: Element): boolean {
  for (let current: Element | null = element; current; current = current.parentElement) {
    if (current.localName === 'nav' || current.localName === 'footer') return true;
  }
  return false;
}

/** A block longer than this scores CLEAR_SCORE alone: past it, its exact length matters only for the score returned. */
const CLEAR_BLOCK_LENGTH = MIN_BLOCK_LENGTH + CLEAR_SCORE ** 2;

/**
 * A block's folded text length from `foldedLengthUpTo(block, CLEAR_BLOCK_LENGTH)`: exact as it is up to the cap;
 * past it the block ends the count, and its whole text is read, once, for the score.
 */
function exactLength(block: Element, cappedLength: number): number {
  return cappedLength > CLEAR_BLOCK_LENGTH ? foldSpaces(block.textContent).length : cappedLength;
}

/** `elements`: every element of `document` in document order, where the caller has them (page-source's walk). */
export function checkReaderable(document: Document, elements?: readonly Element[]): ReaderableVerdict {
  const byTag = tagLister(document, elements);
  const stated = statesArticle(byTag);
  let score = 0;
  for (const tag of BLOCK_TAGS) {
    for (const block of byTag(tag)) {
      const length = foldedLengthUpTo(block, CLEAR_BLOCK_LENGTH);
      if (length < MIN_BLOCK_LENGTH || isInsideChrome(block)) continue;
      score += Math.sqrt(exactLength(block, length) - MIN_BLOCK_LENGTH);
      if (score >= CLEAR_SCORE) return { readerable: true, score, statesArticle: stated };
    }
  }
  // Text set with <br> inside divs, as old pages do.
  const counted = new Set<Element>();
  for (const lineBreak of byTag('br')) {
    const block = lineBreak.parentElement;
    if (!block || block.localName !== 'div' || counted.has(block)) continue;
    counted.add(block);
    const length = foldedLengthUpTo(block, CLEAR_BLOCK_LENGTH);
    if (length >= MIN_BLOCK_LENGTH && !isInsideChrome(block)) score += Math.sqrt(exactLength(block, length) - MIN_BLOCK_LENGTH);
    if (score >= CLEAR_SCORE) break;
  }
  return { readerable: stated || score >= MIN_SCORE, score, statesArticle: stated };
}

/** Shortest text that can be an article; shorter still when the page says it is one. */
const MIN_ARTICLE_TEXT = 140;
const MIN_STATED_ARTICLE_TEXT = 50;
/** An "article" whose text outside links is shorter than this is a list of other pages. */
const MIN_UNLINKED_TEXT = 100;
/** A paragraph of the page's own: this much text outside links in one block. */
const MIN_PARAGRAPH = 200;

export type ExtractedVerdict = 'article' | 'too-short' | 'link-list';

/** Judges what extraction chose: an article, or text too short or too link-heavy to be one. */
export function judgeExtracted(content: Element, text: string, pageStatesArticle: boolean): ExtractedVerdict {
  const length = foldSpaces(text).length;
  if (length < (pageStatesArticle ? MIN_STATED_ARTICLE_TEXT : MIN_ARTICLE_TEXT)) return 'too-short';
  const contentText = textOf(content);
  if (contentText.length * (1 - linkDensity(content, contentText)) < MIN_UNLINKED_TEXT) return 'link-list';
  // A home or search page: many blocks that each lead with a link to another page, and no paragraph of
  // its own. Pages that say they are articles are taken at their word (show notes are lists of links).
  if (!pageStatesArticle) {
    const blocks = leafBlocks(content).filter((block) => textOf(block) !== '');
    const teasers = blocks.filter((block) => {
      const first = block.querySelector('a[href]');
      return first !== null && textOf(block).startsWith(textOf(first).slice(0, 20));
    });
    const hasParagraph = blocks.some((block) => {
      const text = textOf(block);
      return text.length * (1 - linkDensity(block, text)) >= MIN_PARAGRAPH;
    });
    if (!hasParagraph && teasers.length >= 8 && teasers.length >= blocks.length * 0.7) return 'link-list';
  }
  return 'article';
}
