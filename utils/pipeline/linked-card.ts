/**
 * A card for another page inside a block a weak class word names ("teaser", "promo", "widget"): a heading that
 * links elsewhere over a line or two about that page. Such a block is spared as prose when its one line is a
 * sentence ("Find answers to your questions about …"), as a "teaser" class on a story's lead paragraph is; but a
 * story's own section headings link nowhere, and a lead paragraph has no linked heading over it.
 */
import { elementsByTag, firstByTag, hasHref, textOf } from '../dom/dom.ts';

/** The page's headline (h1) is left out: a page may link its own headline, and the card under it is the story. */
const CARD_HEADING_TAGS = ['h2', 'h3', 'h4', 'h5', 'h6'];

/** Whether a heading inside `card` links to a page other than the one being read. */
export function headsLinkedCard(card: Element): boolean {
  for (const tag of CARD_HEADING_TAGS) {
    for (const heading of elementsByTag(card, tag)) {
      const address = headingLink(heading, card);
      if (address !== null && !isThisPage(address, heading.ownerDocument)) return true;
    }
  }
  return false;
}

/**
 * The address a heading links to: an element with an `href` around it inside the card (a link, or a custom
 * element that acts as one: `<pp-link href>`), or a link inside it that holds all its text.
 */
function headingLink(heading: Element, card: Element): string | null {
  for (let element: Element | null = heading.parentElement; element; element = element.parentElement) {
    if (element.hasAttribute('href')) return element.getAttribute('href');
    if (element === card) break;
  }
  const link = firstByTag(heading, 'a', hasHref);
  if (link && textOf(link) === textOf(heading)) return link.getAttribute('href');
  return null;
}

/** A link to the page itself (its own address, an anchor in it) leads nowhere else. */
function isThisPage(address: string, document: Document): boolean {
  try {
    const target = new URL(address, document.baseURI);
    const page = new URL(document.baseURI);
    return target.origin === page.origin && target.pathname === page.pathname;
  } catch {
    return true;
  }
}
