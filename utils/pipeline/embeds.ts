/**
 * Embedded posts and videos made into what a reader can read: a quoted block
 * with the post's text where the page holds it, its author, and a link to it.
 * Never an iframe or a script (those go in the clutter pass, and the
 * sanitizer would take them anyway).
 *
 * The platforms' embed codes say what they are: a `<blockquote
 * class="twitter-tweet">` holds the tweet's text, its author after a dash and
 * a link to it; Bluesky, Mastodon, Instagram and TikTok write much the same;
 * YouTube and the rendered widgets are iframes with an address and at most a
 * title. Left alone, the text often goes: wrapped in a "social-embed" box that
 * the share-bar rule takes, dropped by Readability as a link-heavy block, or
 * hidden by the widget script that replaced it. So this runs on the clone
 * before the clutter pass, and what it makes is marked so that the clean-up
 * after Readability leaves it alone.
 */
import { elementsInOrder, foldSpaces, tagOf, textOf } from '../dom/dom.ts';

/** Marks a block made here; the content clean-up skips it. The sanitizer drops the attribute. */
export const EMBED_ATTRIBUTE = 'data-lucid-embed';

interface Platform {
  name: string;
  /** A blockquote written by the platform's embed code, by its class. */
  blockquoteClass?: RegExp;
  /** An iframe of the platform, by its address. */
  frameSource?: RegExp;
  /** The post's own address, from an iframe's address, where it can be rebuilt. */
  postUrl?: (match: RegExpExecArray, frame: Element) => string | undefined;
}

const PLATFORMS: Platform[] = [
  {
    name: 'X',
    blockquoteClass: /^twitter-(tweet|video)$/,
    frameSource: /^https?:\/\/platform\.twitter\.com\/embed\//,
    postUrl: (_match, frame) => {
      const id = frame.getAttribute('data-tweet-id') ?? /[?&]id=(\d+)/.exec(frame.getAttribute('src') ?? '')?.[1];
      return id ? `https://x.com/i/status/${id}` : undefined;
    },
  },
  { name: 'Bluesky', blockquoteClass: /^bluesky-embed$/, frameSource: /^https?:\/\/embed\.bsky\.app\/embed\// },
  {
    name: 'Mastodon',
    blockquoteClass: /^mastodon-embed$/,
    frameSource: /^(https?:\/\/[^/]+\/@[^/]+\/\d+)\/embed\b/,
    postUrl: (match) => match[1],
  },
  { name: 'Instagram', blockquoteClass: /^instagram-media$/, frameSource: /^https?:\/\/(www\.)?instagram\.com\/(p|reel)\/([\w-]+)/ },
  { name: 'TikTok', blockquoteClass: /^tiktok-embed$/, frameSource: /^https?:\/\/(www\.)?tiktok\.com\/embed\/(v2\/)?(\d+)/ },
  {
    name: 'YouTube',
    frameSource: /^(?:https?:)?\/\/(?:www\.)?youtube(?:-nocookie)?\.com\/embed\/([\w-]{6,})/,
    postUrl: (match) => `https://www.youtube.com/watch?v=${match[1] ?? ''}`,
  },
  {
    name: 'Facebook',
    frameSource: /^https?:\/\/(www\.)?facebook\.com\/plugins\/(post|video)\.php\?.*\bhref=([^&]+)/,
    postUrl: (match) => safeDecode(match[3] ?? ''),
  },
];

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function platformOfBlockquote(element: Element): Platform | undefined {
  const classes = (element.getAttribute('class') ?? '').split(/\s+/);
  return PLATFORMS.find((platform) => platform.blockquoteClass && classes.some((name) => platform.blockquoteClass!.test(name)));
}

function webAddress(value: string | null | undefined, base: string): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, base);
    return /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

interface Post {
  platform: string;
  /** Paragraphs of the post's own text. */
  paragraphs: string[];
  author: string;
  url?: string;
  /** A video's title, where there is no text. */
  title?: string;
}

/** Links of a post that point at the post itself: the status link, the permalink, the cite. */
const POST_LINK = /\/(status|statuses|post|p|reel|video)\/[\w-]+|\/@[^/]+\/\d+/;

/** A dash that introduces the author in embed code: "— Jane Doe (@jane) November 15, 2023". */
const AUTHOR_DASH = /^[\s\u2014\u2013-]+/u;

function postFromBlockquote(blockquote: Element, platform: Platform, base: string): Post {
  const paragraphs: string[] = [];
  let author = '';
  const links = Array.from(blockquote.querySelectorAll('a[href]'));
  const postLink = [...links].reverse().find((link) => POST_LINK.test(link.getAttribute('href') ?? ''));
  const url =
    webAddress(blockquote.getAttribute('cite'), base) ??
    webAddress(blockquote.getAttribute('data-instgrm-permalink'), base) ??
    webAddress(blockquote.getAttribute('data-embed-url')?.replace(/\/embed\/?$/, ''), base) ??
    webAddress(postLink?.getAttribute('href'), base);
  for (const paragraph of Array.from(blockquote.querySelectorAll('p'))) {
    const text = textOf(paragraph);
    if (!text) continue;
    // Instagram and TikTok close with "A post shared by Jane (@jane)" or the handle alone: the author, not the post.
    const shared = /^(?:a (?:post|video) shared by|view this post on instagram)\s*(.*)$/iu.exec(text);
    if (shared) {
      author ||= shared[1] ?? '';
      continue;
    }
    paragraphs.push(text);
  }
  // The author line is the blockquote's own text after the paragraphs: "— Jane Doe (@jane) date".
  if (!author) {
    const tail = Array.from(blockquote.childNodes)
      .filter((node) => node.nodeType === 3 || (node.nodeType === 1 && tagOf(node as Element) !== 'p' && !(node as Element).querySelector('p')))
      .map((node) => node.textContent)
      .join('');
    const line = foldSpaces(tail);
    if (AUTHOR_DASH.test(line)) author = line.replace(AUTHOR_DASH, '');
    // The date the embed code links to is the post's date, not part of the name.
    const dateLink = postLink ? textOf(postLink) : '';
    if (dateLink && author.endsWith(dateLink)) author = author.slice(0, -dateLink.length).trim();
  }
  if (!author) {
    const handle = links.map((link) => link.getAttribute('title') ?? textOf(link)).find((text) => /^@[\w.]+$/.test(text));
    author = handle ?? '';
  }
  return { platform: platform.name, paragraphs, author, url };
}

function postFromFrame(frame: Element, platform: Platform, match: RegExpExecArray, base: string): Post {
  const source = frame.getAttribute('src') ?? '';
  const url = platform.postUrl?.(match, frame) ?? webAddress(source, base);
  return { platform: platform.name, paragraphs: [], author: '', url, title: foldSpaces(frame.getAttribute('title') ?? '') };
}

/** The quoted block a post becomes: its text, then "— author, platform" with the link. */
function quotedBlock(document: Document, post: Post): Element {
  const blockquote = document.createElement('blockquote');
  blockquote.setAttribute(EMBED_ATTRIBUTE, post.platform);
  if (post.url) blockquote.setAttribute('cite', post.url);
  for (const text of post.paragraphs) {
    const paragraph = document.createElement('p');
    paragraph.textContent = text;
    blockquote.append(paragraph);
  }
  const credit = document.createElement('p');
  const label = post.title && !/^(youtube|vimeo)?\s*(video|player|embed)?( player)?$/iu.test(post.title) ? `${post.platform}: ${post.title}` : post.platform;
  if (post.author) credit.append(`— ${post.author}, `);
  if (post.url) {
    const link = document.createElement('a');
    link.setAttribute('href', post.url);
    link.textContent = label;
    credit.append(link);
  } else {
    credit.append(label);
  }
  blockquote.append(credit);
  return blockquote;
}

/** Elements that only carry an embed: a wrapper is replaced with it when everything else in it is script or space. */
function outermostSoleWrapper(element: Element, root: Element): Element {
  let current = element;
  for (let parent = current.parentElement; parent && parent !== root && tagOf(parent) !== 'body'; parent = parent.parentElement) {
    const others = Array.from(parent.children).filter((child) => child !== current && !['script', 'noscript', 'style', 'br'].includes(tagOf(child)));
    if (others.length > 0 || textOf(parent) !== textOf(current)) break;
    // A figure or a paragraph around the embed is the page's own structure, and a fine place for the quote.
    if (['figure', 'p', 'li', 'td', 'article', 'main', 'section'].includes(tagOf(parent))) break;
    current = parent;
  }
  return current;
}

function frameSourceOf(frame: Element): string {
  return frame.getAttribute('src') ?? frame.getAttribute('data-src') ?? '';
}

/** An iframe of a platform whose posts become quoted blocks: the reading copy keeps it for this stage. */
export function isEmbedFrame(element: Element): boolean {
  const source = frameSourceOf(element);
  return source !== '' && PLATFORMS.some((platform) => platform.frameSource?.test(source));
}

/**
 * Replaces every embedded post and video in the cloned page with a quoted
 * block. Nothing of the post's text is lost, so nothing is recorded as removed.
 */
export function normalizeEmbeds(document: Document): void {
  const body = document.body as HTMLElement | null;
  if (!body) return;
  const base = document.baseURI;
  const done = new Set<Element>();
  for (const element of elementsInOrder(body)) {
    if (done.has(element) || !body.contains(element)) continue;
    const tag = tagOf(element);
    let post: Post | undefined;
    if (tag === 'blockquote') {
      const platform = platformOfBlockquote(element);
      if (platform) post = postFromBlockquote(element, platform, base);
    } else if (tag === 'iframe') {
      const source = frameSourceOf(element);
      for (const platform of PLATFORMS) {
        const match = platform.frameSource?.exec(source);
        if (match) {
          post = postFromFrame(element, platform, match, base);
          break;
        }
      }
    }
    if (!post || (!post.url && post.paragraphs.length === 0)) continue;
    const block = quotedBlock(document, post);
    const replaced = outermostSoleWrapper(element, body);
    replaced.replaceWith(block);
    done.add(block);
  }
}
