/**
 * Reader mode's summary and key quotes, injected into the tab by the
 * background when the overlay has an article to analyse (overlay-modules.ts).
 * It runs in the extension's isolated world, beside the overlay.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { analyzeText } from '../utils/reading/analyze.ts';
import { provideOverlayModule } from '../utils/extension/overlay-modules.ts';

export default defineUnlistedScript(() => provideOverlayModule('analysis', { analyzeText: (request) => analyzeText(request) }));
