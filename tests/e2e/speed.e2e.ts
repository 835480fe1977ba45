/**
 * Speed, measured as a person meets it: the release build in Chromium, a real
 * toolbar click on a saved news page, until the popup shows the whole article
 * view (its root carries `data-ready`: header, summary, key quotes and body in
 * place). Beside it, on the same page in the same browser, the floor: a
 * minimal extension that reads the page's text once and shows it
 * (lib/floor-extension.ts). Lucid's own cost is the difference.
 *
 * A benchmark, not a timed assertion: the machine's load moves both figures,
 * so the runs are paired (both extensions on each page load) and interleaved
 * (the order alternates), each page's rounds reduced to their median, and the
 * figures written to tests/e2e/artifacts/speed.json and speed.md. The test
 * fails only when something does not work: a popup that never gets ready.
 *
 * Both clocks start just before `Extensions.triggerAction` (read in Node) and
 * stop at a performance mark the popup sets as its content is in place
 * (`performance.timeOrigin` plus the mark's time): the same machine clock.
 *
 * LUCID_SPEED_PAGES and LUCID_SPEED_ROUNDS set the size of the run (the
 * default, 30 pages x 5 rounds, is `npm run bench:speed`, whose figures go in
 * the README; CI runs a smaller one as a check that it works);
 * LUCID_SPEED_BUILD measures another build of Lucid. Only `npm run bench:speed`
 * (LUCID_SPEED_RECORD=1) writes the committed artifacts and the README's table:
 * the e2e suite run by hand or in CI writes its figures to the system's temporary
 * folder, so a test run never leaves a changed README behind.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { decodePageBytes } from '../../scripts/lib/decode-page.ts';
import { sharedDataDir } from '../../scripts/lib/paths.ts';
import { updateReadmeSection } from '../../scripts/lib/readme-section.ts';
import { fixtureHtml, FIXTURES } from '../helpers/pages.ts';
import { buildFloorExtension, copyWithKnownId, FLOOR_READY_MARK, type FloorExtension } from './lib/floor-extension.ts';
import { launchChromium, RELEASE_BUILD, type LucidChromium } from './lib/chromium.ts';
import type { CdpTarget } from './lib/cdp-target.ts';
import { offlinePage } from './lib/offline-pages.ts';
import { startTestServer, type TestServer } from './lib/test-server.ts';

const PAGES = Number(process.env.LUCID_SPEED_PAGES ?? 30);
const ROUNDS = Number(process.env.LUCID_SPEED_ROUNDS ?? 5);
const BUILD = process.env.LUCID_SPEED_BUILD ? resolve(process.env.LUCID_SPEED_BUILD) : RELEASE_BUILD;
/** Another build of Lucid to set beside this one, in the same browser on the same page loads (a before/after under one load). */
const OTHER_BUILD = process.env.LUCID_SPEED_OTHER ? resolve(process.env.LUCID_SPEED_OTHER) : undefined;
const RECORD = process.env.LUCID_SPEED_RECORD === '1';
/**
 * Stop Lucid's service worker before each of its clicks, as the browser does after 30 s without an event: the first
 * click after a while of reading. Otherwise the worker stays up through the run (a click every few seconds).
 */
const COLD_WORKER = process.env.LUCID_SPEED_COLD_WORKER === '1';
const ARTIFACTS = RECORD ? join(import.meta.dirname, 'artifacts') : join(tmpdir(), 'lucid-speed');
/** Lucid's popup sets this mark as it sets `data-ready` on its root. */
const LUCID_READY_MARK = 'lucid:ready';

let server: TestServer;
let browser: LucidChromium;
let floor: FloorExtension;
let other: FloorExtension | undefined;

interface SpeedPage {
  id: string;
  url: string;
}

/** The saved fixture pages, then news pages of the shared metadata set to make up PAGES. */
function speedPages(): SpeedPage[] {
  const pages: SpeedPage[] = [];
  for (const slug of readdirSync(FIXTURES).sort()) {
    if (!['page.html', 'page.html.gz'].some((name) => existsSync(join(FIXTURES, slug, name)))) continue;
    pages.push({ id: slug, url: server.addPage(`/speed/${slug}`, { html: offlinePage(fixtureHtml(slug), server.origin) }) });
  }
  const shared = join(sharedDataDir(), 'metadata-dev', 'html');
  if (existsSync(shared)) {
    for (const file of readdirSync(shared).sort()) {
      if (pages.length >= PAGES) break;
      const id = file.replace(/\.html(\.gz)?$/, '');
      const html = decodePageBytes(readFileSync(join(shared, file)));
      pages.push({ id, url: server.addPage(`/speed/${encodeURIComponent(id)}`, { html: offlinePage(html, server.origin) }) });
    }
  }
  return pages.slice(0, PAGES);
}

/** Epoch milliseconds at which the popup set `mark`, once it has (0 until then). */
const markTime = (mark: string, extra = 'true') =>
  `(() => { const entry = performance.getEntriesByName(${JSON.stringify(mark)})[0]; return entry && (${extra}) ? performance.timeOrigin + entry.startTime : 0; })()`;

/**
 * A popup's own marks and measures (`lucid:` or `floor:`), relative to the click: where the time goes. With them, when
 * the popup's document began (its time origin) and when its first script began to run. A mark whose time came from
 * another clock (the page's, which may have begun before the popup) carries it as `detail.epoch`.
 */
const breakdownOf = (prefix: string) =>
  `[{ name: '${prefix}popup-document', at: performance.timeOrigin, duration: 0, type: 'mark' }, ...performance.getEntries().filter((entry) => entry.name.startsWith('${prefix}')).map((entry) => ({ name: entry.name, at: entry.detail?.epoch ?? performance.timeOrigin + entry.startTime, duration: entry.duration, type: entry.entryType }))]`;

interface Click {
  milliseconds: number;
  breakdown?: { name: string; at: number; duration: number; type: string }[];
}

type Which = 'lucid' | 'floor' | 'other';

async function clickAndTime(page: Page, which: Which): Promise<Click> {
  let clicked = 0;
  const { popup, targetId } = await browser.clickAction(page, {
    extensionId: which === 'lucid' ? browser.extensionId : which === 'other' ? other!.id : floor.id,
    beforeClick: () => (clicked = Date.now()),
  });
  try {
    const ready = await (
      which !== 'floor'
        ? popup.waitFor<number>(markTime(LUCID_READY_MARK, "document.querySelector('.lucid-reader[data-ready]')"), 'Lucid ready', 30_000)
        : popup.waitFor<number>(markTime(FLOOR_READY_MARK, "document.getElementById('text').textContent.length > 0"), 'the floor ready', 30_000)
    ).catch(async (error: unknown) => {
      // Say what the popup shows instead (a failure message, "Reading…"), and on which page.
      const shown = await popup
        .evaluate<string>("document.body.innerText.slice(0, 300) + ' | marks: ' + performance.getEntriesByType('mark').map((mark) => mark.name).join(' ')")
        .catch(() => '(the popup is gone)');
      throw new Error(
        `${error instanceof Error ? error.message : String(error)} (${which}) on ${page.url()}: the popup shows ${JSON.stringify(shown)} ${popup.consoleErrors.join(' ; ')}`,
      );
    });
    const breakdown = await readBreakdown(popup, clicked, which === 'floor' ? 'floor:' : 'lucid:');
    return { milliseconds: ready - clicked, breakdown };
  } finally {
    popup.close();
    await browser.closeTarget(targetId);
  }
}

async function readBreakdown(popup: CdpTarget, clicked: number, prefix: string): Promise<Click['breakdown']> {
  const entries = await popup.evaluate<{ name: string; at: number; duration: number; type: string }[]>(breakdownOf(prefix));
  return entries.map((entry) => ({ ...entry, at: Math.round((entry.at - clicked) * 10) / 10, duration: Math.round(entry.duration * 10) / 10 }));
}

function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const position = share * (sorted.length - 1);
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}
const median = (values: number[]) => percentile(values, 0.5);
const round = (value: number) => Math.round(value * 10) / 10;

beforeAll(async () => {
  server = await startTestServer();
  floor = buildFloorExtension();
  other = OTHER_BUILD ? copyWithKnownId(OTHER_BUILD) : undefined;
  browser = await launchChromium(BUILD, { alsoLoad: [floor.dir, ...(other ? [other.dir] : [])] });
});

afterAll(async () => {
  await (browser as LucidChromium | undefined)?.close();
  await (server as TestServer | undefined)?.close();
});

test(`Lucid against the floor: ${PAGES} pages, ${ROUNDS} rounds, interleaved`, async () => {
  const pages = speedPages();
  expect(pages.length).toBeGreaterThanOrEqual(Math.min(PAGES, 30));
  const lucidRuns = new Map<string, number[]>(pages.map((page) => [page.id, []]));
  const floorRuns = new Map<string, number[]>(pages.map((page) => [page.id, []]));
  const otherRuns = new Map<string, number[]>(pages.map((page) => [page.id, []]));
  const breakdowns: Record<string, Click['breakdown'][]> = {};
  const otherBreakdowns: Record<string, Click['breakdown'][]> = {};
  const started = Date.now();
  for (let round = 0; round < ROUNDS; round++) {
    for (const [index, { id, url }] of pages.entries()) {
      // A fresh load for every pair, as a person clicks once on a page they opened; the order alternates.
      const order: Which[] = (round + index) % 2 === 0 ? ['lucid', 'floor'] : ['floor', 'lucid'];
      // The other build reads its own fresh load of the page, before or after the pair in turn: in the same page it
      // would find the regular expressions the first build compiled (V8 keeps them per process, by source) and look
      // faster than it is.
      const loads: Which[][] = other ? ((round + index) % 2 === 0 ? [order, ['other']] : [['other'], order]) : [order];
      for (const load of loads) {
        const tab = await browser.context.newPage();
        await tab.goto(url, { waitUntil: 'load' });
        await new Promise((done) => setTimeout(done, 150));
        for (const which of load) {
          if (COLD_WORKER && which !== 'floor') await browser.stopServiceWorker(which === 'other' ? other!.id : browser.extensionId);
          const click = await clickAndTime(tab, which);
          (which === 'lucid' ? lucidRuns : which === 'other' ? otherRuns : floorRuns).get(id)!.push(click.milliseconds);
          if (click.breakdown)
            ((which === 'other' ? otherBreakdowns : breakdowns)[`${which === 'other' ? 'lucid' : which}:${id}`] ??= []).push(click.breakdown);
          await new Promise((done) => setTimeout(done, 100));
        }
        await tab.close();
      }
    }
  }

  const perPage = pages.map(({ id }) => {
    const lucid = median(lucidRuns.get(id)!);
    const floorMs = median(floorRuns.get(id)!);
    return { id, lucid: round(lucid), floor: round(floorMs), difference: round(lucid - floorMs) };
  });
  const differences = perPage.map((page) => page.difference);
  const summary = {
    build: BUILD,
    pages: pages.length,
    rounds: ROUNDS,
    seconds: Math.round((Date.now() - started) / 1000),
    lucid: {
      median: round(median(perPage.map((page) => page.lucid))),
      p90: round(
        percentile(
          perPage.map((page) => page.lucid),
          0.9,
        ),
      ),
    },
    floor: {
      median: round(median(perPage.map((page) => page.floor))),
      p90: round(
        percentile(
          perPage.map((page) => page.floor),
          0.9,
        ),
      ),
    },
    difference: { median: round(median(differences)), p90: round(percentile(differences, 0.9)) },
  };
  mkdirSync(ARTIFACTS, { recursive: true });
  if (other) {
    const otherDifferences = pages.map(({ id }) => median(otherRuns.get(id)!) - median(floorRuns.get(id)!));
    const paired = pages.map(({ id }) => median(lucidRuns.get(id)!) - median(otherRuns.get(id)!));
    const line = `Other build (${OTHER_BUILD}): own cost median ${round(median(otherDifferences))} ms, p90 ${round(percentile(otherDifferences, 0.9))} ms; this build minus the other, per page: median ${round(median(paired))} ms, p90 ${round(percentile(paired, 0.9))} ms`;
    writeFileSync(
      join(ARTIFACTS, 'speed-other.json'),
      `${JSON.stringify({ line, other: Object.fromEntries(otherRuns), breakdowns: otherBreakdowns }, null, 2)}\n`,
    );
    console.log(line);
  }
  writeFileSync(
    join(ARTIFACTS, 'speed.json'),
    `${JSON.stringify({ summary, perPage, runs: { lucid: Object.fromEntries(lucidRuns), floor: Object.fromEntries(floorRuns) }, breakdowns }, null, 2)}\n`,
  );
  writeFileSync(join(ARTIFACTS, 'speed.md'), speedTable(summary, perPage, breakdowns));
  console.log(speedTable(summary, perPage, breakdowns));
  // Only a run of the promised size (npm run bench:speed) is the README's figure; CI's smoke run is not.
  if (RECORD && pages.length >= 30 && ROUNDS >= 5 && BUILD === RELEASE_BUILD && !other && !COLD_WORKER)
    updateReadmeSection('speed', speedSummaryTable(summary));
  for (const page of perPage) expect(page.lucid, page.id).toBeGreaterThan(0);
}, 2_400_000);

/** The median of Lucid's popup marks over every click, in time order: where Lucid's time goes after the click. */
function breakdownRows(breakdowns: Record<string, Click['breakdown'][]>): string[] {
  const byName = new Map<string, { at: number[]; duration: number[]; type: string }>();
  for (const runs of Object.values(breakdowns)) {
    for (const entries of runs) {
      for (const entry of entries ?? []) {
        const row = byName.get(entry.name) ?? { at: [], duration: [], type: entry.type };
        row.at.push(entry.at);
        row.duration.push(entry.duration);
        byName.set(entry.name, row);
      }
    }
  }
  return [...byName]
    .map(([name, row]) => ({ name, at: median(row.at), duration: median(row.duration), p90: percentile(row.duration, 0.9), type: row.type }))
    .sort((a, b) => (a.type === b.type ? a.at - b.at : a.type === 'mark' ? -1 : 1))
    .map((row) =>
      row.type === 'mark'
        ? `| ${row.name} | ${round(row.at)} ms after the click | |`
        : `| ${row.name} | ${round(row.duration)} ms (median) | ${round(row.p90)} ms (p90) |`,
    );
}

interface SpeedSummary {
  pages: number;
  rounds: number;
  seconds: number;
  lucid: { median: number; p90: number };
  floor: { median: number; p90: number };
  difference: { median: number; p90: number };
}

/** The three rows the README shows; the whole table, with marks and pages, is in tests/e2e/artifacts/speed.md. */
function speedSummaryTable(summary: SpeedSummary): string {
  return [
    `Click to article in Chromium (release build), ${summary.pages} saved news pages × ${summary.rounds} rounds, Lucid and the floor interleaved on each page load; per page the median of its rounds.`,
    '',
    '| | Median ms | p90 ms |',
    '|---|---:|---:|',
    `| Floor (minimal popup that reads the page's text) | ${summary.floor.median} | ${summary.floor.p90} |`,
    `| Lucid (whole article view ready) | ${summary.lucid.median} | ${summary.lucid.p90} |`,
    `| **Lucid's own cost (per-page difference)** | **${summary.difference.median}** | **${summary.difference.p90}** |`,
  ].join('\n');
}

function speedTable(
  summary: SpeedSummary,
  perPage: { id: string; lucid: number; floor: number; difference: number }[],
  breakdowns: Record<string, Click['breakdown'][]>,
): string {
  return [
    `Click to article in Chromium (release build), ${summary.pages} saved news pages × ${summary.rounds} rounds, Lucid and the floor interleaved on each page load; per page the median of its rounds (${summary.seconds} s run).${COLD_WORKER ? " Lucid's service worker was stopped before each of its clicks." : ''}`,
    '',
    '| | Median ms | p90 ms |',
    '|---|---:|---:|',
    `| Floor (minimal popup that reads the page's text) | ${summary.floor.median} | ${summary.floor.p90} |`,
    `| Lucid (whole article view ready) | ${summary.lucid.median} | ${summary.lucid.p90} |`,
    `| **Lucid's own cost (per-page difference)** | **${summary.difference.median}** | **${summary.difference.p90}** |`,
    '',
    "Where the time goes (both popups' marks after the click, and Lucid's page-side stage measures), medians over every click:",
    '',
    '| Mark or measure | Time | |',
    '|---|---:|---:|',
    ...breakdownRows(breakdowns),
    '',
    '| Page | Floor ms | Lucid ms | Difference ms |',
    '|---|---:|---:|---:|',
    ...perPage.map((page) => `| ${page.id} | ${page.floor} | ${page.lucid} | ${page.difference} |`),
    '',
  ].join('\n');
}
