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
  /** Asked for a beginning (`end`): whether the copy left anything out after it. Undefined: the copy is whole, uncut. */
  partial?: boolean;
}

function isJsonLd(element: Element): boolean {
  return tagOf(element) === 'script' && /ld\+json/i.test(element.getAttribute('type') ?? '');
}

/** Kept for a stage that reads it: the head's JSON-LD (Readability's byline), and embedded posts' frames (embeds.ts). */
function isReadLater(element: Element): boolean {
  return isJsonLd(element) || (tagOf(element) === 'iframe' && isEmbedFrame(element));
}

/** The page's elements the reading copy leaves out (their subtrees with them), and every node that holds one. */
export interface Omissions {
  omitted: ReadonlySet<Element>;
  holdsOmitted: ReadonlySet<Node>;
}

/** What the reading copy of `document` leaves out, from `elements`, every element of it in order (page-source's list). */
export function omissionsOf(elements: readonly Element[]): Omissions {
  const omitted = new Set<Element>();
  const holdsOmitted = new Set<Node>();
  for (const element of elements) {
    if (!NON_CONTENT_TAGS.has(tagOf(element)) || isReadLater(element)) continue;
    omitted.add(element);
    for (let parent = element.parentNode; parent && !holdsOmitted.has(parent); parent = parent.parentNode) holdsOmitted.add(parent);
  }
  return { omitted, holdsOmitted };
}

/**
 * A copy of `document` without its non-content elements. `elements` is every
 * element of the document in order, from a walk already made (page-source):
 * no second walk to find what to leave out.
 *
 * With `end` (a node of the body: where a very long page's beginning ends, preview.ts), the copy stops there: `end`
 * is copied whole, and nothing in the body after it (preview.ts's cut, made while copying: the rest of a 20 MB page is
 * never copied, only to be removed).
 */
export function readingCopy(document: Document, elements: readonly Element[], end?: Node, omissions: Omissions = omissionsOf(elements)): ReadingCopy {
  const { omitted, holdsOmitted } = omissions;
  const cutAfter = end ? endsOfBeginning(end) : new Set<Node>();
  if (cutAfter.size === 0 && (omitted.size === 0 || !holdsOmitted.has(document))) return { copy: cloneDocument(document), omitted };
  const ancestorsOfEnd = new Set<Node>(cutAfter);
  for (let node = end?.parentNode; node; node = node.parentNode) ancestorsOfEnd.add(node);
  try {
    const copy = document.cloneNode(false) as Document;
    // A subtree with nothing to leave out is copied in one deep import; only the ancestors of omitted elements (and of
    // the beginning's end) are copied node by node. Imported, not cloned: a clone belongs to the page's document, and
    // moving it into the copy would adopt every node of it one by one.
    const copyOf = (node: Node): Node => {
      if (!holdsOmitted.has(node) && (node === end || !ancestorsOfEnd.has(node))) return copy.importNode(node, true);
      const shallow = copy.importNode(node, false);
      for (let child = node.firstChild; child; child = child.nextSibling) {
        if (!omitted.has(child as Element)) shallow.appendChild(copyOf(child));
        if (cutAfter.has(child)) break;
      }
      return shallow;
    };
    for (let child = document.firstChild; child; child = child.nextSibling) copy.appendChild(copyOf(child));
    return end ? { copy, omitted, partial: [...cutAfter].some((node) => node.nextSibling !== null) } : { copy, omitted };
  } catch {
    // A doctype jsdom will not copy (cloneDocument says which): the whole page, the slower way (preview.ts cuts it).
    return { copy: cloneDocument(document), omitted: new Set() };
  }
}

/** `end` and its ancestors inside the body: what follows each of them is after the beginning. */
function endsOfBeginning(end: Node): Set<Node> {
  const nodes = new Set<Node>();
  const isBody = (node: Node) => node.nodeType === 1 && tagOf(node as Element) === 'body';
  for (let node: Node = end; node.parentNode && !isBody(node); node = node.parentNode) nodes.add(node);
  return nodes;
}
