/**
 * The local web the browser tests read: real saved news pages (made
 * self-contained, see offline-pages.ts), a page with no article, and any
 * extra pages a test registers. Served on 127.0.0.1 only.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fixtureHtml } from '../../helpers/pages.ts';
import { LOCAL_ASSET_PATH, offlinePage } from './offline-pages.ts';

/** A Content-Security-Policy as strict as news sites get: no inline script or style, nothing from elsewhere. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'";

export interface TestPage {
  /** Markup, or bytes in the charset the content-type header names. */
  html: string | Buffer;
  headers?: Record<string, string>;
}

export interface TestServer {
  origin: string;
  /** Address of a saved fixture page (tests/fixtures/pages/<slug>), optionally under a strict CSP. */
  articleUrl(slug: string, options?: { strictCsp?: boolean }): string;
  /** Serves `page` at `path` from now on. */
  addPage(path: string, page: TestPage): string;
  /** Paths requested so far, in order. */
  requests: string[];
  close(): Promise<void>;
}

// A 1×1 grey PNG, for every image the saved pages had on other hosts.
const PLACEHOLDER_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mN8Vw8AAmEBb2ZUHPoAAAAASUVORK5CYII=', 'base64');

/** A news site's front page: headlines and links, no article. */
export const HOME_PAGE_HTML = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'odd', 'home-page.html'), 'utf8');

export async function startTestServer(): Promise<TestServer> {
  const pages = new Map<string, TestPage>();
  const requests: string[] = [];
  let origin = '';

  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', origin);
    requests.push(url.pathname + url.search);
    const page = pages.get(url.pathname);
    if (page) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...page.headers }).end(page.html);
      return;
    }
    const article = /^\/article\/([\w-]+)$/.exec(url.pathname);
    if (article?.[1]) {
      const html = offlinePage(fixtureHtml(article[1]), origin);
      const headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8' };
      if (url.searchParams.get('csp') === 'strict') headers['content-security-policy'] = STRICT_CSP;
      response.writeHead(200, headers).end(html);
      return;
    }
    if (url.pathname === `${LOCAL_ASSET_PATH}/image`) {
      response.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'max-age=3600' }).end(PLACEHOLDER_PNG);
      return;
    }
    if (url.pathname.startsWith(LOCAL_ASSET_PATH)) {
      response.writeHead(200, { 'content-type': 'text/plain' }).end('');
      return;
    }
    if (url.pathname === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  };

  const server = createServer((request, response) => {
    try {
      handle(request, response);
    } catch (error) {
      response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  pages.set('/home', { html: HOME_PAGE_HTML });

  return {
    origin,
    articleUrl: (slug, options = {}) => `${origin}/article/${slug}${options.strictCsp ? '?csp=strict' : ''}`,
    addPage(path, page) {
      pages.set(path, page);
      return origin + path;
    },
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
