/**
 * The background's message handlers on WXT's fakeBrowser, called through the
 * same typed messaging the overlay uses: the reader font, quote links, the
 * overlay's modules and its summary and quotes, the popup's read started by the toolbar click.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerMessageHandlers } from '../../utils/extension/background-handlers.ts';
import { sendMessage } from '../../utils/extension/messaging.ts';

const PUBLIC = join(import.meta.dirname, '..', '..', 'public');
let removeHandlers: () => void;
const realFetch = globalThis.fetch;
beforeEach(() => {
  fakeBrowser.reset();
  removeHandlers = registerMessageHandlers();
});
afterEach(() => {
  removeHandlers();
  // (Not vi.unstubAllGlobals: WXT's setup stubs `chrome` and `browser` as globals too.)
  globalThis.fetch = realFetch;
});

test('readerFont sends both weights of the shipped font, intact', async () => {
  const requested: string[] = [];
  globalThis.fetch = vi.fn((url: string) => {
    requested.push(url);
    const file = join(PUBLIC, new URL(url).pathname);
    return Promise.resolve(new Response(readFileSync(file)));
  }) as unknown as typeof fetch;
  const fonts = await sendMessage('readerFont', undefined);
  expect(fonts.map((font) => font.weight)).toEqual([400, 700]);
  expect(requested.every((url) => url.startsWith(`chrome-extension://${fakeBrowser.runtime.id}/fonts/`))).toBe(true);
  expect(Buffer.from(fonts[0]!.base64, 'base64').equals(readFileSync(join(PUBLIC, 'fonts', 'opendyslexic-latin-400-normal.woff2')))).toBe(true);
});

test("reader mode's summary and quotes come from the background, off the page's thread; a message that is no article's text gets an error", async () => {
  const text = 'The minister spoke on Monday.\n\n“We will build the bridge next year,” said Maria Lopez, the transport minister.';
  const analysis = await sendMessage('analyzeText', { text, prose: text, title: 'Bridge', lang: 'en' });
  expect(analysis.quotes.map((quote) => [quote.text, quote.speaker])).toEqual([['We will build the bridge next year,', 'Maria Lopez']]);
  expect(analysis.summaryPicks.length).toBeGreaterThan(0);
  await expect(sendMessage('analyzeText', { text: 42 } as never)).rejects.toThrow('Not an article text to analyse.');
});

test('readerFont says which font file is missing when the build lacks it', async () => {
  globalThis.fetch = vi.fn(() => Promise.resolve(new Response('', { status: 404 })));
  await expect(sendMessage('readerFont', undefined)).rejects.toThrow('The font /fonts/opendyslexic-latin-400-normal.woff2 is missing from the build');
});

test('quoteFragment from a sender that is not a tab injects nothing and answers with no fragment', async () => {
  const executeScript = vi.fn();
  (fakeBrowser.scripting as unknown as { executeScript: unknown }).executeScript = executeScript;
  expect(await sendMessage('quoteFragment', { quote: 'We will', before: '', after: '' })).toBeNull();
  expect(executeScript).not.toHaveBeenCalled();
});

/** A message as the browser delivers it to the background from `sender` (WXT's fake browser gives sendMessage no sender). */
async function deliver(type: string, data: unknown, sender: object): Promise<unknown> {
  const onMessage = fakeBrowser.runtime.onMessage as unknown as {
    trigger(message: unknown, sender: object, respond: (answer: unknown) => void): Promise<unknown>;
  };
  return new Promise((respond) => void onMessage.trigger({ id: 1, type, data, timestamp: Date.now() }, sender, respond));
}

test('loadOverlayModule injects the module asked for into the asking tab and frame', async () => {
  const executeScript = vi.fn(() => Promise.resolve([]));
  (fakeBrowser.scripting as unknown as { executeScript: unknown }).executeScript = executeScript;
  await deliver('loadOverlayModule', 'listen', { tab: { id: 7 }, frameId: 3 });
  expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [3] }, files: ['/listen.js'] });
});

test('loadOverlayModule from no tab, or for a file that is no overlay module, injects nothing', async () => {
  const executeScript = vi.fn(() => Promise.resolve([]));
  (fakeBrowser.scripting as unknown as { executeScript: unknown }).executeScript = executeScript;
  await expect(sendMessage('loadOverlayModule', 'citation')).rejects.toThrow('Reader mode runs in a tab.');
  expect(JSON.stringify(await deliver('loadOverlayModule', '/extract.js', { tab: { id: 7 }, frameId: 0 }))).toContain('No such module');
  expect(executeScript).not.toHaveBeenCalled();
});
