/**
 * The copy of the page the cleaning stages edit, without what no stage reads:
 * scripts, styles, embeds and the other NON_CONTENT_TAGS. The page-clutter
 * pass removed those as its first step; copying them only to remove them
 * cost a fifth of the whole analysis under jsdom, where every node copied and
 * every node removed goes through the full DOM insertion and removal steps.
 *
 * What stays: everything else, comments included (Readability reads child
 * nodes to decide what is a paragraph), the head's JSON-LD, from which
 * Readability takes the byline, and the frames of embedded posts, which the
 * embeds stage turns into quoted blocks.
 */
import { NON_CONTENT_TAGS } from './clutter-rules.ts';
import { cloneDocument, tagOf } from '../dom/dom.ts';
import { isEmbedFrame } from './embeds.ts';

export interface ReadingCopy {
  copy: Document;
  /** The page's elements left out of the copy (their subtrees with them). */
  omitted: ReadonlySet<Element>;
}

function isJsonLd(element: Element): boolean {
  return tagOf(element) === 'script' && /ld\+json/i.test(element.getAttribute('type') ?? '');
}

/** Kept for a stage that reads it: the head's JSON-LD (Readability's byline), and embedded posts' frames (embeds.ts). */
function isReadLater(element: Element): boolean {
  return isJsonLd(element) || (tagOf(element) === 'iframe' && isEmbedFrame(element));
}

/**
 * A copy of `document` without its non-content elements. `elements` is every
 * element of the document in order, from a walk already made (page-source):
 * no second walk to find what to leave out.
 */
export function readingCopy(document: Document, elements: readonly Element[]): ReadingCopy {
  const omitted = new Set<Element>();
  const holdsOmitted = new Set<Node>();
  for (const element of elements) {
    if (!NON_CONTENT_TAGS.has(tagOf(element)) || isReadLater(element)) continue;
    omitted.add(element);
    for (let parent = element.parentNode; parent && !holdsOmitted.has(parent); parent = parent.parentNode) holdsOmitted.add(parent);
  }
  if (omitted.size === 0 || !holdsOmitted.has(document)) return { copy: cloneDocument(document), omitted };
  try {
    const copy = document.cloneNode(false) as Document;
    // A subtree with nothing to leave out is copied in one deep import; only the ancestors of omitted elements are copied
    // node by node. Imported, not cloned: a clone belongs to the page's document, and moving it into the copy would adopt
    // every node of it one by one.
    const copyOf = (node: Node): Node => {
      if (!holdsOmitted.has(node)) return copy.importNode(node, true);
      const shallow = copy.importNode(node, false);
      for (let child = node.firstChild; child; child = child.nextSibling) {
        if (!omitted.has(child as Element)) shallow.appendChild(copyOf(child));
      }
      return shallow;
    };
    for (let child = document.firstChild; child; child = child.nextSibling) copy.appendChild(copyOf(child));
    return { copy, omitted };
  } catch {
    // A doctype jsdom will not copy (cloneDocument says which): the whole page, the slower way.
    return { copy: cloneDocument(document), omitted: new Set() };
  }
}
