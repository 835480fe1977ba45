/**
 * The article pipeline's stages, in the order they run (runner.ts runs them):
 *
 *   page-source -> readerable -> preview -> clone -> hidden -> lazy-images -> embeds -> page-clutter
 *   -> readability -> content-clutter -> metadata -> headline -> byline
 *   -> edge-clutter -> standfirst -> captions -> repeated-blocks -> email-addresses
 *   -> foreign-script -> empty-nodes -> text -> serialize -> counts
 *
 * Each stage reads and fills the work in progress (`PipelineState`); a stage
 * that decides there is no article returns the failure and the run ends
 * there. A new step is one more entry in `PIPELINE_STAGES`.
 */
import { Readability } from '@mozilla/readability';
import { cleanContentClutter, removeContentClutter, removePageClutter } from './clutter.ts';
import { HEADING_TAGS, bodyOf, cloneDocument, elementsByTag, elementsByTags, firstByTag, foldSpaces, hasText, leafBlocks, tagOf, textOf } from '../dom/dom.ts';
import { failure } from './failures.ts';
import { fixLazyImages, fixLazySources } from './lazy-images.ts';
import { normalizeEmbeds } from './embeds.ts';
import { unwrapPhotoGalleries } from './photo-galleries.ts';
import { findTitledStory, pageTitles, preferTitledStory, type TitledStory } from './titled-story.ts';
import { findDataTables, preferProseBesideTables, type DataTables } from './data-tables.ts';
import { findMarkedBody, preferMarkedBody, type MarkedBody } from './marked-body.ts';
import { readPageMetadata, type PageMetadata } from '../metadata/index.ts';
import { titleOverlap } from '../metadata/title.ts';
import { displayName } from '../metadata/names.ts';
import { closingCredit, datelineCredit } from '../metadata/authors.ts';
import { cleanCaptions, removeBylineBlocks, removeEmailAddresses, removeEmptyNodes, removeRepeatedBlocks } from './post-clean.ts';
import { checkReaderable, judgeExtracted, type ReaderableVerdict } from './readerable.ts';
import { pageSource, type ElementLister } from './page-source.ts';
import { beginningEnd, cutAfterText, ORDINARY_PAGE_ELEMENTS, pageBeginning } from './preview.ts';
import { omissionsOf, readingCopy, type Omissions } from './reading-copy.ts';
import type { Stage } from './runner.ts';
import { isClosingLine } from './clutter-rules.ts';
import { removeForeignScriptBlocks } from './script-filter.ts';
import { printedLeads, restorePrintedLead, restoreStandfirst, type PrintedLeads } from './standfirst.ts';
import { findBlocksAfterHeadline, restoreHeadlineLead, type BlocksAfterHeadline } from './headline-lead.ts';
import { preferStructuredBody } from './structured-body.ts';
import { articleText, countWords, proseText, readingMinutes } from './text.ts';
import type { ArticleMeta, ExtractFailure, RawHtml, Removal, RuleRemoval } from '../types.ts';

/** The knobs a caller sets (the popup, the overlay, the command line). */
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
  /**
   * Read only the beginning of a page with more text than this (preview.ts): the first pass over a live blog, shown
   * while the whole is read. The result then says `partial`.
   */
  previewCharacters?: number;
  /** Told each stage's name and time as it ends: the benchmark's per-stage table. */
  onStage?: (stage: string, milliseconds: number) => void;
  /** How to list a document's elements fastest in this DOM (page-source.ts): a walk by default, the browser's own index in a tab. */
  listElements?: ElementLister;
  /**
   * The caller parsed `document` for this run alone and reads it no more (the command line, the benchmark): the
   * cleaning stages may edit it in place rather than a copy (see `cleanInPlace`). Never for a page a person is reading.
   */
  ownsDocument?: boolean;
}

const DEFAULT_MAX_ELEMENTS = 250_000;

/**
 * Turns the clean article element into the markup the result carries: the
 * page's markup as it is (`pageMarkup`, in a tab) or sanitized (in Node).
 * Called once, by the last stage: it may empty the article element (Node sanitizes it in place).
 */
export type Serializer<Html extends RawHtml> = (content: Element, document: Document) => Html;

interface ReadabilityOutput {
  content: Element;
  textContent: string;
  byline: string;
  dir: string;
}

/**
 * The work in progress. The first fields come from the caller; each later one
 * is filled by the stage named beside it and read only by stages after it.
 */
export interface PipelineState<Html extends RawHtml = RawHtml> {
  readonly page: Document;
  readonly options: ExtractOptions;
  readonly serialize: Serializer<Html>;
  /** The removal log so far, tagged by stage: a stage may read what earlier ones removed. */
  readonly removed: readonly Removal[];
  /** page-source: the document read (the page, or a prepared copy of it), and whether it is the live page. */
  document?: Document;
  live?: boolean;
  /** page-source: every element of `document`, in order, from its one walk. */
  elements?: Element[];
  url?: string;
  /** readerable */
  readerable?: ReaderableVerdict;
  /** preview: what the reading copy leaves out. */
  omissions?: Omissions;
  /** preview: where a very long page's beginning ends (a node of `document`'s body); undefined for a page of ordinary length. */
  beginningEnd?: Node;
  /** clone: the copy every cleaning stage edits, without scripts and styles; the page itself is never changed (but see `ownsDocument`). */
  clone?: Document;
  /** clone: the page's elements left out of the copy. */
  omitted?: ReadonlySet<Element>;
  /** clone: the page's title and its names for itself (titled-story.ts), read before any stage changed the page. */
  pageTitle?: string;
  pageTitles?: readonly string[];
  /** clone, when the page is cleaned in place: what it says about itself, and the lead it printed, read beforehand. */
  pageMeta?: PageMetadata;
  /** A reporter's name alone in bold as the article's first line (leadNameLine). */
  leadName?: string;
  /** The news agency the article's opening dateline credits (datelineCredit). */
  datelineCredit?: string;
  /** The news agency the article's last line credits ("(dpa)", "Quelle: kathpress"). */
  closingCredit?: string;
  printedLeads?: PrintedLeads;
  /** clone: the copy holds only the page's beginning. */
  partial?: boolean;
  /** page-clutter: the "Show anyway" fallback (found only when `options.force` asks for it). */
  largestProseBlock?: Element | null;
  /** page-clutter: on a page of several stories, a copy of the one whose headline is the page's title (titled-story.ts). */
  titledStory?: TitledStory;
  /** page-clutter: long tables of short entries, and a copy of the page without them (data-tables.ts). */
  dataTables?: DataTables;
  /** page-clutter: a copy of the one element the page marks `itemprop="articleBody"` (marked-body.ts). */
  markedBody?: MarkedBody;
  /** page-clutter: copies of the blocks that follow the page's headline, where the lead may sit apart (headline-lead.ts). */
  blocksAfterHeadline?: BlocksAfterHeadline;
  /** readability */
  readability?: ReadabilityOutput;
  /** readability: the article element; later stages clean it in place (text may swap it for the page's main block). */
  content?: Element;
  /** metadata */
  meta?: ArticleMeta;
  /** text */
  text?: string;
  /** serialize */
  html?: Html;
  /** counts */
  prose?: string;
  wordCount?: number;
  readingMinutes?: number;
}

type PipelineStage = Stage<PipelineState, ExtractFailure>;

/** Typed as a plain selector: the DOM typings mark the `'frameset'` tag overload deprecated, and we only ask whether one exists. */
const FRAMESET: string = 'frameset';
const FRAMESET_DETAIL = 'The page is made of frames Lucid cannot open: open the frame that holds the article on its own.';

/** The page to read, and the checks that need no work: frames, nothing there, too large. */
function readSource(state: PipelineState): ExtractFailure | undefined {
  // The page itself, or a prepared copy where the page clobbers DOM properties or holds its article in shadow roots or frames.
  const source = pageSource(state.page, state.options.listElements);
  const document = source.document;
  state.document = document;
  state.live = source.live;
  state.elements = source.elements;
  state.url = state.options.url ?? document.URL;
  const body = bodyOf(document);
  if (!body || tagOf(body) === 'frameset') {
    return document.querySelector(FRAMESET) ? failure('not-article', FRAMESET_DETAIL) : failure('empty-page');
  }
  if (source.elementCount > (state.options.maxElements ?? DEFAULT_MAX_ELEMENTS)) return failure('too-large');
  // Any text at all, found without building the body's whole text (inline scripts make that megabytes on some pages).
  if (!hasText(body) && !body.querySelector('img')) return failure('empty-page');
  return undefined;
}

/**
 * The live body's elements in order, less the subtrees the reading copy left
 * out: the same list, element for element, as the copy's body holds.
 */
function liveElementsKept(elements: readonly Element[], body: Element, omitted: ReadonlySet<Element>): Element[] {
  const kept: Element[] = [];
  let skipping: Element | null = null;
  for (const element of elements) {
    if (skipping?.contains(element)) continue;
    skipping = null;
    if (omitted.has(element)) skipping = element;
    else if (element !== body && body.contains(element)) kept.push(element);
  }
  return kept;
}

/**
 * Removes, from the clone, the elements the page's stylesheet hides in the
 * live page. Only in a tab, where the browser knows; below a hidden element
 * nothing more is asked (it goes whole).
 */
function removeHiddenInClone(state: PipelineState, isHidden: (element: Element) => boolean, removed: RuleRemoval[]): void {
  const liveBody = bodyOf(state.document!);
  const cloneBody = bodyOf(state.clone!);
  if (!liveBody || !cloneBody) return;
  const liveElements = liveElementsKept(state.elements!, liveBody, state.omitted!);
  // In a tab, where this stage runs, the browser's own index is the fast way to list elements.
  const cloneElements = cloneBody.getElementsByTagName('*');
  // A preview's copy is the page's beginning, element for element (preview.ts): the live list's prefix pairs with it.
  if (state.partial) liveElements.length = Math.min(liveElements.length, cloneElements.length);
  if (liveElements.length !== cloneElements.length) return;
  const hidden: Element[] = [];
  let outer: Element | null = null;
  for (let index = 0; index < liveElements.length; index++) {
    const element = liveElements[index]!;
    if (outer?.contains(element)) continue;
    if (!isHidden(element)) continue;
    outer = element;
    const copy = cloneElements[index];
    if (copy) hidden.push(copy);
  }
  for (const element of hidden) {
    removed.push({ rule: 'hidden-by-stylesheet', text: textOf(element) });
    element.remove();
  }
}

/**
 * Removing a frame from a page that has a window tears down the frame's own window: about 9 ms each under jsdom,
 * where copying never creates them. A page of 393 embedded frames took 3.4 s to clean in place against 0.4 s to copy.
 */
const MAX_FRAMES_REMOVED_IN_PLACE = 8;

function framesAmong(elements: ReadonlySet<Element>): number {
  let frames = 0;
  for (const element of elements) if (element.localName === 'iframe' || element.localName === 'frame') frames++;
  return frames;
}

/**
 * Where the caller owns the page (`ownsDocument`: the command line's own parse), the cleaning stages edit the page
 * itself: copying it cost a seventh of the whole analysis under jsdom, where every node copied goes through the DOM's
 * full insertion steps. What the stages after this one read of the page as it was is read first: its metadata and
 * the lead it printed (the titles, the element list and its JSON-LD are read or kept already). The page is copied as
 * before with "Show anyway" (its last fallback reads the page again), for a long page's beginning (the copy is where
 * it is cut), where the page states no language (its dates and names are read in the article's, known later), and where
 * it embeds many frames (above).
 */
function cleanInPlace(state: PipelineState): boolean {
  const { options } = state;
  if (!options.ownsDocument || options.force || state.beginningEnd !== undefined) return false;
  const document = state.document!;
  const pageMeta = readPageMetadata(document, state.url!, state.elements);
  state.pageMeta = pageMeta;
  if (pageMeta.readsPageLater) return false;
  const { omitted } = state.omissions!;
  if (framesAmong(omitted) > MAX_FRAMES_REMOVED_IN_PLACE) return false;
  state.printedLeads = printedLeads(document, pageMeta.title, omitted);
  // What the copy would leave out goes (in document order: an element inside one already gone goes with it).
  let gone: Element | null = null;
  for (const element of omitted) {
    if (gone?.contains(element)) continue;
    element.remove();
    gone = element;
  }
  state.clone = document;
  state.omitted = omitted;
  return true;
}

/**
 * Readability lists elements by tag with `querySelectorAll("h1,h2")` wherever the DOM has it, and by one
 * `getElementsByTagName` per tag otherwise (its own fallback: the lists are joined tag after tag, not in document
 * order, and nothing it does depends on that order). Under jsdom a selector goes through a full selector engine,
 * which cost about half of Readability's time on the bench's pages; a tag's collection is an index lookup there and
 * in a browser alike. So Lucid's Readability always takes its fallback.
 */
export function listTagsPerTag(reader: Readability<unknown>): void {
  const listing = reader as unknown as { _getAllNodesWithTag: (node: Element | Document, tagNames: string[]) => Element[] };
  // elementsByTag copies each collection by index: iterating a jsdom collection reads it over and over (dom.ts).
  listing._getAllNodesWithTag = (node, tagNames) =>
    tagNames.length === 1 ? elementsByTag(node, tagNames[0]!) : tagNames.flatMap((tag) => elementsByTag(node, tag));
}

function runReadability(clone: Document): ReadabilityOutput | null {
  const reader = new Readability(clone, {
    // Classes stay until our own clean-up has read them (captions, bylines); the sanitizer drops them.
    keepClasses: true,
    // Return the element itself: serialising and re-parsing the article costs time and changes nothing.
    serializer: (element: Node) => element as unknown as string,
  });
  listTagsPerTag(reader);
  const parsed = reader.parse();
  if (!parsed || !parsed.content) return null;
  return {
    content: parsed.content as unknown as Element,
    textContent: parsed.textContent ?? '',
    byline: parsed.byline ?? '',
    dir: parsed.dir ?? '',
  };
}

/** Readability's article; with "Show anyway", the largest block of prose the clutter pass found, or the whole body. */
function readArticle(state: PipelineState): ExtractFailure | undefined {
  const first = preferProseBesideTables(preferTitledStory(runReadability(state.clone!), state.titledStory, runReadability), state.dataTables, runReadability);
  let readability = preferStructuredBody(preferMarkedBody(first, state.markedBody, state.clone!), state.elements!, state.pageTitle!, state.clone!);
  if (!readability || !foldSpaces(readability.textContent)) {
    if (!state.options.force) return failure('not-article');
    const fallback = state.largestProseBlock ?? bodyOf(state.clone!);
    if (!fallback) return failure('not-article');
    readability = { content: fallback, textContent: fallback.textContent, byline: '', dir: '' };
  }
  state.readability = readability;
  state.content = readability.content;
  // Read before the clean-up takes a short line at the top for a kicker.
  // One walk for the three readers of the first and last lines.
  const blocks = leafBlocks(readability.content);
  state.leadName = leadNameLine(blocks);
  state.datelineCredit = openingDatelineCredit(blocks);
  const lastLine = blocks.findLast((block) => textOf(block) !== '');
  state.closingCredit = lastLine ? closingCredit(textOf(lastLine)) : '';
  return undefined;
}

/** A person's name alone: two to four capitalised words. */
const BARE_NAME = /^[\p{Lu}][\p{Ll}\p{M}'’.-]+(?: [\p{Lu}][\p{Ll}\p{M}'’.-]+){1,3}$/u;

/** The article's last line when it is only a name: how many papers sign ("Lê Phương"). */
function signatureLine(content: Element): string {
  const blocks = leafBlocks(content);
  for (let index = blocks.length - 1; index >= 0; index--) {
    const text = textOf(blocks[index]!);
    if (!text) continue;
    // Two lines ("<strong>Aktuelle Nutzung</strong><br>Studentenwohnanlage") are a label and its value, not a name; a
    // heading or a link ("Weitere Meldungen", capitalised as German nouns are) labels a section or leads elsewhere.
    const block = blocks[index]!;
    const link = firstByTag(block, 'a');
    const labelOrLink = HEADING_TAGS.has(tagOf(block)) || block.closest('a') !== null || (!!link && textOf(link) === text);
    return text.length <= 40 && BARE_NAME.test(text) && !firstByTag(block, 'br') && !labelOrLink ? text : '';
  }
  return '';
}

/** The same in capitals, as some papers print the reporter's name over the story ("THANDI MOLEFE"). */
const BARE_NAME_IN_CAPITALS = /^[\p{Lu}][\p{Lu}\p{M}'’.-]+(?: [\p{Lu}][\p{Lu}\p{M}'’.-]+){1,3}$/u;

/**
 * The article's first line when it is only a name in bold: the reporter, as papers on a shared CMS account sign
 * their stories ("<p><strong>Thandi Molefe</strong></p>" above the first paragraph, under "by Site Admin").
 */
function leadNameLine(blocks: readonly Element[]): string {
  const first = blocks.find((block) => textOf(block) !== '');
  if (!first || firstByTag(first, 'br')) return '';
  const text = textOf(first);
  const bold = elementsByTags(first, ['strong', 'b']).map(textOf).join(' ');
  if (text.length > 40 || foldSpaces(bold) !== text) return '';
  return BARE_NAME.test(text) || BARE_NAME_IN_CAPITALS.test(text) ? text : '';
}

/** How many of the article's first lines may come before its dateline: a photo's caption, a standfirst. */
const LINES_BEFORE_DATELINE = 3;

/** The agency credited by the dateline that opens the article ("Hamburg (dpa) – …"), read before the clean-up. */
function openingDatelineCredit(blocks: readonly Element[]): string {
  let lines = 0;
  // Only the first lines' text is read: a live blog has thousands of blocks.
  for (const block of blocks) {
    const line = textOf(block);
    if (line === '') continue;
    const credit = datelineCredit(line);
    if (credit) return credit;
    if (++lines === LINES_BEFORE_DATELINE) break;
  }
  return '';
}

function readMetadata(state: PipelineState): undefined {
  const readability = state.readability!;
  // A "By …" line the text rules took out is the byline of last resort (plain-text articles have no other).
  const bylineLine = state.removed.find((removal) => removal.stage === 'content-clutter' && removal.rule === 'byline')?.text ?? '';
  // A very long page's first pass reads its metadata from the page's beginning (preview.ts), not all of it.
  const source = state.partial && state.beginningEnd ? pageBeginning(state.document!, state.beginningEnd) : state.document!;
  const meta = (state.pageMeta ?? readPageMetadata(source, state.url!)).complete({
    byline: readability.byline || bylineLine,
    signature: signatureLine(state.content!),
    leadName: state.leadName,
    datelineCredit: state.datelineCredit,
    closingCredit: state.closingCredit,
    articleText: readability.textContent,
  });
  if (readability.dir === 'rtl' && meta.dir !== 'rtl') meta.dir = 'rtl';
  state.meta = meta;
  return undefined;
}

/** The headline again at the top of the body, as sites (and Readability, which turns it into an h2) leave it. */
function removeLeadingTitle(content: Element, title: string, removed: RuleRemoval[]): void {
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

/** Headings left with nothing under them at the end of the article ("Related", after its list went). */
function removeTrailingHeadings(content: Element, removed: RuleRemoval[]): void {
  for (;;) {
    // The element lists and ancestors by hand, not by selectors: under jsdom each selector call parses it again.
    const all = elementsByTag(content, '*');
    let last: Element | null = null;
    for (let index = all.length - 1; index >= 0; index--) {
      const element = all[index];
      if (element && textOf(element) && !element.firstElementChild) {
        last = element;
        break;
      }
    }
    let heading: Element | null = last;
    while (heading && !HEADING_TAGS.has(tagOf(heading))) heading = heading.parentElement;
    // The content itself may be a heading ("Show anyway" on a page whose largest text is its title): removing it would loop forever.
    // A sentence longer than any headline is a closing line set large (a blog's last word), not the title of a list that went.
    if (!heading || heading === content || !content.contains(heading) || isClosingLine(textOf(heading))) return;
    removed.push({ rule: 'trailing-heading', text: textOf(heading) });
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
    // Copied with slice, not spread: a spread reads a jsdom HTMLCollection's length once per element (elementsByTag).
    const children = Array.prototype.slice.call(block.children) as Element[];
    const child: Element | undefined = children.find((candidate) => textOf(candidate).length >= total * MAIN_BLOCK_SHARE);
    if (!child || total === 0) return block;
    block = child;
  }
}

/** The clean text, and the last word on whether it is an article. */
function readText(state: PipelineState): ExtractFailure | undefined {
  const { options } = state;
  let content = state.content!;
  let text = articleText(content);
  if (options.force && !text) {
    // "Show anyway" asked for text and the clean-up left none (a page that is all lists and links): the page's main block as it is.
    content = mainTextBlock(cloneDocument(state.document!)) ?? content;
    text = articleText(content);
    if (!text) return failure('not-article');
  }
  if (!options.force && judgeExtracted(content, text, state.readerable!.statesArticle) !== 'article') return failure('not-article');
  state.content = content;
  state.text = text;
  return undefined;
}

/** Wraps a stage that only cleans the article element in place. */
function cleaning(name: string, clean: (content: Element, removed: RuleRemoval[], state: PipelineState) => void): PipelineStage {
  return {
    name,
    run(state, removed) {
      clean(state.content!, removed, state);
      return undefined;
    },
  };
}

export const PIPELINE_STAGES: readonly PipelineStage[] = [
  { name: 'page-source', run: readSource },
  {
    name: 'readerable',
    run(state) {
      state.readerable = checkReaderable(state.document!, state.elements);
      return !state.options.force && !state.readerable.readerable ? failure('not-article') : undefined;
    },
  },
  {
    // Where a very long page's beginning ends, found on the page before anything is copied: the copy stops there.
    name: 'preview',
    run(state) {
      state.omissions = omissionsOf(state.elements!);
      const limit = state.options.previewCharacters;
      const body = bodyOf(state.document!);
      if (limit !== undefined && body) {
        state.beginningEnd = beginningEnd(body, limit, state.omissions.omitted, state.elements!.length <= ORDINARY_PAGE_ELEMENTS);
      }
      return undefined;
    },
  },
  {
    name: 'clone',
    run(state) {
      state.pageTitle = state.document!.title;
      state.pageTitles = pageTitles(state.document!);
      if (cleanInPlace(state)) return undefined;
      const { copy, omitted, partial } = readingCopy(state.document!, state.elements!, state.beginningEnd, state.omissions);
      state.clone = copy;
      state.omitted = omitted;
      state.partial = partial;
      const limit = state.options.previewCharacters;
      const body = bodyOf(copy);
      // A copy that could not stop at the end (a doctype jsdom will not copy) is cut after copying, as it always was.
      if (state.beginningEnd && partial === undefined && limit !== undefined && body) state.partial = cutAfterText(body, limit);
      return undefined;
    },
  },
  {
    // Only on the live page in a browser: a prepared copy's elements are not the ones on screen.
    name: 'hidden',
    run(state, removed) {
      const { isHidden } = state.options;
      if (state.live && isHidden) removeHiddenInClone(state, isHidden, removed);
      return undefined;
    },
  },
  {
    name: 'lazy-images',
    run(state) {
      fixLazyImages(state.clone!);
      fixLazySources(state.clone!);
      return undefined;
    },
  },
  {
    name: 'embeds',
    run(state) {
      normalizeEmbeds(state.clone!);
      return undefined;
    },
  },
  {
    name: 'page-clutter',
    run(state, removed) {
      // The fallback is read only with "Show anyway" (readArticle).
      state.largestProseBlock = removePageClutter(state.clone!, removed, state.options.force === true).largestProseBlock;
      // After the clutter pass (a gallery's counter and buttons gone), before anything below keeps an element of the copy.
      const cloneBody = bodyOf(state.clone!);
      if (cloneBody) unwrapPhotoGalleries(cloneBody, state.largestProseBlock);
      state.titledStory = findTitledStory(state.clone!, state.pageTitles!);
      state.dataTables = findDataTables(state.clone!);
      state.markedBody = findMarkedBody(state.clone!);
      state.blocksAfterHeadline = findBlocksAfterHeadline(state.clone!, state.pageTitles!);
      return undefined;
    },
  },
  { name: 'readability', run: readArticle },
  cleaning('content-clutter', cleanContentClutter),
  { name: 'metadata', run: readMetadata },
  cleaning('headline', (content, removed, state) => removeLeadingTitle(content, state.meta!.title, removed)),
  cleaning('byline', (content, removed, state) => removeBylineBlocks(content, state.meta!.authors.map(displayName), removed)),
  // With the headline and byline gone, datelines and kickers have moved to the edge: one more pass.
  cleaning('edge-clutter', removeContentClutter),
  // The lead the page printed apart from the body (standfirst.ts): after the clutter passes, so it stays first.
  cleaning('standfirst', (content, removed, state) => {
    const restored = state.printedLeads
      ? restorePrintedLead(content, state.printedLeads)
      : restoreStandfirst(content, state.document!, state.meta!.title, state.omitted);
    // No description names the lead: the page's order may still show one between headline and body.
    if (!restored) restoreHeadlineLead(content, state.blocksAfterHeadline, removed);
  }),
  cleaning('captions', cleanCaptions),
  cleaning('repeated-blocks', removeRepeatedBlocks),
  cleaning('email-addresses', removeEmailAddresses),
  cleaning('foreign-script', (content, removed) => void removeForeignScriptBlocks(content, removed)),
  cleaning('empty-nodes', (content, removed) => {
    removeEmptyNodes(content);
    removeTrailingHeadings(content, removed);
  }),
  { name: 'text', run: readText },
  {
    name: 'counts',
    run(state) {
      const text = state.text!;
      const { words, cjkCharacters } = countWords(text);
      state.prose = proseText(state.content!);
      state.wordCount = words + cjkCharacters;
      state.readingMinutes = readingMinutes(text);
      return undefined;
    },
  },
  {
    name: 'serialize',
    run(state) {
      // Last: the serializer may use the article element up (the command line sanitizes it in place, extract.ts).
      // The page, not a prepared copy: a copy has no window of its own to sanitize in.
      state.html = state.serialize(state.content!, state.page);
      return undefined;
    },
  },
];
