/**
 * Reader mode's citation engine, injected into the tab by the background the
 * first time the person copies a citation in the overlay (overlay-modules.ts),
 * not with every reader: it is the largest part of Lucid.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { formatCitation } from '../utils/citation/index.ts';
import { CITATION_STYLES } from '../utils/citation/styles-list.ts';
import { provideOverlayModule } from '../utils/extension/overlay-modules.ts';

export default defineUnlistedScript(() =>
  provideOverlayModule('citation', {
    // A promise, as the popup's formatter gives (it loads the engine first); any error, an unknown style too, rejects it.
    formatCitation: ({ meta, style, accessed, articleText }) =>
      CITATION_STYLES.includes(style)
        ? new Promise((resolve) => resolve(formatCitation(meta, style, { accessed: new Date(accessed), articleText })))
        : Promise.reject(new Error(`Unknown citation style: ${style}`)),
  }),
);
