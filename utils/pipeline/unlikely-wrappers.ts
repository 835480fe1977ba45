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
 */

/** Readability 0.6's `unlikelyCandidates` and `okMaybeItsACandidate`: the same words, so the guard matches what it guards against. */
const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const OK_MAYBE = /and|article|body|column|content|main|shadow/i;
/** Readability 0.6's `UNLIKELY_ROLES`. */
const UNLIKELY_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog']);

/** A block holding this share of the page's prose wraps the article. */
const WRAPPER_SHARE = 0.5;

/** `prose` is the weight of prose under each element and `totalProse` the page's (clutter.ts). */
export function clearUnlikelyNames(body: Element, prose: ReadonlyMap<Element, number>, totalProse: number): void {
  if (totalProse <= 0) return;
  for (const [element, weight] of prose) {
    if (element === body || weight < WRAPPER_SHARE * totalProse || !body.contains(element)) continue;
    const className = element.getAttribute('class') ?? '';
    const id = element.getAttribute('id') ?? '';
    const names = `${className} ${id}`;
    if (UNLIKELY.test(names) && !OK_MAYBE.test(names)) {
      const kept = className.split(/\s+/).filter((name) => name && !UNLIKELY.test(name));
      if (className) element.setAttribute('class', kept.join(' '));
      if (UNLIKELY.test(id)) element.removeAttribute('id');
    }
    const role = element.getAttribute('role');
    if (role && UNLIKELY_ROLES.has(role.trim().toLowerCase())) element.removeAttribute('role');
  }
}
