/**
 * Furniture the article's own links give away, whatever the page's words: a line of links to the site's topic
 * pages (its categories and tags, printed without a "Tags:" label), and an app-store badge with the pitch beside
 * it ("Get the latest news straight to your phone with our app"). Text rules cannot catch either in every
 * language; where the links point can.
 */
import { elementsByTag, elementsByTags, isBlock, textOf } from '../dom/dom.ts';

/**
 * A path segment that names a site's pages of one topic, as the common CMSs write them: WordPress's
 * `/category/…` and `/tag/…`, Blogger's `/search/label/…`, news sites' `/topics/…`, `/thema/…`, `/schlagwort/…`.
 */
const TOPIC_PAGE_PATH =
  /\/(tags?|category|categories|kategorien?|topics?|thema|themen|schlagw[oö]rt(e|er)?|stichw[oö]rt(e|er)?|labels?|keywords?|etiquetas?|categor[ií]as?|temas?|sujets?|th[eè]mes?|argomenti|tagi|rubri(k|ken|que|ques))\//u;

/** What stands between the links of a topic line: commas, bars, bullets, slashes. */
const BETWEEN_LINKS = /^[\s,;|·•/–—-]*$/u;

/**
 * A label before the links, a word to three and a colon, in any language: "Tags:", "Schlagwörter :", "Abgelegt
 * unter:". It names the line for what it is; the words a text rule would need to know are not needed.
 */
const LEADING_LABEL = /^\s*[^\s:：]+(?:\s+[^\s:：]+){0,2}\s*[:：]/u;

function pathOf(link: Element): string {
  const href = link.getAttribute('href') ?? '';
  try {
    return decodeURI(new URL(href, 'https://example.invalid/').pathname).toLowerCase();
  } catch {
    return href.toLowerCase();
  }
}

/**
 * The page says the link leads to a topic: `rel="tag"` (WordPress: `rel="category tag"`), or a topic page's path on
 * the page's own site. On another site such a path is anything ("/releases/tag/v2.0" on a code host).
 */
function leadsToTopic(link: Element, page: URL | null): boolean {
  const rel = ` ${(link.getAttribute('rel') ?? '').toLowerCase()} `;
  if (rel.includes(' tag ') || rel.includes(' category ')) return true;
  return !!page && sameSite(link, page) && TOPIC_PAGE_PATH.test(pathOf(link));
}

/**
 * Whether the block is only links to topic pages, with at most separators between them and a label before them:
 * "Corona & die Folgen, Debatte, Deutschland, Politik", "Schlagwörter : Blog, Mode, …". Such a line names where the
 * site files the story; it says nothing of it, however many topics it lists.
 */
export function isTopicLinkLine(block: Element, text: string): boolean {
  const links = elementsByTag(block, 'a');
  if (links.length === 0) return false;
  const page = pageAddress(block);
  let rest = text;
  for (const link of links) {
    const linkText = textOf(link);
    if (!linkText || !leadsToTopic(link, page)) return false;
    rest = rest.replace(linkText, ' ');
  }
  return BETWEEN_LINKS.test(rest.replace(LEADING_LABEL, ''));
}

/** The app stores' own addresses: a link there is a badge for the site's app. */
const APP_STORE_LINK = /^(https?:)?\/\/(play\.google\.com\/store\/apps\/|apps\.apple\.com\/|itunes\.apple\.com\/(.+\/)?app\/|appgallery\.huawei\.com\/)/iu;

/** What a store's badge says when it is text rather than an image. */
const STORE_BADGE_TEXT =
  /^((download|get it|available|jetzt|laden|descárgala|disponible|télécharger)\b.{0,30})?\b(app ?store|google play|play store|appgallery)$/iu;

/** The pitch beside the badges is one or two lines; a longer block is the article talking about an app. */
const MAX_PITCH_LENGTH = 250;

function isStoreBadge(link: Element): boolean {
  if (!APP_STORE_LINK.test(link.getAttribute('href') ?? '')) return false;
  const text = textOf(link);
  return text === '' || STORE_BADGE_TEXT.test(text);
}

/**
 * A badge drawn as a picture (the stores' own artwork, or a link left empty where the picture was): a sentence may
 * name a store in words, never in a picture.
 */
function isImageBadge(link: Element): boolean {
  return isStoreBadge(link) && textOf(link) === '';
}

/** Images outside store badges: a text-less block that holds one holds a picture of the article, not only badges. */
function holdsOtherImages(block: Element): boolean {
  return elementsByTag(block, 'img').some((image) => {
    const link = image.closest('a');
    return !link || !block.contains(link) || !isStoreBadge(link);
  });
}

/**
 * The blocks that pitch the site's app: for each store badge, the nearest block around it that holds text (the
 * pitch and its badges), when that is short; else the badge alone. An inline link to a store with words of its own
 * ("free on iOS") is the article's, and stays.
 */
export function appStorePitches(content: Element): Element[] {
  const pitches: Element[] = [];
  for (const link of elementsByTag(content, 'a')) {
    // Only where a badge is drawn: "available from the App Store and Google Play" in words is a sentence of the article.
    if (!isImageBadge(link) || pitches.some((pitch) => pitch.contains(link))) continue;
    let block: Element = link;
    // Up from the badge to the first block with words in it: the pitch's box, or the paragraph the badge stands in.
    while (block.parentElement && block.parentElement !== content && (!isBlock(block) || textOf(block) === '')) {
      block = block.parentElement;
    }
    // A longer block, or one of several paragraphs (a short article's whole wrapper), is the article's: all of it stays.
    if (
      textOf(block).length > MAX_PITCH_LENGTH ||
      holdsOtherImages(block) ||
      elementsByTag(block, 'p').filter((paragraph) => textOf(paragraph) !== '').length > 1
    )
      continue;
    pitches.push(block);
  }
  return pitches;
}

/** Emphasis a teaser line is set in as a whole, inside or around its link; a plain link is as often the article's own list. */
const EMPHASIS = new Set(['em', 'i', 'strong', 'b']);
const ITALIC = new Set(['em', 'i']);
/** A teaser line is another story's headline: short, and no sentence (it does not end as one). */
const MAX_TEASER_LINE_LENGTH = 160;
/** Shorter lines are labels and menu words ("Impressum", "Interior"), which other rules judge. */
const MIN_TEASER_LINE_LENGTH = 25;
const MIN_TEASER_LINK_TEXT = 8;
const ENDS_AS_SENTENCE = /[.!?…;:,]["”»’)]*$/u;

/** The page's own address, from the base the reading copy keeps (dom.ts: cloneDocument). */
function pageAddress(content: Element): URL | null {
  try {
    const address = new URL(content.ownerDocument.baseURI);
    return address.protocol === 'http:' || address.protocol === 'https:' ? address : null;
  } catch {
    return null;
  }
}

/** Where the link leads, read against the page's address; null where its href is no address. */
function linkTarget(link: Element, page: URL): URL | null {
  try {
    return new URL(link.getAttribute('href') ?? '', page);
  } catch {
    return null;
  }
}

/** The site an address belongs to: its host without "www.". */
const siteOf = (address: URL) => address.hostname.replace(/^www\./u, '');

/** Whether the link leads to the page's own site. */
function sameSite(link: Element, page: URL): boolean {
  const target = linkTarget(link, page);
  return !!target && siteOf(target) === siteOf(page);
}

/** Whether the link leads to another page of the same site. */
function leadsToOtherPageOfSite(link: Element, page: URL): boolean {
  const target = linkTarget(link, page);
  return !!target && siteOf(target) === siteOf(page) && target.pathname !== page.pathname && target.pathname.length > 1;
}

/**
 * Whether the block is another story's headline set into the article: one line, wholly in one link or one
 * emphasis ("<p><em>Former US commander in Europe: <a>Russia is dangerous</a></em></p>", a list item that is one
 * bold link), linking to another page of the same site, and not a sentence. Sites put these between paragraphs
 * with or without a "Read also:" label; without one, no text rule sees them.
 */
export function isInterlinkedTeaser(block: Element, text: string): boolean {
  if (text.length < MIN_TEASER_LINE_LENGTH || text.length > MAX_TEASER_LINE_LENGTH || ENDS_AS_SENTENCE.test(text) || /^h[1-6]$/u.test(block.localName))
    return false;
  const page = pageAddress(block);
  if (!page) return false;
  const links = elementsByTag(block, 'a').filter((link) => textOf(link).length >= MIN_TEASER_LINK_TEXT);
  if (links.length !== 1 || !leadsToOtherPageOfSite(links[0]!, page)) return false;
  // The whole line in one wrapper: the page set it apart as a unit, not a link inside a sentence of its own.
  const wrappers = elementsByTag(block, '*').filter((wrapper) => EMPHASIS.has(wrapper.localName) && textOf(wrapper) === text);
  if (wrappers.some((wrapper) => ITALIC.has(wrapper.localName))) return true;
  // A bold line that links to the site is as often a section's heading in a list article ("Best budget pick: …" above
  // its review): bold counts as a teaser in a list item, or where a label runs into the link ("Also read: …").
  return wrappers.length > 0 && (block.localName === 'li' || !text.startsWith(textOf(links[0]!)));
}

/** A menu's entry is a name, not a sentence: "Impressum", "Politik", "Home". */
const MAX_MENU_ENTRY_LENGTH = 40;
const MAX_MENU_ENTRY_WORDS = 5;
/** Fewer entries than this are as often two links the article lists ("Download figure", "Download slides"). */
const MIN_MENU_ENTRIES = 3;
/** Share of the entries that must lead to other pages of the site: a menu may hold one "#" entry (a consent button). */
const MENU_SITE_SHARE = 0.75;

/**
 * Whether the list is a menu of the site's own: every item one short link and nothing else, and (nearly) all of
 * them leading to other pages of the same site. A table of contents leads into this page, a list of sources or
 * products to other sites, and either stays.
 */
function isSiteMenu(list: Element, page: URL): boolean {
  const items = [...list.children];
  if (items.length < MIN_MENU_ENTRIES || items.some((item) => item.localName !== 'li')) return false;
  let toSite = 0;
  for (const item of items) {
    const links = elementsByTag(item, 'a');
    const text = textOf(item);
    if (links.length !== 1 || textOf(links[0]!) !== text || !text) return false;
    if (text.length > MAX_MENU_ENTRY_LENGTH || text.split(' ').length > MAX_MENU_ENTRY_WORDS || ENDS_AS_SENTENCE.test(text)) return false;
    // Another page of the site, its front page included ("Home").
    const target = linkTarget(links[0]!, page);
    if (target && siteOf(target) === siteOf(page) && target.pathname !== page.pathname) toSite++;
  }
  return toSite >= items.length * MENU_SITE_SHARE;
}

/**
 * The site's menus left above the story: lists of short links to the site's own pages (its sections, its legal
 * pages, a breadcrumb) that stand before the first paragraph of prose, where the page's navigation was and the
 * class-based rules missed it. `firstProse` is that paragraph; lists after it are the article's.
 */
export function leadingSiteMenus(content: Element, firstProse: Element | undefined): Element[] {
  const page = pageAddress(content);
  if (!page || !firstProse) return [];
  const menus: Element[] = [];
  for (const list of elementsByTags(content, ['ul', 'ol'])) {
    if (list.contains(firstProse)) continue;
    if (!(firstProse.compareDocumentPosition(list) & 2)) break; // 2: DOCUMENT_POSITION_PRECEDING
    if (menus.some((menu) => menu.contains(list))) continue;
    if (isSiteMenu(list, page)) menus.push(list);
  }
  return menus;
}

/** Fewer items are as often two links the article gives in passing; a teaser list is a row of other stories. */
const MIN_TEASER_LIST_ITEMS = 2;
/** Another story's headline: shorter is a menu word or a product's name, longer is no headline. */
const MIN_LISTED_HEADLINE = 15;
/**
 * A label before the headline ("Archäologie:", "Kinderschutz als Vorwand?", "・"): a few words. A longer lead-in
 * ("If you want to DIY: <a>A detailed checklist</a>") is the article offering its reader a choice.
 */
const MAX_LISTED_LABEL = 40;
const MAX_LISTED_LABEL_WORDS = 3;
/**
 * A story's address carries a number, its id or its date ("/article408262487/…", "/2024/02/…", "/DGXZQOUB27B…"): a
 * blog's list of its other posts and pages ("/increase-font-size-in-base-r-plot/") is as often the article's own
 * reading list, which it introduces in a sentence and which stays.
 */
const STORY_PATH = /\d{2,}/u;
/** A headline may ask or exclaim; one that ends in a full stop, a colon or a comma is a sentence or runs on. */
const ENDS_AS_RUNNING_TEXT = /[.;:,]["”»’)]*$/u;

/**
 * An item of a teaser list: one link to another story of the same site, its text a headline that ends the item, with
 * at most a short label before it. The words after a link ("… said the report") make an item the article's own.
 */
function isListedTeaser(item: Element, page: URL): boolean {
  if (item.localName !== 'li' || elementsByTags(item, ['ul', 'ol']).length > 0) return false;
  const links = elementsByTag(item, 'a');
  if (links.length !== 1) return false;
  const text = textOf(item);
  const headline = textOf(links[0]!);
  if (headline.length < MIN_LISTED_HEADLINE || headline.length > MAX_TEASER_LINE_LENGTH || !text.endsWith(headline)) return false;
  const label = text.slice(0, text.length - headline.length).trim();
  if (ENDS_AS_RUNNING_TEXT.test(headline) || label.length > MAX_LISTED_LABEL || label.split(/\s+/u).length > MAX_LISTED_LABEL_WORDS) return false;
  const target = linkTarget(links[0]!, page);
  return !!target && leadsToOtherPageOfSite(links[0]!, page) && STORY_PATH.test(target.pathname);
}

/**
 * Lists of the site's other stories set into the article ("• Archäologie: Simple Erklärung für Weihnachtswunder",
 * "・イオン、第三者委員会を設置"): every item one headline linking to another page of the same site. Where the links
 * lead says it in any language, with or without a "Related" heading; a table of contents links into this page, a
 * list of sources or products to other sites, and an item with words of its own after its link is the article's.
 */
export function teaserLists(content: Element): Element[] {
  const page = pageAddress(content);
  if (!page) return [];
  return elementsByTags(content, ['ul', 'ol']).filter((list) => {
    const items = [...list.children];
    return items.length >= MIN_TEASER_LIST_ITEMS && items.every((item) => isListedTeaser(item, page));
  });
}

/**
 * The social networks' addresses, each named for its kind: a site's account there is one of its channels. Google
 * News's "follow" page too, where a site asks to be followed.
 */
const SOCIAL_NETWORKS: [kind: string, host: RegExp][] = [
  ['facebook', /^(www\.|m\.)?(facebook|fb)\.com$/u],
  ['instagram', /^(www\.)?instagram\.com$/u],
  ['x', /^(www\.|mobile\.)?(x|twitter)\.com$/u],
  ['whatsapp', /^(www\.)?(whatsapp\.com|wa\.me)$/u],
  ['telegram', /^(www\.)?(t\.me|telegram\.me)$/u],
  ['tiktok', /^(www\.)?tiktok\.com$/u],
  ['youtube', /^(www\.|m\.)?youtube\.com$/u],
  ['linkedin', /^(www\.)?linkedin\.com$/u],
  ['threads', /^(www\.)?threads\.(net|com)$/u],
  ['bluesky', /^bsky\.app$/u],
  ['pinterest', /^([a-z]{2}\.|www\.)?pinterest\.[a-z.]+$/u],
  ['google-news', /^news\.google\.com$/u],
];

/** A path that leads to one post, not to the account: the story citing what someone wrote ("/status/…", "/p/…"). */
const POST_PATH = /\/(status|statuses|p|posts?|reels?|watch|shorts|videos?|photos?|events|story|stories|comments)(\/|$)|\/@[^/]+\/video\//iu;

/** The kind of channel a link leads to ("app" for a store, else the network's name), or null for any other address. */
function channelKind(link: Element): string | null {
  const href = link.getAttribute('href') ?? '';
  if (APP_STORE_LINK.test(href)) return 'app';
  let target: URL;
  try {
    target = new URL(href);
  } catch {
    return null;
  }
  if (POST_PATH.test(target.pathname)) return null;
  const host = target.hostname.toLowerCase();
  return SOCIAL_NETWORKS.find(([, pattern]) => pattern.test(host))?.[0] ?? null;
}

/** An item of such a list is a line or two; a longer one is the article's prose. */
const MAX_CHANNEL_ITEM_LENGTH = 250;
/** Two items at least lead to channels, and to two kinds of them (the app and a network, or two networks). */
const MIN_CHANNEL_ITEMS = 2;
const MIN_CHANNEL_KINDS = 2;

/** The kinds of channel an item's links lead to, when all of them lead to one; null when any leads elsewhere or none. */
function itemChannelKinds(item: Element): Set<string> | null {
  const links = elementsByTag(item, 'a');
  if (links.length === 0) return null;
  const kinds = new Set<string>();
  for (const link of links) {
    const kind = channelKind(link);
    if (!kind) return null;
    kinds.add(kind);
  }
  return kinds;
}

/**
 * Lists in which the site points to its own channels: "News on your phone? Our app for Android and iOS", "We are on
 * Instagram, Facebook and WhatsApp", "Our evening newsletter – this way". Each item a line whose links all lead to an
 * app store or to an account on a social network, at least two such items, and at least half of the list; the items
 * between them (the newsletter's, on the site itself) go with it. The words are the site's own in any language; where
 * the links lead says what they are. A list that points to one kind only is the story's (the apps it reviews, the
 * accounts it recommends), and a link to one post is the story citing it.
 */
export function channelPromoLists(content: Element): Element[] {
  return elementsByTags(content, ['ul', 'ol']).filter((list) => {
    const items = [...list.children];
    if (items.some((item) => item.localName !== 'li' || textOf(item).length > MAX_CHANNEL_ITEM_LENGTH)) return false;
    const kinds = new Set<string>();
    let channelItems = 0;
    for (const item of items) {
      const itemKinds = itemChannelKinds(item);
      if (!itemKinds) continue;
      channelItems++;
      for (const kind of itemKinds) kinds.add(kind);
    }
    return channelItems >= MIN_CHANNEL_ITEMS && channelItems * 2 >= items.length && kinds.size >= MIN_CHANNEL_KINDS;
  });
}
