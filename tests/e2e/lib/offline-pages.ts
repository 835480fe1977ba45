/**
 * Real saved news pages, made self-contained for the browser tests: every
 * address a browser would fetch (scripts, stylesheets, images, frames, fonts)
 * points at the local test server, so the only requests a page makes are to
 * 127.0.0.1 and any request to another host comes from Lucid. Links,
 * canonical addresses and JSON-LD stay as they are: they are data Lucid reads,
 * not requests.
 */
import { JSDOM } from 'jsdom';

/** Where the test server answers for a resource the page had elsewhere. */
export const LOCAL_ASSET_PATH = '/asset';

const FETCHED_ATTRIBUTES = ['src', 'srcset', 'data-src', 'data-srcset', 'data-original', 'data-lazy-src', 'poster', 'background'];
const REMOTE_URL = /\b(?:https?:)?\/\/[^\s,"')]+/gi;

function localUrl(base: string, remote: string): string {
  const kind = /\.(?:png|jpe?g|gif|webp|avif|svg)(?:[?#]|$)/i.test(remote) ? 'image' : 'other';
  return `${base}${LOCAL_ASSET_PATH}/${kind}?from=${encodeURIComponent(remote.slice(0, 200))}`;
}

function rewriteUrls(value: string, base: string): string {
  return value.replace(REMOTE_URL, (remote) => (remote.startsWith(base) ? remote : localUrl(base, remote)));
}

/** The page with its own scripts removed (JSON-LD kept) and every fetched address made local. */
export function offlinePage(html: string, base: string): string {
  const dom = new JSDOM(html);
  const document = dom.window.document;
  for (const script of document.querySelectorAll('script')) {
    if (!/ld\+json/i.test(script.getAttribute('type') ?? '')) script.remove();
  }
  for (const link of document.querySelectorAll('link')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase();
    // Canonical and alternate links are metadata; everything else (stylesheets, preloads, icons, prefetches) would be fetched.
    if (!/\b(canonical|alternate|author)\b/.test(rel)) link.remove();
  }
  for (const meta of document.querySelectorAll('meta[http-equiv]')) {
    if (/refresh/i.test(meta.getAttribute('http-equiv') ?? '')) meta.remove();
  }
  for (const element of document.querySelectorAll('*')) {
    for (const name of FETCHED_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value) element.setAttribute(name, rewriteUrls(value, base));
    }
    const style = element.getAttribute('style');
    if (style && /url\(/i.test(style)) element.setAttribute('style', rewriteUrls(style, base));
  }
  for (const style of document.querySelectorAll('style')) {
    style.textContent = rewriteUrls(style.textContent.replace(/@import[^;]+;/gi, ''), base);
  }
  for (const frame of document.querySelectorAll('iframe, frame, embed, object')) frame.remove();
  const serialised = dom.serialize();
  dom.window.close();
  return serialised;
}
