/**
 * A closing pointer: the article's last paragraph sends the reader elsewhere through a link ("Mehr zu dem Umbau
 * lesen Sie hier: <a>…</a>", "… lesen Sie in unserer Februar-Ausgabe. <a>Das Heft können Sie hier bestellen.</a>",
 * "… weiter zu <a>die Wortwahl</a>", "Read more about the new lanes <a>here</a>"). It promotes another story, the
 * next page or the print issue, and says nothing the article has not said. No "Read more:" label opens it, and its
 * words are prose rather than link text, so neither the read-more rules nor the link-density rules see it; the
 * phrase that points away, a link to follow, and its place at the very end do.
 */
import { firstByTag, hasHref } from '../dom/dom.ts';

/**
 * Phrases that point the reader to something to read, see or order elsewhere, in folded (lower-case) text. Each
 * names the place ("hier", "in unserer Ausgabe", "here", "in our issue"): "lesen Sie" alone is a phrase of prose.
 */
const POINTS_AWAY = new RegExp(
  [
    // German: "… lesen Sie hier", "… erfahren Sie in unserer Ausgabe", "weiter zu …". Only reading on: "Fotos finden Sie hier",
    // "… können Sie hier herunterladen" close a press release with its own material, which belongs to it.
    String.raw`\b(lesen|erfahren) sie (hier|unter|in unserer|in unserem|in der (aktuellen|neuen|nächsten)|im (aktuellen|neuen|nächsten))\b`,
    String.raw`\b(liest|erfährst) du (hier|unter|in unserer|in unserem)\b`,
    String.raw`(^|[\s.…])weiter (zu|zum|zur)\b`,
    // English: "Read more about it here", "Read the full report in our March issue", "Find out more here"
    String.raw`\bread (more|on|the (full|whole|rest of the) (story|article|report|interview|piece))\b.{0,80}\b(here|in our|on our)\b`,
    String.raw`\b(find out|learn) more\b.{0,60}\bhere\b`,
    String.raw`\b(you can )?(order|buy) (the|your|a) (copy|issue|magazine)\b.{0,40}\bhere\b`,
    // Spanish, French, Italian: "lea la nota completa aquí", "lisez la suite ici", "leggi l'articolo completo qui"
    // (after a letter outside ASCII, such as "í", `\b` finds no word's end: a lookahead does)
    String.raw`\blea (más|la nota completa|el artículo completo)(?![\p{L}]).{0,40}\baquí(?![\p{L}])`,
    String.raw`\blisez (la suite|l'article|l’article|notre article)\b.{0,40}\b(ici|sur)\b`,
    String.raw`\bleggi (il resto|l'articolo|l’articolo)\b.{0,40}\bqui\b`,
  ].join('|'),
  'u',
);

/** A pointer is a paragraph at most: a longer block is the article's own closing section, whatever it ends with. */
const MAX_POINTER_LENGTH = 400;

/** How many text blocks from the end a pointer may stand: the last, or the last but one above a credit line. */
export const CLOSING_POINTER_BLOCKS = 2;

/**
 * Whether the block, one of the article's last, is a closing pointer: short, with a link to follow, and a phrase
 * that sends the reader there. `matchable` is the block's text folded to lower case.
 */
export function isClosingPointer(block: Element, matchable: string): boolean {
  if (matchable.length > MAX_POINTER_LENGTH) return false;
  // "Lesen Sie hier" without a link is the article speaking of itself ("what you read here").
  if (!firstByTag(block, 'a', hasHref)) return false;
  return POINTS_AWAY.test(matchable);
}
