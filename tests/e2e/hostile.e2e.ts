/**
 * The release build in Chromium on pages that attack readers or break them:
 * script smuggled in the article's markup, DOM clobbering, CSS that sends data
 * out, a page script that tries to reach or steer the overlay; and pages with
 * no article, frames, shadow roots, absurd size and nesting, a charset other
 * than UTF-8, a page that never stops changing.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { HOSTILE_ARTICLE_TEXTS, EXFIL_PATH, hostileArticle } from '../helpers/hostile-pages.ts';
import { oddPages } from '../helpers/odd-pages.ts';
import type { CdpTarget } from './lib/cdp-target.ts';
import { launchChromium, RELEASE_BUILD, type LucidChromium } from './lib/chromium.ts';
import { inOverlay, waitUntil } from './lib/page-state.ts';
import { startTestServer, type TestServer } from './lib/test-server.ts';

let server: TestServer;
let lucid: LucidChromium;
const timings: Record<string, { outcome: string; milliseconds: number }> = {};

beforeAll(async () => {
  server = await startTestServer();
  lucid = await launchChromium(RELEASE_BUILD);
});

afterAll(async () => {
  if (Object.keys(timings).length) writeFileSync(join(import.meta.dirname, 'artifacts', 'odd-pages-timings.json'), `${JSON.stringify(timings, null, 2)}\n`);
  // Unset when beforeAll failed part-way.
  await (lucid as LucidChromium | undefined)?.close();
  await (server as TestServer | undefined)?.close();
});

/**
 * Every payload reports through the page's own hook, which says where it ran:
 * in the page (its own scripts, which are allowed to run) or inside a shadow
 * root (Lucid's overlay, where nothing may run). A payload that runs where the
 * hook does not exist (an extension page, a frame) reports as "elsewhere".
 */
const REPORT_HOOK = `<script>window.__report = function (id, node) {
  var where = node && node.getRootNode && node.getRootNode() !== document ? 'shadow' : 'page';
  fetch('/pwned/' + id + '/' + where);
};</script>`;

function hostilePage(): string {
  const html = hostileArticle((id) => `typeof __report==='function'?__report('${id}',this):fetch('${server.origin}/pwned/${id}/elsewhere')`);
  return html.replace('<head>', `<head>${REPORT_HOOK}`);
}

const executions = () => server.requests.filter((path) => path.startsWith('/pwned/'));
const exfiltrations = () => server.requests.filter((path) => path.startsWith(EXFIL_PATH));

async function waitForPopupOutcome(popup: CdpTarget, timeoutMs = 30_000): Promise<'article' | 'message'> {
  return popup.waitFor<'article' | 'message'>(
    "document.querySelector('.lucid-body p') ? 'article' : document.querySelector('.lucid-status-notice, .lucid-status-error') ? 'message' : null",
    'the article or a message in the popup',
    timeoutMs,
  );
}

describe('a hostile article page', () => {
  let page: Page;

  beforeAll(async () => {
    const url = server.addPage('/hostile/article', { html: hostilePage() });
    page = await lucid.context.newPage();
    await page.goto(url);
    // The page's own handlers run as the page loads; those are the page's business, not Lucid's.
    await new Promise((done) => setTimeout(done, 1500));
  });

  test('the report hook works: the copies of the payloads the page itself runs are recorded', () => {
    expect(executions()).toContain('/pwned/img-onerror/page');
    expect(executions()).toContain('/pwned/script/page');
  });

  test('the popup shows the article and runs none of the planted script, loads none of the planted CSS', async () => {
    const executedBefore = executions();
    const exfilBefore = exfiltrations();
    const popup = await lucid.clickToolbarIcon(page);
    expect(await waitForPopupOutcome(popup)).toBe('article');
    const body = await popup.evaluate<string>("document.querySelector('.lucid-body').innerText");
    for (const text of HOSTILE_ARTICLE_TEXTS) expect(body).toContain(text);

    const leftovers = await popup.evaluate<string[]>(`(() => {
      const found = [];
      for (const element of document.querySelectorAll('.lucid-reader *')) {
        if (/^(script|iframe|object|embed|svg|math|style|form|base|meta|link|template|noscript|input|button[formaction])$/i.test(element.localName) && element.closest('.lucid-body')) found.push(element.localName);
        for (const attribute of element.attributes) {
          if (/^on/i.test(attribute.name)) found.push(element.localName + ' ' + attribute.name);
          if (/^(href|src|srcset|action|formaction|data|xlink:href)$/i.test(attribute.name) && /^\\s*(javascript|vbscript|data:text)/i.test(attribute.value)) found.push(element.localName + ' ' + attribute.name + '=' + attribute.value);
          if (attribute.name === 'style' && element.closest('.lucid-body')) found.push(element.localName + ' style');
        }
      }
      return found;
    })()`);
    expect(leftovers).toEqual([]);
    // Hover and click everything in the article, as a reader would.
    await popup.evaluate(
      `(() => { for (const element of document.querySelectorAll('.lucid-body *')) for (const type of ['mouseover', 'focus', 'toggle', 'error', 'load']) element.dispatchEvent(new Event(type)); })()`,
    );
    await new Promise((done) => setTimeout(done, 1000));
    // Chrome reports an on…= attribute parsed in the popup, even by the sanitizer in an inert document, as a security error.
    expect(popup.consoleErrors.filter((message) => /Content Security Policy|inline event handler/i.test(message))).toEqual([]);
    expect(popup.consoleErrors).toEqual([]);
    popup.close();
    expect(executions()).toEqual(executedBefore);
    expect(exfiltrations()).toEqual(exfilBefore);
  });

  test('reader mode over it shows the article, runs nothing, and the page can neither reach it nor steer it', async () => {
    const executedBefore = executions();
    const exfilBefore = exfiltrations();
    const cdp = await lucid.context.newCDPSession(page);
    const popup = await lucid.clickToolbarIcon(page);
    expect(await waitForPopupOutcome(popup)).toBe('article');
    await popup.click('[data-action=reader-mode]');
    await waitUntil(
      async () => Boolean(await inOverlay<boolean>(cdp, "return Boolean(this.querySelector('.lucid-reader[data-ready] .lucid-body p'))")),
      'the whole article view in the overlay',
    );
    const overlayText = (await inOverlay<string>(cdp, "return this.querySelector('.lucid-body').innerText")) ?? '';
    for (const text of HOSTILE_ARTICLE_TEXTS) expect(overlayText).toContain(text);
    await inOverlay(
      cdp,
      "for (const element of this.querySelectorAll('.lucid-body *')) for (const type of ['mouseover', 'focus', 'toggle', 'error', 'load']) element.dispatchEvent(new Event(type));",
    );
    await new Promise((done) => setTimeout(done, 1000));
    expect(executions()).toEqual(executedBefore);
    expect(exfiltrations()).toEqual(exfilBefore);

    // What the page's own scripts can see and do.
    const reach = await page.evaluate(() => {
      const host = document.querySelector('lucid-reader');
      const globals = Object.keys(window).filter((key) => /lucid/i.test(key));
      const runtime = (window as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage;
      // Fake the person's Escape and fake messages: none may close or change the reader.
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      window.postMessage({ type: 'lucid:close', action: 'toggleReader' }, '*');
      return { shadowRoot: host?.shadowRoot ?? null, text: host?.textContent ?? '', globals, canMessageLucid: typeof runtime === 'function' };
    });
    expect(reach).toEqual({ shadowRoot: null, text: '', globals: [], canMessageLucid: false });
    await new Promise((done) => setTimeout(done, 300));
    expect(await page.locator('lucid-reader').count()).toBe(1);

    await page.keyboard.press('Escape');
    await waitUntil(async () => (await page.locator('lucid-reader').count()) === 0, 'the overlay to close on a real Escape');
    popup.close();
    await cdp.detach();
  });
});

describe('odd pages', () => {
  // The live blog has a test of its own below: its beginning first, then the whole.
  for (const odd of oddPages().filter(({ slug }) => slug !== HUGE)) {
    test(`${odd.slug}: ${odd.expect === 'message' ? 'a clear message' : odd.expect === 'article' ? 'the article' : 'the article or a clear message'}, and the page left as it was`, async () => {
      for (const [path, html] of Object.entries(odd.extra ?? {})) server.addPage(path, { html });
      const url = server.addPage(`/odd/${odd.slug}`, { html: odd.body, headers: { 'content-type': odd.contentType } });
      const page = await lucid.context.newPage();
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
      const before = odd.slug === 'mutating' ? '' : await page.evaluate(() => document.documentElement.outerHTML);
      const started = performance.now();
      const popup = await lucid.clickToolbarIcon(page);
      const outcome = await waitForPopupOutcome(popup);
      timings[odd.slug] = { outcome, milliseconds: Math.round(performance.now() - started) };
      if (odd.expect !== 'either') expect(outcome).toBe(odd.expect);
      const shown = outcome === 'article' ? await popup.evaluate<string>("document.querySelector('.lucid-body').innerText") : '';
      if (outcome === 'article' && odd.contains) expect(shown).toContain(odd.contains);
      if (outcome === 'article' && odd.lacks) expect(shown).not.toContain(odd.lacks);
      if (outcome === 'message') expect((await popup.evaluate<string>("document.querySelector('.lucid-status').innerText")).length).toBeGreaterThan(20);
      expect(popup.consoleErrors).toEqual([]);
      popup.close();
      if (before) expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
      await page.close();
    }, 90_000);
  }
});

const HUGE = 'huge-20mb';

test('a live blog of 20 MB: its beginning at once, saying the rest is coming; then the whole, and the page left as it was', async () => {
  const odd = oddPages().find(({ slug }) => slug === HUGE)!;
  const url = server.addPage(`/odd/${HUGE}`, { html: odd.body, headers: { 'content-type': odd.contentType } });
  const page = await lucid.context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  const before = await page.evaluate(() => document.documentElement.outerHTML);
  const started = performance.now();
  const popup = await lucid.clickToolbarIcon(page);
  expect(await waitForPopupOutcome(popup)).toBe('article');
  const firstScreen = Math.round(performance.now() - started);
  const shownFirst = await popup.evaluate<string>("document.querySelector('.lucid-body').innerText");
  expect(shownFirst).toContain(odd.contains);
  // Only the beginning: the last update of the page is not in yet, and the view says the rest is being read.
  expect(shownFirst).not.toMatch(/Update 2\d{4}: crews/);
  expect(await popup.evaluate<boolean>("!!document.querySelector('.lucid-partial[role=status]') && !document.querySelector('.lucid-reader[data-ready]')")).toBe(
    true,
  );

  await popup.waitFor("document.querySelector('.lucid-reader[data-ready]')", 'the whole live blog in the popup', 80_000);
  timings[HUGE] = { outcome: 'article', milliseconds: Math.round(performance.now() - started) };
  timings[`${HUGE} first screen`] = { outcome: 'article', milliseconds: firstScreen };
  const last = await page.evaluate(() => document.querySelector('section.update:last-of-type p')!.textContent.slice(0, 40));
  expect(await popup.evaluate<boolean>(`document.querySelector('.lucid-body').textContent.includes(${JSON.stringify(last)})`)).toBe(true);
  expect(await popup.evaluate<boolean>("!document.querySelector('.lucid-partial')")).toBe(true);
  // Its summary, worked out in the background (the popup stays usable meanwhile), is on screen.
  expect(await popup.evaluate<number>("document.querySelectorAll('.lucid-summary li').length")).toBeGreaterThan(0);
  expect(popup.consoleErrors).toEqual([]);
  popup.close();
  expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
  await page.close();
}, 150_000);

test('no request left the browser for any host but the local test server', () => {
  expect(lucid.proxy.attempts).toEqual([]);
});
