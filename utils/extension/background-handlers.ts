/**
 * What the background answers: the overlay's font, quote links, Print, its summary and key quotes, the scripts
 * of its citations and Listen (overlay-modules.ts), the popup's read started by the toolbar click, and the
 * always-open sites (the browser's permission events, startup). In a module of its own so the tests can start
 * it on WXT's fake browser. The worker starts again for most clicks (click-read.ts), so what it carries is
 * weighed in the size budgets: the summary and quote finder, which serve the click's popup (click-analysis.ts)
 * and reader mode; not the citation engine.
 */
import { browser } from 'wxt/browser';
import { clickedTab, takeClickRead } from './click-read.ts';
import { analyzeText } from '../reading/analyze.ts';
import { isTextToAnalyze } from '../reading/article-text.ts';
import { quoteFragmentInTab } from './inject.ts';
import { onMessage } from './messaging.ts';
import { isOverlayModuleName, OVERLAY_MODULES } from './overlay-modules.ts';
import { isPrintJob, openPrintPage } from './print-job.ts';
import { forgetSite, restoreSites, sitesGranted, sitesRevoked } from './site-permissions.ts';

const FONT_FILES = [
  { weight: 400, path: '/fonts/opendyslexic-latin-400-normal.woff2' },
  { weight: 700, path: '/fonts/opendyslexic-latin-700-normal.woff2' },
] as const;

function toBase64(buffer: ArrayBuffer): string {
  let binary = '';
  const bytes = new Uint8Array(buffer);
  for (let index = 0; index < bytes.length; index += 0x8000) binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return btoa(binary);
}

/** Registers the handlers; returns what removes them (for tests). */
export function registerMessageHandlers(): () => void {
  const removers = [
    onMessage('readerFont', async () =>
      Promise.all(
        FONT_FILES.map(async ({ weight, path }) => {
          const response = await fetch(browser.runtime.getURL(path));
          if (!response.ok) throw new Error(`The font ${path} is missing from the build`);
          return { weight, base64: toBase64(await response.arrayBuffer()) };
        }),
      ),
    ),
    // Only into the tab the overlay that asked lives in: a message names no other tab.
    onMessage('quoteFragment', ({ data, sender }) => (sender.tab?.id === undefined ? null : quoteFragmentInTab(sender.tab.id, data))),
    onMessage('forgetSite', ({ data }) => forgetSite(data)),
    // The popup, for the tab and the read its click started: an extension page, in no tab (the overlay never asks).
    onMessage('clickedTab', ({ data, sender }) => (sender.tab ? null : clickedTab(data))),
    onMessage('takeClickRead', ({ data, sender }) => (sender.tab ? null : takeClickRead(data))),
    // Reader mode's summary and key quotes, worked out here rather than on the page's thread, where a live blog's
    // 300 000 characters held the page still for a second or more.
    onMessage('analyzeText', ({ data }) => {
      if (!isTextToAnalyze(data)) throw new Error('Not an article text to analyse.');
      return analyzeText(data);
    }),
    // Only Lucid's own files, only into the tab (and frame) whose reader asked, which the person opened reader mode in.
    onMessage('loadOverlayModule', async ({ data, sender }) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new Error('Reader mode runs in a tab.');
      if (!isOverlayModuleName(data)) throw new Error(`No such module: ${String(data)}`);
      await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [OVERLAY_MODULES[data].file] });
    }),
    onMessage('printArticle', async ({ data, sender }) => {
      if (!isPrintJob(data)) throw new Error('Not an article to print.');
      const [active] = sender.tab ? [sender.tab] : await browser.tabs.query({ active: true, currentWindow: true });
      await openPrintPage(data, active);
    }),
  ];
  return () => removers.forEach((remove) => remove());
}

export function registerSiteHandlers(): void {
  browser.permissions.onAdded.addListener((permissions) => void sitesGranted(permissions.origins));
  browser.permissions.onRemoved.addListener((permissions) => void sitesRevoked(permissions.origins));
  browser.runtime.onStartup.addListener(() => void restoreSites());
  browser.runtime.onInstalled.addListener(() => void restoreSites());
}
