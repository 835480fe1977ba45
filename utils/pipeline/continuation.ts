/**
 * The second pass over a very long page: the rest of the article after the
 * beginning the first pass showed (preview.ts).
 *
 * Running the whole pipeline again over a live blog of 20 MB took over a
 * minute in Chromium: Readability scores every paragraph, and every clean-up
 * stage walks all of it. None of that needs doing again. The first pass found
 * where the article is; the rest of it is the blocks that follow, in the same
 * container. So this pass finds that container in the page (the lowest common
 * ancestor of the first pass's first and last blocks), and cleans what follows
 * the last block a slice at a time with the clean-up stages that work inside
 * an article. Between slices it gives the page its main thread back, so the
 * page stays responsive; the promise it returns is the injected script's result.
 */
import { BLOCK_TAGS, bodyOf, foldSpaces, tagOf } from '../dom/dom.ts';
import { cleanContentClutter, removePageClutter } from './clutter.ts';
import { NON_CONTENT_TAGS } from './clutter-rules.ts';
import { normalizeEmbeds } from './embeds.ts';
import { failure } from './failures.ts';
import { fixLazyImages, fixLazySources } from './lazy-images.ts';
import { cleanCaptions, removeEmailAddresses, removeEmptyNodes, removeRepeatedBlocks } from './post-clean.ts';
import { runStages, type Stage } from './runner.ts';
import { removeForeignScriptBlocks } from './script-filter.ts';
import { articleText, countWords, proseText, readingMinutes } from './text.ts';
import { MATCHED_PREFIX, SLICE_BOUNDARY, type ContinueAfter } from './join-rest.ts';
import type { ArticleRest, ExtractFailure, RawHtml, Removal } from '../types.ts';

/** How much text each slice holds: a few tens of milliseconds of cleaning, then the page's turn. */
const SLICE_TEXT = 100_000;
/** The whole second pass; past it, the beginning is all the person gets (and is told so). */
const REST_BUDGET_MS = 60_000;

const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT

/** The block element around a text node. */
function blockAround(node: Node, root: Element): Element | null {
  for (let element = node.parentElement; element && element !== root; element = element.parentElement) {
    if (BLOCK_TAGS.has(tagOf(element))) return element;
  }
  return null;
}

/**
 * The page's block whose text starts with `block`'s beginning, at or after
 * `after` in document order: found by walking the text nodes, never by
 * building a container's whole text (megabytes, on these pages).
 */
function findBlock(root: Element, block: string, after: Node | null): Element | null {
  const prefix = block.slice(0, MATCHED_PREFIX);
  if (!prefix) return null;
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  if (after) walker.currentNode = after;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = foldSpaces((node as Text).data);
    // The block's text may begin in this node and run on into the next ones (a link, an emphasis).
    if (!data || !(prefix.startsWith(data) || data.startsWith(prefix))) continue;
    const element = blockAround(node, root);
    if (element && foldSpaces(element.textContent).startsWith(prefix)) return element;
  }
  return null;
}

function commonAncestor(a: Element, b: Element): Element | null {
  for (let ancestor: Element | null = a; ancestor; ancestor = ancestor.parentElement) if (ancestor.contains(b)) return ancestor;
  return null;
}

/** The page's nodes after the first pass's article, in the article's container: what is left to read. */
function restOfArticle(document: Document, after: ContinueAfter): Node[] | undefined {
  const body = bodyOf(document);
  if (!body) return undefined;
  const first = findBlock(body, after.first, null);
  const last = first && findBlock(body, after.last, first);
  const container = first && last && commonAncestor(first, last);
  if (!container || container === last) return undefined;
  let anchor: Node = last;
  while (anchor.parentNode !== container) anchor = anchor.parentNode!;
  const rest: Node[] = [];
  for (let node = anchor.nextSibling; node; node = node.nextSibling) rest.push(node);
  return rest;
}

interface SliceState {
  /** The slice's own document, its body holding `content` alone. */
  document: Document;
  content: Element;
}

const cleaning = (name: string, clean: (content: Element, removed: Removal[]) => void): Stage<SliceState, never> => ({
  name,
  run(state, removed) {
    clean(state.content, removed as Removal[]);
    return undefined;
  },
});

/** The clean-up stages of the pipeline that work inside an article, in the same order (stages.ts). */
const SLICE_STAGES: readonly Stage<SliceState, never>[] = [
  {
    // The page-wide rules too (share bars, "Most read" boxes by their class names): a live blog repeats them in every update.
    name: 'page-clutter',
    run(state, removed) {
      removePageClutter(state.document, removed);
      return undefined;
    },
  },
  cleaning('content-clutter', cleanContentClutter),
  cleaning('captions', cleanCaptions),
  cleaning('repeated-blocks', removeRepeatedBlocks),
  cleaning('email-addresses', removeEmailAddresses),
  cleaning('foreign-script', (content, removed) => void removeForeignScriptBlocks(content, removed)),
  cleaning('empty-nodes', (content) => removeEmptyNodes(content)),
];

/**
 * A copy of `nodes` to clean, in a document of its own: without what no
 * stage reads (scripts, styles) and without what the page's stylesheet hides.
 */
function sliceCopy(page: Document, nodes: readonly Node[], isHidden: ((element: Element) => boolean) | undefined): SliceState {
  const copyDocument = page.implementation.createHTMLDocument('');
  const content = copyDocument.createElement('div');
  copyDocument.body.append(content);
  for (const node of nodes) {
    const copy = copyDocument.importNode(node, true);
    if (node.nodeType === 1 && isHidden) {
      // The copy lists its elements in the same order as the page's: pair them by index.
      const liveElements = [node as Element, ...(node as Element).getElementsByTagName('*')];
      const copyElements = [copy as Element, ...(copy as Element).getElementsByTagName('*')];
      const hidden = copyElements.filter((_, index) => isHidden(liveElements[index]!));
      if (hidden.includes(copy as Element)) continue;
      for (const element of hidden) element.remove();
    }
    content.append(copy);
  }
  for (const element of Array.from(content.querySelectorAll('*'))) if (NON_CONTENT_TAGS.has(tagOf(element)) && content.contains(element)) element.remove();
  fixLazyImages(content);
  fixLazySources(content);
  normalizeEmbeds(copyDocument);
  return { document: copyDocument, content };
}

/** The next slice of `nodes` from `start`: whole nodes, about SLICE_TEXT characters of text. */
function nextSlice(nodes: readonly Node[], start: number): Node[] {
  const slice: Node[] = [];
  let text = 0;
  for (let index = start; index < nodes.length && text < SLICE_TEXT; index++) {
    slice.push(nodes[index]!);
    text += nodes[index]!.textContent?.length ?? 0;
  }
  return slice;
}

const pageTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The rest of the article, cleaned: its markup as the page wrote it (`serialize`,
 * for the view that sanitizes where it inserts), its text and its prose.
 */
export async function readRest(
  page: Document,
  after: ContinueAfter,
  options: { isHidden?: (element: Element) => boolean; serialize: (content: Element) => RawHtml },
): Promise<ArticleRest | ExtractFailure> {
  const nodes = restOfArticle(page, after);
  if (!nodes) return failure('failed', '(the first part of the article is no longer on the page)');
  const deadline = performance.now() + REST_BUDGET_MS;
  const removed: Removal[] = [];
  const html: string[] = [];
  const text: string[] = [];
  const prose: string[] = [];
  for (let start = 0; start < nodes.length;) {
    const slice = nextSlice(nodes, start);
    start += slice.length;
    const state = sliceCopy(page, slice, options.isHidden);
    runStages(SLICE_STAGES, state, { timeBudgetMs: Infinity, removed });
    html.push(options.serialize(state.content));
    const sliceText = articleText(state.content);
    // An empty slice (all clutter) adds nothing, not a blank block.
    if (sliceText) text.push(sliceText);
    const sliceProse = proseText(state.content);
    if (sliceProse) prose.push(sliceProse);
    if (performance.now() > deadline) return failure('timeout');
    await pageTurn();
  }
  const restText = text.join('\n\n');
  const { words, cjkCharacters } = countWords(restText);
  return {
    ok: true,
    html: html.join(SLICE_BOUNDARY) as RawHtml,
    text: restText,
    prose: prose.join('\n\n'),
    wordCount: words + cjkCharacters,
    readingMinutes: restText ? readingMinutes(restText) : 0,
    removed,
  };
}
