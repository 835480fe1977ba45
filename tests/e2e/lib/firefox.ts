/**
 * Debian's firefox-esr, headless, driven by puppeteer-core over WebDriver
 * BiDi, with a Lucid build installed as a temporary add-on. Firefox has no
 * equivalent of Chromium's triggerAction, so the tests open the popup as a
 * page for a given tab (the e2e build may read 127.0.0.1). All traffic but
 * loopback goes through the offline proxy.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startOfflineProxy, type OfflineProxy } from './offline-proxy.ts';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_E2E_BUILD = resolve('.output/firefox-mv3-e2e');
const ADDON_ID = 'lucid-reader@lucid.invalid';
/** Pinned, so the extension's pages have a known address. */
export const ADDON_UUID = '3b2c3f9e-1d4a-4f0e-9a51-6d0d1c1e7a11';

export interface LucidFirefox {
  browser: Browser;
  proxy: OfflineProxy;
  extensionOrigin: string;
  close(): Promise<void>;
}

export function firefoxMissingMessage(): string | undefined {
  return existsSync(FIREFOX) ? undefined : `Firefox is not installed at ${FIREFOX}. Install it with: apt-get install -y firefox-esr (or set FIREFOX_PATH).`;
}

export async function launchFirefox(extensionDir = FIREFOX_E2E_BUILD): Promise<LucidFirefox> {
  const missing = firefoxMissingMessage();
  if (missing) throw new Error(missing);
  if (!existsSync(resolve(extensionDir, 'manifest.json'))) throw new Error(`No build at ${extensionDir}: run npm run test:e2e`);
  const proxy = await startOfflineProxy();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    // Without this, Firefox ignores the remote-settings server pref below and calls Mozilla's.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': false,
      // Firefox's own calls home: not Lucid's, and not wanted in a test of Lucid's traffic.
      'services.settings.server': 'http://127.0.0.1:9/',
      'network.connectivity-service.enabled': false,
      'network.captive-portal-service.enabled': false,
      'app.normandy.enabled': false,
      'browser.safebrowsing.downloads.remote.enabled': false,
      'browser.safebrowsing.provider.mozilla.updateURL': '',
      'extensions.getAddons.cache.enabled': false,
      'extensions.update.enabled': false,
      'network.dns.disablePrefetch': true,
      'network.prefetch-next': false,
    },
  });
  await browser.installExtension(extensionDir);
  return {
    browser,
    proxy,
    extensionOrigin: `moz-extension://${ADDON_UUID}`,
    async close() {
      await browser.close().catch(() => undefined);
      await proxy.close();
    },
  };
}

/** Navigates without waiting for a load event (Firefox reports none to BiDi for moz-extension:// pages); callers poll. */
export function navigate(page: Page, url: string): void {
  page.goto(url, { timeout: 5_000 }).catch(() => undefined);
}

export async function pollPage<T>(page: Page, check: () => T | undefined | Promise<T | undefined>, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await page.evaluate(check).catch((error: unknown) => {
      if (process.env.LUCID_DEBUG) console.error(error);
      return undefined;
    });
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}
