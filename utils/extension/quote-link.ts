/**
 * Runs in the page (entrypoints/quote-link.ts, injected on "Copy quote with
 * citation"): the text fragment that points at a key quote, made by Google's
 * generator (text-fragments-polyfill), which checks against the live page,
 * with its layout, that the fragment matches these words and no others, and
 * adds context words when they repeat. Null when no fragment can address the
 * quote alone: the link is then the article's address.
 */
import {
  GenerateFragmentStatus,
  generateFragmentFromRange,
  isValidRangeForFragmentGeneration,
  setTimeout as setGeneratorTimeout,
} from 'text-fragments-polyfill/dist/fragment-generation-utils.js';
import type { TextFragment } from '../output/text-fragment.ts';
import { locateQuote, QUOTE_LINK_REQUEST_KEY, type QuoteLinkRequest } from './quote-locator.ts';

/** The generator gives up after this; a huge page then gets the plain address rather than a frozen tab. */
const GENERATOR_TIMEOUT_MS = 2000;

export function fragmentForQuote(request: QuoteLinkRequest): TextFragment | null {
  try {
    const range = locateQuote(document, request);
    if (!range || !isValidRangeForFragmentGeneration(range)) return null;
    setGeneratorTimeout(GENERATOR_TIMEOUT_MS);
    const result = generateFragmentFromRange(range);
    if (result.status !== GenerateFragmentStatus.SUCCESS || !result.fragment?.textStart) return null;
    const { textStart, textEnd, prefix, suffix } = result.fragment;
    // Plain data only: it crosses the executeScript boundary.
    return { textStart, ...(textEnd ? { textEnd } : {}), ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}) };
  } catch {
    return null;
  }
}

export function takeQuoteLinkRequest(): QuoteLinkRequest | null {
  const holder = globalThis as Record<string, unknown>;
  const request = holder[QUOTE_LINK_REQUEST_KEY] as Partial<QuoteLinkRequest> | undefined;
  Reflect.deleteProperty(holder, QUOTE_LINK_REQUEST_KEY);
  if (typeof request?.quote !== 'string') return null;
  return {
    quote: request.quote,
    before: typeof request.before === 'string' ? request.before : '',
    after: typeof request.after === 'string' ? request.after : '',
  };
}
