/**
 * Where one click's time goes, from a Chromium trace of the whole browser (all processes): the tab's main thread from
 * the popup's executeScript to the result, and the popup's own thread. A tool for finding what to cut, not a test of
 * Lucid: it writes the raw trace and a summary per page to /tmp (LUCID_TRACE_DIR), and asserts only that the popup got
 * ready. Run one page at a time: LUCID_TRACE_PAGES="bbc-nato,elpais-deportation" npx vitest run -c vitest.e2e.config.ts
 * tests/e2e/speed-trace.e2e.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { liveBlog } from '../helpers/odd-pages.ts';
import { fixtureHtml } from '../helpers/pages.ts';
import { launchChromium, RELEASE_BUILD, type LucidChromium } from './lib/chromium.ts';
import { offlinePage } from './lib/offline-pages.ts';
import { startTestServer, type TestServer } from './lib/test-server.ts';

const PAGES = (process.env.LUCID_TRACE_PAGES ?? 'bbc-nato').split(',');
const BUILD = process.env.LUCID_SPEED_BUILD ? resolve(process.env.LUCID_SPEED_BUILD) : RELEASE_BUILD;
const OUT = process.env.LUCID_TRACE_DIR ?? '/tmp/lucid-trace';
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.compile',
  'toplevel',
  'extensions',
  'blink.user_timing',
  ...(process.env.LUCID_TRACE_SAMPLES ? ['disabled-by-default-v8.cpu_profiler'] : []),
  '__metadata',
].join(',');

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; functionName?: string } };
}

let server: TestServer;
let browser: LucidChromium;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium(BUILD);
});

afterAll(async () => {
  await (browser as LucidChromium | undefined)?.close();
  await (server as TestServer | undefined)?.close();
});

/** The 20 MB live blog (LUCID_TRACE_MODE=huge): the first screen's time and the page-side stages of its first pass. */
test.runIf(process.env.LUCID_TRACE_MODE === 'huge')(
  'the first screen of a 20 MB live blog, stage by stage',
  async () => {
    mkdirSync(OUT, { recursive: true });
    const url = server.addPage('/trace/huge', { html: liveBlog(20) });
    const tab = await browser.context.newPage();
    await tab.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await new Promise((done) => setTimeout(done, 500));
    const started = Date.now();
    const popup = await browser.clickToolbarIcon(tab);
    await popup.send('Profiler.enable');
    await popup.send('Profiler.start');
    await popup.waitFor<boolean>("!!document.querySelector('.lucid-body p')", 'the first screen', 60_000);
    const firstScreen = Date.now() - started;
    const { profile } = await popup.send<{ profile: CpuProfile }>('Profiler.stop');
    writeFileSync(join(OUT, 'huge-popup.txt'), profileSummary(profile));
    const entries = await popup.evaluate<{ name: string; startTime: number; duration: number }[]>(
      "performance.getEntries().filter((entry) => entry.name.startsWith('lucid:')).map(({ name, startTime, duration }) => ({ name, startTime, duration }))",
    );
    const text = [
      `first screen ${firstScreen} ms`,
      ...entries.map((entry) => `${entry.name} at ${entry.startTime.toFixed(0)} +${entry.duration.toFixed(0)}`),
    ].join('\n');
    writeFileSync(join(OUT, 'huge.txt'), text);
    console.log(text);
    popup.close();
    await tab.close();
    expect(firstScreen).toBeGreaterThan(0);
  },
  200_000,
);

test.skipIf(process.env.LUCID_TRACE_MODE === 'huge')(
  'trace a click on each page',
  async () => {
    mkdirSync(OUT, { recursive: true });
    for (const slug of PAGES) {
      // "huge" is the 20 MB live blog, traced like any page (what runs between the injection and the script's first line).
      const html = slug === 'huge' ? liveBlog(20) : offlinePage(fixtureHtml(slug), server.origin);
      const url = server.addPage(`/trace/${slug}`, { html });
      const tab = await browser.context.newPage();
      await tab.goto(url, { waitUntil: 'load', timeout: 60_000 });
      await new Promise((done) => setTimeout(done, 300));
      if (process.env.LUCID_TRACE_MODE === 'profile') {
        await profileClick(tab, slug);
        await tab.close();
        continue;
      }
      const events: TraceEvent[] = [];
      const onData = (data: { value: TraceEvent[] }) => events.push(...data.value);
      browser.cdp.on('Tracing.dataCollected' as never, onData as never);
      await browser.cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
      const { popup, targetId } = await browser.clickAction(tab);
      await popup.waitFor<boolean>(
        slug === 'huge' ? "!!document.querySelector('.lucid-body p')" : "!!document.querySelector('.lucid-reader[data-ready]')",
        'ready',
        60_000,
      );
      const complete = new Promise<void>((done) => browser.cdp.once('Tracing.tracingComplete' as never, (() => done()) as never));
      await browser.cdp.send('Tracing.end');
      await complete;
      browser.cdp.off('Tracing.dataCollected' as never, onData as never);
      popup.close();
      await browser.closeTarget(targetId);
      await tab.close();
      writeFileSync(join(OUT, `${slug}.json`), JSON.stringify(events));
      writeFileSync(join(OUT, `${slug}.txt`), summarize(events));
      console.log(`${slug}\n${summarize(events)}`);
      expect(events.length).toBeGreaterThan(0);
    }
  },
  300_000,
);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

/** A sampling CPU profile of the tab while Lucid reads it: self time by function, and time under each pipeline stage. */
async function profileClick(tab: import('playwright-core').Page, slug: string): Promise<void> {
  const session = await browser.context.newCDPSession(tab);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 200 });
  await session.send('Profiler.start');
  const { popup, targetId } = await browser.clickAction(tab);
  await popup.waitFor<boolean>("!!document.querySelector('.lucid-reader[data-ready]')", 'ready', 30_000);
  const { profile } = (await session.send('Profiler.stop')) as unknown as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  };
  popup.close();
  await browser.closeTarget(targetId);
  writeFileSync(join(OUT, `${slug}.cpuprofile`), JSON.stringify(profile));
  const text = profileSummary(profile);
  writeFileSync(join(OUT, `${slug}.profile.txt`), text);
  console.log(`${slug}\n${text}`);
  await session.detach();
}

/** The threads that ran extract.js and the popup, their top-level slices over 0.5 ms, in time order. */
function summarize(events: TraceEvent[]): string {
  const threadNames = new Map<string, string>();
  for (const event of events) if (event.name === 'thread_name') threadNames.set(`${event.pid}:${event.tid}`, event.args?.name ?? '');
  const mentions = (event: TraceEvent, text: string) => JSON.stringify(event.args ?? {}).includes(text);
  const extractThread = events.find((event) => mentions(event, 'extract.js'));
  // The popup's renderer thread is the one that evaluates its chunks; "popup" alone also matches the tab's and the
  // browser's events about opening it.
  const popupThread = events.find((event) => event.args?.data?.url?.includes('/chunks/popup-') ?? false);
  const start = Math.min(...events.filter((event) => event.ts > 0).map((event) => event.ts));
  const lines: string[] = [];
  for (const [label, thread] of [
    ['tab', extractThread],
    ['popup', popupThread],
  ] as const) {
    if (!thread) continue;
    lines.push(`== ${label} thread ${thread.pid}:${thread.tid} ${threadNames.get(`${thread.pid}:${thread.tid}`) ?? ''}`);
    const slices = events
      .filter((event) => event.pid === thread.pid && event.tid === thread.tid && event.ph === 'X' && (event.dur ?? 0) >= 500)
      .sort((a, b) => a.ts - b.ts);
    let coveredUntil = 0;
    for (const slice of slices) {
      const nested = slice.ts < coveredUntil;
      const detail = slice.args?.data?.url ?? slice.args?.data?.functionName ?? '';
      lines.push(`${nested ? '    ' : ''}${((slice.ts - start) / 1000).toFixed(1)} ms +${((slice.dur ?? 0) / 1000).toFixed(1)} ${slice.name} ${detail}`);
      if (!nested) coveredUntil = slice.ts + (slice.dur ?? 0);
    }
  }
  return lines.join('\n');
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time by function, and total time under each function, over a sampled CPU profile. */
function profileSummary(profile: CpuProfile): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (const [index, id] of profile.samples.entries()) {
    const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    const node = byId.get(id)!;
    const key = `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame;
      const name = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber}`;
      if (seen.has(name)) continue;
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + ms);
    }
  }
  const top = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 60)
      .map(([name, ms]) => `${ms.toFixed(1).padStart(8)} ${name}`)
      .join('\n');
  return `== self\n${top(self)}\n== total\n${top(total)}`;
}
