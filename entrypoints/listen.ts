/**
 * Reader mode's Listen, injected into the tab by the background when the
 * person first asks to listen (not with every reader): the overlay then finds
 * it in the extension's isolated world, which the page's scripts cannot see.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { LISTEN_MODULE_KEY } from '../components/listen-api.ts';
import { listenModule } from '../components/listen-module.tsx';

export default defineUnlistedScript(() => {
  const holder = globalThis as Record<string, unknown>;
  holder[LISTEN_MODULE_KEY] ??= listenModule;
});
