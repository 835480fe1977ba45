/**
 * Reader mode's Listen in Chromium, with a fake speech engine (the CI browser
 * has no voices). The fake is put into Lucid's isolated world in the tab
 * through DevTools, after the popup has read the page and before reader mode
 * opens; the Listen module, injected later into the same world, speaks to it.
 * Asserted: the order of utterances, the highlight following start, word
 * boundaries and end in Lucid's copy of the article (never the page), next
 * paragraph, a clicked paragraph, the K key, an announced quote, reading
 * stopped on close with the page as it was, and the message when the device
 * has no voice for the article's language.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FAKE_SPEECH_KEY, installFakeSpeech, voice, type FakeSpeech, type FakeVoice } from '../helpers/fake-speech.ts';
import { FIXTURES } from '../helpers/pages.ts';
import { E2E_BUILD, launchChromium, type LucidChromium } from './lib/chromium.ts';
import { inOverlay, pageState, waitUntil } from './lib/page-state.ts';
import { startTestServer, type TestServer } from './lib/test-server.ts';

const ARTIFACTS = join(import.meta.dirname, 'artifacts');
const seed = JSON.parse(readFileSync(join(FIXTURES, 'korea-herald', 'seed-expected.json'), 'utf8')) as { paragraphs: string[] };

let server: TestServer;
let lucid: LucidChromium;

beforeAll(async () => {
  server = await startTestServer();
  lucid = await launchChromium(E2E_BUILD);
});

afterAll(async () => {
  // Unset when beforeAll failed part-way.
  await (lucid as LucidChromium | undefined)?.close();
  await (server as TestServer | undefined)?.close();
});

interface ExecutionContext {
  id: number;
  origin: string;
  auxData?: { type?: string; isDefault?: boolean };
}

/** The fake speech engine in Lucid's isolated world of the tab: DevTools can reach that world; the page cannot. */
class WorldSpeech {
  private constructor(
    private readonly cdp: CDPSession,
    private readonly contextId: number,
  ) {}

  /** Waits for Lucid's world (it exists once the popup has read the page) and installs the fake there. */
  static async install(cdp: CDPSession, voices: FakeVoice[]): Promise<WorldSpeech> {
    const contexts: ExecutionContext[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context as ExecutionContext));
    await cdp.send('Runtime.enable');
    const lucidWorld = () => contexts.find((context) => context.origin.startsWith(`chrome-extension://${lucid.extensionId}`) && !context.auxData?.isDefault);
    await waitUntil(() => Promise.resolve(Boolean(lucidWorld())), "Lucid's isolated world in the tab");
    const world = new WorldSpeech(cdp, lucidWorld()!.id);
    await world.run(`(${installFakeSpeech.toString()})(globalThis, ${JSON.stringify(voices)}); true`);
    return world;
  }

  async run<T>(expression: string): Promise<T> {
    const { result, exceptionDetails } = await this.cdp.send('Runtime.evaluate', {
      expression,
      contextId: this.contextId,
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(`${exceptionDetails.text} ${exceptionDetails.exception?.description ?? ''}`);
    return result.value as T;
  }

  /** Calls the fake: `start()`, `boundary(4, 9)`, `end()`. */
  call(call: string): Promise<unknown> {
    return this.run(`globalThis.${FAKE_SPEECH_KEY}.${call}`);
  }

  spoken(): Promise<FakeSpeech['spoken']> {
    return this.run(`globalThis.${FAKE_SPEECH_KEY}.spoken`);
  }

  async lastSpoken(): Promise<string | undefined> {
    return (await this.spoken()).at(-1)?.text;
  }

  cancels(): Promise<number> {
    return this.run(`globalThis.${FAKE_SPEECH_KEY}.cancels`);
  }
}

async function openArticle(slug: string): Promise<Page> {
  const page = await lucid.context.newPage();
  await page.setViewportSize({ width: 1200, height: 850 });
  await page.goto(server.articleUrl(slug));
  return page;
}

/** The popup reads the page (Lucid's world comes to be), the fake goes in, then reader mode opens from the popup. */
async function openReaderWithFakeSpeech(page: Page, cdp: CDPSession, voices: FakeVoice[]): Promise<WorldSpeech> {
  const popup = await lucid.clickToolbarIcon(page);
  await popup.waitFor("document.querySelector('.lucid-body p')", 'the article in the popup');
  const speech = await WorldSpeech.install(cdp, voices);
  await popup.click('[data-action=reader-mode]');
  await waitUntil(
    async () => Boolean(await inOverlay<boolean>(cdp, "return Boolean(this.querySelector('.lucid-reader[data-ready] .lucid-body p'))")),
    'the whole article view in the overlay',
  );
  return speech;
}

const speakingText = (cdp: CDPSession) =>
  inOverlay<string>(cdp, "return [...this.querySelectorAll('.lucid-speaking')].map((span) => span.textContent).join('')");
const status = (cdp: CDPSession) => inOverlay<string>(cdp, "return this.querySelector('.lucid-listen-status')?.textContent ?? ''");
const clickInOverlay = (cdp: CDPSession, selector: string) => inOverlay(cdp, `this.querySelector(${JSON.stringify(selector)}).click();`);
/** Clicks the article paragraph that starts with `start`, as a person clicks on its text. */
const clickParagraph = (cdp: CDPSession, start: string) =>
  inOverlay(cdp, `[...this.querySelectorAll('.lucid-body p')].find((p) => p.textContent.startsWith(${JSON.stringify(start)})).click();`);

const english = voice('Fake English', 'en-US', true, true);
const englishToo = voice('Fake English Two', 'en-GB');
const german = voice('Fake German', 'de-DE');

describe('Listen in reader mode, with a fake speech engine', () => {
  test('reads the article in order, the highlight follows in the overlay, and closing stops it and leaves the page as it was', async () => {
    const page = await openArticle('korea-herald');
    const cdp = await lucid.context.newCDPSession(page);
    const before = await pageState(page, cdp);
    const speech = await openReaderWithFakeSpeech(page, cdp, [english, englishToo]);

    await clickInOverlay(cdp, '[data-action=listen]');
    await waitUntil(async () => (await speech.spoken()).length === 1, 'the first utterance');
    const [caption] = await speech.spoken();
    // The article opens with its lead image and caption: the caption is read first, in the on-device voice for English.
    expect(caption).toMatchObject({ voice: 'Fake English', lang: 'en-US', rate: 1 });
    expect(caption!.text).toMatch(/^Clockwise from top left: The US, Japanese and South Korean flags\./);
    expect(await speakingText(cdp)).toBe(caption!.text);
    while (!(await speech.lastSpoken())?.startsWith('The top diplomats')) {
      await speech.call('end()');
      expect((await speech.spoken()).length).toBeLessThan(5);
    }
    // The first paragraph's sentence is 263 characters: it is read in two, cut after a comma.
    expect(await speech.lastSpoken()).toBe(
      'The top diplomats from South Korea, the US and Japan reaffirmed their commitment to dealing with growing military exchanges between Russia and North Korea,',
    );
    // The whole sentence is marked in the overlay (the caption no longer), and scrolled into view.
    expect(await speakingText(cdp)).toBe(seed.paragraphs[0]);
    await waitUntil(
      async () =>
        Boolean(
          await inOverlay<boolean>(
            cdp,
            "const box = this.querySelector('.lucid-speaking').getBoundingClientRect(); return box.top >= 0 && box.bottom <= innerHeight;",
          ),
        ),
      'the sentence in view',
    );

    await speech.call('start()');
    await speech.call('boundary(8, 9)');
    expect(await inOverlay<string>(cdp, "return this.querySelector('mark.lucid-word')?.textContent")).toBe('diplomats');
    await speech.call('end()');
    expect(await speech.lastSpoken()).toMatch(/^calling them a serious global threat/);
    expect(await inOverlay<string | null>(cdp, "return this.querySelector('mark.lucid-word')")).toBeNull();
    await speech.call('end()');
    expect(await speech.lastSpoken()).toMatch(/^Foreign Minister Park Jin, US Secretary of State/);
    expect(await speakingText(cdp)).toMatch(/^Foreign Minister Park Jin, .* the Korean Foreign Ministry said\.$/);

    await clickInOverlay(cdp, '[data-action=listen-next]');
    expect(await speech.lastSpoken()).toMatch(/^The three-way meeting Tuesday/);
    await clickParagraph(cdp, 'Park struck a similar chord');
    expect(await speech.lastSpoken()).toMatch(/^Park struck a similar chord/);
    expect(await speakingText(cdp)).toMatch(/^Park struck a similar chord/);
    await speech.call('boundary(5, 6)');
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, 'overlay-listen.png'), await page.screenshot({ caret: 'initial' }));

    // K pauses and plays while the overlay has focus (on its toolbar since it opened).
    const cancels = await speech.cancels();
    await page.keyboard.press('k');
    await waitUntil(async () => (await speech.cancels()) === cancels + 1, 'K to pause');
    expect(await inOverlay<string>(cdp, "return this.querySelector('[data-action=listen-play]').getAttribute('aria-label')")).toBe('Play');
    const count = (await speech.spoken()).length;
    await page.keyboard.press('k');
    await waitUntil(async () => (await speech.spoken()).length === count + 1, 'K to play');
    expect(await speech.lastSpoken()).toMatch(/^Park struck a similar chord/);

    // Quotes announced, once the person asks for it in the settings.
    await clickInOverlay(cdp, '[data-action=settings]');
    await inOverlay(
      cdp,
      "const select = [...this.querySelectorAll('.lucid-settings-group select')].pop(); select.value = 'announce'; select.dispatchEvent(new Event('change', { bubbles: true }));",
    );
    await clickParagraph(cdp, '“Looking around the world');
    await waitUntil(async () => (await speech.lastSpoken()) === 'Antony Blinken said:', 'the announcement');
    await speech.call('end()');
    expect(await speech.lastSpoken()).toBe('“Looking around the world, there is so much work for us to do together,” Blinken said at the get-together.');

    // Escape closes reader mode: the reading stops, and nothing is spoken after.
    const cancelsBeforeClose = await speech.cancels();
    await page.keyboard.press('Escape');
    await waitUntil(async () => (await page.locator('lucid-reader').count()) === 0, 'the overlay to close');
    expect(await speech.cancels()).toBe(cancelsBeforeClose + 1);
    expect(await speech.run(`globalThis.${FAKE_SPEECH_KEY}.current() ?? null`)).toBeNull();
    const spokenAtClose = (await speech.spoken()).length;
    await speech.call('end()');
    expect(await speech.spoken()).toHaveLength(spokenAtClose);
    expect(await pageState(page, cdp)).toEqual(before);
    // The highlight never reached the page: only Lucid's copy in the closed shadow root had it.
    expect(await page.evaluate(() => document.querySelectorAll('.lucid-sentence, .lucid-speaking, mark.lucid-word').length)).toBe(0);

    await speech.run("chrome.storage.local.remove('speechQuotes').then(() => true)").catch(() => undefined);
    await cdp.detach();
    await page.close();
  });

  test('says when the device has no voice for the article’s language, offers the interface language’s, and reads only when asked', async () => {
    const page = await openArticle('mk-korean-president');
    const cdp = await lucid.context.newCDPSession(page);
    const speech = await openReaderWithFakeSpeech(page, cdp, [german, english]);
    await clickInOverlay(cdp, '[data-action=listen]');
    await waitUntil(async () => ((await status(cdp)) ?? '').includes('This device has no Korean voice'), 'the no-voice message');
    const options = await inOverlay<{ value: string; labels: string[] }>(
      cdp,
      "const select = this.querySelector('select[data-setting=voice]'); return { value: select.value, labels: [...select.options].map((option) => option.textContent) };",
    );
    expect(options).toEqual({ value: english.voiceURI, labels: ['Fake English (en-US)', 'Fake German (de-DE)'] });
    await new Promise((done) => setTimeout(done, 300));
    expect(await speech.spoken()).toEqual([]);

    await clickInOverlay(cdp, '[data-action=listen-play]');
    await waitUntil(async () => (await speech.spoken()).length === 1, 'the first utterance');
    const [first] = await speech.spoken();
    expect(first).toMatchObject({ voice: 'Fake English', lang: 'en-US' });
    expect(first!.text).toMatch(/\p{Script=Hangul}/u);
    expect(await speakingText(cdp)).toBe(first!.text);

    await clickInOverlay(cdp, '[data-action=listen-close]');
    await waitUntil(async () => (await speech.cancels()) === 1, 'the reading to stop');
    expect(await inOverlay<number>(cdp, "return this.querySelectorAll('.lucid-listen, .lucid-sentence').length")).toBe(0);
    await page.keyboard.press('Escape');
    await cdp.detach();
    await page.close();
  });
});

test('no request left the browser for any host but the local test server', () => {
  expect(lucid.proxy.attempts).toEqual([]);
});
