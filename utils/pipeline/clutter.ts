/**
 * Removes what is not the article, by the rules in clutter-rules.ts.
 *
 * Before Readability, on the cloned page: page chrome (structure rules), blocks
 * whose class or id names furniture (token rules) and lists under a heading
 * such as "Most popular". A block holding a large share of the page's prose is
 * spared whatever its class says: an article wrapped in `class="share-wrapper"`,
 * or a React root hidden with `aria-hidden` while a cookie dialog is open,
 * must not take the article with it.
 *
 * After Readability, on the extracted content: short blocks whose words say
 * they are furniture (text rules), in many languages.
 */
import {
  APP_STORE_PITCH,
  CHANNEL_PROMO_LIST,
  CLOSING_POINTER,
  INTERLINKED_TEASER,
  KICKER_LINE,
  LEADING_SITE_MENU,
  LIST_HEADINGS,
  LIST_UNDER_HEADING,
  NON_CONTENT_TAGS,
  PLAYER_CARD,
  STRUCTURE_RULES,
  SIGNUP_BOX,
  TEASER_LIST,
  TEXT_RULES,
  TOKEN_RULES,
  TOPIC_LINKS,
  readsAsSentence,
  type StructureRule,
  type TextRule,
} from './clutter-rules.ts';
import { headsLinkedCard } from './linked-card.ts';
import { gatedTester } from './pattern-gates.ts';
import { builtWords, type TextRuleWords } from './text-rule-words.ts';
import {
  bodyOf,
  elementsByTag,
  firstByTag,
  hasHref,
  hasMoreChildrenThan,
  HEADING_TAGS,
  nameTokens,
  foldSpaces,
  foldedStart,
  foldedWalkUpTo,
  forEachTextNode,
  inBrowserDom,
  leafBlocks,
  linkDensity,
  removeEmptyAncestors,
  elementsInOrder,
  tagOf,
  textOf,
  wrapInlineRuns,
} from '../dom/dom.ts';
import { EMBED_ATTRIBUTE } from './embeds.ts';
import { CLOSING_POINTER_BLOCKS, isClosingPointer } from './closing-pointer.ts';
import { appStorePitches, channelPromoLists, isInterlinkedTeaser, isTopicLinkLine, leadingSiteMenus, teaserLists } from './link-furniture.ts';
import { isEmailField, signupBox } from './signup-box.ts';
import { isPlayButton, playerCard } from './player-card.ts';
import { clearUnlikelyNames, keepPanelLabels } from './unlikely-wrappers.ts';
// What a step records, { rule, text }: the stage runner adds the stage's name (runner.ts).
import type { RuleRemoval as Removal } from '../types.ts';

const RECORDED_TEXT_LENGTH = 160;

/**
 * Characters of `textContent` the browser may build for textPrefix in one pass over a page. Built natively, an
 * element's whole text costs far less than a walk in script, even one that stops early; but wrappers nested deep, each
 * asked, would build the page's text once per level. Past this budget the walk, which stops early, takes over.
 */
const NATIVE_TEXT_BUDGET = 4_000_000;
let nativeTextLeft = NATIVE_TEXT_BUDGET;

/** The start of an element's text, without reading all of a large subtree. */
function textPrefix(element: Element, maxLength: number): string {
  if (inBrowserDom() && nativeTextLeft > 0) {
    const whole = element.textContent;
    nativeTextLeft -= whole.length;
    return foldedStart(whole, maxLength);
  }
  let text = '';
  // Once the folded text is longer than asked for, more text would only add after the part returned.
  foldedWalkUpTo(element, maxLength, (value) => (text += value));
  return foldedStart(text, maxLength);
}

export function recordRemoval(removed: Removal[], rule: string, element: Element, text?: string): void {
  const full = text ?? textPrefix(element, RECORDED_TEXT_LENGTH + 1);
  removed.push({ rule, text: full.length > RECORDED_TEXT_LENGTH ? `${full.slice(0, RECORDED_TEXT_LENGTH - 1)}…` : full });
}

/** Blocks with less text than this (outside links) are labels and menus, not prose. */
const PROSE_RUN = 40;

/**
 * Length of text as reading matter: a Chinese or Japanese character carries
 * about as much as a short English word, a Hangul syllable about half as much.
 */
function textWeight(text: string): number {
  let weight = text.length;
  // Most text holds no CJK or Hangul at all: one regular expression scan says so faster than a loop over its characters.
  if (!WEIGHTED_SCRIPT.test(text)) return weight;
  // Code units, not code points: a surrogate falls in none of the ranges, so the sum is the same and no iterator is made.
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x3040) continue;
    if ((code >= 0x3040 && code <= 0x30ff) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)) weight += 2;
    else if (code >= 0xac00 && code <= 0xd7af) weight += 1;
  }
  return weight;
}

/** The characters textWeight weighs more than one: kana, CJK ideographs, Hangul syllables. */
const WEIGHTED_SCRIPT = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/u;

const PROSE_BLOCKS = new Set([
  'p',
  'div',
  'li',
  'td',
  'th',
  'dd',
  'dt',
  'blockquote',
  'section',
  'article',
  'main',
  'figcaption',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'body',
  'header',
  'footer',
  'aside',
  'nav',
  'form',
  'ul',
  'ol',
  'table',
  'center',
]);

/**
 * Weight of prose under every element. Text outside links is summed per
 * block (a paragraph that links a word or two is still one paragraph); a
 * block with enough of it counts for all its ancestors. One pass over the text.
 */
function proseByElement(root: Element): Map<Element, number> {
  const perBlock = new Map<Element, number>();
  // For each parent element: its nearest block, or null when the text sits inside a link.
  const blockOf = new Map<Element, Element | null>();
  const resolveBlock = (start: Element): Element | null => {
    const known = blockOf.get(start);
    if (known !== undefined) return known;
    let result: Element | null;
    const tag = tagOf(start);
    if (tag === 'a') result = null;
    else if (PROSE_BLOCKS.has(tag) || start === root || !start.parentElement) result = start;
    else result = resolveBlock(start.parentElement);
    blockOf.set(start, result);
    return result;
  };
  forEachTextNode(root, (node) => {
    const value = node.nodeValue ?? '';
    if (!value.trim() || !node.parentElement) return;
    const block = resolveBlock(node.parentElement);
    if (!block) return;
    perBlock.set(block, (perBlock.get(block) ?? 0) + textWeight(foldSpaces(value)));
  });
  const prose = new Map<Element, number>();
  for (const [block, weight] of perBlock) {
    if (weight < PROSE_RUN) continue;
    for (let element: Element | null = block; element; element = element === root ? null : element.parentElement) {
      prose.set(element, (prose.get(element) ?? 0) + weight);
    }
  }
  return prose;
}

interface Candidate {
  element: Element;
  rule: string;
  weak: boolean;
  /** A grid of teaser cards under a list heading: removed whatever its share of the page's prose. */
  teaserGrid?: boolean;
}

/** Weakly matched blocks that hold this much prose are taken for article text, not furniture. */
const WEAK_RULE_PROSE_LIMIT = 300;

/**
 * Whether a weakly matched block ("teaser", "promo", "ad") is article text:
 * much prose, or some prose that is not link text (a "teaser" class on a
 * story's lead paragraph, where a list of teasers would be links).
 */
function holdsProse(element: Element, proseLength: number): boolean {
  if (proseLength >= WEAK_RULE_PROSE_LIMIT) return true;
  return proseLength >= PROSE_RUN && linkDensity(element) < 0.3;
}

/** Weak rules whose text is never the article's however long: text not shown on screen, an offer, an advertisement. */
const NEVER_PROSE_RULES = new Set(['print-only', 'paywall-prompt', 'advertisement']);
/** Inline elements a page wraps a paragraph's words in. */
const PHRASING_WRAPPERS = new Set(['span', 'em', 'strong', 'b', 'i', 'u', 'font', 'small', 'mark', 'cite', 'q']);

/**
 * The prose a weakly matched block holds. The prose map credits text to the block that holds it, so an inline
 * element inside a paragraph (a `<span>` with a widget's class around the paragraph's words, as a page pasted from a
 * social network keeps: "eventDetailsContentTags") is credited none, and went with its paragraph's text. Such a
 * wrapper's own text outside links is weighed instead; not for any other element (a `<figure class="app">` with its
 * pitch), and not for a class that says the text is not shown on screen, an offer or an ad (a photo's credit printed
 * only on paper, `<span class="premium">` around a subscription pitch), which go however long they are.
 */
function weakCandidateProse(element: Element, rule: string, prose: ReadonlyMap<Element, number>): number {
  const measured = prose.get(element);
  const wrapsParagraphWords = PHRASING_WRAPPERS.has(tagOf(element)) && !!element.parentElement && PROSE_BLOCKS.has(tagOf(element.parentElement));
  if (measured !== undefined || !wrapsParagraphWords || NEVER_PROSE_RULES.has(rule)) return measured ?? 0;
  let weight = 0;
  forEachTextNode(element, (node) => {
    for (let parent = node.parentElement; parent && parent !== element; parent = parent.parentElement) if (tagOf(parent) === 'a') return;
    weight += textWeight(foldSpaces(node.nodeValue ?? ''));
  });
  return weight < PROSE_RUN ? 0 : weight;
}

/**
 * Whether a weakly matched block is article text and stays: it holds prose, and unless it holds much, it is no card
 * for another page (a linked heading over its line or two: linked-card.ts).
 */
function weakBlockIsProse(element: Element, rule: string, prose: ReadonlyMap<Element, number>): boolean {
  const proseLength = weakCandidateProse(element, rule, prose);
  if (!holdsProse(element, proseLength)) return false;
  return proseLength >= WEAK_RULE_PROSE_LIMIT || !headsLinkedCard(element);
}

/**
 * A paywall class set on the story's own blocks: some publishers mark every block of the body past its free part
 * (`<p class="paywall">`, and the same on headings, lists and spec lines), where a prompt to subscribe is one box.
 * A block whose class word recurs on at least two of its siblings that hold prose is part of that body; a
 * prompt beside the story does not share its class with paragraphs of prose. Whole class words only: a story in
 * `paywall-article` does not make a `paywall` box next to it part of the story.
 */
const PAYWALL_TOKEN = TOKEN_RULES.find((rule) => rule.id === 'paywall-prompt')!.token;

function marksStoryBlocks(element: Element, prose: ReadonlyMap<Element, number>): boolean {
  const marks = Array.from(element.classList).filter((word) => PAYWALL_TOKEN.test(word.toLowerCase()));
  if (marks.length === 0 || !element.parentElement) return false;
  let proseSiblings = 0;
  for (let sibling = element.parentElement.firstElementChild; sibling && proseSiblings < 2; sibling = sibling.nextElementSibling) {
    if (sibling === element || !marks.some((word) => sibling.classList.contains(word))) continue;
    if (holdsProse(sibling, prose.get(sibling) ?? 0)) proseSiblings++;
  }
  return proseSiblings >= 2;
}

/**
 * A block holding this share of the page's prose is (or wraps) the article,
 * whatever its class says: "share-wrapper" or "trending" around the story.
 */
const ARTICLE_PROSE_SHARE = 0.3;
/** Consent banners, dialogs and boxes about the author are never the article, however much text they hold. */
const NEVER_ARTICLE_RULES = new Set(['cookie-notice', 'dialog', 'modal', 'author-box']);
/** Comment threads can outweigh the article; only a block holding nearly all prose is spared. */
const COMMENTS_PROSE_SHARE = 0.7;
/** Less prose than this outside the comments is no article of its own: only a thread. */
const DISCUSSION_OTHER_PROSE = 400;

/**
 * The entries whose element lies inside no other entry's element, in their order (an element listed twice stays twice,
 * as neither copy is inside the other). Each element's ancestors are looked up in a set: testing every pair with
 * `contains` cost the square of the candidates, hundreds on a page of comments.
 */
function withoutNested<Entry extends { element: Element }>(entries: readonly Entry[]): Entry[] {
  const elements = new Set(entries.map(({ element }) => element));
  return entries.filter(({ element }) => {
    for (let ancestor = element.parentElement; ancestor; ancestor = ancestor.parentElement) if (elements.has(ancestor)) return false;
    return true;
  });
}

/**
 * A forum thread or a question page: its posts are marked as comments, the opening post too, and they
 * hold the page's prose; outside them there is too little for an article. There the posts are the
 * text to read, and removing them would leave nothing (the page refused as "no article").
 */
function isDiscussion(candidates: Candidate[], prose: Map<Element, number>, totalProse: number): boolean {
  if (totalProse === 0 || !candidates.some((candidate) => candidate.rule === 'comments')) return false;
  // The page's chrome (menus, footer, sidebars) goes whatever the comments are: what matters is the prose left beside them.
  const strong = candidates.filter((candidate) => !candidate.weak);
  const outermost = withoutNested(strong);
  let commentsProse = 0;
  let chromeProse = 0;
  for (const { element, rule } of outermost) {
    if (rule === 'comments') commentsProse += prose.get(element) ?? 0;
    else chromeProse += prose.get(element) ?? 0;
  }
  return commentsProse >= COMMENTS_PROSE_SHARE * (totalProse - chromeProse) && totalProse - chromeProse - commentsProse < DISCUSSION_OTHER_PROSE;
}

/**
 * Lower-case letters whose simple case folding is another letter: `i`-flag patterns matched them as that letter
 * ("ſ" as "s", final "ς" as "σ"), so folded text spells them that way for the case-sensitive rules.
 */
const FOLDED_LOWER_CASE: Record<string, string> = {
  '\u00b5': '\u03bc', // µ → μ
  '\u017f': '\u0073', // ſ → s
  '\u0345': '\u03b9', // ͅ → ι
  '\u03c2': '\u03c3', // ς → σ
  '\u03d0': '\u03b2', // ϐ → β
  '\u03d1': '\u03b8', // ϑ → θ
  '\u03d5': '\u03c6', // ϕ → φ
  '\u03d6': '\u03c0', // ϖ → π
  '\u03f0': '\u03ba', // ϰ → κ
  '\u03f1': '\u03c1', // ϱ → ρ
  '\u03f5': '\u03b5', // ϵ → ε
  '\u1c80': '\u0432', // ᲀ → в
  '\u1c81': '\u0434', // ᲁ → д
  '\u1c82': '\u043e', // ᲂ → о
  '\u1c83': '\u0441', // ᲃ → с
  '\u1c84': '\u0442', // ᲄ → т
  '\u1c85': '\u0442', // ᲅ → т
  '\u1c86': '\u044a', // ᲆ → ъ
  '\u1c87': '\u0463', // ᲇ → ѣ
  '\u1c88': '\ua64b', // ᲈ → ꙋ
  '\u1e9b': '\u1e61', // ẛ → ṡ
  '\u1fbe': '\u03b9', // ι → ι
  '\u1fd3': '\u0390', // ΐ → ΐ
  '\u1fe3': '\u03b0', // ΰ → ΰ
  '\ufb05': '\ufb06', // ﬅ → ﬆ
};
// Written as escapes: one of them is a combining mark.
const UNFOLDED_LOWER_CASE = new RegExp(
  `[${Object.keys(FOLDED_LOWER_CASE)
    .map((letter) => `\\u{${letter.codePointAt(0)?.toString(16)}}`)
    .join('')}]`,
  'gu',
);

/**
 * Text as the text rules match it: folded to lower case once per block, so the rules can be case-sensitive
 * patterns (cheap to compile) that match exactly what they matched as case-insensitive ones. Turkish dotted
 * and dotless capitals ("ÖNEMLİ", "ABONE OL") go to plain i first: JavaScript does not fold them to i, and
 * "İ".toLowerCase() is "i" with a combining dot.
 */
export function caseless(text: string): string {
  const lower = text.replace(/İ/g, 'I').replace(/ı/g, 'i').toLowerCase();
  return lower.replace(UNFOLDED_LOWER_CASE, (letter) => FOLDED_LOWER_CASE[letter] ?? letter);
}

/** Rules indexed by tag and role, so each element is looked up, not tested against every rule. */
interface StructureIndex {
  byTag: Map<string, StructureRule[]>;
  byRole: Map<string, StructureRule[]>;
  always: StructureRule[];
}

function indexStructureRules(rules: StructureRule[]): StructureIndex {
  const index: StructureIndex = { byTag: new Map(), byRole: new Map(), always: [] };
  for (const rule of rules) {
    for (const tag of rule.tags ?? []) index.byTag.set(tag, [...(index.byTag.get(tag) ?? []), rule]);
    for (const role of rule.roles ?? []) index.byRole.set(role, [...(index.byRole.get(role) ?? []), rule]);
    if (!rule.tags && !rule.roles) index.always.push(rule);
  }
  return index;
}

const STRUCTURE_INDEX = indexStructureRules(STRUCTURE_RULES);

function firstPassing(rules: StructureRule[] | undefined, element: Element): string | undefined {
  if (!rules) return undefined;
  for (const rule of rules) if (!rule.test || rule.test(element)) return rule.id;
  return undefined;
}

function structureRuleFor(element: Element, tag: string, hasAttributes: boolean): string | undefined {
  const byTag = firstPassing(STRUCTURE_INDEX.byTag.get(tag), element);
  if (byTag) return byTag;
  // Role and attribute rules read attributes (clutter-rules.ts): an element without any matches none of them.
  if (!hasAttributes) return undefined;
  const role = element.getAttribute('role');
  const byRole = role ? firstPassing(STRUCTURE_INDEX.byRole.get(role.trim().toLowerCase()), element) : undefined;
  return byRole ?? firstPassing(STRUCTURE_INDEX.always, element);
}

interface TokenMatch {
  id: string;
  weak: boolean;
}

/** Position in TOKEN_RULES of the first strong and the first weak rule a token matches (Infinity: none). */
interface TokenVerdict {
  strong: number;
  weak: number;
}

/**
 * Pages repeat the same class names on hundreds of elements, and the same words
 * across class names: the verdicts are kept per class-and-id string and per token,
 * so the rules' regular expressions run once per distinct word. Bounded, and shared
 * across pages (a verdict depends on the word alone).
 */
const MEMO_LIMIT = 20_000;
const verdictByToken = new Map<string, TokenVerdict>();
const matchByClassAndId = new Map<string, TokenMatch | null>();

function remember<Value>(memo: Map<string, Value>, key: string, value: Value): Value {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
  return value;
}

/**
 * Every token rule's pattern in one: most class words match none, and one test of this tells them apart from the
 * few that match some (one pattern compiled and tried, instead of each rule's in turn). Only if the rules share flags.
 */
const ANY_TOKEN_RULE: RegExp | null = TOKEN_RULES.every((rule) => rule.token.flags === TOKEN_RULES[0]?.token.flags)
  ? new RegExp(TOKEN_RULES.map((rule) => `(?:${rule.token.source})`).join('|'), TOKEN_RULES[0]?.token.flags)
  : null;
const NO_TOKEN_RULE: TokenVerdict = { strong: Infinity, weak: Infinity };

function tokenVerdict(token: string): TokenVerdict {
  const known = verdictByToken.get(token);
  if (known) return known;
  if (ANY_TOKEN_RULE && !ANY_TOKEN_RULE.test(token)) return remember(verdictByToken, token, NO_TOKEN_RULE);
  const verdict = { strong: Infinity, weak: Infinity };
  TOKEN_RULES.forEach((rule, position) => {
    if (!rule.token.test(token)) return;
    if (rule.weak) verdict.weak = Math.min(verdict.weak, position);
    else verdict.strong = Math.min(verdict.strong, position);
  });
  return remember(verdictByToken, token, verdict);
}

/**
 * The first strong rule (in TOKEN_RULES order) any token matches; failing that, the first weak one.
 * `names` is the class, a space, the id, and the element's own name where it is a custom element.
 */
function tokenRuleFor(names: string): TokenMatch | undefined {
  const known = matchByClassAndId.get(names);
  if (known !== undefined) return known ?? undefined;
  let strong = Infinity;
  let weak = Infinity;
  for (const token of nameTokens(names)) {
    const verdict = tokenVerdict(token);
    strong = Math.min(strong, verdict.strong);
    weak = Math.min(weak, verdict.weak);
  }
  const position = strong < Infinity ? strong : weak;
  const match = position < Infinity ? { id: TOKEN_RULES[position]!.id, weak: strong === Infinity } : null;
  return remember(matchByClassAndId, names, match) ?? undefined;
}

/** Elements that can carry a section heading: real headings and short title-like blocks. */
const HEADING_LIKE_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'span', 'strong', 'b', 'div', 'header', 'dt', 'li']);
const HEADING_MAX_LENGTH = 80;

function isListHeading(element: Element, tag: string): boolean {
  if (!HEADING_LIKE_TAGS.has(tag) || hasMoreChildrenThan(element, 2)) return false;
  const text = textPrefix(element, HEADING_MAX_LENGTH + 1);
  return text.length <= HEADING_MAX_LENGTH && LIST_HEADINGS.test(caseless(text));
}

/** `querySelectorAll('a[href]').length`, from the tag's collection: under jsdom a selector is matched in script (dom.ts). */
function linkCount(element: Element): number {
  return elementsByTag(element, 'a').filter(hasHref).length;
}

const SUBHEADING_TAGS = ['h2', 'h3', 'h4', 'h5', 'h6'];

/** `querySelector('h2, h3, h4, h5, h6') !== null`, from the tags' collections. */
function hasSubheading(card: Element): boolean {
  return SUBHEADING_TAGS.some((tag) => firstByTag(card, tag) !== undefined);
}

/** Fewest cards that make a grid of teasers. */
const MIN_TEASER_CARDS = 2;
/** A teaser card holds a headline and a line or two about the other story. */
const MAX_TEASER_CARD_TEXT = 400;
/**
 * A card with a headline of its own (a heading element) may say more about its story: a magazine's run to 400
 * characters and more. Without one, such a block is more likely a note of prose that links its source. Only a few
 * cards of a grid run so long: where most do, the blocks are an article's own sections (a briefing's items, a
 * listicle's entries, each with its heading and link), not teasers.
 */
const MAX_HEADED_TEASER_CARD_TEXT = 800;
const MAX_LONG_TEASER_CARDS_SHARE = 1 / 3;
/** Share of the block's text its cards hold: the rest is the heading and a "more" link. */
const TEASER_CARDS_SHARE = 0.7;

/**
 * Cards of other stories: siblings of one kind (tag and class), each short and each with a link, holding
 * most of the block's text. A card's description is prose, not link text ("Zum Weiterlesen", then
 * headline, two sentences and "Mehr erfahren" per card), so link density does not tell such a grid.
 */
function isTeaserGrid(container: Element, text: string): boolean {
  for (const parent of [container, ...elementsInOrder(container)]) {
    const kinds = new Map<string, Element[]>();
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      const kind = `${tagOf(child)} ${child.getAttribute('class') ?? ''}`;
      const cards = kinds.get(kind);
      if (cards) cards.push(child);
      else kinds.set(kind, [child]);
    }
    for (const cards of kinds.values()) {
      if (cards.length < MIN_TEASER_CARDS) continue;
      let cardsText = 0;
      let longCards = 0;
      const allCards = cards.every((card) => {
        const length = textOf(card).length;
        cardsText += length;
        if (length > MAX_TEASER_CARD_TEXT) longCards++;
        const short = length <= MAX_TEASER_CARD_TEXT || (length <= MAX_HEADED_TEASER_CARD_TEXT && hasSubheading(card));
        return short && firstByTag(card, 'a', hasHref) !== undefined;
      });
      if (allCards && longCards <= MAX_LONG_TEASER_CARDS_SHARE * cards.length && cardsText >= TEASER_CARDS_SHARE * text.length) return true;
    }
  }
  return false;
}

/**
 * Items of prose carry this much text outside links for each headline link on average (a link of three words or more:
 * "Read more" and "Weiter" are no headlines): a briefing's item, not a teaser's headline and a sentence or two.
 */
const PROSE_ITEM_TEXT_PER_LINK = 150;

function headlineLinkCount(element: Element): number {
  let count = 0;
  for (const link of elementsByTag(element, 'a')) if (hasHref(link) && textOf(link).split(/\s+/u).length >= 3) count++;
  return count;
}

/**
 * Whether blocks under a list heading are items of the article's own prose (a briefing, a listicle): mostly text outside
 * links, and much of it for each link. A "Most read" list or a grid of teaser cards is neither, however much of a short story's
 * page it fills.
 */
function proseItems(blocks: readonly Element[]): boolean {
  let text = 0;
  let links = 0;
  let linked = 0;
  for (const block of blocks) {
    const blockText = textOf(block);
    text += blockText.length;
    links += headlineLinkCount(block);
    linked += linkDensity(block, blockText) * blockText.length;
  }
  return text > 0 && linked < text / 2 && text - linked >= PROSE_ITEM_TEXT_PER_LINK * Math.max(1, links);
}

/** Whether these blocks hold more than half of the article's text, as items of its own prose. */
function holdsMostOf(content: Element, blocks: readonly Element[]): boolean {
  const total = textOf(content).length;
  return total > 0 && blocks.reduce((sum, block) => sum + textOf(block).length, 0) > total / 2 && proseItems(blocks);
}

/** Whether an element holds the page's main heading (an `<h1>`), or stands in the `<article>` that does: it is part of the story. */
function withHeadline(element: Element): boolean {
  return element.querySelector('h1') !== null || element.closest('article')?.querySelector('h1') != null;
}

/**
 * The block a "Most popular" style heading introduces: the smallest ancestor that also holds a list of links or a grid
 * of teaser cards; failing that, the heading with the link-dense blocks right after it. `teaserGrid`: the block is a
 * grid of teaser cards, which is never an article however long.
 */
function sectionUnderHeading(heading: Element, root: Element): { elements: Element[]; teaserGrid: boolean } {
  let container = heading.parentElement;
  for (let depth = 0; container && container !== root && depth < 4; depth++) {
    const text = textPrefix(container, 4001);
    if (text.length > 4000) break;
    if (linkCount(container) >= 2) {
      if (linkDensity(container, text) >= 0.5) return { elements: [container], teaserGrid: false };
      if (isTeaserGrid(container, text)) return { elements: [container], teaserGrid: true };
    }
    container = container.parentElement;
  }
  const section = [heading, ...linkBlocksAfter(heading)];
  return { elements: section.length > 1 ? section : [], teaserGrid: false };
}

/** The blocks right after a heading or label that are mostly a link, up to the next heading or block of text. */
function linkBlocksAfter(label: Element): Element[] {
  const blocks: Element[] = [];
  for (let sibling = label.nextElementSibling; sibling; sibling = sibling.nextElementSibling) {
    if (HEADING_TAGS.has(tagOf(sibling))) break;
    const text = textOf(sibling);
    if (!text) continue;
    if (linkCount(sibling) >= 1 && linkDensity(sibling, text) >= 0.5) blocks.push(sibling);
    else break;
  }
  return blocks;
}

/** Rules that take a "Read more:" label standing alone: the links under it are the other stories it announces. */
const LABEL_OF_LINKS_RULES = new Set(['read-more-label']);

/** Shortest `<noscript>` text taken for the page's real content rather than a "please enable JavaScript" note. */
const NOSCRIPT_CONTENT_LENGTH = 200;

/**
 * `<noscript>` holds parsed elements only where the page was parsed without
 * scripting (the command line). There, a long one is the page's content for
 * readers without JavaScript (blogs that render posts from a template) and is
 * kept; in a browser it is inert text, and the script has rendered the content.
 */
function unwrapOrRemoveNoscript(document: Document): void {
  for (const noscript of elementsByTag(document, 'noscript')) {
    const parsedAsElements = noscript.firstElementChild !== null;
    if (parsedAsElements && foldSpaces(noscript.textContent).length >= NOSCRIPT_CONTENT_LENGTH) {
      noscript.replaceWith(...noscript.childNodes);
    } else {
      noscript.remove();
    }
  }
}

/**
 * Utility-class CSS (Tailwind and the like) writes "overflow-hidden" on
 * ordinary wrappers. Readability reads any "hidden" in a class as a sign
 * against the block, so a story inside `<div class="overflow-hidden">` loses
 * to its own standfirst. Such layout words are dropped from the clone's
 * classes; what really hides an element is handled by the hidden rule. Not
 * "visually-hidden": that one says the text is for screen readers only, and the
 * print-only rule must still read it.
 */
const LAYOUT_CLASS = /^([\w-]+:)*(overflow(-[xy])?-hidden|(?![\w-]*visually-hidden$)[\w-]*-hidden)$/;

/** Returns the class attribute as it stands afterwards. */
function dropLayoutClasses(element: Element, className: string | null): string | null {
  if (!className?.includes('hidden')) return className;
  const classes = className.split(/\s+/);
  const kept = classes.filter((name) => !LAYOUT_CLASS.test(name));
  if (kept.length === classes.length) return className;
  const cleaned = kept.join(' ');
  element.setAttribute('class', cleaned);
  return cleaned;
}

export interface PageClutterResult {
  /** The block holding the most prose after the clutter went: the "show anyway" fallback (null unless asked for). */
  largestProseBlock: Element | null;
}

/** Sites that mark their article body say so; such a block is never clutter. */
function isMarkedArticleBody(element: Element): boolean {
  const itemprop = element.getAttribute('itemprop');
  return itemprop === 'articleBody' || itemprop === 'reviewBody' || element.getAttribute('property') === 'articleBody';
}

/**
 * Removes script, style, iframe and the like. A walk over the element tree, not selector queries: on a large
 * page in jsdom those cost more than the rest of this pass. The walk steps over what it removed, whose insides
 * go with it.
 */
function removeNonContentElements(body: Element): void {
  const nextOutside = (element: Element): Element | null => {
    for (let current: Element | null = element; current && current !== body; current = current.parentElement) {
      if (current.nextElementSibling) return current.nextElementSibling;
    }
    return null;
  };
  let element = body.firstElementChild;
  while (element) {
    if (NON_CONTENT_TAGS.has(tagOf(element))) {
      const next = nextOutside(element);
      element.remove();
      element = next;
    } else {
      element = element.firstElementChild ?? nextOutside(element);
    }
  }
}

/**
 * The pre-Readability pass over a cloned page. Mutates `document` (a clone),
 * appends what it removed to `removed`. `findLargestProseBlock` only for
 * "Show anyway", the one reader of it: finding it weighs the page's prose a
 * second time.
 */
export function removePageClutter(document: Document, removed: Removal[], findLargestProseBlock = false): PageClutterResult {
  const body = bodyOf(document);
  if (!body) return { largestProseBlock: null };
  nativeTextLeft = NATIVE_TEXT_BUDGET;
  removeNonContentElements(body);
  keepPanelLabels(body);
  unwrapOrRemoveNoscript(document);

  // One walk over the page marks every candidate; nothing is removed until the guards have seen the whole page.
  const candidates: Candidate[] = [];
  const headings: Element[] = [];
  const articleBodies: Element[] = [];
  for (const element of elementsInOrder(body)) {
    const tag = tagOf(element);
    // Most elements carry no attribute at all; for them every attribute read below would come back empty.
    const hasAttributes = element.hasAttributes();
    let className: string | null = null;
    let id: string | null = null;
    if (hasAttributes) {
      className = dropLayoutClasses(element, element.getAttribute('class'));
      id = element.getAttribute('id');
      if (isMarkedArticleBody(element)) articleBodies.push(element);
    }
    if (tag === 'input' && hasAttributes && isEmailField(element)) {
      const box = signupBox(element);
      if (box) candidates.push({ element: box, rule: SIGNUP_BOX.id, weak: false });
    }
    if ((tag === 'button' || hasAttributes) && isPlayButton(element)) {
      const card = playerCard(element);
      if (card) candidates.push({ element: card, rule: PLAYER_CARD.id, weak: false });
    }
    const structure = structureRuleFor(element, tag, hasAttributes);
    if (structure) {
      candidates.push({ element, rule: structure, weak: false });
      continue;
    }
    // A custom element is named for what it is, as a class names a block ("<pp-inline-teaser>", "<amp-social-share>"):
    // its name's words are read as class words. Built-in names hold no hyphen ("<header>" is a structure rule).
    const customName = tag.includes('-') ? tag : '';
    if (className !== null || id !== null || customName) {
      const token = tokenRuleFor(`${className ?? ''} ${id ?? ''} ${customName}`);
      if (token) {
        candidates.push({ element, rule: token.id, weak: token.weak });
        // A weak class on a heading names its style ("Teasers-headline"): the heading may still head a list.
        if (!token.weak) continue;
      }
    }
    if (isListHeading(element, tag)) headings.push(element);
  }

  const prose = proseByElement(body);
  // Consent and dialog text can outweigh a short article; it is measured apart, so the article's share is fair.
  const neverArticle = candidates.filter((candidate) => NEVER_ARTICLE_RULES.has(candidate.rule)).map((candidate) => candidate.element);
  const outermostNeverArticle = withoutNested(neverArticle.map((element) => ({ element }))).map(({ element }) => element);
  const dialogProse = outermostNeverArticle.reduce((sum, element) => sum + (prose.get(element) ?? 0), 0);
  const totalProse = Math.max(0, (prose.get(body) ?? 0) - dialogProse);
  const isArticleSized = (element: Element, share: number) => totalProse > 0 && (prose.get(element) ?? 0) >= share * totalProse;
  for (const heading of headings) {
    const section = sectionUnderHeading(heading, body);
    for (const element of section.elements) {
      // A grid of teaser cards under "Latest articles" can hold more prose than a short or paywalled story
      // (a 300-character teaser of the story above twelve cards of two sentences each): its share does not spare it.
      // Unless it is in the story's own <article> or holds the headline: then the "cards" are the article's own items
      // under a heading of its own (a briefing, a listicle), spared by their share as before.
      if (section.teaserGrid && !(withHeadline(element) && proseItems([element])))
        candidates.push({ element, rule: LIST_UNDER_HEADING.id, weak: false, teaserGrid: true });
      else if (!isArticleSized(element, ARTICLE_PROSE_SHARE)) candidates.push({ element, rule: LIST_UNDER_HEADING.id, weak: false });
    }
  }

  const discussion = isDiscussion(candidates, prose, totalProse);
  for (const { element, rule, weak, teaserGrid } of candidates) {
    if (!body.contains(element)) continue; // inside a block removed already
    if (rule === 'comments' && discussion) continue;
    const spareShare = rule === 'comments' ? COMMENTS_PROSE_SHARE : ARTICLE_PROSE_SHARE;
    if (!NEVER_ARTICLE_RULES.has(rule) && !teaserGrid && isArticleSized(element, spareShare)) {
      // Spared because it holds the article: it must not stay hidden from Readability, which skips aria-hidden blocks.
      if (rule === 'hidden') unhide(element);
      continue;
    }
    // A weak class on a heading ("widget-title") names a style, and the heading belongs to the text around it; not one
    // that hides it from the screen (`<h2 class="visually-hidden">Article content</h2>`), which no reader sees.
    if (weak && ((HEADING_TAGS.has(tagOf(element)) && rule !== 'print-only') || weakBlockIsProse(element, rule, prose))) continue;
    if (rule === 'paywall-prompt' && marksStoryBlocks(element, prose)) continue;
    if (articleBodies.some((articleBody) => element.contains(articleBody))) continue;
    recordRemoval(removed, rule, element);
    element.remove();
  }
  clearUnlikelyNames(body, prose, totalProse);
  return { largestProseBlock: findLargestProseBlock ? largestProseBlock(body) : null };
}

/** The page hid the article (a dialog was open when it was saved or read); the reader shows it. */
function unhide(element: Element): void {
  element.removeAttribute('hidden');
  element.removeAttribute('aria-hidden');
  const style = element.getAttribute('style');
  if (style) element.setAttribute('style', style.replace(/(display\s*:\s*none|visibility\s*:\s*hidden)\s*;?/gi, ''));
}

/** The innermost element holding at least half of the prose left on the page. */
function largestProseBlock(body: Element): Element | null {
  const prose = proseByElement(body);
  const total = prose.get(body) ?? 0;
  if (total === 0) return null;
  let best: Element = body;
  for (const [element, length] of prose) {
    if (length >= total / 2 && best.contains(element)) best = element;
  }
  return best;
}

/** Each text rule's pattern behind its gate (pattern-gates.ts): made on the rule's first test, so a rule never tried costs nothing. */
const textRuleTesters = new Map<TextRule, (text: string) => boolean>();

/** The rules' required words as the build read them (text-rule-words.ts); undefined where nothing defined them. */
declare const __LUCID_TEXT_RULE_WORDS__: TextRuleWords | undefined;
const BUILT_TEXT_RULE_WORDS = typeof __LUCID_TEXT_RULE_WORDS__ === 'undefined' ? undefined : __LUCID_TEXT_RULE_WORDS__;

function textRuleTester(rule: TextRule): (text: string) => boolean {
  let tester = textRuleTesters.get(rule);
  if (!tester) textRuleTesters.set(rule, (tester = gatedTester(rule.pattern, builtWords(BUILT_TEXT_RULE_WORDS, rule))));
  return tester;
}

const PHOTO_CREDIT = TEXT_RULES.find((rule) => rule.id === 'photo-credit');

/** A photo credit ("picture alliance | Andrew Milligan", "Foto: dpa"), by the text rule that removes one alone on its line. */
export function isPhotoCredit(text: string): boolean {
  const folded = foldSpaces(text);
  return !!PHOTO_CREDIT && folded.length <= PHOTO_CREDIT.maxLength && textRuleTester(PHOTO_CREDIT)(caseless(folded));
}

/** `matchable` is `caseless(text)`, made once per block rather than once per rule. */
function matchesTextRule(rule: TextRule, block: Element, text: string, matchable: string, atEdge: boolean): boolean {
  if (text.length > rule.maxLength) return false;
  if (rule.edgeOnly && !atEdge) return false;
  // The cheap test before the pattern: on a fresh page each pattern's first test compiles it, which costs
  // more than all its later tests together (cold and warm runs in Chromium); a page without short
  // link-dense blocks never compiles a link-dense rule's pattern.
  if (rule.linkDense && linkDensity(block, text) < 0.4) return false;
  if (!textRuleTester(rule)(matchable)) return false;
  if (rule.notSentences && readsAsSentence(text)) return false;
  return true;
}

/** How many blocks from either end of the article count as its edge (bylines, datelines). */
const EDGE_BLOCKS = 3;
/** A "Related" heading within this many blocks of the end goes even without a list under it. */
const TRAILING_BLOCKS = 5;
/** Longest block the text rules look at: every rule is for short lines. */
const LONGEST_RULE_TEXT = Math.max(...TEXT_RULES.map((rule) => rule.maxLength));

/**
 * The post-Readability pass over the extracted content: furniture lines by
 * their words, and headings of link lists with their lists.
 */
export function removeContentClutter(content: Element, removed: Removal[]): void {
  const clean: CleanLines = new WeakMap();
  // What stood at the edge moves inward as furniture goes, so the pass repeats until nothing more is removed.
  for (let round = 0; round < 4; round++) {
    const before = removed.length;
    removeContentClutterOnce(content, removed, clean);
    if (removed.length === before) return;
  }
}

/** A block this long is a paragraph of the article: a menu of the site's pages above it is the page's, not the story's. */
const MENU_BEFORE_PROSE = 100;

/** "Extremismus", "World", "Opinion": a section label above the article, at most this long. */
const KICKER_MAX_LENGTH = 30;

function isKicker(block: Element, text: string, next: string | undefined): boolean {
  // A heading the article sets in its own words over its first paragraph ("Künstlerischer Lebenslauf", "1 Introduction")
  // opens a section; a kicker set as a heading links to the section's page or sits in a class the page-clutter pass reads.
  if (HEADING_TAGS.has(tagOf(block)) && !block.querySelector('a')) return false;
  if (text.length > KICKER_MAX_LENGTH || text.split(' ').length > 3 || /[.!?:;,…]$/.test(text)) return false;
  // Only above real prose; a short first line over another short line may be a list or a table of facts.
  return !!next && next.length >= 80;
}

/**
 * Whether the element or an ancestor carries EMBED_ATTRIBUTE: `closest()` with an attribute selector, answered
 * by one walk up that remembers each ancestor's answer (blocks share their ancestors; a selector engine would
 * match every ancestor again for every block).
 */
function embedAncestry(): (element: Element) => boolean {
  const known = new Map<Element, boolean>();
  return (element) => {
    // Iterative, not recursive: a fuzzed page nests deeper than the call stack.
    const unanswered: Element[] = [];
    let answer = false;
    for (let current: Element | null = element; current; current = current.parentElement) {
      const seen = known.get(current);
      if (seen !== undefined) {
        answer = seen;
        break;
      }
      if (current.hasAttribute(EMBED_ATTRIBUTE)) {
        answer = true;
        known.set(current, true);
        break;
      }
      unanswered.push(current);
    }
    for (const visited of unanswered) known.set(visited, answer);
    return answer;
  };
}

/**
 * The blocks a round found no text rule for, with the text and the place (edge or not) they were tried with. A text
 * rule's answer depends on nothing else, so the next round (which runs when anything was removed, often for one line
 * at the edge) skips them unless their text or place has changed: trying every rule again on every line was most of
 * a repeated round's time.
 */
type CleanLines = WeakMap<Element, string>;

function removeContentClutterOnce(content: Element, removed: Removal[], clean: CleanLines): void {
  // An embedded post made into a quote (embeds.ts) is the article quoting it: its lines are not furniture.
  const insideEmbed = embedAncestry();
  // Records the element's removal under the rule, removes it, and the wrappers it leaves empty.
  const removeBlock = (element: Element, rule: string, text?: string) => {
    const parent = element.parentElement;
    recordRemoval(removed, rule, element, text);
    element.remove();
    removeEmptyAncestors(parent, content);
  };
  for (const pitch of appStorePitches(content)) if (!insideEmbed(pitch)) removeBlock(pitch, APP_STORE_PITCH.id);
  for (const list of channelPromoLists(content)) if (!insideEmbed(list)) removeBlock(list, CHANNEL_PROMO_LIST.id);
  for (const list of teaserLists(content)) if (!insideEmbed(list)) removeBlock(list, TEASER_LIST.id);
  const blocks = leafBlocks(content).filter((block) => !insideEmbed(block));
  const texts = new Map(blocks.map((block) => [block, textOf(block)]));
  let textBlocks = blocks.filter((block) => texts.get(block) !== '');
  // The site's menus above the first paragraph (link-furniture.ts): by where their links lead, in any language.
  const firstProse = textBlocks.find((block) => (texts.get(block)?.length ?? 0) >= MENU_BEFORE_PROSE && block.closest('li') === null);
  const menus = leadingSiteMenus(content, firstProse).filter((menu) => !insideEmbed(menu));
  for (const menu of menus) removeBlock(menu, LEADING_SITE_MENU.id);
  if (menus.length > 0) textBlocks = textBlocks.filter((block) => content.contains(block));
  const [first, second] = textBlocks;
  if (first && isKicker(first, texts.get(first) ?? '', second ? texts.get(second) : undefined)) {
    removeBlock(first, KICKER_LINE.id, texts.get(first));
    textBlocks.shift();
  }
  const edge = new Set([...textBlocks.slice(0, EDGE_BLOCKS), ...textBlocks.slice(-EDGE_BLOCKS)]);
  textBlocks.forEach((block, position) => {
    if (!content.contains(block)) return;
    const text = texts.get(block) ?? '';
    if (text.length > LONGEST_RULE_TEXT) {
      // Too long for any text rule, but a line of nothing but topic links is furniture at any length (a blog's forty tags).
      if (isTopicLinkLine(block, text)) removeBlock(block, TOPIC_LINKS.id, text);
      return;
    }
    const matchable = caseless(text);
    const atEdge = edge.has(block);
    const tried = `${atEdge ? 'edge' : 'inside'}\n${text}`;
    const rule = clean.get(block) === tried ? undefined : TEXT_RULES.find((candidate) => matchesTextRule(candidate, block, text, matchable, atEdge));
    if (!rule) clean.set(block, tried);
    if (rule) {
      const parent = block.parentElement;
      recordRemoval(removed, rule.id, block, text);
      if (LABEL_OF_LINKS_RULES.has(rule.id)) {
        for (const links of linkBlocksAfter(block)) {
          recordRemoval(removed, rule.id, links);
          links.remove();
        }
      }
      block.remove();
      removeEmptyAncestors(parent, content);
      return;
    }
    // Where the block's links lead says what no words do (link-furniture.ts); at the very end, a link with words
    // that send the reader to it is a pointer away from the article (closing-pointer.ts).
    const closing = position >= textBlocks.length - CLOSING_POINTER_BLOCKS;
    const linkRule = isTopicLinkLine(block, text)
      ? TOPIC_LINKS
      : isInterlinkedTeaser(block, text)
        ? INTERLINKED_TEASER
        : closing && isClosingPointer(block, matchable)
          ? CLOSING_POINTER
          : undefined;
    if (linkRule) {
      removeBlock(block, linkRule.id, text);
      return;
    }
    if (text.length <= HEADING_MAX_LENGTH && LIST_HEADINGS.test(matchable)) {
      const section = sectionUnderHeading(block, content).elements;
      // Near the end, such a heading is a leftover of a list already removed, or heads links to elsewhere.
      const nearEnd = position >= textBlocks.length - TRAILING_BLOCKS;
      if (section.length === 0 && !nearEnd) return;
      // A list that would take most of the article is the article's own (a briefing's headed items under "Top stories").
      if (holdsMostOf(content, section)) return;
      const parent = block.parentElement;
      for (const element of section.length ? section : [block]) {
        recordRemoval(removed, LIST_UNDER_HEADING.id, element);
        element.remove();
      }
      removeEmptyAncestors(parent, content);
    }
  });
}

/** The content-clutter step, for the pipeline and for the rest of a very long page alike: loose text runs become blocks, then the article-level rules. */
export function cleanContentClutter(content: Element, removed: Removal[]): void {
  // The view and the text drop an inline SVG whole (inert-markup.ts, text.ts); left in, an icon inside a line
  // ("<p><svg><title>Arrow</title></svg>MORE: <a>…</a></p>", an arrow in a link) stands as a block of its own
  // (leafBlocks), so the line's words were never a leaf the text rules read, and its title would open the line's text.
  // Not in a caption: the captions stage takes its credit apart from its words, where a text rule would take it whole.
  for (const svg of elementsByTag(content, 'svg')) if (!svg.closest('figure, figcaption, [class*="caption" i]')) svg.remove();
  wrapInlineRuns(content);
  removeContentClutter(content, removed);
}
