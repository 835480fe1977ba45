/**
 * Injected into the active tab by the popup (activeTab + scripting, only after
 * the person clicked Lucid's icon). Returns the extracted article and its
 * metadata (`ExtractResult`, with the page's own markup, `RawHtml`, which the
 * popup sanitizes where it inserts it) as the executeScript result: plain,
 * serialisable data. Summary and quotes are computed in the popup. On a very
 * long page this is its beginning, and rest.js reads the rest.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readPage, takeRequest } from '../utils/extension/page-reader.ts';

export default defineUnlistedScript(() => readPage(takeRequest()));
