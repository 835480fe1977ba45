/**
 * Plain text of the clean article: one blank line between blocks, list items
 * and table rows on lines of their own. Built from the structure, not from
 * `textContent`, which glues the last word of one paragraph to the first of
 * the next.
 */
import { BLOCK_TAGS, TEXT_NODE, isElement, tagOf } from '../dom/dom.ts';
import { EMBED_ATTRIBUTE } from './embeds.ts';

/**
 * An inline SVG's words are its accessible name, for screen readers ("An icon in the shape of an angle pointing
 * down.", a chart's labels), never shown as text; and the reading view drops the SVG whole (inert-markup.ts), so
 * the text would hold words the view does not.
 */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'head', 'title', 'svg']);

interface TextBuilder {
  blocks: string[];
  line: string;
}

function flush(builder: TextBuilder): void {
  const text = builder.line
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .trim();
  if (text) builder.blocks.push(text);
  builder.line = '';
}

/** Whether an element and all it holds are left out of the text. */
type Skip = (element: Element, tag: string) => boolean;

function visit(node: Node, builder: TextBuilder, listDepth: number, skip: Skip): void {
  if (node.nodeType === TEXT_NODE) {
    builder.line += (node.nodeValue ?? '').replace(/\s+/g, ' ');
    return;
  }
  if (!isElement(node)) return;
  const tag = tagOf(node);
  if (SKIPPED.has(tag) || skip(node, tag)) return;
  if (tag === 'br') {
    builder.line += '\n';
    return;
  }
  if (tag === 'pre') {
    flush(builder);
    const code = node.textContent.replace(/^\n+|\s+$/g, '');
    if (code) builder.blocks.push(code);
    return;
  }
  if (tag === 'tr') {
    flush(builder);
    const cells = [...node.children].map((cell) => cell.textContent.replace(/\s+/g, ' ').trim()).filter(Boolean);
    if (cells.length) builder.blocks.push(cells.join(' | '));
    return;
  }
  if (tag === 'img') {
    return; // alt text is for screen readers; a caption, when there is one, is its own block
  }
  const block = BLOCK_TAGS.has(tag);
  if (block) flush(builder);
  if (tag === 'li') builder.line += `${'  '.repeat(Math.max(0, listDepth - 1))}• `;
  const nextDepth = tag === 'ul' || tag === 'ol' ? listDepth + 1 : listDepth;
  for (const child of node.childNodes) visit(child, builder, nextDepth, skip);
  if (block) flush(builder);
}

/** The blocks of text of an element or fragment, in order; elements `skip` accepts are left out. */
function textBlocks(root: Node, skip: Skip = () => false): string[] {
  const builder: TextBuilder = { blocks: [], line: '' };
  for (const child of root.childNodes) visit(child, builder, 0, skip);
  flush(builder);
  return builder.blocks;
}

/** Article text: blocks separated by one blank line. List items are kept together, one per line. */
export function articleText(root: Node): string {
  return textBlocks(root).join('\n\n');
}

/**
 * What is not running text: captions, tables and code are read, but not summarised; nor is an embedded post
 * (a block marked by embeds.ts), which is someone else's words shown in the article, not the article's.
 */
const NOT_PROSE_TAGS = new Set(['figcaption', 'figure', 'table', 'pre', 'code', 'caption']);
const notProse: Skip = (element, tag) => NOT_PROSE_TAGS.has(tag) || element.hasAttribute(EMBED_ATTRIBUTE);

/** The article's running text only: what the summary is made from. */
export function proseText(root: Node): string {
  return textBlocks(root, notProse).join('\n\n');
}

/** Below this code point no character is Han, Hiragana or Katakana (the CJK radicals start at U+2E80). */
const FIRST_CJK_CODE_POINT = 0x2e80;

/**
 * Whether any character of `text` could be Chinese or Japanese. A loop over char codes: matching the script classes
 * over a whole article cost a profile of the page's read 2.5 ms a page (24 ms on a long one) where nearly every
 * article has none.
 */
function mayHoldCjk(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) >= FIRST_CJK_CODE_POINT) return true;
  return false;
}

/** Words for reading time: spaces split most scripts; Chinese and Japanese count characters instead. */
export function countWords(text: string): { words: number; cjkCharacters: number } {
  const holdsCjk = mayHoldCjk(text);
  const cjk = holdsCjk ? (text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0) : 0;
  const withoutCjk = holdsCjk ? text.replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu, ' ') : text;
  const words = withoutCjk.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return { words, cjkCharacters: cjk };
}

/** Adult silent reading: about 238 words a minute (Brysbaert 2019), about 500 Chinese or Japanese characters. */
const WORDS_PER_MINUTE = 238;
const CJK_CHARACTERS_PER_MINUTE = 500;

export function readingMinutes(text: string): number {
  const { words, cjkCharacters } = countWords(text);
  const minutes = words / WORDS_PER_MINUTE + cjkCharacters / CJK_CHARACTERS_PER_MINUTE;
  return Math.max(1, Math.round(minutes));
}
