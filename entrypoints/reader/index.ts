/**
 * Injected into the active tab to open or close the in-page reader: from the
 * popup's button, the keyboard command or the context menu (each grants
 * activeTab for that tab). Nothing of Lucid runs on a page before that.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { toggleReader } from './overlay.tsx';

export default defineUnlistedScript(() => toggleReader());
