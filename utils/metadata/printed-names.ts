/**
 * Whether a page prints a name where a reader sees it. A blog's SEO plugin or a CMS states an author in JSON-LD
 * or `<meta name="author">` on every page (the account that pressed "publish", the site's owner), whether or not
 * the page names anyone: such a name that appears nowhere in the page's visible text, or only in the site's
 * footer ("Copyright © 2020 by Paul Sippel") or in an element the page hides, is not the article's byline.
 */
import { bodyOf, elementsByTag, tagOf } from '../dom/dom.ts';

/** Elements whose text no reader sees. */
const UNSEEN_TAGS = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link']);
/** An inline style that hides its element: `style="display: none"`, `visibility:hidden`. */
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/**
 * Class names that hide their element in every common CSS framework and theme (Bootstrap's "hidden" and "d-none",
 * Bulma's "is-hidden", Avada's "rich-snippet-hidden" author card kept for search engines). Whole class names only:
 * "hidden-xs" hides on small screens alone, "field--label-hidden" hides a label beside a shown value.
 */
const HIDING_CLASSES = new Set(['hidden', 'd-none', 'is-hidden', 'hide', 'invisible', 'rich-snippet-hidden']);

/**
 * A class that shows the element again from some screen width on: Tailwind's "md:inline", Bootstrap's "d-md-block"
 * and "visible-lg". With one, a hiding class hides it on small screens only, and the page shows it to most readers.
 */
const SHOWN_AT_A_WIDTH = /^(?:(?:sm|md|lg|xl|2xl):(?!hidden$|invisible$)\S+|d-(?:sm|md|lg|xl|xxl)-(?!none$)\S+|visible-\S+)$/;

/** Any of the hiding classes as a whole class name: a quick test before the class list is split (most classes hide nothing). */
const MAY_HIDE = new RegExp(`(?:^|\\s)(?:${[...HIDING_CLASSES].join('|')})(?:\\s|$)`);

function hasHidingClass(element: Element): boolean {
  const className = element.getAttribute('class');
  if (!className || !MAY_HIDE.test(className)) return false;
  const tokens = className.split(/\s+/);
  return tokens.some((token) => HIDING_CLASSES.has(token)) && !tokens.some((token) => SHOWN_AT_A_WIDTH.test(token));
}

/** The site's own footer, outside the article: it credits who made or owns the site, not who wrote the story. */
function isSiteFooter(element: Element): boolean {
  if (tagOf(element) !== 'footer' && element.getAttribute('role') !== 'contentinfo') return false;
  for (let ancestor = element.parentElement; ancestor; ancestor = ancestor.parentElement) {
    const tag = tagOf(ancestor);
    if (tag === 'article' || tag === 'main' || ancestor.getAttribute('role') === 'main') return false;
  }
  return true;
}

/** The element's own attributes hide it: `hidden`, an inline `display: none`, a hiding class. */
function hidesItself(element: Element): boolean {
  return element.hasAttribute('hidden') || HIDDEN_STYLE.test(element.getAttribute('style') ?? '') || hasHidingClass(element);
}

function isUnseen(element: Element): boolean {
  const tag = tagOf(element);
  if (UNSEEN_TAGS.has(tag)) return true;
  // Many elements carry no attribute: only their tag can hide them then, and the attribute lookups are skipped.
  if (!element.hasAttributes()) return tag === 'footer' && isSiteFooter(element);
  return hidesItself(element) || isSiteFooter(element);
}

/** True when the element or one of its ancestors is hidden from the reader (`hidden`, an inline `display: none`, a hiding class). */
export function isHiddenElement(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) if (hidesItself(node)) return true;
  return false;
}

/** Words as the comparison folds them: NFKC, lower case, punctuation and symbols out. */
function wordsOf(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{M}\p{N}]+/gu) ?? []
  );
}

/**
 * An e-mail address or a host name ("jan-muster.de", "www.example.org"): labels joined by dots, a top-level domain in
 * small letters. Each alternative starts only where a run of its characters starts: tried from every letter of a long
 * run (a line of Chinese or Japanese has no spaces), the address's user part read the rest of the run again each time.
 */
export const ADDRESS =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}|(?<![\p{L}\p{N}.-])(?:[\p{L}\p{N}-]{2,}\.)+\p{Ll}{2,6}(?![\p{L}\p{N}])/gu;
/**
 * What every address holds: an "@", or a dot right before a letter (the top-level domain). Prose puts a space after its
 * full stops, so most of a page's texts fail this quick test and are not searched for an address at all.
 */
const MAY_HOLD_ADDRESS = /@|\.\p{L}/u;

/**
 * A text without its addresses. An address is no printing of a name: the owner's first name in "jan-muster.de" or
 * "jan@muster.de" does not print a stated author "Jan" where a reader would take it for a byline. Texts are joined with
 * spaces, which no address holds, so each text can be cleared alone.
 */
export function withoutAddresses(text: string): string {
  return MAY_HOLD_ADDRESS.test(text) ? text.replace(ADDRESS, ' ') : text;
}

export interface PrintedText {
  readonly words: Set<string>;
  /** The whole text, for scripts written without spaces between words. */
  readonly text: string;
}

/**
 * The text a reader sees in the page's body and its words: read once per reading of the page (not kept per
 * document: the reader reads the same live page again after it changed), before anything changes the page.
 */
export function printedText(document: Document): PrintedText {
  const texts: string[] = [];
  const body = bodyOf(document);
  if (body) {
    // A plain walk, not a TreeWalker with a filter: under jsdom every filtered step crosses its wrapper layer twice.
    // Iterative, for pages nested thousands deep; an unseen element's subtree is skipped whole.
    let node: Node | null = body.firstChild;
    while (node) {
      if (node.nodeType === 3) texts.push(node.nodeValue ?? '');
      let next: Node | null = node.nodeType === 1 && !isUnseen(node as Element) ? node.firstChild : null;
      for (let from: Node | null = node; !next && from && from !== body; from = from.parentNode) next = from.nextSibling;
      node = next;
    }
    // A template the page's script renders as its post (`<script type="text/template">`, as Blogger themes do) is
    // printed once the page runs: the reading pipeline reads it as the article.
    for (const script of elementsByTag(body, 'script')) {
      const type = script.getAttribute('type')?.trim().toLowerCase();
      if (type === 'text/template' || type === 'text/x-template') texts.push(script.textContent.replace(/<[^>]*>/g, ' '));
    }
  }
  // Only the walk must happen now, while the page is as it was; clearing addresses, folding the text and splitting it
  // into words wait for the first name that must be found in it (many pages state none). Each text is cleared alone:
  // most fail the quick test for an address, where the whole page's text would not.
  let cleared: string | undefined;
  let folded: string | undefined;
  let words: Set<string> | undefined;
  const withoutTheAddresses = () => (cleared ??= texts.map(withoutAddresses).join(' '));
  return {
    get text() {
      return (folded ??= withoutTheAddresses().normalize('NFKC').toLowerCase());
    },
    get words() {
      return (words ??= new Set(wordsOf(withoutTheAddresses())));
    },
  };
}

/** Chinese, Japanese and Korean, which glue a name to what follows it ("신현주기자"): a name is found inside a word. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * True when every word of `name` is printed in the page's visible text outside the site's footer. Words, not the
 * phrase: a name stated "Family, Given" is printed "Given Family", and markup may split it across elements.
 */
export function isPrintedName(name: string, printed: PrintedText): boolean {
  const words = wordsOf(name);
  if (words.length === 0) return false;
  if (UNSPACED_SCRIPT.test(name)) return words.every((word) => printed.text.includes(word));
  return words.every((word) => printed.words.has(word));
}

/** How many of the article's words are sampled, and the share the page must print, for its printed text to count. */
const SAMPLED_ARTICLE_WORDS = 200;
const PRINTED_SHARE = 0.5;

/**
 * True when the page's markup prints the article the pipeline read: some pages hold their text (and its byline)
 * only in a script's data and render it when they run, so what their markup prints says nothing about the author.
 * Without the article's text, the markup is taken to be what the reader sees.
 */
export function printsItsArticle(printed: PrintedText, articleText: string): boolean {
  const sample = wordsOf(articleText.slice(0, 20_000))
    .filter((word) => word.length >= 4)
    .slice(0, SAMPLED_ARTICLE_WORDS);
  // A body with no text at all is drawn by its script.
  if (printed.words.size === 0) return false;
  if (sample.length === 0) return true;
  const found = sample.filter((word) => printed.words.has(word) || printed.text.includes(word)).length;
  return found / sample.length >= PRINTED_SHARE;
}
