/// <reference types="chrome" />
/**
 * "Print" in Chromium: the popup's and the overlay's button open Lucid's print
 * page with the article, which calls print() once its images are in; the
 * page, printed to PDF through DevTools (Page.printToPDF, what "Save as PDF"
 * does), holds the clean article and none of the news page around it.
 *
 * `window.print()` is replaced in every page of the test browser by a counter
 * before any script runs, so no dialog can hold the test up. The PDF's text
 * is read with pdftotext and its images listed with pdfimages (poppler-utils).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FIXTURES } from '../helpers/pages.ts';
import { E2E_BUILD, launchChromium, type LucidChromium } from './lib/chromium.ts';
import { inOverlay, waitUntil } from './lib/page-state.ts';
import { startTestServer, type TestServer } from './lib/test-server.ts';

const seed = JSON.parse(readFileSync(join(FIXTURES, 'korea-herald', 'seed-expected.json'), 'utf8')) as {
  title: string;
  paragraphs: string[];
  leadImageCaption: string;
  mustNotContain: string[];
  canonicalUrl: string;
};
const POPPLER = '/usr/bin/pdftotext';
const ARTIFACTS = join(import.meta.dirname, 'artifacts');

/** A plain news story with a link and a figure, to see the print stylesheet's link addresses and images. */
const STORY_WITH_LINK = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council approves the new river park | Example Gazette</title>
<meta property="og:title" content="Council approves the new river park"><meta name="author" content="Dana Reyes">
<meta property="article:published_time" content="2024-05-02T08:00:00Z"><link rel="canonical" href="https://gazette.example/river-park"></head>
<body><nav><a href="/">Home</a> <a href="/local">Local</a> <a href="/sport">Sport</a> Subscribe today</nav>
<article><h1>Council approves the new river park</h1><p class="byline">By Dana Reyes</p>
<p>The city council voted on Tuesday to turn the old rail yard along the river into a park, ending a debate that has run for most of a decade in the town.</p>
<figure><img src="/asset/image" width="800" height="500" alt="The rail yard"><figcaption>The old rail yard, seen from the bridge.</figcaption></figure>
<p>The plan, set out in the <a href="https://gazette.example/docs/river-park-plan.pdf">council's planning report</a>, keeps the two brick sheds as a market hall and a cafe and plants the rest with trees that can stand a flood.</p>
<p>Work is meant to start next spring. The council put the cost at twelve million, most of it from a regional fund for land that industry has left behind.</p>
<p>Residents who spoke at the meeting were mostly in favour, though some asked for more parking and others for less. The park will open in stages from the summer after next.</p>
<p>The vote was eleven to two. The two members against said the money would be better spent on the roads, which they called the worst in the region.</p>
</article><aside><h2>Most read</h2><ul><li>Bakery closes after ninety years</li><li>School bus timetable changes</li></ul></aside>
<footer>© Example Gazette. All rights reserved.</footer></body></html>`;

let server: TestServer;
let lucid: LucidChromium;
let scratch: string;

beforeAll(async () => {
  if (!existsSync(POPPLER)) throw new Error('pdftotext is not installed: apt-get install -y poppler-utils');
  server = await startTestServer();
  lucid = await launchChromium(E2E_BUILD);
  // Before any script of any page (the print page included): print() only counts.
  await lucid.context.addInitScript(() => {
    const counter = window as unknown as { __lucidPrints: number };
    counter.__lucidPrints = 0;
    window.print = () => {
      counter.__lucidPrints++;
    };
  });
  scratch = mkdtempSync(join(tmpdir(), 'lucid-print-'));
});

afterAll(async () => {
  // Unset when beforeAll failed part-way.
  await (lucid as LucidChromium | undefined)?.close();
  await (server as TestServer | undefined)?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

async function openPage(url: string): Promise<Page> {
  const page = await lucid.context.newPage();
  await page.setViewportSize({ width: 1200, height: 850 });
  await page.goto(url);
  return page;
}

/** Waits for the print page a click opens, and for its call to print(). */
async function printPageFrom(click: () => Promise<unknown>): Promise<Page> {
  const opened = lucid.context.waitForEvent('page', { predicate: (page) => page.url().startsWith(`chrome-extension://${lucid.extensionId}/print.html`) });
  await click();
  const page = await opened;
  await page.waitForFunction(() => (window as unknown as { __lucidPrints: number }).__lucidPrints === 1, undefined, { timeout: 10_000 });
  return page;
}

/** The page printed to PDF as "Save as PDF" does (print media, the page's own @page size); its text and how many images it holds. */
async function printToPdf(page: Page, name: string): Promise<{ text: string; pages: string[]; imagePages: number[] }> {
  const cdp = await lucid.context.newCDPSession(page);
  const { data } = await cdp.send('Page.printToPDF', { preferCSSPageSize: true });
  await cdp.detach();
  const file = join(scratch, `${name}.pdf`);
  writeFileSync(file, Buffer.from(data, 'base64'));
  const text = execFileSync(POPPLER, [file, '-'], { encoding: 'utf8' });
  // "page num type width height …": a header of two lines, then a line per image (or its alpha mask, "smask").
  const images = execFileSync('/usr/bin/pdfimages', ['-list', file], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .slice(2)
    .map((line) => line.trim().split(/\s+/))
    .filter((columns) => columns[2] === 'image');
  return { text: text.replace(/\s+/g, ' '), pages: text.split('\f'), imagePages: images.map((columns) => Number(columns[0])) };
}

/** Text with the line breaks taken out: pdftotext breaks long addresses and drops a hyphen at a line's end. */
const squash = (text: string) => text.replace(/[\s-]+/g, '');

describe('Print', () => {
  test('from the popup: the print page shows the seed article, prints once its images are in, and the PDF holds the article and no page clutter', async () => {
    const page = await openPage(server.articleUrl('korea-herald'));
    const popup = await lucid.clickToolbarIcon(page);
    await popup.waitFor("document.querySelector('.lucid-body p')", 'the article in the popup');
    const printPage = await printPageFrom(() => popup.click('[data-action=print]'));

    // The article went through session storage, not the address, and was taken out of it.
    const address = new URL(printPage.url());
    expect([...address.searchParams.keys()]).toEqual(['job']);
    expect(address.searchParams.get('job')).toMatch(/^[\da-f-]{36}$/);
    expect(await printPage.evaluate(() => chrome.storage.session.get(null))).toEqual({});
    expect(await printPage.title()).toBe(seed.title);
    // print() came after the images: they were all in by then.
    expect(await printPage.evaluate(() => [...document.querySelectorAll('img')].every((image) => image.complete && image.naturalWidth > 0))).toBe(true);
    expect(await printPage.locator('.lucid-body img').count()).toBeGreaterThan(0);

    const pdf = await printToPdf(printPage, 'seed');
    expect(pdf.text).toContain(seed.title);
    expect(pdf.text).toContain('Choi Si-young');
    expect(pdf.text).toMatch(/November 15, 2023|15 November 2023/);
    expect(squash(pdf.text)).toContain(squash(`Source: ${seed.canonicalUrl}`));
    // The heading is set in capitals by the style sheet.
    expect(pdf.text).toContain('SUMMARY');
    expect(pdf.text).toContain(seed.paragraphs[0]);
    expect(pdf.text).toContain(seed.paragraphs.at(-1));
    expect(pdf.text).toContain(seed.leadImageCaption);
    expect(pdf.imagePages.length).toBeGreaterThan(0);
    for (const junk of seed.mustNotContain) expect(pdf.text.toLowerCase()).not.toContain(junk.toLowerCase());
    // None of Lucid's own buttons either.
    for (const chrome of ['Copy citation', 'Settings', 'Print', 'min read']) expect(pdf.text).not.toContain(chrome);
    // The first printed page, for the README.
    execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', '-singlefile', join(scratch, 'seed.pdf'), join(scratch, 'seed')]);
    mkdirSync(ARTIFACTS, { recursive: true });
    copyFileSync(join(scratch, 'seed.png'), join(ARTIFACTS, 'print-seed.png'));

    popup.close();
    await printPage.close();
    await page.close();
  });

  test('from reader mode, with the summary turned off: link addresses after the links, the figure whole, nothing of the page around', async () => {
    const page = await openPage(server.addPage('/river-park', { html: STORY_WITH_LINK }));
    const popup = await lucid.clickToolbarIcon(page);
    await popup.waitFor("document.querySelector('.lucid-body p')", 'the article in the popup');
    await popup.evaluate('chrome.storage.local.set({ summarySentences: 0 })');
    await popup.click('[data-action=reader-mode]');
    const cdp = await lucid.context.newCDPSession(page);
    // The setting may reach the overlay after its first paint and redraw it: the click waits for the view without the summary.
    await waitUntil(
      async () =>
        Boolean(
          await inOverlay<boolean>(
            cdp,
            "return Boolean(this.querySelector('.lucid-reader[data-ready] .lucid-body p')) && !this.querySelector('.lucid-summary')",
          ),
        ),
      'the whole article view in the overlay, without its summary',
    );
    const printPage = await printPageFrom(() => inOverlay(cdp, "this.querySelector('[data-action=print]').click();"));

    const pdf = await printToPdf(printPage, 'river-park');
    expect(pdf.text).toContain('Council approves the new river park');
    expect(pdf.text).toContain('Dana Reyes');
    expect(squash(pdf.text)).toContain(squash("council's planning report (https://gazette.example/docs/river-park-plan.pdf)"));
    expect(squash(pdf.text)).toContain(squash('Source: https://gazette.example/river-park'));
    expect(pdf.text).toContain('The old rail yard, seen from the bridge.');
    expect(pdf.imagePages).toHaveLength(1);
    expect(pdf.text).not.toMatch(/summary/i);
    for (const junk of ['Subscribe today', 'Most read', 'Bakery closes', 'All rights reserved']) expect(pdf.text).not.toContain(junk);
    // The figure is not cut in two: the image and its caption are on the same page.
    const captionPage = pdf.pages.findIndex((text) => text.replace(/\s+/g, ' ').includes('The old rail yard, seen from the bridge.')) + 1;
    expect(pdf.imagePages).toEqual([captionPage]);

    await printPage.evaluate(() => chrome.storage.local.clear());
    await inOverlay(cdp, "this.querySelector('[data-action=close]').click();");
    await cdp.detach();
    await printPage.close();
    await page.close();
  });

  test('a print page opened again (a reload) has nothing to print, and says so', async () => {
    const page = await openPage(server.articleUrl('korea-herald'));
    const popup = await lucid.clickToolbarIcon(page);
    await popup.waitFor("document.querySelector('.lucid-body p')", 'the article in the popup');
    const printPage = await printPageFrom(() => popup.click('[data-action=print]'));
    await printPage.reload();
    await printPage.waitForSelector('.lucid-status');
    expect(await printPage.textContent('.lucid-status')).toContain('Nothing to print here');
    expect(await printPage.evaluate(() => (window as unknown as { __lucidPrints: number }).__lucidPrints)).toBe(0);
    popup.close();
    await printPage.close();
    await page.close();
  });
});

test('no request left the browser for any host but the local test server', () => {
  expect(lucid.proxy.attempts).toEqual([]);
});
