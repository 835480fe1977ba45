/**
 * Injected by the popup into a very long page whose beginning it already
 * shows (pipeline/preview.ts): reads the rest of the article, a slice at a
 * time, the page answering between slices (pipeline/continuation.ts). Its
 * result is a promise of `ArticleRest`, which executeScript waits for.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readPageRest, takeRestRequest } from '../utils/extension/page-rest.ts';

// eslint-disable-next-line @typescript-eslint/no-misused-promises -- WXT's `main` may return a promise (its type says `any | Promise<any>`).
export default defineUnlistedScript(() => readPageRest(takeRestRequest()));
