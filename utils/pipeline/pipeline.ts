/**
 * The article pipeline: Document + URL in, plain data out.
 *
 *   readerable check -> clone -> lazy images -> page clutter -> Readability
 *   -> content clutter -> captions -> byline and e-mails -> foreign script
 *   -> empty nodes -> serialise -> text, metadata
 *
 * Serialising is the caller's: the command line and tests sanitize here
 * (extract.ts); the script injected into a page returns the markup as it is,
 * and the Lucid view that shows it sanitizes at the one place it inserts it.
 * That keeps the sanitizer out of the script that runs in the page.
 *
 * The live document is only read, never changed: every stage that edits works
 * on a clone. Nothing here throws: every failure becomes `{ ok: false }` with
 * a reason a person can read.
 */
import { Readability } from '@mozilla/readability';
import { removeContentClutter, removePageClutter } from './clutter.ts';
import { HEADING_TAGS, bodyOf, cloneDocument, foldSpaces, leafBlocks, tagOf, textOf, wrapInlineRuns } from '../dom/dom.ts';
import { fixLazyImages, fixLazySources } from './lazy-images.ts';
import { extractMetadata } from '../metadata/index.ts';
import { titleOverlap } from '../metadata/title.ts';
import { displayName } from '../metadata/names.ts';
import {
  dedupeCaptions,
  removeBylineBlocks,
  removeEmailAddresses,
  removeEmptyNodes,
  removeRepeatedBlocks,
  trimCaptionCredits,
  wrapImageCaptions,
} from './post-clean.ts';
import { checkReaderable, judgeExtracted } from './readerable.ts';
import { pageSource } from './page-source.ts';
import { removeForeignScriptBlocks } from './script-filter.ts';
import { articleText, countWords, proseText, readingMinutes } from './text.ts';
import type { ExtractFailure, ExtractResult, FailureCode, RawHtml, Removal } from '../types.ts';

export interface ExtractOptions {
  /** The page's address; defaults to the document's own URL. */
  url?: string;
  /** Skip the "is this an article?" check and take the largest block of text ("Show anyway"). */
  force?: boolean;
  /** Pages with more elements than this are refused rather than left to freeze the tab. */
  maxElements?: number;
  /**
   * In a browser: whether the page's stylesheet hides a live element (hover
   * cards, off-screen menus). The command line sees only markup and has none.
   */
  isHidden?: (liveElement: Element) => boolean;
  /**
   * Past this many milliseconds the pipeline stops at the next stage with a
   * "took too long" message: in a tab, a stuck extraction would freeze the page.
   */
  timeBudgetMs?: number;
}

export const DEFAULT_MAX_ELEMENTS = 250_000;
/** A news page takes tens of milliseconds in a browser; a live blog of 20 MB a few seconds. */
export const DEFAULT_TIME_BUDGET_MS = 15_000;

/** Thrown between stages once the time budget is spent; becomes the 'timeout' failure. */
class TimeBudgetSpent extends Error {}

function timeBudget(milliseconds: number): () => void {
  const deadline = performance.now() + milliseconds;
  return () => {
    if (performance.now() > deadline) throw new TimeBudgetSpent();
  };
}

const MESSAGES: Record<FailureCode, string> = {
  'not-article': 'No article found on this page.',
  'empty-page': 'This page is empty.',
  'too-large': 'This page is too large to read safely.',
  restricted: "Lucid can't read this page.",
  timeout: 'Reading this page took too long.',
  failed: 'Something went wrong while reading this page.',
};

/** Typed as a plain selector: the DOM typings mark the `'frameset'` tag overload deprecated, and we only ask whether one exists. */
const FRAMESET: string = 'frameset';
const FRAMESET_DETAIL = 'The page is made of frames Lucid cannot open: open the frame that holds the article on its own.';

export function failure(reason: FailureCode, detail?: string): ExtractFailure {
  return { ok: false, reason, message: detail ? `${MESSAGES[reason]} ${detail}` : MESSAGES[reason] };
}

/** Marks, in the clone, the elements the page's stylesheet hides in the live page (same tree, same order). */
function removeHiddenInClone(live: Document, clone: Document, isHidden: (element: Element) => boolean, removed: Removal[]): void {
  const liveBody = bodyOf(live);
  const cloneBody = bodyOf(clone);
  if (!liveBody || !cloneBody) return;
  const liveElements = liveBody.getElementsByTagName('*');
  const cloneElements = [...cloneBody.getElementsByTagName('*')];
  if (liveElements.length !== cloneElements.length) return;
  const hidden: Element[] = [];
  for (let index = 0; index < liveElements.length; index++) {
    const element = liveElements[index];
    if (!element || !isHidden(element)) continue;
    const copy = cloneElements[index];
    if (copy && !hidden.some((outer) => outer.contains(copy))) hidden.push(copy);
  }
  for (const element of hidden) {
    removed.push({ rule: 'hidden-by-stylesheet', text: textOf(element).slice(0, 160) });
    element.remove();
  }
}

/** The headline again at the top of the body, as sites (and Readability, which turns it into an h2) leave it. */
function removeLeadingTitle(content: Element, title: string, removed: Removal[]): void {
  if (!foldSpaces(title)) return;
  const blocks = leafBlocks(content)
    .filter((block) => textOf(block) !== '')
    .slice(0, 2);
  for (const block of blocks) {
    const heading = block.closest('h1, h2');
    if (!heading || !content.contains(heading)) continue;
    const text = textOf(heading);
    // The same headline, or the page's other wording of it (a social-card title and the printed one).
    if (text.toLowerCase() === foldSpaces(title).toLowerCase() || titleOverlap(text, title) >= 0.5) {
      removed.push({ rule: 'headline', text });
      heading.remove();
      return;
    }
  }
}

/** A person's name alone: two to four capitalised words. */
const BARE_NAME = /^[\p{Lu}][\p{Ll}\p{M}'’.-]+(?: [\p{Lu}][\p{Ll}\p{M}'’.-]+){1,3}$/u;

/** The article's last line when it is only a name: how many papers sign ("Lê Phương"). */
function signatureLine(content: Element): string {
  const blocks = leafBlocks(content);
  for (let index = blocks.length - 1; index >= 0; index--) {
    const text = textOf(blocks[index]!);
    if (!text) continue;
    return text.length <= 40 && BARE_NAME.test(text) ? text : '';
  }
  return '';
}

/** Headings left with nothing under them at the end of the article ("Related", after its list went). */
function removeTrailingHeadings(content: Element): void {
  for (;;) {
    const all = content.querySelectorAll('*');
    let last: Element | null = null;
    for (let index = all.length - 1; index >= 0; index--) {
      const element = all[index];
      if (element && textOf(element) && !element.firstElementChild) {
        last = element;
        break;
      }
    }
    const heading = last?.closest('h1, h2, h3, h4, h5, h6');
    // The content itself may be a heading ("Show anyway" on a page whose largest text is its title): removing it would loop forever.
    if (!heading || heading === content || !content.contains(heading) || !HEADING_TAGS.has(tagOf(heading))) return;
    heading.remove();
  }
}

/** Share of its parent's text a child must hold for the walk to go down into it. */
const MAIN_BLOCK_SHARE = 0.8;
const NOT_TEXT = 'script, style, noscript, template, svg';

/** The innermost element that still holds most of the page's text: where "Show anyway" looks when nothing else is left. */
function mainTextBlock(clone: Document): Element | null {
  let block: Element | null = bodyOf(clone);
  if (!block) return null;
  for (const element of [...block.querySelectorAll(NOT_TEXT)]) element.remove();
  for (;;) {
    const total: number = textOf(block).length;
    const child: Element | undefined = [...block.children].find((candidate) => textOf(candidate).length >= total * MAIN_BLOCK_SHARE);
    if (!child || total === 0) return block;
    block = child;
  }
}

interface ReadabilityOutput {
  content: Element;
  textContent: string;
  byline: string;
  dir: string;
}

function runReadability(clone: Document): ReadabilityOutput | null {
  const reader = new Readability(clone, {
    // Classes stay until our own clean-up has read them (captions, bylines); the sanitizer drops them.
    keepClasses: true,
    // Return the element itself: serialising and re-parsing the article costs time and changes nothing.
    serializer: (element: Node) => element as unknown as string,
  });
  const parsed = reader.parse();
  if (!parsed || !parsed.content) return null;
  return {
    content: parsed.content as unknown as Element,
    textContent: parsed.textContent ?? '',
    byline: parsed.byline ?? '',
    dir: parsed.dir ?? '',
  };
}

/**
 * Turns the clean article element into the markup the result carries: the
 * page's markup as it is (`pageMarkup`, in a tab) or sanitized (in Node).
 */
export type Serializer<Html extends RawHtml> = (content: Element, document: Document) => Html;

/** The clean article's markup as the page wrote it: `RawHtml`, for the view that sanitizes where it inserts. */
export function pageMarkup(content: Element): RawHtml {
  return content.innerHTML as RawHtml;
}

export function runPipeline<Html extends RawHtml>(document: Document, options: ExtractOptions, serialize: Serializer<Html>): ExtractResult<Html> {
  try {
    return extractOrFail(document, options, serialize);
  } catch (error) {
    if (error instanceof TimeBudgetSpent) return failure('timeout');
    return failure('failed', error instanceof Error ? `(${error.message})` : undefined);
  }
}

function extractOrFail<Html extends RawHtml>(page: Document, options: ExtractOptions, serialize: Serializer<Html>): ExtractResult<Html> {
  const checkpoint = timeBudget(options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS);
  // The page itself, or a prepared copy where the page clobbers DOM properties or holds its article in shadow roots or frames.
  const source = pageSource(page);
  const document = source.document;
  const isHidden = source.live ? options.isHidden : undefined;
  const url = options.url ?? document.URL;
  const body = bodyOf(document);
  if (!body || tagOf(body) === 'frameset') {
    return document.querySelector(FRAMESET) ? failure('not-article', FRAMESET_DETAIL) : failure('empty-page');
  }
  if (source.elementCount > (options.maxElements ?? DEFAULT_MAX_ELEMENTS)) return failure('too-large');
  if (!foldSpaces(body.textContent) && !body.querySelector('img')) return failure('empty-page');
  const readerable = checkReaderable(document);
  if (!options.force && !readerable.readerable) return failure('not-article');

  const removed: Removal[] = [];
  checkpoint();
  const clone = cloneDocument(document);
  if (isHidden) removeHiddenInClone(document, clone, isHidden, removed);
  fixLazyImages(clone);
  fixLazySources(clone);
  checkpoint();
  const { largestProseBlock } = removePageClutter(clone, removed);
  checkpoint();

  let readability = runReadability(clone);
  checkpoint();
  if (!readability || !foldSpaces(readability.textContent)) {
    if (!options.force) return failure('not-article');
    // "Show anyway": the largest block of prose the clutter pass found, or the whole body.
    const fallback = largestProseBlock ?? bodyOf(clone);
    if (!fallback) return failure('not-article');
    readability = { content: fallback, textContent: fallback.textContent, byline: '', dir: '' };
  }
  let content = readability.content;

  const removedBeforeContent = removed.length;
  wrapInlineRuns(content);
  removeContentClutter(content, removed);
  // A "By …" line the text rules took out is the byline of last resort (plain-text articles have no other).
  const bylineLine = removed.slice(removedBeforeContent).find((removal) => removal.rule === 'byline')?.text ?? '';
  checkpoint();
  const meta = extractMetadata(document, url, {
    byline: readability.byline || bylineLine,
    signature: signatureLine(content),
    articleText: readability.textContent,
  });
  removeLeadingTitle(content, meta.title, removed);
  removeBylineBlocks(content, meta.authors.map(displayName), removed);
  // With the headline and byline gone, datelines and kickers have moved to the edge: one more pass.
  removeContentClutter(content, removed);
  wrapImageCaptions(content);
  dedupeCaptions(content, removed);
  trimCaptionCredits(content, removed);
  checkpoint();
  removeRepeatedBlocks(content, removed);
  removeEmailAddresses(content, removed);
  removeForeignScriptBlocks(content, removed);
  removeEmptyNodes(content);
  removeTrailingHeadings(content);

  checkpoint();
  let text = articleText(content);
  if (options.force && !text) {
    // "Show anyway" asked for text and the clean-up left none (a page that is all lists and links): the page's main block as it is.
    content = mainTextBlock(cloneDocument(document)) ?? content;
    text = articleText(content);
    if (!text) return failure('not-article');
  }
  if (!options.force && judgeExtracted(content, text, readerable.statesArticle) !== 'article') return failure('not-article');
  if (readability.dir === 'rtl' && meta.dir !== 'rtl') meta.dir = 'rtl';
  // The page, not a prepared copy: a copy has no window of its own to sanitize in.
  const html = serialize(content, page);
  const { words, cjkCharacters } = countWords(text);
  return {
    ok: true,
    article: { html, text, prose: proseText(content), wordCount: words + cjkCharacters, readingMinutes: readingMinutes(text), removed },
    meta,
  };
}
