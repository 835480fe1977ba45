/**
 * The sentence being read aloud, and its word, marked in Lucid's own copy of
 * the article (never in the page): each sentence's text is wrapped in spans
 * once, when listening starts, and highlighting is a class on those spans.
 *
 * Sentences are found in the rendered text with white space ignored: the
 * article text has blank lines and bullets where the rendering has block
 * boundaries and <br>, and bars between table cells. A sentence that cannot
 * be found is read without a highlight.
 */
import { forEachTextNode } from '../utils/dom/dom.ts';

const SENTENCE_CLASS = 'lucid-sentence';
const SPEAKING_CLASS = 'lucid-speaking';
const WORD_CLASS = 'lucid-word';
const BLOCKS = 'p, li, blockquote, figcaption, h1, h2, h3, h4, h5, h6, dd, dt, td, th, pre';

export interface SentenceMarks {
  root: Element;
  /** Per sentence, its spans in document order (none when it was not found). */
  spans: HTMLElement[][];
  /** Per sentence, for each of its non-space characters: [index into its spans, offset in that span's text]. */
  chars: [number, number][][];
  sentenceOf: WeakMap<Element, number>;
  /** The span holding the word mark, if any. */
  word?: HTMLElement;
}

/** Characters the matching skips: white space, and the bars the article text puts between table cells. */
const isSpace = (char: string) => /[\s|]/.test(char);

/** How many characters of `text` before `index` the matching counts (not white space, not cell bars). */
export function solidIndex(text: string, index: number): number {
  let count = 0;
  for (let at = 0; at < index && at < text.length; at++) if (!isSpace(text[at]!)) count++;
  return count;
}

/** Wraps each sentence's text under `root` in spans; sentences are in reading order, as the plan has them. */
export function wrapSentences(root: Element, sentences: readonly string[]): SentenceMarks {
  const map: { node: Text; offset: number }[] = [];
  let joined = '';
  forEachTextNode(root, (node) => {
    const value = node.data;
    for (let offset = 0; offset < value.length; offset++) {
      if (isSpace(value[offset]!)) continue;
      joined += value[offset]!;
      map.push({ node, offset });
    }
  });

  // Where each sentence is: searched from where the one before ended, so a repeated sentence is found in its place.
  const pieces: { node: Text; from: number; to: number }[][] = [];
  const chars: [number, number][][] = [];
  let cursor = 0;
  for (const sentence of sentences) {
    const needle = sentence.replace(/[\s|]+/g, '');
    const at = needle ? joined.indexOf(needle, cursor) : -1;
    const own: { node: Text; from: number; to: number }[] = [];
    const positions: [number, number][] = [];
    if (at >= 0) {
      cursor = at + needle.length;
      for (let index = at; index < cursor; index++) {
        const { node, offset } = map[index]!;
        const last = own[own.length - 1];
        if (last?.node === node) last.to = offset + 1;
        else own.push({ node, from: offset, to: offset + 1 });
      }
      // Where a sentence runs over an inline element ("First <b>word</b> here"), the spaces at the seams are its own.
      own.forEach((piece, index) => {
        if (index > 0) while (piece.from > 0 && isSpace(piece.node.data[piece.from - 1]!)) piece.from--;
        if (index < own.length - 1) while (piece.to < piece.node.data.length && isSpace(piece.node.data[piece.to]!)) piece.to++;
      });
      let piece = 0;
      for (let index = at; index < cursor; index++) {
        const { node, offset } = map[index]!;
        while (own[piece]!.node !== node) piece++;
        positions.push([piece, offset - own[piece]!.from]);
      }
    }
    pieces.push(own);
    chars.push(positions);
  }

  // Wrapped last to first: splitting a text node keeps the offsets before the split valid.
  const spans: HTMLElement[][] = pieces.map(() => []);
  const sentenceOf = new WeakMap<Element, number>();
  const document = root.ownerDocument;
  for (let sentence = pieces.length - 1; sentence >= 0; sentence--) {
    for (const { node, from, to } of [...pieces[sentence]!].reverse()) {
      const middle = node.splitText(from);
      middle.splitText(to - from);
      const span = document.createElement('span');
      span.className = SENTENCE_CLASS;
      middle.replaceWith(span);
      span.append(middle);
      spans[sentence]!.unshift(span);
      sentenceOf.set(span, sentence);
    }
  }
  return { root, spans, chars, sentenceOf };
}

/** Takes the spans out again, leaving the text as it was. */
export function unwrapSentences(marks: SentenceMarks): void {
  clearWord(marks);
  const parents = new Set<Node>();
  for (const span of marks.spans.flat()) {
    if (!span.parentNode) continue;
    parents.add(span.parentNode);
    span.replaceWith(...span.childNodes);
  }
  for (const parent of parents) parent.normalize();
}

/** Whether the marks still stand in the article (the view rebuilds its copy when the quotes setting changes). */
export function marksInPlace(marks: SentenceMarks): boolean {
  const first = marks.spans.find((spans) => spans.length)?.[0];
  return !first || marks.root.contains(first);
}

export function setSpeaking(marks: SentenceMarks, sentence: number, on: boolean): void {
  for (const span of marks.spans[sentence] ?? []) span.classList.toggle(SPEAKING_CLASS, on);
}

export function clearWord(marks: SentenceMarks): void {
  const span = marks.word;
  if (!span) return;
  marks.word = undefined;
  // Back to one text node: the span held only text before the word was marked.
  span.replaceChildren(span.textContent);
}

/** Marks the word that covers the sentence's non-space characters [from, to). */
export function showWord(marks: SentenceMarks, sentence: number, from: number, to: number): void {
  clearWord(marks);
  const chars = marks.chars[sentence];
  const first = chars?.[from];
  const last = chars?.[Math.max(from, to - 1)];
  if (!first || !last) return;
  const span = marks.spans[sentence]![first[0]]!;
  const text = span.textContent;
  // A word split over two inline elements ("<b>Sam</b>sung") is marked up to the end of its first part.
  const end = last[0] === first[0] ? last[1] + 1 : text.length;
  const word = span.ownerDocument.createElement('mark');
  word.className = WORD_CLASS;
  word.textContent = text.slice(first[1], end);
  span.replaceChildren(text.slice(0, first[1]), word, text.slice(end));
  marks.word = span;
}

/** The sentence a click in the article landed on: the one clicked, or the first of the block clicked. */
export function sentenceAt(marks: SentenceMarks, target: EventTarget | null): number | undefined {
  const element = target as Element | null;
  if (!element?.closest) return undefined;
  const span = element.closest(`.${SENTENCE_CLASS}`) ?? element.closest(BLOCKS)?.querySelector(`.${SENTENCE_CLASS}`);
  return span ? marks.sentenceOf.get(span) : undefined;
}

/** Scrolls the sentence into the middle of the view when it is near an edge or out of sight. */
export function keepInView(marks: SentenceMarks, sentence: number): void {
  const span = marks.spans[sentence]?.[0];
  if (!span) return;
  const box = span.getBoundingClientRect();
  const edge = window.innerHeight / 5;
  if (box.top >= edge && box.bottom <= window.innerHeight - edge) return;
  const reduced = typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  span.scrollIntoView({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
}
