/**
 * The read the toolbar click starts in the background (Chromium): it starts at once for a page the browser lets
 * Lucid read, only the popup opened for that click takes it, once, and the popup opens from the background with the
 * button left without one.
 */
import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clickedTab, clickOfPopup, openPopupAfterClick, startClickRead, takeClickRead } from '../../utils/extension/click-read.ts';
import { registerMessageHandlers } from '../../utils/extension/background-handlers.ts';

const article = (tabId: number) => ({
  ok: true,
  article: { title: `Story in tab ${tabId}`, text: STORY, prose: STORY },
  meta: { title: `Story in tab ${tabId}`, lang: 'en' },
});
const STORY = '“The new line will cut the trip to the airport to twenty minutes,” said Ana Ruiz, who runs the city’s transport office.';
let executeScript: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fakeBrowser.reset();
  executeScript = vi.fn((details: { target: { tabId: number } }) => Promise.resolve([{ result: article(details.target.tabId) }]));
  (fakeBrowser.scripting as unknown as { executeScript: unknown }).executeScript = executeScript;
});

test('a click on a page starts reading it at once, and its popup takes that read once', async () => {
  const click = startClickRead({ id: 4, url: 'https://news.example/story' });
  expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 4 }, files: ['/extract.js'] });
  // The popup learns the clicked tab at once, whichever tab the browser calls active.
  expect(clickedTab(click)).toEqual({ id: 4, url: 'https://news.example/story' });
  expect(await takeClickRead(click)).toEqual({ tabId: 4, result: article(4) });
  // "Try again" reads the page afresh.
  expect(await takeClickRead(click)).toBeNull();
  expect(clickedTab(click)).toBeNull();
});

test('two clicks in two windows: each popup gets its own tab and read, and a popup without a click gets none', async () => {
  const first = startClickRead({ id: 4, url: 'https://news.example/one' });
  const second = startClickRead({ id: 9, url: 'https://news.example/two' });
  expect(first).not.toBe(second);
  expect((await takeClickRead(second))?.result).toEqual(article(9));
  expect(clickedTab(first)).toEqual({ id: 4, url: 'https://news.example/one' });
  expect((await takeClickRead(first))?.result).toEqual(article(4));
  expect(clickOfPopup('?click=abc')).toBe('abc');
  expect(clickOfPopup('')).toBeNull();
  expect(clickedTab('not-a-click')).toBeNull();
});

test('a click on a page the browser keeps from extensions starts no read, and is done with once its popup knows the tab', async () => {
  const click = startClickRead({ id: 5, url: 'chrome://settings' });
  expect(executeScript).not.toHaveBeenCalled();
  expect(clickedTab(click)).toEqual({ id: 5, url: 'chrome://settings' });
  expect(clickedTab(click)).toBeNull();
  expect(await takeClickRead(click)).toBeNull();
});

test('only an extension page gets a click: a message from a tab (a content script) gets nothing', async () => {
  const remove = registerMessageHandlers();
  const click = startClickRead({ id: 4, url: 'https://news.example/story' });
  const onMessage = fakeBrowser.runtime.onMessage as unknown as {
    trigger(message: unknown, sender: object, respond: (answer: unknown) => void): Promise<unknown>;
  };
  const deliver = (type: string, sender: object) =>
    new Promise((respond) => void onMessage.trigger({ id: 1, type, data: click, timestamp: Date.now() }, sender, respond));
  expect(await deliver('clickedTab', { tab: { id: 4 } })).toEqual({ res: null });
  expect(await deliver('takeClickRead', { tab: { id: 4 } })).toEqual({ res: null });
  expect(await deliver('clickedTab', { url: 'chrome-extension://lucid/popup.html' })).toEqual({ res: { id: 4, url: 'https://news.example/story' } });
  remove();
});

test('the popup opens for the clicked tab with its click in the address, and the button is left without a popup', async () => {
  const calls: string[] = [];
  const action = fakeBrowser.action as unknown as Record<string, unknown>;
  action.setPopup = vi.fn(
    (details: { popup: string; tabId?: number }) => (calls.push(`set ${details.popup || '(none)'} ${details.tabId ?? 'all'}`), Promise.resolve()),
  );
  action.openPopup = vi.fn((options?: { windowId?: number }) => (calls.push(`open ${options?.windowId}`), Promise.resolve()));
  expect(await openPopupAfterClick({ id: 4, windowId: 2 }, 'c1')).toBe(true);
  expect(calls).toEqual(['set popup.html?click=c1 4', 'open 2', 'set (none) 4']);
});

test('where the browser will not open the popup, the tab keeps a popup that reads the page itself, so the next click there opens it', async () => {
  const calls: string[] = [];
  const action = fakeBrowser.action as unknown as Record<string, unknown>;
  action.setPopup = vi.fn(
    (details: { popup: string; tabId?: number }) => (calls.push(`set ${details.popup || '(none)'} ${details.tabId ?? 'all'}`), Promise.resolve()),
  );
  action.openPopup = vi.fn(() => Promise.reject(new Error('Failed to open popup.')));
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  expect(await openPopupAfterClick({ id: 4, windowId: 2 }, 'c1')).toBe(false);
  expect(calls).toEqual(['set popup.html?click=c1 4', 'set popup.html 4']);
});

test("the Chromium background: a toolbar click starts the read and opens the popup; Firefox's button keeps its own popup", async () => {
  const { default: background } = await import('../../entrypoints/background.ts');
  // What WXT's fake browser leaves unimplemented and the background only listens to here.
  const listenNowhere = { addListener: () => undefined };
  const stubListeners = () => {
    Object.assign(fakeBrowser.contextMenus as object, { onClicked: listenNowhere, create: () => undefined });
    Object.assign(fakeBrowser.commands as object, { onCommand: listenNowhere });
    Object.assign(fakeBrowser.permissions as object, { onAdded: listenNowhere, onRemoved: listenNowhere });
  };
  stubListeners();
  const calls: string[] = [];
  const action = fakeBrowser.action as unknown as Record<string, unknown>;
  action.setPopup = vi.fn(
    (details: { popup: string; tabId?: number }) => (calls.push(`set ${details.popup.replace(/=.*/, '=…') || '(none)'}`), Promise.resolve()),
  );
  action.openPopup = vi.fn(() => (calls.push('open'), Promise.resolve()));
  const runtime = fakeBrowser.runtime as unknown as { getManifest: () => object };
  runtime.getManifest = () => ({ manifest_version: 3, name: 'Lucid', version: '1', action: {} });
  background.main();
  await fakeBrowser.action.onClicked.trigger({ id: 4, url: 'https://news.example/story', windowId: 2 } as never);
  await vi.waitFor(() => expect(calls).toEqual(['set popup.html?click=…', 'open', 'set (none)']));
  expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 4 }, files: ['/extract.js'] });
  // The background analyses what it read (click-analysis.ts): the popup gets the summary and quotes with the read.
  const popupAddress = (action.setPopup as ReturnType<typeof vi.fn>).mock.calls[0]![0] as { popup: string };
  const read = await takeClickRead(clickOfPopup(popupAddress.popup.split('?')[1]!)!);
  expect(read?.analysis?.quotes.map((quote) => quote.speaker)).toEqual(['Ana Ruiz']);

  fakeBrowser.reset();
  stubListeners();
  const firefoxClicks = vi.fn();
  runtime.getManifest = () => ({ manifest_version: 3, name: 'Lucid', version: '1', action: { default_popup: 'popup.html' } });
  // A fresh background, as in another browser: its message handlers are registered once per module instance.
  vi.resetModules();
  (await import('../../entrypoints/background.ts')).default.main();
  fakeBrowser.action.onClicked.addListener(firefoxClicks);
  expect((fakeBrowser.action.onClicked as unknown as { hasListeners(): boolean }).hasListeners()).toBe(true);
  await fakeBrowser.action.onClicked.trigger({ id: 4, url: 'https://news.example/story', windowId: 2 } as never);
  // Only the test's own listener heard it: the background added none.
  expect(firefoxClicks).toHaveBeenCalledTimes(1);
  expect(executeScript).toHaveBeenCalledTimes(1);
});
