/**
 * Running Lucid's scripts in a tab, with the browser's scripting API under
 * the activeTab grant. Only the files the extension ships are injected.
 */
import { browser } from 'wxt/browser';
import type { PageRequest } from './page-reader.ts';
import type { ExtractResult } from '../types.ts';

export async function toggleReaderInTab(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: ['/reader.js'] });
}

export async function countElements(tabId: number): Promise<number> {
  const [result] = await browser.scripting.executeScript({ target: { tabId }, func: () => document.getElementsByTagName('*').length });
  return typeof result?.result === 'number' ? result.result : 0;
}

/**
 * Runs the extraction script in the tab; its return value is the article. A
 * request other than the default ("Show anyway") is left in the tab's isolated
 * world first: one more round trip, spared on the ordinary click.
 */
export async function readTab(tabId: number, request: PageRequest): Promise<ExtractResult> {
  if (request.force) {
    await browser.scripting.executeScript({
      target: { tabId },
      func: (value: PageRequest) => {
        (globalThis as Record<string, unknown>).__lucidPageRequest = value;
      },
      args: [request],
    });
  }
  const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: ['/extract.js'] });
  const result = injection?.result as ExtractResult | undefined;
  if (!result || typeof result !== 'object' || !('ok' in result)) {
    return { ok: false, reason: 'failed', message: 'The page returned nothing Lucid could read.' };
  }
  return result;
}
