/**
 * Reader mode's Listen, injected into the tab by the background when the
 * person first asks to listen (not with every reader): the overlay then finds
 * it in the extension's isolated world, which the page's scripts cannot see.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { listenModule } from '../components/listen-module.tsx';
import { provideOverlayModule } from '../utils/extension/overlay-modules.ts';

export default defineUnlistedScript(() => provideOverlayModule('listen', listenModule));
