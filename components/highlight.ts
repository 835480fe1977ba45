/**
 * Quotes marked in the rendered article: each quotation's words wrapped in
 * <mark> elements, so the reader can see them and a click on a key quote can
 * scroll to it. Works on Lucid's own rendering of the article, never on the page.
 */
import { forEachTextNode } from '../utils/dom/dom.ts';

const fold = (text: string) => text.replace(/\s+/g, ' ');

/** Wraps the first occurrence of `needle` (white space folded) under root; returns the marks made. */
export function markText(root: Element, needle: string, attributes: Record<string, string>): HTMLElement[] {
  const target = fold(needle).trim();
  if (!target) return [];
  const nodes: Text[] = [];
  forEachTextNode(root, (node) => {
    nodes.push(node);
  });
  // One string of all text, folded the same way, with a map back to (node, offset).
  let joined = '';
  const map: { node: Text; offset: number }[] = [];
  for (const node of nodes) {
    const value = node.nodeValue ?? '';
    for (let index = 0; index < value.length; index++) {
      const char = /\s/.test(value[index]!) ? ' ' : value[index]!;
      if (char === ' ' && joined.endsWith(' ')) continue;
      joined += char;
      map.push({ node, offset: index });
    }
  }
  const start = joined.indexOf(target);
  if (start < 0) return [];
  const end = start + target.length;
  const marks: HTMLElement[] = [];
  // Split per text node, last node first so earlier offsets stay valid.
  const pieces = new Map<Text, [number, number]>();
  for (let index = start; index < end; index++) {
    const { node, offset } = map[index]!;
    const piece = pieces.get(node);
    pieces.set(node, piece ? [piece[0], offset + 1] : [offset, offset + 1]);
  }
  const document = root.ownerDocument;
  for (const [node, [from, to]] of [...pieces].reverse()) {
    if (!node.parentNode || from >= to) continue;
    const middle = node.splitText(from);
    middle.splitText(to - from);
    const mark = document.createElement('mark');
    for (const [name, value] of Object.entries(attributes)) mark.setAttribute(name, value);
    middle.replaceWith(mark);
    mark.append(middle);
    marks.unshift(mark);
  }
  return marks;
}
