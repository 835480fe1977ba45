/**
 * The read that starts at the toolbar click (Chromium). A popup's page takes
 * some 250 ms after the click before its script can ask the browser which tab
 * it is for; a minimal popup then reads the page in another 30 ms, Lucid in
 * some 200 (injecting its script, then the page-side stages). So in Chromium
 * the toolbar button has no popup of its own: the background hears the click,
 * starts reading the tab that moment and opens the popup, which takes the
 * result (or the promise of it) instead of starting its own read. The click
 * grants activeTab as it does for a popup, so this reads no page the person
 * did not ask about, and nothing runs before the click.
 *
 * Firefox keeps its popup on the button: it opens its popup sooner, and its
 * background is no service worker that would wake for each click.
 */
import { browser } from 'wxt/browser';
import { readTab } from './inject.ts';
import type { PageReadResult } from './page-reader.ts';
import { restrictedReason } from './restricted.ts';
import type { TimedAnalysis } from './click-analysis.ts';

/** The tab the toolbar was clicked on, as the click gave it: the popup reads this one, not whichever tab it finds active. */
export interface ClickedTab {
  id: number;
  url?: string;
}

export interface ClickRead {
  tabId: number;
  result: PageReadResult;
  /** The read article's summary and quotes, worked out here while the popup opened (click-analysis.ts); absent where there was none to work out, or it failed. */
  analysis?: TimedAnalysis;
}

/**
 * What the background works out from a click's read while the popup opens: the summary and quotes. Passed in by the
 * background, so the popup, which imports this module for its click, never loads the quote finder with it.
 */
export type AnalyseClickRead = (result: PageReadResult) => TimedAnalysis | undefined;

interface PendingClick {
  tab: ClickedTab;
  /** Null where the browser forbids reading the page (the popup says why, from its address). */
  read: Promise<Omit<ClickRead, 'tabId'>> | null;
}

/** A click no popup asked about within this (the popup failed to open, or the person closed it at once) is let go. */
const UNCLAIMED_AFTER_MS = 20_000;

/**
 * The clicks whose popup has not taken them yet, by an id the popup carries in its address (`popup.html?click=…`): a
 * popup gets its own click's tab and read, never another's (two windows, or a popup the browser opened by itself).
 */
const pending = new Map<string, PendingClick>();

/**
 * Starts reading the clicked tab, unless the browser forbids reading it, and analyses what it reads with `analyse`;
 * returns the click's id for its popup.
 */
export function startClickRead(tab: ClickedTab, analyse?: AnalyseClickRead): string {
  const id = crypto.randomUUID();
  const read = restrictedReason(tab.url) ? null : readTab(tab.id, {}).then((result) => ({ result, analysis: analysedSafely(result, analyse) }));
  pending.set(id, { tab, read });
  setTimeout(() => pending.delete(id), UNCLAIMED_AFTER_MS);
  return id;
}

/** An analysis that throws leaves the popup to make its own (and say what went wrong there): the read itself stands. */
function analysedSafely(result: PageReadResult, analyse: AnalyseClickRead | undefined): TimedAnalysis | undefined {
  try {
    return analyse?.(result);
  } catch (error) {
    console.warn('Lucid could not analyse the article in the background', error);
    return undefined;
  }
}

/** The tab of this click, at once (its read may still be under way); a click that started no read is done with. */
export function clickedTab(click: string): ClickedTab | null {
  const found = pending.get(click);
  if (found && !found.read) pending.delete(click);
  return found?.tab ?? null;
}

/** The read this click started, with its analysis where there is one, once: "Try again" reads the page afresh. */
export async function takeClickRead(click: string): Promise<ClickRead | null> {
  const found = pending.get(click);
  pending.delete(click);
  if (!found?.read) return null;
  const { result, analysis } = await found.read;
  return analysis ? { tabId: found.tab.id, result, analysis } : { tabId: found.tab.id, result };
}

/** The click a popup was opened for, from its address; null for a popup the browser opened itself (Firefox, a failure). */
export function clickOfPopup(search: string): string | null {
  return new URLSearchParams(search).get('click');
}

/**
 * Opens the popup for a click the background heard. The browser opens only a popup the button has, so the tab's button
 * gets it, with the click's id in its address, for the moment of opening and gives it back at once (the next click
 * comes here again). Where the browser will not open it (a popup still open, no window to open it in), the tab's
 * button keeps a popup without a click, which reads the page itself, so the next click there opens it the browser's way.
 */
export async function openPopupAfterClick(tab: { id: number; windowId?: number }, click: string): Promise<boolean> {
  try {
    await browser.action.setPopup({ popup: `${POPUP_PAGE}?click=${click}`, tabId: tab.id });
    await browser.action.openPopup(tab.windowId === undefined ? undefined : { windowId: tab.windowId });
    await browser.action.setPopup({ popup: '', tabId: tab.id });
    return true;
  } catch (error) {
    console.warn('Lucid could not open its popup from the toolbar click', error);
    await browser.action.setPopup({ popup: POPUP_PAGE, tabId: tab.id }).catch(() => undefined);
    return false;
  }
}

export const POPUP_PAGE = 'popup.html';

/** Whether the toolbar button opens the popup itself (the Firefox build's manifest gives it one), so no click read is made. */
export function buttonHasPopup(): boolean {
  const { action } = browser.runtime.getManifest() as { action?: { default_popup?: string } };
  return Boolean(action?.default_popup);
}

/** Whether this browser can open the popup from the background (Chromium 127 and later: the manifest's minimum). */
export function canOpenPopupFromBackground(): boolean {
  return typeof (browser.action as { openPopup?: unknown } | undefined)?.openPopup === 'function';
}
