/**
 * Injected on "Copy quote with citation" (popup: under activeTab; reader
 * overlay: by the background, into the tab that asked): the text fragment for
 * one quote, computed in the live page, returned as the executeScript result.
 * Its own small script, so neither the extraction script nor the overlay
 * carries the generator.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { fragmentForQuote, takeQuoteLinkRequest } from '../utils/extension/quote-link.ts';

export default defineUnlistedScript(() => {
  const request = takeQuoteLinkRequest();
  return request ? fragmentForQuote(request) : null;
});
