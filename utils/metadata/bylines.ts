/**
 * The byline the page prints: the names a reader sees as the article's
 * authors. Found by schema.org markup (itemprop="author"), by the class
 * names newsrooms and blog themes give bylines ("byline", "author",
 * "autor"…), by links to author pages, and by a short line that begins with
 * a byline word ("By", "Von", "Texto:"). Only the byline of this article
 * counts: names in the page's furniture (comments, menus, lists of related
 * stories, forms, buttons, quotations) are skipped, the byline nearest the
 * printed headline is taken, and with it only the names printed beside it.
 */
import { BYLINE_WORDS } from '../pipeline/clutter-rules.ts';
import { bodyOf, classAndIdTokens, elementsInOrder, tagOf, textOf } from '../dom/dom.ts';
import { isAuthorLink, isInChrome } from './page-chrome.ts';

/** Class and id words of byline elements. */
const BYLINE_TOKEN =
  /^(bylines?|authors?|autor(en|in)?|auteurs?|autore|reporters?|writers?|journalists?|verfasser(in)?|contributors?|creator|redakteur(in)?|firma|signature|signatur|autorname|authorname|bylinename|fn)$/;
/** Class words of the parts of an author box that are not the name: photo, biography, role, date, links to follow. */
const NOT_NAME_TOKEN =
  /^(bio|biography|description|desc|avatar|image|img|photo|picture|thumbnail|social|contact|follow|more|date|time|datetime|label|title|intro|role|position|job|jobtitle|prefix|teaser|count|icon|email|mail|twitter|facebook|linkedin|instagram|about|info|text|description|caption|location|place|ort)$/;
/** A short line that begins with a byline word: "By Jane Doe", "Von Anna Fink", "Texto: Ana Pérez". */
const BYLINE_LINE = new RegExp(
  `^(${BYLINE_WORDS}|posted by|veröffentlicht von|geschrieben von|verfasst von|ein beitrag von|publié par|écrit par|publicado por|escrito por|pubblicato da|scritto da)\\s*[:：]?\\s+\\S`,
  'iu',
);

/** A label before the name, the name in the text that follows it: "<span>Autor:</span> Fritz Imhof<br>". */
const BYLINE_LABEL = new RegExp(`^(${BYLINE_WORDS}|verfasst von|geschrieben von|written by)\\s*[:：]?$`, 'iu');
const BLOCK_TAGS = new Set([
  'br',
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'section',
  'article',
  'header',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'tr',
  'td',
]);

type Kind = 'markup' | 'class' | 'line';

interface Candidate {
  element: Element;
  index: number;
  kind: Kind;
  text: string;
}

/** The label and the text after it, up to a line break or the next label. */
function labelledByline(label: Element): string {
  let name = '';
  for (let node = label.nextSibling; node && name.length <= 100; node = node.nextSibling) {
    if (node.nodeType === 1) {
      const element = node as Element;
      if (BLOCK_TAGS.has(tagOf(element)) || BYLINE_LABEL.test(textOf(element)) || /[:：]$/.test(textOf(element))) break;
    }
    name += ` ${node.textContent ?? ''}`;
  }
  const text = `${textOf(label)} ${name}`.replace(/\s+/g, ' ').trim();
  return name.trim() ? text : '';
}

function insideItemAuthor(element: Element): boolean {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    if (parent.getAttribute('itemprop') === 'author') return true;
  }
  return false;
}

function kindOf(element: Element): Kind | undefined {
  if (element.childElementCount === 0 && BYLINE_LABEL.test(textOf(element))) return 'line';
  const itemprop = element.getAttribute('itemprop');
  if (itemprop === 'author' || itemprop === 'creator' || (itemprop === 'name' && insideItemAuthor(element))) return 'markup';
  if (isAuthorLink(element)) return 'class';
  if (element.hasAttribute('class') || element.hasAttribute('id')) {
    const tokens = classAndIdTokens(element);
    if (tokens.some((token) => BYLINE_TOKEN.test(token)) && !tokens.some((token) => NOT_NAME_TOKEN.test(token))) return 'class';
  }
  if (element.childElementCount <= 3) {
    const text = textOf(element);
    if (text.length >= 5 && text.length <= 120 && BYLINE_LINE.test(text)) return 'line';
  }
  return undefined;
}

/**
 * A dateline dressed as a byline: themes put "Published: Nov. 15, 2023" in a
 * "byline" box above the text and the reporter's name below it.
 */
const DATE_LINE =
  /^(published|updated|posted on|last (updated|modified)|veröffentlicht( am)?|aktualisiert( am)?|stand|publié le|mis à jour|publicado( el)?|actualizado|pubblicato( il)?|aggiornato|gepubliceerd|bijgewerkt)\b|^[\d\s.,:/-]+$/iu;

/** Text length under which an <article> element is a teaser card of another story, not the page's article. */
const TEASER_CHARS = 1500;

/**
 * A byline of another story: inside a link that wraps more than the name (a
 * teaser: headline, "Von Ines Zöttl, Washington"), or inside a short
 * <article> card that does not hold the page's headline.
 */
function isOtherStory(element: Element, headline: Element | undefined): boolean {
  const ownText = textOf(element).length;
  for (let node = element.parentElement; node; node = node.parentElement) {
    if (headline && node.contains(headline)) return false;
    const tag = tagOf(node);
    if (tag === 'a' && !isAuthorLink(node) && textOf(node).length > ownText + 20) return true;
    if (tag === 'article' && textOf(node).length < TEASER_CHARS) return true;
  }
  return false;
}

/** The innermost of nested candidates: its wrappers add a photo, a role, "Follow". */
function innermost(candidates: Candidate[]): Candidate[] {
  return candidates.filter((candidate, index) => {
    const next = candidates[index + 1];
    return !next || !candidate.element.contains(next.element);
  });
}

/** The smallest element holding both. */
function commonAncestor(a: Element, b: Element): Element | null {
  for (let node: Element | null = a; node; node = node.parentElement) if (node.contains(b)) return node;
  return null;
}

/** How many elements a byline may sit from the headline before it is taken for another story's. */
const DISTANCE_BEFORE_WEIGHT = 3;
/** The byline block: names printed together share an element this short. */
const BYLINE_BLOCK_CHARS = 400;
const MAX_NAMES = 12;

export interface BylineContext {
  /** The printed headline: the byline nearest it is the article's; no container of it is furniture. */
  headline?: Element;
}

/**
 * The names of the article's printed byline, as printed (with "By", roles
 * and dates still around them: the caller cleans them), in page order.
 */
export function findVisibleBylines(document: Document, context: BylineContext = {}): string[] {
  const body = bodyOf(document);
  if (!body) return [];
  const { headline } = context;
  const elements = elementsInOrder(body);
  const headlineIndex = headline ? elements.indexOf(headline) : -1;
  const byKind: Record<Kind, Candidate[]> = { markup: [], class: [], line: [] };
  for (let index = 0; index < elements.length; index++) {
    const element = elements[index]!;
    const kind = kindOf(element);
    if (!kind) continue;
    const text = element.childElementCount === 0 && BYLINE_LABEL.test(textOf(element)) ? labelledByline(element) : textOf(element);
    if (!text) continue;
    byKind[kind].push({ element, index, kind, text });
  }
  for (const kind of ['markup', 'class', 'line'] as Kind[]) {
    const candidates = innermost(byKind[kind]).filter((candidate) => {
      const text = candidate.text;
      return text.length <= 160 && !DATE_LINE.test(text) && !isInChrome(candidate.element, headline) && !isOtherStory(candidate.element, headline);
    });
    if (!candidates.length) continue;
    // The byline nearest the headline, one after it preferred (most bylines sit under the headline).
    const distance = (candidate: Candidate) =>
      headlineIndex < 0
        ? candidate.index
        : candidate.index >= headlineIndex
          ? candidate.index - headlineIndex
          : (headlineIndex - candidate.index) * DISTANCE_BEFORE_WEIGHT;
    const anchor = candidates.reduce((best, candidate) => (distance(candidate) < distance(best) ? candidate : best));
    const names: string[] = [];
    for (const candidate of candidates) {
      if (candidate !== anchor) {
        const block = commonAncestor(candidate.element, anchor.element);
        if (!block || textOf(block).length > BYLINE_BLOCK_CHARS || (headline && block.contains(headline) && block !== headline.parentElement)) continue;
      }
      if (candidate.text.length <= 120) names.push(candidate.text);
      if (names.length >= MAX_NAMES) break;
    }
    if (names.length) return names;
  }
  return [];
}
