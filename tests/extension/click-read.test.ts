/**
 * The read the toolbar click starts in the background (Chromium): it starts at once for a page the browser lets
 * Lucid read, the popup takes it once, and the popup opens from the background with the button left without one.
 */
import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clickedTab, openPopupAfterClick, startClickRead, takeClickRead } from '../../utils/extension/click-read.ts';

const article = { ok: true, article: { title: 'A' }, meta: {} };
let executeScript: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fakeBrowser.reset();
  executeScript = vi.fn(() => Promise.resolve([{ result: article }]));
  (fakeBrowser.scripting as unknown as { executeScript: unknown }).executeScript = executeScript;
});

test('a click on a page starts reading it at once, and the popup takes that read once', async () => {
  startClickRead({ id: 4, url: 'https://news.example/story' });
  expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 4 }, files: ['/extract.js'] });
  // The popup learns the clicked tab at once, whichever tab the browser calls active.
  expect(clickedTab()).toEqual({ id: 4, url: 'https://news.example/story' });
  expect(await takeClickRead()).toEqual({ tabId: 4, result: article });
  expect(clickedTab()).toBeNull();
  // A second popup, or "Try again", reads the page afresh.
  expect(await takeClickRead()).toBeNull();
});

test('a click on a page the browser keeps from extensions starts no read (the popup says why)', async () => {
  startClickRead({ id: 5, url: 'chrome://settings' });
  expect(executeScript).not.toHaveBeenCalled();
  expect(clickedTab()).toEqual({ id: 5, url: 'chrome://settings' });
  expect(await takeClickRead()).toBeNull();
});

test('the popup opens for the clicked tab, and the button is left without a popup, so the next click comes back', async () => {
  const calls: string[] = [];
  const action = fakeBrowser.action as unknown as Record<string, unknown>;
  action.setPopup = vi.fn(
    (details: { popup: string; tabId?: number }) => (calls.push(`set ${details.popup || '(none)'} ${details.tabId ?? 'all'}`), Promise.resolve()),
  );
  action.openPopup = vi.fn((options?: { windowId?: number }) => (calls.push(`open ${options?.windowId}`), Promise.resolve()));
  expect(await openPopupAfterClick({ id: 4, windowId: 2 })).toBe(true);
  expect(calls).toEqual(['set popup.html 4', 'open 2', 'set (none) 4']);
});

test('where the browser will not open the popup, the tab keeps its popup, so the next click there opens it', async () => {
  const calls: string[] = [];
  const action = fakeBrowser.action as unknown as Record<string, unknown>;
  action.setPopup = vi.fn(
    (details: { popup: string; tabId?: number }) => (calls.push(`set ${details.popup || '(none)'} ${details.tabId ?? 'all'}`), Promise.resolve()),
  );
  action.openPopup = vi.fn(() => Promise.reject(new Error('Failed to open popup.')));
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  expect(await openPopupAfterClick({ id: 4, windowId: 2 })).toBe(false);
  expect(calls).toEqual(['set popup.html 4']);
});
