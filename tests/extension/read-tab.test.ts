/**
 * Reading a tab (utils/extension/inject.ts) when it goes wrong, on WXT's
 * fakeBrowser with executeScript stubbed as the browser behaves: each failure
 * comes back as a result with a sentence a person can read, never a throw.
 */
import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { quoteFragmentInTab, READ_MESSAGES, readTab } from '../../utils/extension/inject.ts';
import { restrictedReason } from '../../utils/extension/restricted.ts';

type Injection = { target: { tabId: number }; files?: string[]; func?: unknown; args?: unknown[] };

function stubExecuteScript(onFile: (injection: Injection) => unknown) {
  const calls: Injection[] = [];
  (fakeBrowser.scripting as unknown as { executeScript: unknown }).executeScript = vi.fn((injection: Injection) => {
    calls.push(injection);
    // The first call of each read leaves the request (a function); the second runs the file.
    if (!injection.files) return Promise.resolve([{ frameId: 0, result: undefined }]);
    return Promise.resolve(onFile(injection));
  });
  return calls;
}

beforeEach(() => {
  fakeBrowser.reset();
});

test('restricted addresses are known before anything is injected', () => {
  expect(restrictedReason('chrome://settings')).toBe('browser-page');
  expect(restrictedReason('https://chromewebstore.google.com/detail/x')).toBe('web-store');
  expect(restrictedReason('https://example.com/report.pdf')).toBe('pdf');
  expect(restrictedReason('file:///home/me/page.html')).toBe('local-file');
  expect(restrictedReason(undefined)).toBe('no-address');
  expect(restrictedReason('https://news.example/story')).toBeUndefined();
});

test('a page the browser forbids (executeScript refuses it) is "restricted", with a sentence that says so', async () => {
  stubExecuteScript(() => {
    throw new Error('Cannot access a chrome:// URL');
  });
  expect(await readTab(7, {})).toEqual({ ok: false, reason: 'restricted', message: READ_MESSAGES.forbidden });
  (fakeBrowser.scripting as unknown as { executeScript: unknown }).executeScript = () =>
    Promise.reject(new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.'));
  expect(await readTab(7, {})).toEqual({ ok: false, reason: 'restricted', message: READ_MESSAGES.forbidden });
});

test('executeScript failing for another reason is "failed", with the browser\'s words', async () => {
  stubExecuteScript(() => {
    throw new Error('The tab was closed.');
  });
  expect(await readTab(7, {})).toEqual({ ok: false, reason: 'failed', message: `${READ_MESSAGES.failed}: The tab was closed.` });
});

test('a script that returns nothing, or not a result, is "failed" with a message', async () => {
  stubExecuteScript(() => [{ frameId: 0, result: undefined }]);
  expect(await readTab(7, {})).toEqual({ ok: false, reason: 'failed', message: READ_MESSAGES.noResult });
  stubExecuteScript(() => []);
  expect((await readTab(7, {})).ok).toBe(false);
  stubExecuteScript(() => [{ frameId: 0, result: 'hello' }]);
  expect(await readTab(7, {})).toEqual({ ok: false, reason: 'failed', message: READ_MESSAGES.noResult });
});

test('a page too large to read comes back as the page said, with its message; the request reaches the page first', async () => {
  const tooLarge = { ok: false, reason: 'too-large', message: 'This page has 300,000 elements, more than Lucid reads safely.' };
  const calls = stubExecuteScript(() => [{ frameId: 0, result: tooLarge }]);
  expect(await readTab(7, { force: true })).toEqual(tooLarge);
  expect(calls.map((call) => call.target.tabId)).toEqual([7, 7]);
  expect(calls[0]!.args).toEqual(['__lucidPageRequest', { force: true }]);
  expect(calls[1]!.files).toEqual(['/extract.js']);
});

test('the quote link asks the tab, and is null when the tab cannot be reached or the page finds no fragment', async () => {
  const calls = stubExecuteScript(() => [{ frameId: 0, result: { textStart: 'We will' } }]);
  expect(await quoteFragmentInTab(3, { quote: 'We will', before: '', after: '' })).toEqual({ textStart: 'We will' });
  expect(calls[1]!.files).toEqual(['/quote-link.js']);
  stubExecuteScript(() => [{ frameId: 0, result: null }]);
  expect(await quoteFragmentInTab(3, { quote: 'We will', before: '', after: '' })).toBeNull();
  stubExecuteScript(() => {
    throw new Error('No tab with id: 3');
  });
  expect(await quoteFragmentInTab(3, { quote: 'We will', before: '', after: '' })).toBeNull();
});
