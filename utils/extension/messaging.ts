/**
 * Messages between Lucid's own scripts, typed by one protocol map: a call is
 * a typed function, not an object compared by string. Pages cannot send
 * these (they have no access to the extension's runtime), and no handler
 * takes page data as instructions.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { CitationRequest, FormattedCitation } from '../citation/request.ts';
import type { TextAnalysis } from '../reading/analyze.ts';
import type { TextToAnalyze } from '../reading/article-text.ts';
import type { PrintJob } from './print-job.ts';
import type { TextFragment } from '../output/text-fragment.ts';
import type { QuoteLinkRequest } from './quote-locator.ts';

interface ProtocolMap {
  /** The reader overlay asks for the dyslexia-friendly font, so it is loaded without a web-accessible resource. */
  readerFont(): { weight: number; base64: string }[];
  /** Reader mode's summary and key quotes: computed in the background, so the overlay's bundle does not carry the analysis. */
  analyzeText(request: TextToAnalyze): TextAnalysis;
  /** The reader overlay's "Copy citation": the engine lives in the background, not in the injected script. */
  formatCitation(request: CitationRequest): FormattedCitation;
  /** The overlay's Listen, on first use: the background injects the Listen module into the asking tab. */
  loadListen(): void;
  /** "Print" in the popup or the overlay: the background keeps the article for the print page and opens it. */
  printArticle(job: PrintJob): void;
  /** The reader overlay's "Copy quote with citation": the background injects the fragment generator into the overlay's tab. */
  quoteFragment(request: QuoteLinkRequest): TextFragment | null;
  /** Settings, "always open on this site", Remove: the background unregisters the reader there and gives the permission back. */
  forgetSite(origin: string): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
