/**
 * The background: the keyboard command and the context menu open or close the
 * in-page reader, and the overlay gets its font and its citations from here
 * (so neither is injected into pages). It never touches a page unless the
 * person asked.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { toggleReaderInTab } from '../utils/extension/inject.ts';
import { formatCitationLocally } from '../utils/citation/local-formatter.ts';
import { CITATION_STYLES } from '../utils/citation/styles-list.ts';
import { t } from '../utils/extension/i18n.ts';
import { onMessage } from '../utils/extension/messaging.ts';
import { isPrintJob, openPrintPage } from '../utils/extension/print-job.ts';

const MENU_ID = 'lucid-reader-mode';
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

async function toggleInActiveTab(tabId?: number): Promise<void> {
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined) return;
  try {
    await toggleReaderInTab(id);
  } catch {
    // A page the browser forbids (a browser page, the web store): nothing to open there.
  }
}

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: t('contextMenuReader'), contexts: ['page'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID) void toggleInActiveTab(tab?.id);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'toggle-reader') void toggleInActiveTab(tab?.id);
  });
  onMessage('formatCitation', ({ data }) => {
    if (!CITATION_STYLES.includes(data.style)) throw new Error(`Unknown citation style: ${data.style}`);
    return formatCitationLocally(data);
  });
  // Only Lucid's own file, only into the tab (and frame) whose reader asked, which the person opened reader mode in.
  onMessage('loadListen', async ({ sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) throw new Error('Listen runs in reader mode, in a tab.');
    await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: ['/listen.js'] });
  });
  onMessage('printArticle', async ({ data, sender }) => {
    if (!isPrintJob(data)) throw new Error('Not an article to print.');
    const [active] = sender.tab ? [sender.tab] : await browser.tabs.query({ active: true, currentWindow: true });
    await openPrintPage(data, active);
  });
  onMessage('readerFont', async () =>
    Promise.all(
      FONT_FILES.map(async ({ weight, path }) => ({
        weight,
        base64: toBase64(await (await fetch(browser.runtime.getURL(path))).arrayBuffer()),
      })),
    ),
  );
});
