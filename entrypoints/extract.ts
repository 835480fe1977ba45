/**
 * Injected into the active tab by the popup (activeTab + scripting, only after
 * the person clicked Lucid's icon). Returns the reader analysis as the
 * executeScript result: plain, serialisable data.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readPage, takeRequest } from '../utils/extension/page-reader.ts';

export default defineUnlistedScript(() => readPage(takeRequest()));
