/**
 * "Print" hands the clean article to Lucid's print page (print.html), an
 * extension page of its own: printing the overlay would print the page under
 * it. The article goes through session storage under a one-time key (never
 * in the address), and the print page takes it out again as it reads it; its
 * markup is the page's and is sanitized where the print page shows it,
 * through the same ArticleBody as every Lucid view.
 */
import { browser } from 'wxt/browser';
import type { ArticleMeta, RawHtml } from '../types.ts';

export interface PrintJob {
  meta: ArticleMeta;
  /** The article's markup as the page had it: sanitized by the print page's ArticleBody. */
  html: RawHtml;
  readingMinutes: number;
  /** The summary as the reader shows it; empty when the summary is turned off. */
  summary: string[];
}

const KEY_PREFIX = 'print:';

/** A message's data is what it says it is (a content script sent it): anything else is refused. */
export function isPrintJob(value: unknown): value is PrintJob {
  const job = value as Partial<PrintJob> | null;
  return (
    typeof job === 'object' &&
    job !== null &&
    typeof job.meta?.title === 'string' &&
    typeof job.html === 'string' &&
    typeof job.readingMinutes === 'number' &&
    Array.isArray(job.summary) &&
    job.summary.every((sentence) => typeof sentence === 'string')
  );
}

/**
 * In the background: keeps the article for the print page and opens it next to the tab it came from, in that
 * tab's window. Without the window the browser puts the new tab in the window focused last, which may be another
 * one; Chromium then refuses the opener ("Tab opener must be in the same window") and nothing opens.
 */
export async function openPrintPage(job: PrintJob, nextTo?: { id?: number; index: number; windowId?: number }): Promise<void> {
  const id = crypto.randomUUID();
  await browser.storage.session.set({ [KEY_PREFIX + id]: job });
  const url = `${browser.runtime.getURL('/print.html')}?job=${id}`;
  await browser.tabs.create(nextTo ? { url, index: nextTo.index + 1, openerTabId: nextTo.id, windowId: nextTo.windowId } : { url });
}

/** In the print page: the article, taken out of storage (a reload finds nothing, and nothing is kept). */
export async function takePrintJob(id: string): Promise<PrintJob | undefined> {
  const key = KEY_PREFIX + id;
  const stored = await browser.storage.session.get(key);
  await browser.storage.session.remove(key);
  const job: unknown = stored[key];
  return isPrintJob(job) ? job : undefined;
}
