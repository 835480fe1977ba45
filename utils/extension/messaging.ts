/**
 * Messages between Lucid's own scripts, typed by one protocol map: a call is
 * a typed function, not an object compared by string. Pages cannot send
 * these (they have no access to the extension's runtime), and no handler
 * takes page data as instructions.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PrintJob } from './print-job.ts';
import type { TextFragment } from '../output/text-fragment.ts';
import type { QuoteLinkRequest } from './quote-locator.ts';
import type { ClickedTab, ClickRead } from './click-read.ts';
import type { OverlayModuleName } from './overlay-modules.ts';
import type { TextAnalysis } from '../reading/analyze.ts';
import type { TextToAnalyze } from '../reading/article-text.ts';

interface ProtocolMap {
  /** The reader overlay asks for the dyslexia-friendly font, so it is loaded without a web-accessible resource. */
  readerFont(): { weight: number; base64: string }[];
  /** The overlay's citations or Listen, on first need: the background injects that script into the asking tab. */
  loadOverlayModule(name: OverlayModuleName): void;
  /** The overlay's summary and key quotes: the background works them out from the article's text, off the page's thread. */
  analyzeText(request: TextToAnalyze): TextAnalysis;
  /** "Print" in the popup or the overlay: the background keeps the article for the print page and opens it. */
  printArticle(job: PrintJob): void;
  /** The reader overlay's "Copy quote with citation": the background injects the fragment generator into the overlay's tab. */
  quoteFragment(request: QuoteLinkRequest): TextFragment | null;
  /** Settings, "always open on this site", Remove: the background unregisters the reader there and gives the permission back. */
  forgetSite(origin: string): void;
  /** The popup, as it opens: the tab the toolbar was clicked on (Chromium), or null where the click left none. */
  clickedTab(click: string): ClickedTab | null;
  /** Then the read that click started, once it is done, or null where it started none. */
  takeClickRead(click: string): ClickRead | null;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
