/**
 * The article's text from the page's structured data, where its markup holds only a stub.
 *
 * Pages that render their story with a script (or behind a soft paywall) ship
 * markup that holds the headline, a photo caption and a summary line, while
 * the whole text sits in the JSON-LD they give search engines: `articleBody`
 * of the page's `NewsArticle`. Readability then reads the stub. Where
 * Readability's reading holds little of that `articleBody`, the article is
 * the `articleBody`, set as paragraphs; where it holds most of it (nearly
 * every page), nothing changes and nothing more is read than the JSON.
 */
import { foldSpaces, tagOf } from '../dom/dom.ts';
import { decodeEntities } from '../metadata/entities.ts';
import { titleOverlap } from '../metadata/title.ts';
import { shareHeld, textProbes } from './text-probes.ts';

/** Shorter bodies are summaries (some sites put the standfirst there), not the article. */
const MIN_BODY_LENGTH = 800;
/** Probes: stretches of the body, spread over it, looked for in the reading. */
const PROBE_COUNT = 8;
const PROBE_LENGTH = 40;
/** A reading holding fewer of the probes than this share holds another text, or a stub. */
const HELD_SHARE = 0.3;
/** A reading at least this long against the body is the article printed otherwise (a body with other wording, a longer page). */
const READING_SHARE = 0.6;
/** The body's headline must share this much with the page's title: a listing's JSON names other stories. */
const SAME_HEADLINE = 0.5;
/** A body without line breaks is cut into paragraphs of about this many characters, at sentence ends. */
const PARAGRAPH_LENGTH = 500;

/** Where a sentence ends and the next begins: end punctuation, a closing quote maybe, space, then a capital or an opening quote. */
const SENTENCE_END = /(?<=[.!?…]["”’»)]?)\s+(?=["“„«(]?\p{Lu})/u;
/** Markup some sites leave in `articleBody`: its tags are dropped, never parsed. */
const TAG = /<\/?[a-z][^>]*>/giu;

interface StructuredArticle {
  body: string;
  headline: string;
}

/**
 * The text of a how-to's parts, in order: strings, steps with `text`, sections and directions with `itemListElement`,
 * lists of them. No depth limit: JSON cannot loop, and a page nested deep enough to overflow the stack is caught
 * where its script is read.
 */
function partTexts(node: unknown, lines: string[]): void {
  if (typeof node === 'string') lines.push(node);
  else if (Array.isArray(node)) for (const item of node) partTexts(item, lines);
  else if (node && typeof node === 'object') {
    const { text, itemListElement } = node as Record<string, unknown>;
    partTexts(text, lines);
    partTexts(itemListElement, lines);
  }
}

/**
 * A `HowTo` or `Recipe` printed by a script: its description, ingredients and steps are the article, one
 * paragraph each (their tags go later), as `articleBody` is a news page's ('' for any other object).
 */
function howToText(record: Record<string, unknown>): string {
  // `String` of a list of types joins them: ["Recipe", "NewsArticle"] is "Recipe,NewsArticle".
  if (!/\b(HowTo|Recipe)\b/u.test(String(record['@type']))) return '';
  const lines: string[] = [];
  partTexts([record.description, record.recipeIngredient, record.step ?? record.recipeInstructions], lines);
  return decodeEntities(lines.join('\n'));
}

/** Every object in the JSON-LD with an `articleBody` string, through `@graph` and nested items. */
function collectArticles(node: unknown, found: StructuredArticle[], depth = 0): void {
  if (depth > 8 || !node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) collectArticles(item, found, depth + 1);
    return;
  }
  const record = node as Record<string, unknown>;
  const body = typeof record.articleBody === 'string' ? record.articleBody : howToText(record);
  if (body) {
    const headline = typeof record.headline === 'string' ? record.headline : typeof record.name === 'string' ? record.name : '';
    found.push({ body, headline });
  }
  for (const [key, value] of Object.entries(record)) {
    if (key !== 'articleBody' && value && typeof value === 'object') collectArticles(value, found, depth + 1);
  }
}

/**
 * The longest `articleBody` of the page's JSON-LD whose headline is the page's
 * title (or that names none), its line breaks kept, without tags; '' for none. `elements` is the page's element list, already
 * walked: no other walk is made.
 */
function structuredArticleBody(elements: readonly Element[], pageTitle: string): string {
  const found: StructuredArticle[] = [];
  for (const element of elements) {
    if (tagOf(element) !== 'script' || !/ld\+json/i.test(element.getAttribute('type') ?? '')) continue;
    const json = element.textContent;
    // Most pages' JSON-LD holds no article text: it is not parsed at all.
    if (!/articleBody|"(HowTo|Recipe)"/u.test(json)) continue;
    try {
      collectArticles(JSON.parse(json) as unknown, found);
    } catch {
      // A script the page got wrong says nothing.
    }
  }
  let best = '';
  let bestLength = 0;
  for (const { body, headline } of found) {
    if (headline && pageTitle && titleOverlap(headline, pageTitle) < SAME_HEADLINE) continue;
    const text = body.replace(TAG, ' ');
    const length = foldSpaces(text).length;
    if (length > bestLength) [best, bestLength] = [text, length];
  }
  return bestLength >= MIN_BODY_LENGTH ? best : '';
}

/** Whether the reading holds the body: most of its probes, or as much text. */
function readingHoldsBody(reading: string, rawBody: string): boolean {
  const text = foldSpaces(reading);
  const body = foldSpaces(rawBody);
  if (text.length >= READING_SHARE * body.length) return true;
  const probes = textProbes(body, PROBE_COUNT, PROBE_LENGTH);
  // A body with no spaces to start probes at (Japanese, Chinese) gives none: nothing says the reading lacks it.
  return probes.length === 0 || shareHeld(probes, text) >= HELD_SHARE;
}

/** The body's own line breaks (`rawBody` as `structuredArticleBody` gives it) are its paragraphs; without any, sentences are grouped. */
export function bodyParagraphs(rawBody: string): string[] {
  const lines = rawBody
    .split(/\n\s*\n|\r?\n/u)
    .map(foldSpaces)
    .filter(Boolean);
  if (lines.length > 1) return lines;
  const paragraphs: string[] = [];
  let current = '';
  for (const sentence of foldSpaces(rawBody).split(SENTENCE_END)) {
    current = current ? `${current} ${sentence}` : sentence;
    if (current.length >= PARAGRAPH_LENGTH) {
      paragraphs.push(current);
      current = '';
    }
  }
  if (current) paragraphs.push(current);
  return paragraphs;
}

/** The article element made of the body's paragraphs, as text (never as markup), in `document`. */
function bodyElement(document: Document, rawBody: string): Element {
  const article = document.createElement('div');
  for (const paragraph of bodyParagraphs(rawBody)) {
    const block = document.createElement('p');
    block.textContent = paragraph;
    article.append(block);
  }
  return article;
}

/**
 * Readability's reading, or the page's `articleBody` set as paragraphs where
 * the reading holds little of it (or there is no reading: a page rendered by
 * its script). `elements` is the page's element list; `document`, the copy
 * the article element is made in.
 */
export function preferStructuredBody<Reading extends { content: Element; textContent: string }>(
  reading: Reading | null,
  elements: readonly Element[],
  pageTitle: string,
  document: Document,
): Reading | { content: Element; textContent: string; byline: string; dir: string } | null {
  const body = structuredArticleBody(elements, pageTitle);
  if (!body || (reading && readingHoldsBody(reading.textContent, body))) return reading;
  const content = bodyElement(document, body);
  return { byline: '', dir: '', ...reading, content, textContent: content.textContent };
}
