/**
 * Running Lucid's scripts in a tab, with the browser's scripting API under
 * the activeTab grant (or a site the person chose to always open). Only the
 * files the extension ships are injected.
 */
import { browser } from 'wxt/browser';
import type { PageReadResult, PageRequest } from './page-reader.ts';
import { QUOTE_LINK_REQUEST_KEY, type QuoteLinkRequest } from './quote-locator.ts';
import type { TextFragment } from '../output/text-fragment.ts';
import { REST_REQUEST_KEY, type ContinueAfter } from '../pipeline/join-rest.ts';
import type { ArticleRest, ExtractFailure } from '../types.ts';

export async function toggleReaderInTab(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: ['/reader.js'] });
}

export async function countElements(tabId: number): Promise<number> {
  const [result] = await browser.scripting.executeScript({ target: { tabId }, func: () => document.getElementsByTagName('*').length });
  return typeof result?.result === 'number' ? result.result : 0;
}

/** executeScript fails this way on pages the browser keeps from extensions (error pages, other extensions, the web store). */
const FORBIDDEN = /cannot (access|be scripted)|extensions gallery|missing host permission|no tab with id|frame with id 0 is showing error page/i;

export const READ_MESSAGES = {
  forbidden: 'The browser does not let extensions read this page.',
  noResult: 'The page returned nothing Lucid could read.',
  failed: 'Lucid could not run in this page',
} as const;

/** Leaves `value` in the tab's isolated world under `key`, for the script injected next. */
async function leaveInTab(tabId: number, key: string, value: unknown): Promise<void> {
  await browser.scripting.executeScript({
    target: { tabId },
    func: (name: string, data: unknown) => {
      (globalThis as Record<string, unknown>)[name] = data;
    },
    args: [key, value],
  });
}

/**
 * Runs one of Lucid's reading scripts in the tab; its return value is the
 * result. A request is left in the tab's isolated world first (one more
 * round trip, spared on the ordinary click). Never throws: a page the browser
 * forbids, a script that fails and a page that returns nothing each come back
 * as a failure with a sentence a person can read.
 */
async function runInTab(tabId: number, file: '/extract.js' | '/rest.js', request?: { key: string; value: unknown }): Promise<unknown> {
  let result: unknown;
  try {
    if (request) await leaveInTab(tabId, request.key, request.value);
    const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: [file] });
    result = injection?.result;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (FORBIDDEN.test(message)) return { ok: false, reason: 'restricted', message: READ_MESSAGES.forbidden };
    return { ok: false, reason: 'failed', message: `${READ_MESSAGES.failed}: ${message}` };
  }
  if (!result || typeof result !== 'object' || !('ok' in result)) return { ok: false, reason: 'failed', message: READ_MESSAGES.noResult };
  return result;
}

/** The article in the tab ("Show anyway" with `force`). */
export async function readTab(tabId: number, request: PageRequest): Promise<PageReadResult> {
  return (await runInTab(tabId, '/extract.js', request.force ? { key: '__lucidPageRequest', value: request } : undefined)) as PageReadResult;
}

/** The rest of a very long page's article, after the beginning already shown (rest.js). */
export async function readRestInTab(tabId: number, after: ContinueAfter): Promise<ArticleRest | ExtractFailure> {
  return (await runInTab(tabId, '/rest.js', { key: REST_REQUEST_KEY, value: after })) as ArticleRest | ExtractFailure;
}

/** The text fragment for a quote, computed in the tab's live page; null when none addresses it alone, or the tab cannot be reached. */
export async function quoteFragmentInTab(tabId: number, request: QuoteLinkRequest): Promise<TextFragment | null> {
  try {
    await leaveInTab(tabId, QUOTE_LINK_REQUEST_KEY, request);
    const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: ['/quote-link.js'] });
    const fragment = injection?.result as TextFragment | null | undefined;
    return fragment && typeof fragment.textStart === 'string' ? fragment : null;
  } catch {
    return null;
  }
}
