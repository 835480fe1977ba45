/**
 * Wrappers of the article that Readability would throw away by their name.
 *
 * Before it scores anything, Readability drops every block whose class or id
 * holds a word such as "footer", "header", "menu" or "comment" (unless it also
 * holds "content", "article", "main"…), and every block whose role is
 * navigation or complementary. A site that wraps its story in
 * `<div class="above-footer">` or `<div class="header-offset">` loses the
 * story: Readability then returns the advertiser's disclosure beside it. The
 * clutter pass has weighed the page's prose; a block that holds most of it is
 * the article's wrapper whatever its name, so the words Readability reads as
 * "unlikely" are taken off its class and id (the reading copy only), and an
 * unlikely role off it.
 *
 * The same words name the label of a collapsible panel: Bootstrap's accordion
 * puts each question of a FAQ in `<div class="card-header">`, and Readability
 * keeps the answers and drops the questions. The page says which block labels
 * which panel (`aria-labelledby` on the panel, `aria-controls` on the toggle):
 * a short label of a panel that holds prose is the article's heading, not the
 * site's header. Bootstrap's own markup sets the question in a `<button>`
 * that opens the panel, which the clutter pass drops as a form control.
 */
import { elementsWithAttributes, foldSpaces } from '../dom/dom.ts';

/** Readability 0.6's `unlikelyCandidates` and `okMaybeItsACandidate`: the same words, so the guard matches what it guards against. */
const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const OK_MAYBE = /and|article|body|column|content|main|shadow/i;
/** Readability 0.6's `UNLIKELY_ROLES`. */
const UNLIKELY_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog']);

/** A block holding this share of the page's prose wraps the article. */
const WRAPPER_SHARE = 0.5;
/** Longest label of a panel we read as its heading (a question); longer, the block is more than a label. */
const PANEL_LABEL_MAX_LENGTH = 200;
/** Shortest panel text that makes its label a heading: a menu or a player's controls open less. */
const PANEL_MIN_TEXT = 40;

/** Readability's unlikely words off an element's class and id; the words that are not unlikely stay. */
function clearNames(element: Element): void {
  const className = element.getAttribute('class') ?? '';
  const id = element.getAttribute('id') ?? '';
  const names = `${className} ${id}`;
  if (!UNLIKELY.test(names) || OK_MAYBE.test(names)) return;
  const kept = className.split(/\s+/).filter((name) => name && !UNLIKELY.test(name));
  if (className) element.setAttribute('class', kept.join(' '));
  if (UNLIKELY.test(id)) element.removeAttribute('id');
}

/**
 * The labels of a list of panels of text (an accordion, tabs), as the page links them: the panel's aria-labelledby
 * or the toggle's aria-controls. Each label, with the blocks around it up to the item it shares with its panel,
 * loses its unlikely names, and a `<button>` label becomes a `<span>`. Only where two or more such items stand in
 * one list: a lone "Show more" that opens the rest of a story is a control, not a heading.
 */
export function keepPanelLabels(body: Element): void {
  const document = body.ownerDocument;
  const pairsByList = new Map<Element, { label: Element; panel: Element; item: Element }[]>();
  // A walk under jsdom, where the selector cost more than the rest of this step (dom.ts).
  for (const element of elementsWithAttributes(body, ['aria-labelledby', 'aria-controls'])) {
    const labelledBy = element.getAttribute('aria-labelledby');
    const id = (labelledBy ?? element.getAttribute('aria-controls') ?? '').trim().split(/\s+/)[0];
    const other = id ? document.getElementById(id) : null;
    if (!other) continue;
    const [label, panel] = labelledBy === null ? [element, other] : [other, element];
    if (panel.contains(label) || label.contains(panel)) continue;
    if (foldSpaces(label.textContent).length > PANEL_LABEL_MAX_LENGTH || foldSpaces(panel.textContent).length < PANEL_MIN_TEXT) continue;
    let item = label.parentElement;
    while (item && !item.contains(panel)) item = item.parentElement;
    const list = item?.parentElement;
    // A panel Readability drops as hidden takes its text with it: its label alone would be a stray "Show transcript".
    if (!item || !list || hiddenWithin(panel, item)) continue;
    const pairs = pairsByList.get(list) ?? [];
    pairs.push({ label, panel, item });
    pairsByList.set(list, pairs);
  }
  for (const pairs of pairsByList.values()) {
    // Two or more panels: a toggle and its panel's aria-labelledby may both name one item.
    if (new Set(pairs.map(({ panel }) => panel)).size < 2) continue;
    // An accordion's items follow one another; toggles with the story's paragraphs between them (two players'
    // "Show transcript", "Read more" expanders) are controls.
    const items = new Set(pairs.map(({ item }) => item));
    const apart = items.size > 1 && [...items].some((item) => !items.has(item.previousElementSibling!) && !items.has(item.nextElementSibling!));
    if (apart) continue;
    for (const { label, panel } of pairs) {
      for (let element: Element | null = label; element && !element.contains(panel); element = element.parentElement) clearNames(element);
      if (label.localName !== 'button') continue;
      // The clutter pass drops a button as a form control, with its words.
      const span = document.createElement('span');
      span.append(...label.childNodes);
      label.replaceWith(span);
    }
  }
}

/**
 * Whether Readability drops `element` as hidden, for itself or for an ancestor up to `within` (its `_isProbablyVisible`).
 * Not the clutter pass's "hidden" rule: that one spares an `aria-hidden` figure, which Readability drops all the same.
 */
function hiddenWithin(element: Element, within: Element): boolean {
  for (let node: Element | null = element; node && node !== within.parentElement; node = node.parentElement) {
    const style = (node.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true' || /display:none|visibility:hidden/.test(style)) return true;
  }
  return false;
}

/** `prose` is the weight of prose under each element and `totalProse` the page's (clutter.ts). */
export function clearUnlikelyNames(body: Element, prose: ReadonlyMap<Element, number>, totalProse: number): void {
  if (totalProse <= 0) return;
  for (const [element, weight] of prose) {
    if (element === body || weight < WRAPPER_SHARE * totalProse || !body.contains(element)) continue;
    clearNames(element);
    const role = element.getAttribute('role');
    if (role && UNLIKELY_ROLES.has(role.trim().toLowerCase())) element.removeAttribute('role');
  }
}
