/**
 * "Always open on this site" in the background (WXT's fakeBrowser, with host
 * permissions and registered scripts kept as the browser keeps them): a grant
 * registers the reader for that site, startup registers it again from the
 * stored list, removal unregisters it and gives the permission back.
 */
import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerSiteHandlers } from '../../utils/extension/background-handlers.ts';
import { alwaysOpenSites, forgetSite, keptSites, restoreSites, siteOf, sitePattern } from '../../utils/extension/site-permissions.ts';
import { installFakeExtensionApis, type FakeExtensionApis } from './fake-extension-apis.ts';

const SITE = 'https://www.koreaherald.com';
let apis: FakeExtensionApis;

beforeEach(() => {
  fakeBrowser.reset();
  apis = installFakeExtensionApis();
  registerSiteHandlers();
});

/** The person clicks "Always open…" and accepts the browser's prompt. */
async function grant(site: string): Promise<void> {
  await fakeBrowser.permissions.request({ origins: [sitePattern(site)] });
  await vi.waitFor(async () => expect(await keptSites()).toContain(site));
}

test('a site is an http(s) origin without its port; other pages have none', () => {
  expect(siteOf('https://www.koreaherald.com/view.php?ud=1#top')).toBe(SITE);
  expect(siteOf('http://lucid-test.example:8123/article/x')).toBe('http://lucid-test.example');
  expect(siteOf('chrome://settings')).toBeUndefined();
  expect(siteOf('file:///tmp/a.html')).toBeUndefined();
  expect(siteOf('not a url')).toBeUndefined();
  expect(sitePattern(SITE)).toBe('https://www.koreaherald.com/*');
});

test('the grant registers the reader for that site only, persistent, after the always-open flag', async () => {
  await grant(SITE);
  expect([...apis.scripts.values()]).toEqual([
    {
      id: `lucid-always-open:${SITE}`,
      matches: ['https://www.koreaherald.com/*'],
      js: ['auto-open.js', 'reader.js'],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
  expect(await alwaysOpenSites.getValue()).toEqual([SITE]);
});

test('a refused prompt, or a grant of all sites, registers nothing', async () => {
  apis.acceptPrompt = false;
  expect(await fakeBrowser.permissions.request({ origins: [sitePattern(SITE)] })).toBe(false);
  apis.acceptPrompt = true;
  apis.onAdded.trigger({ origins: ['*://*/*'] });
  await new Promise((done) => setTimeout(done, 20));
  expect(apis.scripts.size).toBe(0);
  expect(await keptSites()).toEqual([]);
});

test('at startup the reader is registered again for kept sites whose permission stands; the others are dropped', async () => {
  await grant(SITE);
  await grant('https://www.dw.com');
  apis.dropScripts();
  // The permission for one site went while the browser was closed (revoked in its settings).
  apis.origins.delete('https://www.dw.com/*');
  // A stray registration from an older version.
  apis.scripts.set('lucid-always-open:https://old.example', { id: 'lucid-always-open:https://old.example' });
  await restoreSites();
  expect([...apis.scripts.keys()]).toEqual([`lucid-always-open:${SITE}`]);
  expect(await keptSites()).toEqual([SITE]);
  // The browser's own startup event does the same.
  apis.dropScripts();
  void (fakeBrowser.runtime.onStartup as unknown as { trigger(): Promise<unknown> }).trigger();
  await vi.waitFor(() => expect([...apis.scripts.keys()]).toEqual([`lucid-always-open:${SITE}`]));
});

test('restoring twice does not register twice', async () => {
  await grant(SITE);
  await restoreSites();
  await restoreSites();
  expect(apis.scripts.size).toBe(1);
});

test('removing a site unregisters the reader, forgets the site and gives the permission back', async () => {
  await grant(SITE);
  await grant('https://www.dw.com');
  await forgetSite(SITE);
  expect([...apis.scripts.keys()]).toEqual(['lucid-always-open:https://www.dw.com']);
  expect(apis.origins.has(sitePattern(SITE))).toBe(false);
  expect(await keptSites()).toEqual(['https://www.dw.com']);
});

test("a permission revoked in the browser's settings stops the site too", async () => {
  await grant(SITE);
  await fakeBrowser.permissions.remove({ origins: [sitePattern(SITE)] });
  await vi.waitFor(async () => expect(await keptSites()).toEqual([]));
  expect(apis.scripts.size).toBe(0);
});

test('a stored list with junk in it is read back as the valid sites only', async () => {
  await fakeBrowser.storage.local.set({ alwaysOpenSites: [SITE, 42, 'javascript:alert(1)', 'https://a.example/path', SITE] });
  expect(await keptSites()).toEqual([SITE]);
  await fakeBrowser.storage.local.set({ alwaysOpenSites: 'https://a.example' });
  expect(await keptSites()).toEqual([]);
});
