/**
 * Registered, with reader.js after it, on the sites the person chose to
 * always open (utils/extension/site-permissions.ts): says to the reader
 * script that it runs by itself, so it opens only on an article page, and
 * never closes a reader that is already open.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { AUTO_OPEN_KEY } from '../utils/extension/auto-open-flag.ts';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[AUTO_OPEN_KEY] = true;
});
