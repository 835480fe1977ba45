/**
 * The document the pipeline reads. Usually the live page itself (read, never
 * changed). Three kinds of page need a prepared copy instead:
 *
 * - DOM clobbering. In a browser `<img name="body">` makes `document.body`
 *   that image, `<form name="cloneNode">` replaces `document.cloneNode`, and
 *   `<input name="id">` inside a form replaces `form.id` (named properties;
 *   they reach an extension's isolated world too). A page can do this to break
 *   readers. The copy is made through the prototypes' own methods and the
 *   clobbering names are taken off it.
 * - Articles inside open shadow roots (web components): `cloneNode` leaves
 *   shadow trees behind, so their content is copied into the host, with slots
 *   filled from the host's own children.
 * - Articles inside same-origin frames (a frameset, an article iframe): the
 *   frame's body is copied in where the frame was.
 *
 * Anything that cannot be read (a closed shadow root, a cross-origin frame)
 * is left as it is.
 */

import { protoMember, trustedCall, trustedGet } from '../dom/trusted-dom.ts';

export interface PageSource {
  document: Document;
  /** False when `document` is a prepared copy: its elements are not the ones on screen. */
  live: boolean;
  /** Elements in `document`, counted on the walk that looked for clobbering and embedded articles. */
  elementCount: number;
  /** Every element of `document` in document order, from that walk: later stages need not walk the page again. */
  elements: Element[];
}

/** A frame or shadow tree with less text than this is a widget (an ad, a button), not an article. */
const MIN_EMBEDDED_TEXT = 200;
/** Frames inside frames inside frames: deeper than this is not an article's layout. */
const MAX_NESTING = 3;

/** Elements whose name (and for img and object, id) becomes a property of the document: HTML's named properties. */
const DOCUMENT_NAMED_TAGS = new Set(['img', 'form', 'embed', 'object', 'iframe']);

/** The element prototype level: a form control named after one of its members breaks every reader that reads the form. */
function elementPrototypeOf(element: Element): object | null {
  for (let proto = Object.getPrototypeOf(element) as object | null; proto; proto = Object.getPrototypeOf(proto) as object | null) {
    if (Object.prototype.hasOwnProperty.call(proto, 'getAttribute')) return proto;
  }
  return null;
}

/** The attributes of `elements` that clobber something the pipeline (or Readability) reads: [element, attribute] pairs. */
function clobberingAttributes(document: Document, elements: Element[], localName: ((this: Element) => string) | undefined): [Element, string][] {
  const found: [Element, string][] = [];
  const check = (element: Element, attributes: string[], target: object) => {
    for (const attribute of attributes) {
      const value = trustedCall<string | null>(element, 'getAttribute', attribute);
      if (value && value in target) found.push([element, attribute]);
    }
  };
  const documentProto = Object.getPrototypeOf(document) as object;
  for (const element of elements) {
    const tag = localName?.call(element) ?? trustedGet<string | undefined>(element, 'localName') ?? '';
    if (!DOCUMENT_NAMED_TAGS.has(tag)) continue;
    check(element, tag === 'img' || tag === 'object' ? ['name', 'id'] : ['name'], documentProto);
    if (tag !== 'form') continue;
    // Controls inside a form become properties of the form by name and id.
    const formProto = elementPrototypeOf(element);
    const controls = trustedCall<NodeListOf<Element>>(element, 'querySelectorAll', '[name], [id]');
    if (formProto) for (let index = 0; index < controls.length; index++) check(controls[index]!, ['name', 'id'], formProto);
  }
  return found;
}

/**
 * A getter every element of `document` shares (Element.prototype's `localName`, `shadowRoot`), looked up once on the
 * root element: the scans below call it on every element of the page, and a lookup per element (trustedGet) cost more
 * than the call. Elements carry no named properties of their own (only documents and forms do), and the prototype's
 * getter cannot be redirected by markup either way.
 */
// The type parameter is the caller's word for what the getter returns: it reads the page's own objects, which no type describes.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
function elementGetter<T>(root: Element | null, name: string): ((this: Element) => T) | undefined {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called with .call(element), never detached from an element
  return root ? (protoMember(root, name)?.get as ((this: Element) => T) | undefined) : undefined;
}

/** The shadow root of an element, where the page left it open. */
function openShadowRoot(element: Element): ShadowRoot | null {
  try {
    return trustedGet<ShadowRoot | null>(element, 'shadowRoot') ?? null;
  } catch {
    return null;
  }
}

/** The document inside a frame or iframe, where the browser lets this page's scripts read it. */
function frameDocument(element: Element): Document | null {
  try {
    const frameDoc = trustedGet<Document | null>(element, 'contentDocument');
    return frameDoc && trustedGet<HTMLElement | null>(frameDoc, 'body') ? frameDoc : null;
  } catch {
    return null;
  }
}

function textLength(node: Node): number {
  return (trustedGet<string | null>(node, 'textContent') ?? '').replace(/\s+/gu, '').length;
}

/** What inside `element` holds article-sized text the document does not show directly: an open shadow root or a same-origin frame. */
function embeddedContent(element: Element): { shadow: ShadowRoot } | { frame: Document } | undefined {
  const shadow = openShadowRoot(element);
  if (shadow && textLength(shadow) >= MIN_EMBEDDED_TEXT) return { shadow };
  const tag = trustedGet<string>(element, 'localName');
  if (tag !== 'iframe' && tag !== 'frame') return undefined;
  const frame = frameDocument(element);
  return frame && textLength(trustedGet<HTMLElement>(frame, 'body')) >= MIN_EMBEDDED_TEXT ? { frame } : undefined;
}

/**
 * Lists every element of a document in order. Which way is fastest depends on
 * the DOM: a walk under jsdom (the default), the browser's own index in a tab
 * (`elementsFromIndex`).
 */
export type ElementLister = (document: Document) => Element[];

/**
 * Every element of the document in order, from the browser's index of them
 * (`getElementsByTagName('*')`, called through the prototype, so a clobbered
 * document cannot divert it). Twenty times faster than a walk in Chromium,
 * and a hundred times slower under jsdom, where collections are proxies.
 */
export function elementsFromIndex(document: Document): Element[] {
  return Array.from(trustedCall<HTMLCollectionOf<Element>>(document, 'getElementsByTagName', '*'));
}

/**
 * Every element of the document in order, walked through the prototypes' own
 * getters (a walk, not `getElementsByTagName('*')`, whose indexed reads are
 * slow in jsdom; trusted getters, so a clobbered form cannot divert it).
 */
function allElements(document: Document): Element[] {
  const elements: Element[] = [];
  const root = trustedGet<Element | null>(document, 'documentElement');
  if (!root) return elements;
  // Every element of one document shares these getters: looked up once, called directly.
  const getter = (name: string) => elementGetter<Element | null>(root, name)!;
  const firstChild = getter('firstElementChild');
  const nextSibling = getter('nextElementSibling');
  const parent = getter('parentElement');
  for (let node: Element | null = root; node;) {
    elements.push(node);
    const child: Element | null = firstChild.call(node);
    if (child) {
      node = child;
      continue;
    }
    while (node && node !== root && !nextSibling.call(node)) node = parent.call(node);
    node = node && node !== root ? nextSibling.call(node) : null;
  }
  return elements;
}

/** Copies `live`'s content into `copy` (the same tree, cloned), with shadow trees and frames brought in. */
function inlineEmbedded(live: ParentNode, copy: ParentNode, target: Document, depth: number): void {
  if (depth > MAX_NESTING) return;
  const liveElements = trustedCall<NodeListOf<Element>>(live, 'querySelectorAll', '*');
  const copyElements = trustedCall<NodeListOf<Element>>(copy, 'querySelectorAll', '*');
  if (liveElements.length !== copyElements.length) return;
  const work: (() => void)[] = [];
  for (let index = 0; index < liveElements.length; index++) {
    const copyElement = copyElements[index]!;
    const embedded = embeddedContent(liveElements[index]!);
    if (embedded && 'shadow' in embedded) work.push(() => inlineShadow(embedded.shadow, copyElement, target, depth));
    else if (embedded) work.push(() => inlineFrame(embedded.frame, copyElement, target, depth));
  }
  // Edits wait until every pair is known: they change the copy's element order.
  for (const edit of work) edit();
}

/** A <div> in `target` holding a deep copy of `source`'s children, with their own shadow trees and frames brought in. */
function importedCopy(source: ParentNode & Node, target: Document, depth: number): HTMLDivElement {
  const holder = target.createElement('div');
  for (const child of Array.from(source.childNodes)) holder.append(target.importNode(child, true));
  inlineEmbedded(source, holder, target, depth + 1);
  return holder;
}

function inlineShadow(shadow: ShadowRoot, host: Element, target: Document, depth: number): void {
  const holder = importedCopy(shadow, target, depth);
  const light = Array.from(host.childNodes);
  const slotted = (name: string | null) =>
    light.filter((node) => {
      const slot = node.nodeType === 1 ? (node as Element).getAttribute('slot') : null;
      return name ? slot === name : !slot;
    });
  for (const slot of Array.from(holder.querySelectorAll('slot'))) {
    const assigned = slotted(slot.getAttribute('name'));
    slot.replaceWith(...(assigned.length ? assigned : Array.from(slot.childNodes)));
  }
  host.replaceChildren(...Array.from(holder.childNodes));
}

function inlineFrame(frameDoc: Document, frame: Element, target: Document, depth: number): void {
  const holder = importedCopy(trustedGet<HTMLElement>(frameDoc, 'body'), target, depth);
  if (frame.localName === 'frame') {
    // A frameset has no body for Readability to read: the frames' content becomes one.
    const frameset = frame.closest('frameset');
    let body = target.querySelector('body');
    if (!body && frameset) {
      body = target.createElement('body');
      frameset.closest('html')?.append(body);
    }
    body?.append(holder);
    return;
  }
  frame.replaceWith(holder);
}

/** Clone of the document through Node.prototype.cloneNode: a clobbered `document.cloneNode` cannot stop it. */
function trustedClone(document: Document): Document {
  return trustedCall<Document>(document, 'cloneNode', true);
}

export function pageSource(document: Document, listElements: ElementLister = allElements): PageSource {
  const elements = listElements(document);
  const root = trustedGet<Element | null>(document, 'documentElement');
  const shadowRoot = elementGetter<ShadowRoot | null>(root, 'shadowRoot');
  const localName = elementGetter<string>(root, 'localName');
  // Only a shadow host or a frame can hold embedded content: asked of every element with the shared getters, and
  // embeddedContent (which reads and measures) only for those.
  const mayEmbed = (element: Element): boolean => {
    if (!shadowRoot || !localName) return true;
    try {
      if (shadowRoot.call(element)) return true;
    } catch {
      return true;
    }
    const tag = localName.call(element);
    return tag === 'iframe' || tag === 'frame';
  };
  const clobbering = clobberingAttributes(document, elements, localName);
  const hasEmbedded = elements.some((element) => mayEmbed(element) && embeddedContent(element) !== undefined);
  if (clobbering.length === 0 && !hasEmbedded) return { document, live: true, elementCount: elements.length, elements };

  const copy = trustedClone(document);
  if (hasEmbedded) inlineEmbedded(document, copy, copy, 0);
  for (const frameset of Array.from(trustedCall<NodeListOf<Element>>(copy, 'querySelectorAll', 'frameset'))) frameset.remove();
  // Take the names off after the copy is complete: inlined frames and shadow trees can clobber too.
  const copyElements = listElements(copy);
  const copyLocalName = elementGetter<string>(trustedGet<Element | null>(copy, 'documentElement'), 'localName');
  for (const [element, attribute] of clobberingAttributes(copy, copyElements, copyLocalName)) trustedCall(element, 'removeAttribute', attribute);
  return { document: copy, live: false, elementCount: copyElements.length, elements: copyElements };
}
