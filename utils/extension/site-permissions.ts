/**
 * "Always open reader mode on this site": the person grants Lucid one site
 * (an optional host permission, asked for at the click, never at install);
 * Lucid then registers its reader as a content script for that site, so
 * article pages there open in reader mode by themselves. The registration is
 * made again when the browser starts or Lucid is updated (browsers can drop
 * registered scripts then), and undone, with the permission given back, when
 * the site is removed in the settings.
 *
 * A site is an origin without its port ("https://www.example.com"): match
 * patterns cannot name a port in every browser, and they match any port.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';

/** The sites the person chose, in the order they were added. */
export const alwaysOpenSites = storage.defineItem<string[]>('local:alwaysOpenSites', { fallback: [] });

const SCRIPT_ID_PREFIX = 'lucid-always-open:';
/** What runs there: a flag that says "opened by itself", then the reader, which opens only on an article. */
const ALWAYS_OPEN_FILES = ['auto-open.js', 'reader.js'];

/** The site of a page address; undefined for anything but http(s) pages. */
export function siteOf(address: string | undefined): string | undefined {
  if (!address) return undefined;
  try {
    const url = new URL(address);
    return url.protocol === 'http:' || url.protocol === 'https:' ? `${url.protocol}//${url.hostname}` : undefined;
  } catch {
    return undefined;
  }
}

/** The match pattern that grants and matches exactly that site: "https://www.example.com/*". */
export function sitePattern(site: string): string {
  return `${site}/*`;
}

/** The host name a person reads: "www.example.com". */
export function siteLabel(site: string): string {
  return site.replace(/^https?:\/\//, '');
}

const scriptId = (site: string) => `${SCRIPT_ID_PREFIX}${site}`;

/** Stored lists are read back checked: anything but a list of http(s) sites is dropped. */
export async function keptSites(): Promise<string[]> {
  const stored: unknown = await alwaysOpenSites.getValue();
  if (!Array.isArray(stored)) return [];
  const sites = stored.filter((site): site is string => typeof site === 'string' && siteOf(site) === site);
  return [...new Set(sites)];
}

async function registerSite(site: string): Promise<void> {
  const id = scriptId(site);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length > 0) return;
  await browser.scripting.registerContentScripts([
    { id, matches: [sitePattern(site)], js: ALWAYS_OPEN_FILES, runAt: 'document_idle', persistAcrossSessions: true },
  ]);
}

async function unregisterSite(site: string): Promise<void> {
  try {
    await browser.scripting.unregisterContentScripts({ ids: [scriptId(site)] });
  } catch {
    // Not registered (dropped by the browser, or never made): nothing to undo.
  }
}

/** Sites in granted host patterns ("https://a.example/*"); wider patterns (all sites) are not a site someone chose. */
function sitesOfPatterns(patterns: string[] | undefined): string[] {
  return (patterns ?? []).flatMap((pattern) => {
    const site = /^(https?:\/\/[^/*:]+)\/\*$/.exec(pattern)?.[1];
    return site && siteOf(site) === site ? [site] : [];
  });
}

/** The browser granted sites (permissions.onAdded, after the person accepted the prompt): keep them and register the reader there. */
export async function sitesGranted(patterns: string[] | undefined): Promise<void> {
  const added = sitesOfPatterns(patterns);
  if (added.length === 0) return;
  const sites = await keptSites();
  for (const site of added) {
    await registerSite(site);
    if (!sites.includes(site)) sites.push(site);
  }
  await alwaysOpenSites.setValue(sites);
}

/** The permission for sites went (given back here, or revoked in the browser's own settings): stop opening there. */
export async function sitesRevoked(patterns: string[] | undefined): Promise<void> {
  const removed = sitesOfPatterns(patterns);
  if (removed.length === 0) return;
  for (const site of removed) await unregisterSite(site);
  const sites = await keptSites();
  await alwaysOpenSites.setValue(sites.filter((site) => !removed.includes(site)));
}

/** Settings, Remove: unregister, forget, and give the permission back. */
export async function forgetSite(site: string): Promise<void> {
  await unregisterSite(site);
  await alwaysOpenSites.setValue((await keptSites()).filter((kept) => kept !== site));
  try {
    await browser.permissions.remove({ origins: [sitePattern(site)] });
  } catch {
    // A permission the manifest requires (the test build's own host) cannot be removed; the reader is unregistered all the same.
  }
}

/**
 * When the browser starts or Lucid is installed or updated: register the
 * reader again for every kept site whose permission still stands, and drop
 * sites (and stray registrations) whose permission is gone.
 */
export async function restoreSites(): Promise<void> {
  const kept: string[] = [];
  for (const site of await keptSites()) {
    if (await browser.permissions.contains({ origins: [sitePattern(site)] })) {
      await registerSite(site);
      kept.push(site);
    } else {
      await unregisterSite(site);
    }
  }
  await alwaysOpenSites.setValue(kept);
  const registered = await browser.scripting.getRegisteredContentScripts();
  for (const script of registered) {
    if (script.id.startsWith(SCRIPT_ID_PREFIX) && !kept.includes(script.id.slice(SCRIPT_ID_PREFIX.length))) {
      await browser.scripting.unregisterContentScripts({ ids: [script.id] });
    }
  }
}
