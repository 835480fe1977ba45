/**
 * The page's furniture, as the metadata readers need to know it: a name or a
 * heading inside a menu, a comment thread, a list of related stories, a form
 * or a button is not the article's author or headline ("Name *" in a comment
 * form, "Peter sagt:" over a comment, the authors of five related stories).
 *
 * A container is furniture by its tag (nav, form, button…) or by a class or
 * id word (comments, sidebar, related…). Class words are loose, so a
 * container that holds the article's own headline is never furniture: a page
 * wrapper called "has-sidebar" holds everything.
 */
import { bodyOf, classAndIdTokens, foldSpaces, tagOf, textOf } from '../dom/dom.ts';

/** Tags whose content is never the article's byline or headline. */
const CHROME_TAGS = new Set(['nav', 'form', 'button', 'select', 'option', 'label', 'template', 'menu', 'dialog', 'blockquote', 'figcaption']);

/** Page regions that hold an article's metadata only when they sit inside the article ("entry-footer", "article-aside"). */
const REGION_TAGS = new Set(['header', 'footer', 'aside']);
const REGION_TOKENS = new Set(['footer', 'header', 'masthead', 'aside']);

/** Class and id words of furniture. */
const CHROME_TOKENS = new Set([
  'comment',
  'comments',
  'commentlist',
  'respond',
  'reply',
  'replies',
  'discussion',
  'disqus',
  'kommentar',
  'kommentare',
  'sidebar',
  'related',
  'teaser',
  'teasers',
  'recommended',
  'recommendations',
  'recirculation',
  'breadcrumb',
  'breadcrumbs',
  'menu',
  'navigation',
  'navbar',
  'nav',
  'subnav',
  'share',
  'sharing',
  'social',
  'newsletter',
  'promo',
  'popular',
  'trending',
  'mostread',
  'outbrain',
  'taboola',
  'pagination',
  'pager',
  'quote',
  'zitat',
  'tagcloud',
  'carousel',
  'ticker',
  'cookie',
  'consent',
  'modal',
  'popup',
  'login',
  'search',
  'advert',
  'advertisement',
  'sponsored',
  'morestories',
  'moreposts',
  'readmore',
  'weiterlesen',
  'latest',
  'rail',
  'skiplink',
  'skiplinks',
]);

/** Containers of the article itself: regions inside one belong to it. */
const ARTICLE_TOKENS = new Set(['article', 'entry', 'hentry', 'post', 'story', 'content', 'main']);

function isArticleContainer(element: Element): boolean {
  const tag = tagOf(element);
  if (tag === 'article' || tag === 'main') return true;
  if (/Article|BlogPosting|NewsArticle|Posting/.test(element.getAttribute('itemtype') ?? '')) return true;
  return classAndIdTokens(element).some((token) => ARTICLE_TOKENS.has(token));
}

function insideArticle(element: Element): boolean {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) if (isArticleContainer(parent)) return true;
  return false;
}

/** Whether the element itself is a furniture container (not looking at its ancestors). */
export function isChromeContainer(element: Element): boolean {
  const tag = tagOf(element);
  if (tag === 'html' || tag === 'body') return false;
  if (CHROME_TAGS.has(tag)) return true;
  const role = element.getAttribute('role');
  if (role === 'navigation' || role === 'menu' || role === 'menubar' || role === 'button' || role === 'complementary' || role === 'search') return true;
  const tokens = classAndIdTokens(element);
  if (tokens.some((token) => CHROME_TOKENS.has(token))) return true;
  if (REGION_TAGS.has(tag) || tokens.some((token) => REGION_TOKENS.has(token))) return !insideArticle(element);
  return false;
}

/**
 * Whether the element sits in the page's furniture. `headline`, when known,
 * is the article's printed headline: no container of it is furniture.
 */
export function isInChrome(element: Element, headline?: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (headline && node.contains(headline)) return false;
    if (isChromeContainer(node)) return true;
  }
  return false;
}

/** Links to an author's page, in the many languages of newsroom URLs. */
const AUTHOR_LINK_PATH =
  /\/(?:authors?|autor|autoren|auteur|autore|autori|journalists?|reporter|redakteur|redaktion\/[a-z]|profil|profile|people|staff|mitarbeiter|team\/[a-z])\//i;

export function isAuthorLink(element: Element): boolean {
  return tagOf(element) === 'a' && (/\bauthor\b/.test(element.getAttribute('rel') ?? '') || AUTHOR_LINK_PATH.test(element.getAttribute('href') ?? ''));
}

/**
 * The labels of the page's menus and breadcrumbs ("Sport", "Über uns",
 * "Home"), folded: a title part or a "name" equal to one is a label. A
 * header holding the article's headline is the article's, not a menu: its
 * links are the byline's.
 */
export function navigationLabels(document: Document, headline?: Element): Set<string> {
  const labels = new Set<string>();
  const links = bodyOf(document)?.getElementsByTagName('a');
  if (!links) return labels;
  for (const link of links) {
    if (labels.size > 600) break;
    const text = textOf(link);
    // Section labels are short; a long link text in a menu is a story ("Most read"), maybe this very one.
    // A breadcrumb may pass through the author's page ("Home › Evan Tepest › …"): that link names a person.
    if (!text || text.length > 40 || text.split(' ').length > 5 || isAuthorLink(link)) continue;
    let inMenu = false;
    for (let node: Element | null = link.parentElement; node && !inMenu; node = node.parentElement) {
      if (headline && node.contains(headline)) break;
      const tag = tagOf(node);
      // The page's header and footer; an article's own header holds its byline.
      if (tag === 'nav' || ((tag === 'header' || tag === 'footer') && !insideArticle(node))) inMenu = true;
      else if (node.getAttribute('role') === 'navigation') inMenu = true;
      else if (
        classAndIdTokens(node).some(
          (token) =>
            token === 'menu' ||
            token === 'nav' ||
            token === 'navigation' ||
            token === 'navbar' ||
            token === 'breadcrumb' ||
            token === 'breadcrumbs' ||
            token === 'subnav',
        )
      )
        inMenu = true;
    }
    if (inMenu) labels.add(foldLabel(text));
  }
  return labels;
}

/** Case and punctuation folded, for comparing labels. */
export function foldLabel(text: string): string {
  return foldSpaces(
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\p{P}\p{S}]/gu, ' '),
  );
}

/** Link texts that say "home page", not the site's name. */
const HOME_WORDS =
  /^(home|homepage|home page|startseite|zur startseite|start|accueil|inicio|página inicial|pagina iniziale|strona główna|главная|ana sayfa|홈|ホーム|首页|back to home|zurück zur startseite|logo)$/i;

/**
 * The site's name as its logo prints it: the text or image alt of links to
 * the home page ("EFC Bayrische Bembel Regensburg"). Evidence for which part
 * of a title is the site's, on sites that state no og:site_name.
 */
export function homeLinkNames(document: Document, pageUrl: string): string[] {
  const names = new Set<string>();
  let base: URL;
  try {
    base = new URL(pageUrl);
  } catch {
    return [];
  }
  const links = bodyOf(document)?.getElementsByTagName('a');
  if (!links) return [];
  let looked = 0;
  for (const link of links) {
    if (++looked > 400 || names.size >= 4) break;
    const href = link.getAttribute('href');
    if (!href) continue;
    let target: URL;
    try {
      target = new URL(href, base);
    } catch {
      continue;
    }
    if (target.host !== base.host || target.pathname.replace(/\/(index\.\w+)?$/, '') !== '' || target.search) continue;
    const image = link.querySelector('img[alt]');
    for (const text of [textOf(link), image?.getAttribute('alt') ?? '', link.getAttribute('title') ?? '']) {
      const name = foldSpaces(text);
      if (name.length >= 4 && name.length <= 60 && !HOME_WORDS.test(name) && /\p{L}{2}/u.test(name)) names.add(name);
    }
  }
  return [...names];
}
