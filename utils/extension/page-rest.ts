/**
 * The second pass over a very long page, inside the page (continuation.ts):
 * the rest of the article after the beginning the first pass showed. A script
 * of its own (rest.js), injected only on such pages: the first pass's script
 * stays as small as it was.
 */
import { listElementsFromIndex } from '../dom/dom.ts';
import { readRest } from '../pipeline/continuation.ts';
import { failure } from '../pipeline/failures.ts';
import { REST_REQUEST_KEY, type ContinueAfter } from '../pipeline/join-rest.ts';
import { pageMarkup } from '../pipeline/pipeline.ts';
import type { ArticleRest, ExtractFailure } from '../types.ts';
import { hiddenByStylesheet } from './page-reader.ts';

export function takeRestRequest(): ContinueAfter | undefined {
  const holder = globalThis as Record<string, unknown>;
  const request = holder[REST_REQUEST_KEY] as Partial<ContinueAfter> | undefined;
  Reflect.deleteProperty(holder, REST_REQUEST_KEY);
  return typeof request?.first === 'string' && typeof request.last === 'string' ? { first: request.first, last: request.last } : undefined;
}

/** The rest of the article: a promise, which the browser awaits as the injected script's result. */
export function readPageRest(after: ContinueAfter | undefined): Promise<ArticleRest | ExtractFailure> {
  if (!after) return Promise.resolve(failure('failed', '(no first part to continue from)'));
  // In a browser the DOM's index of elements is the fast way to list them (dom.ts).
  listElementsFromIndex();
  return readRest(document, after, { isHidden: hiddenByStylesheet, serialize: pageMarkup }).catch((error: unknown) =>
    failure('failed', error instanceof Error ? `(${error.message})` : undefined),
  );
}
