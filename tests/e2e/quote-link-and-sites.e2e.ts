/**
 * The release build in Chromium: "Copy quote with citation" puts a link on
 * the clipboard that, opened, scrolls the article to the quoted sentence (not
 * to a pull quote that repeats it); "Always open reader mode on <site>" asks
 * for that one site, and from then on the site's article pages open in reader
 * mode by themselves, its other pages stay untouched, and removing the site
 * stops it and gives the permission back.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, RELEASE_BUILD, type LucidChromium } from './lib/chromium.ts';
import { inOverlay, waitUntil } from './lib/page-state.ts';
import { startTestServer, type TestServer } from './lib/test-server.ts';

/** A host name the release build has no permission for, served by the local test server. */
const TEST_HOST = 'lucid-test.example';
const QUOTE = 'We will keep working with like-minded partners until every supply chain in this region is secure';

let server: TestServer;
let lucid: LucidChromium;
let articleUrl: string;

/** A long article whose key quote sits far below the fold, and is printed once more as a pull quote at the top. */
function quoteArticle(address: string): string {
  const filler = Array.from(
    { length: 24 },
    (_unused, index) =>
      `<p>Delegates spent session ${index + 1} on the ${['port', 'rail', 'chip', 'grain', 'power', 'steel'][index % 6]} agenda, item ${index + 1} of the plan, ` +
      `and officials described ${index % 2 ? 'slow but steady' : 'uneven'} progress on customs rules, inspections and shared warehouses across ${index + 3} ports.</p>`,
  );
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ministers agree on a supply chain pact</title>
<meta property="og:type" content="article"><link rel="canonical" href="${address}">
<style>body { font: 18px/1.6 Georgia, serif; max-width: 40em; margin: 2rem auto; } .pullquote { font-size: 1.4em; }</style></head>
<body><article><h1>Ministers agree on a supply chain pact</h1><p class="byline">By Jane Doe</p>
<aside class="pullquote"><p>“${QUOTE}”</p></aside>
${filler.slice(0, 18).join('\n')}
<p id="the-quote">“${QUOTE},” Foreign Minister Park Jin told reporters in Seoul on Tuesday after the talks ended.</p>
${filler.slice(18).join('\n')}
</article></body></html>`;
}

/** Reads the clipboard from the news page (granted clipboard-read there). */
async function clipboardText(page: Page): Promise<string> {
  return page.evaluate(async () => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await navigator.clipboard.readText();
      } catch (error) {
        if (attempt >= 5) throw error;
        await new Promise((done) => setTimeout(done, 100));
      }
    }
  });
}

/** The quote's paragraph and the pull quote, as laid out in the page now. */
const placeOfQuote = (page: Page) =>
  page.evaluate(() => {
    const box = document.getElementById('the-quote')!.getBoundingClientRect();
    return { scrollY: window.scrollY, top: box.top, bottom: box.bottom, viewport: window.innerHeight };
  });

beforeAll(async () => {
  server = await startTestServer();
  lucid = await launchChromium(RELEASE_BUILD, { localHosts: [TEST_HOST], acceptedHostPermissions: [`http://${TEST_HOST}/*`] });
  articleUrl = `${server.origin}/supply-chain-pact`;
  server.addPage('/supply-chain-pact', { html: quoteArticle(articleUrl) });
  await lucid.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
});

afterAll(async () => {
  await (lucid as LucidChromium | undefined)?.close();
  await (server as TestServer | undefined)?.close();
});

describe('copy quote with citation', () => {
  let popupLink = '';

  test('the popup copies the quote, its speaker, the citation and a link to the sentence; the link scrolls to it, not to the pull quote', async () => {
    const page = await lucid.context.newPage();
    await page.setViewportSize({ width: 1200, height: 850 });
    await page.goto(articleUrl);
    const popup = await lucid.clickToolbarIcon(page);
    await popup.waitFor("document.querySelector('.lucid-quotes li')", 'the key quotes');
    const index = await popup.evaluate<number>(
      `[...document.querySelectorAll('.lucid-quotes li')].findIndex((item) => item.textContent.includes(${JSON.stringify(QUOTE.slice(0, 40))}))`,
    );
    expect(index).toBeGreaterThanOrEqual(0);
    await popup.click(`.lucid-quotes li:nth-child(${index + 1}) [data-action=copy-quote]`);
    await waitUntil(async () => (await clipboardText(page)).includes('#:~:text='), 'the quote with its link on the clipboard', 20_000);
    const copied = await clipboardText(page);
    const lines = copied.split('\n');
    expect(lines[0]).toBe(`“${QUOTE}” — Park Jin`);
    expect(copied).toContain('Ministers agree on a supply chain pact');
    popupLink = lines.at(-1)!;
    expect(popupLink.startsWith(`${articleUrl}#:~:text=`)).toBe(true);
    expect(popup.consoleErrors).toEqual([]);
    popup.close();

    const opened = await lucid.context.newPage();
    await opened.setViewportSize({ width: 1200, height: 850 });
    await opened.goto(popupLink);
    await waitUntil(async () => (await placeOfQuote(opened)).scrollY > 0, 'the page to scroll to the quote');
    const place = await placeOfQuote(opened);
    // The paragraph far down the page is in view: the pull quote at the top was not the one matched.
    expect(place.scrollY).toBeGreaterThan(800);
    expect(place.top).toBeGreaterThanOrEqual(0);
    expect(place.bottom).toBeLessThanOrEqual(place.viewport);
    await opened.close();
    await page.close();
  });

  test('the overlay copies the same link, through the background', async () => {
    expect(popupLink).not.toBe('');
    const page = await lucid.context.newPage();
    await page.setViewportSize({ width: 1200, height: 850 });
    await page.goto(articleUrl);
    const cdp = await lucid.context.newCDPSession(page);
    const popup = await lucid.clickToolbarIcon(page);
    await popup.waitFor("document.querySelector('[data-action=reader-mode]')", 'the popup');
    await popup.click('[data-action=reader-mode]');
    await waitUntil(async () => Boolean(await inOverlay<boolean>(cdp, "return Boolean(this.querySelector('.lucid-quotes li'))")), 'the quotes in the overlay');
    await page.evaluate(() => navigator.clipboard.writeText(''));
    // A real click (trusted, with user activation) on the button inside the closed shadow root.
    const box = await inOverlay<{ x: number; y: number }>(
      cdp,
      `const item = [...this.querySelectorAll('.lucid-quotes li')].find((li) => li.textContent.includes(${JSON.stringify(QUOTE.slice(0, 40))}));
       const button = item.querySelector('[data-action=copy-quote]'); button.scrollIntoView({ block: 'center' });
       const rect = button.getBoundingClientRect(); return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };`,
    );
    await page.mouse.click(box!.x, box!.y);
    await waitUntil(async () => (await clipboardText(page)).includes('#:~:text='), 'the overlay copy on the clipboard', 20_000);
    expect((await clipboardText(page)).split('\n').at(-1)).toBe(popupLink);
    await cdp.detach();
    await page.close();
  });
});

describe('always open reader mode on a site', () => {
  const onTestSite = (path: string) => `http://${TEST_HOST}:${new URL(server.origin).port}${path}`;
  const overlayCount = (page: Page) => page.locator('lucid-reader').count();
  /** Nothing opened by itself within this long after load. */
  const settle = () => new Promise((done) => setTimeout(done, 2500));

  test('grant at the click, the overlay opens by itself on articles there and not on other pages; remove, and nothing runs', async () => {
    const page = await lucid.context.newPage();
    await page.setViewportSize({ width: 1200, height: 850 });
    await page.goto(onTestSite('/article/korea-herald'));
    await settle();
    expect(await overlayCount(page)).toBe(0);

    let popup = await lucid.clickToolbarIcon(page);
    await popup.waitFor("document.querySelector('[data-action=always-open]')", 'the always-open button');
    expect(await popup.evaluate<string>("document.querySelector('[data-action=always-open]').textContent")).toBe(`Always open reader mode on ${TEST_HOST}`);
    expect(await popup.evaluate<string[]>('chrome.permissions.getAll().then((all) => all.origins)')).not.toContain(`http://${TEST_HOST}/*`);
    await popup.click('[data-action=always-open]');
    await popup.waitFor("document.querySelector('[data-part=always-open-on]')", 'the site on the list');
    const registered = await popup.evaluate<{ id: string; matches: string[]; js: string[] }[]>('chrome.scripting.getRegisteredContentScripts()');
    expect(registered).toEqual([expect.objectContaining({ matches: [`http://${TEST_HOST}/*`], js: ['auto-open.js', 'reader.js'] })]);
    expect(await popup.evaluate<string[]>('chrome.permissions.getAll().then((all) => all.origins)')).toContain(`http://${TEST_HOST}/*`);
    popup.close();

    await page.reload();
    await waitUntil(async () => (await overlayCount(page)) === 1, 'the overlay to open by itself');
    const cdp = await lucid.context.newCDPSession(page);
    await waitUntil(
      async () => Boolean(await inOverlay<boolean>(cdp, "return Boolean(this.querySelector('.lucid-reader[data-ready] .lucid-body p'))")),
      'the whole article view in the overlay',
    );
    expect(await inOverlay<string>(cdp, "return this.querySelector('.lucid-header h1').textContent")).toContain('reaffirm cooperation');
    await cdp.detach();

    // A page there that holds no article stays as it is.
    await page.goto(onTestSite('/home'));
    await settle();
    expect(await overlayCount(page)).toBe(0);

    // Remove it in the settings (from the popup on an article there, which has opened in reader mode again).
    await page.goto(onTestSite('/article/korea-herald'));
    await waitUntil(async () => (await overlayCount(page)) === 1, 'the overlay to open by itself again');
    popup = await lucid.clickToolbarIcon(page);
    await popup.waitFor("document.querySelector('[data-action=settings]')", 'the popup');
    await popup.click('[data-action=settings]');
    await popup.waitFor(`document.querySelector('[data-action=forget-site][data-site="http://${TEST_HOST}"]')`, 'the site in the settings');
    expect(await popup.evaluate<string>("document.querySelector('[data-part=always-open-sites]').textContent")).toContain('single-page');
    await popup.click('[data-action=forget-site]');
    await popup.waitFor("!document.querySelector('[data-action=forget-site]')", 'the site gone from the list');
    await popup.waitFor(
      `chrome.scripting.getRegisteredContentScripts().then(async (scripts) => scripts.length === 0 && !(await chrome.permissions.getAll()).origins.includes('http://${TEST_HOST}/*'))`,
      'the script unregistered and the permission given back',
    );
    popup.close();

    await page.goto(onTestSite('/article/korea-herald'));
    await settle();
    expect(await overlayCount(page)).toBe(0);
    await page.close();
  });
});

test('no request left the browser for any host but the local test server', () => {
  expect(lucid.proxy.attempts).toEqual([]);
});
