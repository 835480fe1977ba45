/** How a view gets the link to a quote in the page: the popup injects the generator into the tab itself; the overlay asks the background. */
import { createContext } from 'preact';
import type { TextFragment } from '../utils/output/text-fragment.ts';
import type { QuoteLinkRequest } from '../utils/extension/quote-locator.ts';

export type QuoteLinker = (request: QuoteLinkRequest) => Promise<TextFragment | null>;

export const QuoteLinkContext = createContext<QuoteLinker | null>(null);
