/**
 * Injected into the active tab to open or close the in-page reader: from the
 * popup's button, the keyboard command or the context menu (each grants
 * activeTab for that tab). Nothing of Lucid runs on a page before that.
 *
 * Every injection evaluates this bundle again, but the first instance does the
 * work for the life of the page: a fresh instance per toggle would leave one
 * more copy of everything behind each time (the sanitizer registers a
 * Trusted Types policy, which the browser keeps), and the page's memory would
 * grow with every toggle.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { AUTO_OPEN_KEY } from '../../utils/extension/auto-open-flag.ts';
import { openIfArticle, toggleReader } from './overlay.tsx';

/** Lives in the extension's isolated world: the page's scripts cannot see or replace it. */
const TOGGLE_KEY = '__lucidToggleReader';

export default defineUnlistedScript(() => {
  const holder = globalThis as Record<string, unknown>;
  if (typeof holder[TOGGLE_KEY] !== 'function') holder[TOGGLE_KEY] = toggleReader;
  // On an always-open site (auto-open.js ran first): open on an article page, leave every other page alone.
  if (holder[AUTO_OPEN_KEY] === true) {
    Reflect.deleteProperty(holder, AUTO_OPEN_KEY);
    return openIfArticle();
  }
  return (holder[TOGGLE_KEY] as typeof toggleReader)();
});
