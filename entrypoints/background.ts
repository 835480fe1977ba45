/**
 * The background: in Chromium it hears the toolbar click and starts reading
 * the page while the popup opens (click-read.ts), and works out the article's
 * summary and quotes before the popup asks (click-analysis.ts); the keyboard command and the
 * context menu open or close the in-page reader, which gets its font from
 * here and has its heavier modules injected on first need (overlay-modules.ts);
 * it keeps the reader registered on the sites the person chose to always open.
 * It never touches a page unless the person asked.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { registerMessageHandlers, registerSiteHandlers } from '../utils/extension/background-handlers.ts';
import { toggleReaderInTab } from '../utils/extension/inject.ts';
import { t } from '../utils/extension/i18n.ts';
import { buttonHasPopup, canOpenPopupFromBackground, openPopupAfterClick, POPUP_PAGE, startClickRead } from '../utils/extension/click-read.ts';
import { analyseClickRead } from '../utils/extension/click-analysis.ts';

const MENU_ID = 'lucid-reader-mode';

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
  registerMessageHandlers();
  registerSiteHandlers();
  listenForToolbarClicks();
});

/**
 * Where the toolbar button has no popup of its own (the Chromium build, click-read.ts), the click comes here: the
 * page is read from this moment while the popup opens. A browser that cannot open the popup from here gets the
 * popup back on the button.
 */
function listenForToolbarClicks(): void {
  if (buttonHasPopup()) return;
  if (!canOpenPopupFromBackground()) {
    void browser.action.setPopup({ popup: POPUP_PAGE });
    return;
  }
  browser.action.onClicked.addListener((tab) => {
    if (tab.id === undefined) {
      // No tab to read (not a page's toolbar): the popup the browser's own way, once.
      void browser.action.setPopup({ popup: POPUP_PAGE }).then(() => browser.action.openPopup().finally(() => browser.action.setPopup({ popup: '' })));
      return;
    }
    const click = startClickRead({ id: tab.id, url: tab.url }, analyseClickRead);
    void openPopupAfterClick({ id: tab.id, windowId: tab.windowId }, click);
  });
}
