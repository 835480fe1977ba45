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
 * that opens the panel, which the clutter pass drops as a form control: such
 * a toggle becomes a `<span>` with its words first.
 */
import { foldSpaces } from '../dom/dom.ts';

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

/** The label and the panel it opens, as the page links them: the panel's aria-labelledby, or the toggle's aria-controls. */
function labelledPanels(body: Element): [label: Element, panel: Element][] {
  const document = body.ownerDocument;
  const pairs: [Element, Element][] = [];
  for (const element of body.querySelectorAll('[aria-labelledby], [aria-controls]')) {
    for (const id of (element.getAttribute('aria-labelledby') ?? '').split(/\s+/)) {
      const label = id ? document.getElementById(id) : null;
      if (label) pairs.push([label, element]);
    }
    for (const id of (element.getAttribute('aria-controls') ?? '').split(/\s+/)) {
      const panel = id ? document.getElementById(id) : null;
      if (panel) pairs.push([element, panel]);
    }
  }
  return pairs;
}

/**
 * A panel's label and the blocks around it up to the block it shares with its panel (`<div class="card-header">`
 * around the toggle): their unlikely names go, when the label is short and the panel holds prose.
 */
function clearPanelLabels(body: Element, prose: ReadonlyMap<Element, number>): void {
  for (const [label, panel] of labelledPanels(body)) {
    if (!body.contains(label) || !(prose.get(panel) ?? 0) || label.contains(panel) || panel.contains(label)) continue;
    if (foldSpaces(label.textContent).length > PANEL_LABEL_MAX_LENGTH) continue;
    for (let element: Element | null = label; element && element !== body && !element.contains(panel); element = element.parentElement) {
      clearNames(element);
    }
  }
}

/** Shortest panel text that makes its toggle a heading: a label, a menu or a player's controls open less. */
const PANEL_MIN_TEXT = 40;

/** The block that holds both a toggle and its panel: one item of an accordion. */
function itemOf(button: Element, panel: Element): Element | null {
  let item = button.parentElement;
  while (item && !item.contains(panel)) item = item.parentElement;
  return item;
}

/**
 * A `<button>` that opens a panel of text (`aria-controls`), with a label's length of words, becomes a `<span>`:
 * the question of a collapsible FAQ, which the clutter pass would drop as a form control with its words. Only where
 * two or more such items stand in one list, as an accordion's do: a lone "Show more" that opens the rest of a story
 * is a control, not a heading.
 */
export function keepPanelToggles(body: Element): void {
  const document = body.ownerDocument;
  const togglesByList = new Map<Element, Element[]>();
  for (const button of body.querySelectorAll('button[aria-controls]')) {
    const words = foldSpaces(button.textContent);
    if (!words || words.length > PANEL_LABEL_MAX_LENGTH) continue;
    const id = (button.getAttribute('aria-controls') ?? '').trim().split(/\s+/)[0];
    const panel = id ? document.getElementById(id) : null;
    if (!panel || panel.contains(button) || foldSpaces(panel.textContent).length < PANEL_MIN_TEXT) continue;
    const list = itemOf(button, panel)?.parentElement;
    if (!list) continue;
    const toggles = togglesByList.get(list) ?? [];
    toggles.push(button);
    togglesByList.set(list, toggles);
  }
  for (const toggles of togglesByList.values()) {
    if (toggles.length < 2) continue;
    for (const button of toggles) {
      const span = document.createElement('span');
      for (const name of ['id', 'class', 'aria-controls']) {
        const value = button.getAttribute(name);
        if (value !== null) span.setAttribute(name, value);
      }
      span.append(...button.childNodes);
      button.replaceWith(span);
    }
  }
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
  clearPanelLabels(body, prose);
}
