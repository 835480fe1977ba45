/**
 * The browser's floor for "click the icon, see the page's text": the least an
 * extension can do. A popup whose module script asks for the active tab, runs
 * one `chrome.scripting.executeScript` that returns the page's first 2000
 * characters of text, and puts them in its DOM. Lucid's own cost is its time
 * over this one, on the same page in the same browser run.
 *
 * Built by the test into a temporary folder, with a fixed key so its id is
 * known before the browser loads it (an unpacked extension's id is derived
 * from its key when the manifest has one).
 */
import { createHash, generateKeyPairSync } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface FloorExtension {
  dir: string;
  id: string;
}

/** The mark the floor's popup sets once the text is in its DOM: the test reads its time. */
export const FLOOR_READY_MARK = 'floor:ready';

const POPUP_HTML = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Floor</title></head>
  <body>
    <pre id="text"></pre>
    <script type="module" src="popup.js"></script>
  </body>
</html>
`;

// The marks before the ready one cost nothing measurable: they let the speed table set the floor's steps beside Lucid's.
const POPUP_JS = `performance.mark('floor:popup-start');
const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
performance.mark('floor:tab');
const [injection] = await chrome.scripting.executeScript({ target: { tabId: tab.id }, func: () => document.body.innerText.slice(0, 2000) });
document.getElementById('text').textContent = injection.result;
performance.mark(${JSON.stringify(FLOOR_READY_MARK)});
`;

/** Chromium's extension id: the first 128 bits of the SHA-256 of the public key, written with the letters a–p. */
function extensionIdOf(publicKeyDer: Buffer): string {
  return createHash('sha256')
    .update(publicKeyDer)
    .digest('hex')
    .slice(0, 32)
    .replace(/[0-9a-f]/g, (digit) => String.fromCharCode(97 + parseInt(digit, 16)));
}

export function buildFloorExtension(): FloorExtension {
  const dir = mkdtempSync(join(tmpdir(), 'lucid-floor-'));
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const der = publicKey.export({ type: 'spki', format: 'der' });
  const manifest = {
    manifest_version: 3,
    name: 'Floor',
    version: '1.0',
    key: der.toString('base64'),
    permissions: ['activeTab', 'scripting'],
    action: { default_popup: 'popup.html', default_title: 'Floor' },
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(dir, 'popup.html'), POPUP_HTML);
  writeFileSync(join(dir, 'popup.js'), POPUP_JS);
  return { dir, id: extensionIdOf(der) };
}

/**
 * A copy of a built extension with a fixed key in its manifest, so its id is known before the browser loads it: a
 * second build of Lucid loaded beside the first, for a comparison of the two under the same load (speed.e2e.ts).
 */
export function copyWithKnownId(buildDir: string): FloorExtension {
  const dir = mkdtempSync(join(tmpdir(), 'lucid-other-'));
  cpSync(buildDir, dir, { recursive: true });
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const der = publicKey.export({ type: 'spki', format: 'der' });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...manifest, key: der.toString('base64') }, null, 2));
  return { dir, id: extensionIdOf(der) };
}
