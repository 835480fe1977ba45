/**
 * Clean-up of the extracted article content, after Readability and before
 * sanitizing: captions shown once, the byline and e-mail addresses out of the
 * body, images in proper figures, empty nodes gone.
 */
import { recordRemoval } from './clutter.ts';
import { EMAIL_PATTERN, type RuleCard } from './clutter-rules.ts';
import {
  elementsByTag,
  TEXT_NODE,
  classAndIdTokens,
  foldSpaces,
  forEachTextNode,
  hasText,
  isBlock,
  SHOWS_WITHOUT_TEXT,
  leafBlocks,
  removeEmptyAncestors,
  tagOf,
  textOf,
} from '../dom/dom.ts';
// What a step records, { rule, text }: the stage runner adds the stage's name (runner.ts).
import type { RuleRemoval as Removal } from '../types.ts';

/** The clean-up's rules, with the ids their removals are recorded with (their examples: tests/pipeline/rule-examples.ts). */
const DUPLICATE_CAPTION: RuleCard = { id: 'duplicate-caption', why: 'A caption repeated as a second caption or a paragraph is read twice.' };
const CAPTION_CREDIT: RuleCard = { id: 'caption-credit', why: 'The photo credit at the end of a caption is about the photo, not the story.' };
const REPEATED_BLOCK: RuleCard = { id: 'repeated-block', why: 'A pull quote or teaser repeats a paragraph the reader has just read.' };
const BYLINE_NAME: RuleCard = { id: 'byline-name', why: "A line that holds only the author's name and role is the byline again." };
const AUTHOR_BIO: RuleCard = { id: 'author-bio', why: 'A closing note about the author is not the story.' };
const EMAIL_ADDRESS: RuleCard = { id: 'email-address', why: "Contact addresses are the newsroom's, not part of the story." };
export const POST_CLEAN_RULES: RuleCard[] = [DUPLICATE_CAPTION, CAPTION_CREDIT, REPEATED_BLOCK, BYLINE_NAME, AUTHOR_BIO, EMAIL_ADDRESS];

export const CAPTION_TOKEN =
  /^(caption|captions|cap|figcaption|imgtxt|imgtext|phototext|legend|credit|credits|desc|description|bildunterschrift|bu|leyenda|legende|didascalia|podpis|subtitle|wpcaptiontext|imagecaption|photocaption|mediacaption|imgcap|photodesc|txt)$/;

/**
 * A caption's class written as one word ("imagedescription", "fototext", "picturecredit"): the token rules see
 * whole class words, and such a compound is none of CAPTION_TOKEN's words.
 */
const COMPOUND_CAPTION_TOKEN =
  /^(image|img|photo|picture|pic|bild|foto|media|figure)(desc|description|text|txt|caption|legend|credit|credits|sub|unterschrift)$/;

function looksLikeCaption(element: Element): boolean {
  return tagOf(element) === 'figcaption' || classAndIdTokens(element).some((token) => CAPTION_TOKEN.test(token) || COMPOUND_CAPTION_TOKEN.test(token));
}

/** Deepest wrappers looked through for a caption's class: a block, an `<i>` or `<span>` inside it, one inside that. */
const CAPTION_WRAPPER_DEPTH = 3;

/**
 * A caption block, by its own class or by the class of the one element inside it that holds all its words: `<p><i
 * class="c-article-caption__content">…</i></p>`, where the wrapper's class went when Readability made its `<div>` a
 * paragraph.
 */
function isCaptionBlock(element: Element): boolean {
  if (looksLikeCaption(element)) return true;
  // Only where the block's own class says nothing are its words read, to find the element inside that holds them all.
  const text = textOf(element);
  let current: Element | undefined = element;
  for (let depth = 1; depth <= CAPTION_WRAPPER_DEPTH; depth++) {
    current = [...current.children].find((child) => textOf(child) === text);
    if (!current) return false;
    if (looksLikeCaption(current)) return true;
  }
  return false;
}

/** The image of a block that is only an image (possibly inside a link or a <picture>). */
function soleImage(element: Element): Element | null {
  if (tagOf(element) === 'img') return element;
  if (textOf(element) !== '') return null;
  const images = elementsByTag(element, 'img');
  return images.length === 1 ? (images[0] ?? null) : null;
}

/** Longest caption text we will move into a figcaption: longer is prose. */
const CAPTION_MAX_LENGTH = 400;

/**
 * Turns "an image block followed by its caption block" into a
 * <figure><img><figcaption>, so the reader styles it as one and later passes
 * know what is a caption.
 */
function wrapImageCaptions(content: Element): void {
  const document = content.ownerDocument;
  for (const image of elementsByTag(content, 'img')) {
    if (image.closest('figure')) continue;
    // Climb to the outermost wrapper that holds nothing but this image.
    let imageBlock: Element = image;
    while (imageBlock.parentElement && imageBlock.parentElement !== content && soleImage(imageBlock.parentElement) === image) {
      imageBlock = imageBlock.parentElement;
    }
    const caption = imageBlock.nextElementSibling;
    if (!caption || !isCaptionBlock(caption) || caption.querySelector('img')) continue;
    const captionText = textOf(caption);
    if (!captionText || captionText.length > CAPTION_MAX_LENGTH) continue;
    const figure = document.createElement('figure');
    const figcaption = document.createElement('figcaption');
    imageBlock.replaceWith(figure);
    figure.append(imageBlock);
    while (caption.firstChild) figcaption.append(caption.firstChild);
    caption.remove();
    figure.append(figcaption);
    // A wrapper that now holds only the figure (`<div class="img_box">`) adds nothing.
    const parent = figure.parentElement;
    if (parent && parent !== content && parent.children.length === 1 && textOf(parent) === textOf(figure) && tagOf(parent) === 'div') {
      parent.replaceWith(figure);
    }
  }
}

/**
 * A caption once: sites repeat it as alt text, as a title, in a second
 * caption element, or as a paragraph beside the image.
 */
function dedupeCaptions(content: Element, removed: Removal[]): void {
  const seen = new Set<string>();
  for (const figcaption of elementsByTag(content, 'figcaption')) {
    const text = textOf(figcaption);
    if (!text) continue;
    if (seen.has(text)) {
      recordRemoval(removed, DUPLICATE_CAPTION.id, figcaption, text);
      const parent = figcaption.parentElement;
      figcaption.remove();
      removeEmptyAncestors(parent, content);
      continue;
    }
    seen.add(text);
    // Alt text equal to the visible caption would be read (and copied) twice.
    for (const image of figcaption.parentElement ? elementsByTag(figcaption.parentElement, 'img') : []) {
      if (foldSpaces(image.getAttribute('alt') ?? '') === text) image.setAttribute('alt', '');
      if (foldSpaces(image.getAttribute('title') ?? '') === text) image.removeAttribute('title');
    }
  }
  // The same words again in a plain block (a caption overlay, a repeated credit line).
  for (const block of leafBlocks(content)) {
    if (block.closest('figcaption') || !content.contains(block)) continue;
    const text = textOf(block);
    if (text && seen.has(text)) {
      recordRemoval(removed, DUPLICATE_CAPTION.id, block, text);
      const parent = block.parentElement;
      block.remove();
      removeEmptyAncestors(parent, content);
    }
  }
}

/** A credit at the end of a caption: "… © AFP / Marco Bertorello", "… Foto: Andina", "… | © Getty Images". */
const CREDIT_IN_CAPTION =
  /\s[|–—-]\s*copyright\s+(?=\S)|(?:^|\s|[|/–—-])\s*(?:©|\(c\)|(?<![\p{L}])(?:foto|fotos|photo|photos|bild|bilder|image|credit|credits|crédito|crédits?(?: photos?)?|quelle|source|fuente|fotograf(?:ie)?|copyright|photograph|ảnh|фото|fot\.|zdjęcie|사진|写真|照片|图|صورة|צילום)\s*(?:credit|by|von|de)?\s*[:：])/iu;
/**
 * "Copyright Jane Doe/AP" with no colon is a credit only after a dash ("… on Tuesday. - Copyright Jane Doe/AP"): "the
 * copyright to the photo" is a caption's words. Where the dash and the credit are nodes of their own, the node that
 * holds the credit opens with the word.
 */
const CREDIT_OPENING_NODE = /^\s*copyright(?:\s|$)/iu;
const CREDIT_MAX_LENGTH = 100;
const CAPTION_MIN_LENGTH = 10;

/**
 * Credits cut from captions: the reader keeps "Marco Odermatt, ski star from
 * Switzerland." and drops "© AFP / MARCO BERTORELLO". A block that is only a
 * credit was removed whole by the photo-credit rule.
 */
function trimCaptionCredits(content: Element, removed: Removal[]): void {
  const captions: Element[] = elementsByTag(content, 'figcaption');
  for (const block of leafBlocks(content)) {
    if (!captions.includes(block) && textOf(block).length <= 400 && block.closest('figure')) captions.push(block);
  }
  for (const caption of captions) {
    const text = textOf(caption);
    const match = CREDIT_IN_CAPTION.exec(text);
    if (!match) continue;
    const creditLength = text.length - match.index;
    if (creditLength > CREDIT_MAX_LENGTH || match.index < CAPTION_MIN_LENGTH) continue;
    const textNodes: Text[] = [];
    forEachTextNode(caption, (node) => {
      textNodes.push(node);
    });
    // The credit starts in the last text node that holds its marker (or, where none does, that opens with "Copyright");
    // everything after it goes.
    const holdsMarker = (value: string) => CREDIT_IN_CAPTION.exec(value);
    const opensWithCopyright = (value: string) => CREDIT_OPENING_NODE.exec(value);
    const markerOf = textNodes.some((node) => holdsMarker(node.nodeValue ?? '')) ? holdsMarker : opensWithCopyright;
    for (let index = textNodes.length - 1; index >= 0; index--) {
      const node = textNodes[index]!;
      const value = node.nodeValue ?? '';
      const inNode = markerOf(value);
      if (!inNode) continue;
      node.nodeValue = value.slice(0, inNode.index).replace(/[\s|/–—-]+$/u, '');
      for (const later of textNodes.slice(index + 1)) later.remove();
      // The dash before the credit may be a node of its own ("<span>- </span><span>Copyright </span>…").
      if (node.nodeValue === '')
        for (let earlier = index - 1; earlier >= 0 && /^[\s|/–—-]*$/u.test(textNodes[earlier]!.nodeValue ?? ''); earlier--) textNodes[earlier]!.nodeValue = '';
      removed.push({ rule: CAPTION_CREDIT.id, text: foldSpaces(text.slice(match.index)) });
      break;
    }
  }
}

/** The same block of text twice (a pull quote, a teaser that repeats the lead): the first stays. */
export function removeRepeatedBlocks(content: Element, removed: Removal[]): void {
  const seen = new Set<string>();
  for (const block of leafBlocks(content)) {
    const text = textOf(block);
    if (text.length < 30) continue;
    if (!seen.has(text)) {
      seen.add(text);
      continue;
    }
    const parent = block.parentElement;
    recordRemoval(removed, REPEATED_BLOCK.id, block, text);
    block.remove();
    removeEmptyAncestors(parent, content);
  }
}

/** Words around a name on a byline line that are not article text. */
const BYLINE_FILLER =
  /\b(by|von|par|por|di|door|av|af|przez|and|und|y|et|e|i|with|mit|staff|writer|reporter|correspondent|editor|redakteur|redakteurin|redaktion|korrespondent|korrespondentin|journalist|journalistin|photographer|senior|chief|political|special|contributor|contributing|news|desk|in|aus|from|de|en)\b|기자|특파원|記者|特派員|记者|[\s,|/·•()&:–—-]/giu;

/** The author's name that opens a line (`lower`, the line in lower case), as a byline with a role or a bio does. */
function nameOpening(lower: string, names: readonly string[]): string | undefined {
  return names.find((name) => lower.startsWith(name.toLowerCase()));
}

/** Words a job title may hold uncapitalised between its capitalised ones ("Head of News", "Chef vom Dienst"). */
const ROLE_JOINERS = new Set(['of', 'for', 'and', 'the', 'at', '&', 'für', 'vom', 'der', 'des', 'und', 'de', 'du', 'del', 'et', 'y', 'e', 'di', 'della']);
/** A role set after the name is a few words: more is a line of the story that opens with the author's name. */
const MAX_ROLE_WORDS = 6;

/**
 * "Steffan Rhys Deputy Content Hub Director": the author's name, then a job title in capitalised words, no sentence.
 * The titles are too many to list as the filler words above; a line of the story that starts with the name goes on in
 * lower case ("Jane Doe said on Monday …") or ends as a sentence.
 */
function isNameAndRole(text: string, names: readonly string[]): boolean {
  const name = nameOpening(text.toLowerCase(), names);
  if (!name || /[.!?:;…"“”]/u.test(text)) return false;
  const role = text
    .slice(name.length)
    .replace(/^[\s,|·•–—-]+/u, '')
    .split(/\s+/u)
    .filter(Boolean);
  return (
    role.length > 0 &&
    role.length <= MAX_ROLE_WORDS &&
    /^\p{Lu}/u.test(role[0]!) &&
    role.every((word) => /^\p{Lu}/u.test(word) || ROLE_JOINERS.has(word.toLowerCase()))
  );
}

/**
 * The byline line out of the body: a block at the start or end that holds an
 * author's name and nothing else of substance (a role, an e-mail address).
 */
export function removeBylineBlocks(content: Element, authorNames: string[], removed: Removal[]): void {
  const names = authorNames.map(foldSpaces).filter((name) => name.length >= 3);
  if (names.length === 0) return;
  const blocks = leafBlocks(content).filter((block) => textOf(block) !== '');
  const edge = [...blocks.slice(0, 3), ...blocks.slice(-3)];
  for (const block of new Set(edge)) {
    if (!content.contains(block)) continue;
    const text = textOf(block);
    if (text.length > 160) continue;
    const lower = text.toLowerCase();
    if (!names.some((name) => lower.includes(name.toLowerCase()))) continue;
    let rest = lower.replace(EMAIL_PATTERN, ' ');
    for (const name of names) rest = rest.split(name.toLowerCase()).join(' ');
    if (rest.replace(BYLINE_FILLER, '').length > 3 && !isNameAndRole(text, names)) continue;
    const parent = block.parentElement;
    recordRemoval(removed, BYLINE_NAME.id, block, text);
    block.remove();
    removeEmptyAncestors(parent, content);
  }
  removeAuthorBio(content, names, removed);
}

/** Longest closing note about the author that is taken for a bio. */
const AUTHOR_BIO_MAX_LENGTH = 600;

/**
 * "Alice Wu fell down the rabbit hole of politics aged 12 …" as the last
 * block: a note about the author, who is named at its very start.
 */
function removeAuthorBio(content: Element, names: string[], removed: Removal[]): void {
  const blocks = leafBlocks(content).filter((block) => textOf(block) !== '');
  for (const block of blocks.slice(-2)) {
    const text = textOf(block);
    if (text.length > AUTHOR_BIO_MAX_LENGTH || /^["“„«‘'»]/u.test(text)) continue;
    const lower = text.toLowerCase();
    const named = nameOpening(lower, names);
    // The name alone is a byline (handled above); a bio goes on to say something about the person.
    if (!named || text.length < named.length + 40) continue;
    const parent = block.parentElement;
    recordRemoval(removed, AUTHOR_BIO.id, block, text);
    block.remove();
    removeEmptyAncestors(parent, content);
  }
}

/**
 * E-mail addresses out of the body: a block that is only an address (or a
 * "Contact: …" line) goes; an address inside prose is cut out with its
 * brackets, so "Write to us (desk@example.com)." reads "Write to us."
 */
export function removeEmailAddresses(content: Element, removed: Removal[]): void {
  for (const link of elementsByTag(content, 'a')) {
    if (!link.getAttribute('href')?.toLowerCase().startsWith('mailto:')) continue;
    const text = textOf(link);
    if (EMAIL_PATTERN.test(text) || !text) {
      if (text) removed.push({ rule: 'email-address', text });
      link.remove();
    } else {
      link.replaceWith(...link.childNodes);
    }
    EMAIL_PATTERN.lastIndex = 0;
  }
  const textNodes: Text[] = [];
  forEachTextNode(content, (node) => {
    textNodes.push(node);
  });
  for (const node of textNodes) {
    const value = node.nodeValue ?? '';
    if (!value.includes('@')) continue;
    const stripped = value.replace(new RegExp(`\\s*[(\\[<]?\\s*${EMAIL_PATTERN.source}\\s*[)\\]>]?`, 'gu'), '');
    if (stripped !== value) {
      removed.push({ rule: EMAIL_ADDRESS.id, text: foldSpaces(value).slice(0, 160) });
      node.nodeValue = stripped;
    }
  }
  // Brackets emptied by a removed mailto link: "By Choi Si-young ()". Not a call's or an index's brackets right
  // after a name ("dict() can build one", "list[]"), nor any inside code.
  for (const node of textNodes) {
    if (node.nodeValue && /\(\s*\)|\[\s*\]/.test(node.nodeValue) && !node.parentElement?.closest('code, pre')) {
      node.nodeValue = node.nodeValue.replace(/\s*(?<![\p{L}\p{N}_])(\(\s*\)|\[\s*\])/gu, '');
    }
  }
}

/** Elements left with no text and no media, bottom-up in one walk; then leading, trailing and repeated line breaks. */
export function removeEmptyNodes(content: Element): void {
  // Returns whether the element shows anything; removes its children that do not.
  const prune = (element: Element): boolean => {
    let shows = false;
    for (let child: ChildNode | null = element.firstChild; child;) {
      const next: ChildNode | null = child.nextSibling;
      if (child.nodeType === TEXT_NODE) {
        if ((child.nodeValue ?? '').trim()) shows = true;
      } else if (child.nodeType === 1) {
        const childElement = child as Element;
        // Inside code, white space is the content: a highlighter's <span>    </span> is indentation. A <pre> stays whole.
        if (tagOf(childElement) === 'pre') {
          if (hasText(childElement)) shows = true;
          else childElement.remove();
        } else if (tagOf(childElement) !== 'br') {
          // A <br> is kept where it stands, but alone it shows nothing: <p><br></p> goes.
          if (prune(childElement) || SHOWS_WITHOUT_TEXT.has(tagOf(childElement))) shows = true;
          else childElement.remove();
        }
      }
      child = next;
    }
    return shows;
  };
  prune(content);
  // Runs of <br> that only made vertical space, and a <br> at the start or end of a block.
  for (const lineBreak of elementsByTag(content, 'br')) {
    if (lineBreak.closest('pre')) continue; // blank lines in code are the code's
    const previous = lineBreak.previousSibling;
    const next = lineBreak.nextSibling;
    const isBlankText = (node: ChildNode | null) => !!node && node.nodeType === TEXT_NODE && !(node.nodeValue ?? '').trim();
    const previousIsBreak =
      previous && ((previous as Element).localName === 'br' || (isBlankText(previous) && (previous.previousSibling as Element | null)?.localName === 'br'));
    const atStart = !previous || (isBlankText(previous) && !previous.previousSibling) || (previous.nodeType === 1 && isBlock(previous as Element));
    const atEnd = !next || (isBlankText(next) && !next.nextSibling) || (next.nodeType === 1 && isBlock(next as Element));
    if (previousIsBreak || atStart || atEnd) lineBreak.remove();
  }
}

/** The captions step, for the pipeline and for the rest of a very long page alike: figures wrapped, then duplicates and credits out. */
export function cleanCaptions(content: Element, removed: Removal[]): void {
  wrapImageCaptions(content);
  dedupeCaptions(content, removed);
  trimCaptionCredits(content, removed);
}
