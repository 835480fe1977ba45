/**
 * The release build in Chromium, used as a person uses it: open a news page,
 * click Lucid's toolbar icon, read, copy, open reader mode, close it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FIXTURES } from '../helpers/pages.ts';
import type { CdpTarget } from './lib/cdp-target.ts';
import { launchChromium, RELEASE_BUILD, type LucidChromium } from './lib/chromium.ts';
import { inOverlay, pageState, waitUntil } from './lib/page-state.ts';
import { startTestServer, type TestServer } from './lib/test-server.ts';

const ARTIFACTS = join(import.meta.dirname, 'artifacts');
const seed = JSON.parse(readFileSync(join(FIXTURES, 'korea-herald', 'seed-expected.json'), 'utf8')) as {
  title: string;
  siteName: string;
  paragraphs: string[];
  leadImageCaption: string;
  mustNotContain: string[];
  quotes: { text: string; speaker: string }[];
  citations: { apa: string; mla: string };
};
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** What Lucid may keep: its settings, the sites the person chose to always open, and citation corrections they asked it to remember. */
const STORED_KEYS = [
  ...['theme', 'font', 'fontSize', 'lineHeight', 'columnWidth', 'summarySentences', 'showQuotes', 'showImages', 'citationStyle'],
  ...['speechRate', 'speechVoices', 'speechQuotes'],
  ...['alwaysOpenSites', 'citationCorrections'],
];

let server: TestServer;
let lucid: LucidChromium;
const timings: Record<string, number> = {};

function saveArtifact(name: string, data: Buffer): void {
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(join(ARTIFACTS, name), data);
}

async function openArticle(slug: string, options: { strictCsp?: boolean } = {}): Promise<Page> {
  const page = await lucid.context.newPage();
  await page.setViewportSize({ width: 1200, height: 850 });
  await page.goto(server.articleUrl(slug, options));
  return page;
}

/** Clicks the toolbar icon and waits for the article in the popup; returns the popup and the time from click to article. */
async function popupFor(page: Page): Promise<{ popup: CdpTarget; milliseconds: number }> {
  const started = performance.now();
  const popup = await lucid.clickToolbarIcon(page);
  await popup.waitFor("document.querySelector('.lucid-body p')", 'the article in the popup');
  return { popup, milliseconds: Math.round(performance.now() - started) };
}

const popupText = (popup: CdpTarget, selector: string) =>
  popup.evaluate<string>(`[...document.querySelectorAll(${JSON.stringify(selector)})].map((element) => element.innerText).join('\\n')`);

/** Reads the clipboard from the news page (the extension's own origin may not be granted clipboard-read); the popup stays open. */
async function readClipboard(page: Page): Promise<{ text: string; html: string }> {
  return page.evaluate(async () => {
    // A read that overlaps the popup's write fails with "Clipboard data has changed" (Chromium names it InvalidStateError
    // in some versions and DataError in others, 150 among them): read again once the write has settled.
    const retriable = new Set(['InvalidStateError', 'DataError']);
    for (let attempt = 1; ; attempt++) {
      try {
        const [item] = await navigator.clipboard.read();
        const read = async (type: string) => (item?.types.includes(type) ? (await item.getType(type)).text() : '');
        return { text: await read('text/plain'), html: await read('text/html') };
      } catch (error) {
        if (attempt >= 10 || !(error instanceof DOMException && retriable.has(error.name))) throw error;
        await new Promise((done) => setTimeout(done, 100));
      }
    }
  });
}

async function runAxe(popup: CdpTarget): Promise<string[]> {
  await popup.evaluate(`${AXE_SOURCE};true`);
  return popup.evaluate<string[]>(
    "axe.run(document, { resultTypes: ['violations'] }).then((result) => result.violations.map((violation) => violation.id + ': ' + violation.nodes.map((node) => node.target.join(' ')).join(', ')))",
  );
}

beforeAll(async () => {
  server = await startTestServer();
  lucid = await launchChromium(RELEASE_BUILD);
  await lucid.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
});

afterAll(async () => {
  if (Object.keys(timings).length) saveArtifact('timings.json', Buffer.from(`${JSON.stringify(timings, null, 2)}\n`));
  // Unset when beforeAll failed part-way.
  await (lucid as LucidChromium | undefined)?.close();
  await (server as TestServer | undefined)?.close();
});

describe('the popup, after a real toolbar click', () => {
  test('shows the article with its metadata, summary and key quotes, and none of the junk', async () => {
    const page = await openArticle('korea-herald');
    const { popup, milliseconds } = await popupFor(page);
    timings.popupClickToArticleMs = milliseconds;

    expect(await popupText(popup, '.lucid-header h1')).toBe(seed.title);
    const header = await popupText(popup, '.lucid-header');
    expect(header).toContain('Choi Si-young');
    expect(await popup.evaluate<string>("document.querySelector('.lucid-site').textContent")).toBe(seed.siteName);
    expect(header).toMatch(/2023/);
    expect(header).toMatch(/\d+ min read/);

    const summary = await popup.evaluate<string[]>("[...document.querySelectorAll('.lucid-summary li')].map((item) => item.textContent)");
    expect(summary).toHaveLength(3);
    expect(summary[0]).toBe(seed.paragraphs[0]);

    const quotes = await popupText(popup, '.lucid-quotes li');
    for (const quote of seed.quotes) {
      expect(quotes).toContain(quote.text.replace(/,$/, ''));
      expect(quotes).toContain(quote.speaker);
    }

    const body = await popupText(popup, '.lucid-body');
    for (const paragraph of seed.paragraphs) expect(body).toContain(paragraph);
    for (const junk of seed.mustNotContain) expect(body.toLowerCase()).not.toContain(junk.toLowerCase());
    expect(body.split(seed.leadImageCaption).length - 1).toBe(1);
    expect(await popup.evaluate<number>("document.querySelectorAll('.lucid-body img').length")).toBeGreaterThan(0);
    expect(await popup.evaluate<number>("document.querySelectorAll('.lucid-body mark.lucid-quote').length")).toBeGreaterThanOrEqual(2);
    expect(popup.consoleErrors).toEqual([]);
    saveArtifact('popup-light.png', await popup.screenshot());
    await popup.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'dark' }] });
    expect(await popup.evaluate<string>("getComputedStyle(document.querySelector('.lucid-reader')).backgroundColor")).not.toBe('rgb(255, 255, 255)');
    saveArtifact('popup-dark.png', await popup.screenshot());
    popup.close();
    await page.close();
  });

  test('copies the citation as rich and plain text, in the style picked, and remembers the style', async () => {
    const page = await openArticle('korea-herald');
    let { popup } = await popupFor(page);
    await popup.click('[data-action=copy-citation]');
    await popup.waitFor("document.querySelector('.lucid-feedback').textContent === 'Copied'", 'the Copied feedback');
    const apa = await readClipboard(page);
    expect(apa.text).toBe(seed.citations.apa);
    expect(apa.html).toMatch(/<i>The Korea Herald<\/i>/);

    await popup.evaluate(
      "(() => { const select = document.querySelector('.lucid-citation select'); select.value = 'mla'; select.dispatchEvent(new Event('change', { bubbles: true })); })()",
    );
    await popup.click('[data-action=copy-citation]');
    await waitUntil(async () => (await readClipboard(page)).text === seed.citations.mla, 'the MLA citation on the clipboard');
    popup.close();

    ({ popup } = await popupFor(page));
    await popup.waitFor("document.querySelector('.lucid-citation select').value === 'mla'", 'the remembered style');
    popup.close();
    await page.close();
  });

  test('copies the clean text and the article as Markdown', async () => {
    const page = await openArticle('korea-herald');
    const { popup } = await popupFor(page);
    await popup.click('[data-action=copy-text]');
    await waitUntil(async () => (await readClipboard(page)).text.includes(seed.paragraphs[0]!), 'the text on the clipboard');
    const text = (await readClipboard(page)).text;
    for (const junk of seed.mustNotContain) expect(text.toLowerCase()).not.toContain(junk.toLowerCase());

    await popup.click('[data-action=copy-markdown]');
    await waitUntil(async () => (await readClipboard(page)).text.startsWith('# '), 'Markdown on the clipboard');
    const markdown = (await readClipboard(page)).text;
    expect(markdown.split('\n')[0]).toBe(`# ${seed.title}`);
    expect(markdown).toContain('https://www.koreaherald.com/view.php?ud=20231115000000');
    expect(markdown).toMatch(/!\[[^\]]*\]\(http/);
    popup.close();
    await page.close();
  });

  test('clicking a key quote scrolls to it in the article and highlights it', async () => {
    const page = await openArticle('korea-herald');
    const { popup } = await popupFor(page);
    await popup.click('.lucid-quotes li:nth-child(2) button');
    const focused = await popup.waitFor<{ text: string; visible: boolean }>(
      "(() => { const mark = document.querySelector('mark.lucid-quote-focus'); if (!mark) return null; const box = mark.getBoundingClientRect(); return { text: mark.textContent, visible: box.top >= 0 && box.bottom <= innerHeight, focused: document.activeElement === mark }; })()",
      'the highlighted quote',
    );
    expect(focused.text).toContain('Strengthening cooperation');
    await waitUntil(
      () =>
        popup.evaluate<boolean>(
          "(() => { const box = document.querySelector('mark.lucid-quote-focus').getBoundingClientRect(); return box.top >= 0 && box.bottom <= innerHeight; })()",
        ),
      'the quote scrolled into view',
    );
    popup.close();
    await page.close();
  });

  test('settings apply at once, are kept, and are all Lucid stores', async () => {
    const page = await openArticle('korea-herald');
    let { popup } = await popupFor(page);
    await popup.click('[data-action=settings]');
    await popup.evaluate(
      "(() => { const range = document.querySelectorAll('.lucid-settings input[type=range]')[0]; range.value = '24'; range.dispatchEvent(new Event('input', { bubbles: true })); })()",
    );
    await popup.waitFor("getComputedStyle(document.querySelector('.lucid-body')).fontSize === '24px'", 'the larger text');
    const stored = await popup.evaluate<Record<string, unknown>>('chrome.storage.local.get(null)');
    expect(stored.fontSize).toBe(24);
    for (const key of Object.keys(stored)) expect(STORED_KEYS).toContain(key);
    expect(await popup.evaluate<Record<string, unknown>>('chrome.storage.sync.get(null)')).toEqual({});
    popup.close();
    ({ popup } = await popupFor(page));
    await popup.waitFor("getComputedStyle(document.querySelector('.lucid-body')).fontSize === '24px'", 'the kept text size');
    await popup.evaluate('chrome.storage.local.clear()');
    popup.close();
    await page.close();
  });

  test('has no accessibility violations, with the settings open or closed', async () => {
    const page = await openArticle('korea-herald');
    const { popup } = await popupFor(page);
    expect(await runAxe(popup)).toEqual([]);
    await popup.click('[data-action=settings]');
    expect(await runAxe(popup)).toEqual([]);
    popup.close();
    await page.close();
  });

  test('says a browser page cannot be read', async () => {
    const page = await lucid.context.newPage();
    await page.goto('chrome://version');
    const popup = await lucid.clickToolbarIcon(page);
    const text = await popup.waitFor<string>("document.querySelector('.lucid-status-notice')?.textContent", 'the restricted message');
    expect(text).toContain("Lucid can't read this page");
    expect(popup.consoleErrors).toEqual([]);
    popup.close();
    await page.close();
  });

  test('says there is no article on a home page, and "Show anyway" shows its text', async () => {
    const page = await lucid.context.newPage();
    await page.goto(`${server.origin}/home`);
    const popup = await lucid.clickToolbarIcon(page);
    const text = await popup.waitFor<string>("document.querySelector('.lucid-status-notice')?.textContent", 'the no-article message');
    expect(text).toContain('No article found on this page');
    await popup.click('[data-action=show-anyway]');
    const shown = await popup.waitFor<string>("document.querySelector('.lucid-body')?.textContent", 'the page text');
    expect(shown).toContain('Story number 1');
    popup.close();
    await page.close();
  });
});

describe('reader mode over the page', () => {
  async function openOverlay(page: Page): Promise<void> {
    const { popup } = await popupFor(page);
    await popup.click('[data-action=reader-mode]');
    await waitUntil(async () => (await page.locator('lucid-reader').count()) === 1, 'the reader overlay');
  }

  test('opens with the summary and highlighted quotes, and closes leaving the page as it was', async () => {
    const page = await openArticle('korea-herald');
    const cdp: CDPSession = await lucid.context.newCDPSession(page);
    await page.evaluate(() => {
      window.scrollTo(0, 400);
      document.querySelector<HTMLElement>('a[href]')?.focus({ preventScroll: true });
    });
    const before = await pageState(page, cdp);

    await openOverlay(page);
    await waitUntil(
      async () => Boolean(await inOverlay<boolean>(cdp, "return Boolean(this.querySelector('.lucid-reader[data-ready] .lucid-body p'))")),
      'the whole article view in the overlay',
    );
    const overlay = await inOverlay<{ title: string; summary: number; marks: number; quotes: string }>(
      cdp,
      `return { title: this.querySelector('.lucid-header h1')?.textContent, summary: this.querySelectorAll('.lucid-summary li').length,
        marks: this.querySelectorAll('.lucid-body mark.lucid-quote').length, quotes: this.querySelector('.lucid-quotes')?.textContent ?? '' };`,
    );
    expect(overlay?.title).toBe(seed.title);
    expect(overlay?.summary).toBe(3);
    expect(overlay?.marks).toBeGreaterThanOrEqual(2);
    expect(overlay?.quotes).toContain('Antony Blinken');
    // The page's scripts cannot reach into it.
    expect(await page.evaluate(() => document.querySelector('lucid-reader')?.shadowRoot ?? null)).toBeNull();
    // axe-core cannot enter a closed shadow root: the overlay's markup and style sheet, read through DevTools,
    // are laid out again in an open one on a blank page of the same size, where axe can see them and their colours.
    const snapshot = await inOverlay<{ html: string; css: string }>(
      cdp,
      "return { html: this.innerHTML, css: [...this.adoptedStyleSheets].map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\\n')).join('\\n') };",
    );
    const axePage = await lucid.context.newPage();
    await axePage.setViewportSize({ width: 1200, height: 850 });
    await axePage.setContent('<!DOCTYPE html><html lang="en"><head><title>Overlay</title></head><body></body></html>');
    await axePage.evaluate(({ html, css }) => {
      const host = document.createElement('lucid-reader');
      host.style.cssText = 'position: fixed; inset: 0; display: block';
      const root = host.attachShadow({ mode: 'open' });
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      root.adoptedStyleSheets = [sheet];
      root.innerHTML = html;
      document.body.append(host);
    }, snapshot!);
    await axePage.evaluate(AXE_SOURCE);
    const violations = await axePage.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
      const result = await axe.run({ include: [{ fromShadowDom: ['lucid-reader', '.lucid-reader'] }] }, { resultTypes: ['violations'] });
      return result.violations.map((violation) => `${violation.id}: ${violation.nodes.length}`);
    });
    await axePage.close();
    expect(violations).toEqual([]);
    saveArtifact('overlay-light.png', await page.screenshot({ caret: 'initial' }));
    await page.emulateMedia({ colorScheme: 'dark' });
    saveArtifact('overlay-dark.png', await page.screenshot({ caret: 'initial' }));
    await page.emulateMedia({ colorScheme: 'light' });

    await page.keyboard.press('Escape');
    await waitUntil(async () => (await page.locator('lucid-reader').count()) === 0, 'the overlay to close');
    expect(await pageState(page, cdp)).toEqual(before);
    await cdp.detach();
    await page.close();
  });

  test('works on a page with a strict Content-Security-Policy, and its close button restores the page', async () => {
    const page = await openArticle('korea-herald', { strictCsp: true });
    const cdp = await lucid.context.newCDPSession(page);
    const before = await pageState(page, cdp);
    await openOverlay(page);
    await waitUntil(
      async () => Boolean(await inOverlay<boolean>(cdp, "return Boolean(this.querySelector('.lucid-reader[data-ready] .lucid-body p'))")),
      'the whole article view in the overlay',
    );
    const styled = await inOverlay<{ position: string; background: string; width: number }>(
      cdp,
      "const reader = this.querySelector('.lucid-reader'); const style = getComputedStyle(reader); return { position: getComputedStyle(this.host).position, background: style.backgroundColor, width: reader.getBoundingClientRect().width };",
    );
    expect(styled?.position).toBe('fixed');
    expect(styled?.background).not.toBe('rgba(0, 0, 0, 0)');
    expect(styled?.width).toBeGreaterThan(600);
    await inOverlay(cdp, "this.querySelector('[data-action=close]').click();");
    await waitUntil(async () => (await page.locator('lucid-reader').count()) === 0, 'the overlay to close');
    expect(await pageState(page, cdp)).toEqual(before);
    await cdp.detach();
    await page.close();
  });
});

test('no request left the browser for any host but the local test server', () => {
  expect(lucid.proxy.attempts).toEqual([]);
  expect(server.requests.length).toBeGreaterThan(0);
});
