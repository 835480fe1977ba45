/**
 * Debian's Chromium with a built Lucid loaded, driven as a person would use
 * it: a real toolbar click (Extensions.triggerAction, which grants activeTab
 * exactly as a click does), the popup as its own target, the page through
 * Playwright. All traffic except loopback goes through the offline proxy.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { CdpTarget } from './cdp-target.ts';
import { startOfflineProxy, type OfflineProxy } from './offline-proxy.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';
export const RELEASE_BUILD = resolve('.output/chrome-mv3');
export const E2E_BUILD = resolve('.output/chrome-mv3-e2e');

/** Flags for these machines: no sandbox in containers, and nothing that phones home. */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--disable-default-apps',
  '--no-pings',
  '--metrics-recording-only',
  '--safebrowsing-disable-auto-update',
  '--password-store=basic',
  // The browser's own calls home (extension and component updates, sign-in): not Lucid's, and not wanted in a test of Lucid's traffic.
  '--extensions-update-frequency=31536000',
  // Chromium 150 (Debian bookworm's in November 2026) also preconnects to its search engine's home page and checks
  // in with Google's messaging service at start, with an empty page and no extension loaded.
  '--disable-features=OptimizationHints,MediaRouter,Translate,AutofillServerCommunication,SigninInterception,AccountConsistency,ChromeSignin,DiceWebSigninInterception,PrivacySandboxSettings4,NetworkTimeServiceQuerying,PreconnectToSearch,SearchPrefetchServicePrefetching',
  '--gcm-checkin-url=http://127.0.0.1:9',
  '--gcm-registration-url=http://127.0.0.1:9',
  '--gcm-mcs-endpoint=http://127.0.0.1:9',
  '--gaia-url=http://127.0.0.1:9',
  '--apps-gallery-update-url=http://127.0.0.1:9',
  '--component-updater=url-source=http://127.0.0.1:9',
  '--google-base-url=http://127.0.0.1:9',
  '--headless=new',
  '--window-size=1280,900',
];

export interface LucidChromium {
  browser: Browser;
  context: BrowserContext;
  extensionId: string;
  proxy: OfflineProxy;
  /** Browser-level DevTools session (Target.*, Extensions.*). */
  cdp: CDPSession;
  port: number;
  /** Clicks Lucid's toolbar icon for the tab showing `page` and connects to the popup that opens. */
  clickToolbarIcon(page: Page): Promise<CdpTarget>;
  /**
   * Clicks the toolbar icon of any loaded extension (Lucid's by default) and connects to its popup.
   * `beforeClick` runs just before the click is sent: where a benchmark reads its clock.
   */
  clickAction(page: Page, options?: { extensionId?: string; beforeClick?: () => void }): Promise<{ popup: CdpTarget; targetId: string }>;
  /** Stops an extension's service worker, as the browser does after 30 s without events: the next click starts it cold. */
  stopServiceWorker(extensionId?: string): Promise<void>;
  /** Closes a popup the way the browser closes it when focus leaves. */
  closeTarget(targetId: string): Promise<void>;
  close(): Promise<void>;
}

function chromiumMissingMessage(): string | undefined {
  if (existsSync(CHROMIUM)) return undefined;
  return `Chromium is not installed at ${CHROMIUM}. Install it with: apt-get install -y chromium (or set CHROMIUM_PATH).`;
}

async function waitForFile(path: string, timeoutMs: number, child: ChildProcess): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (existsSync(path)) {
      const text = readFileSync(path, 'utf8');
      if (text.includes('\n')) return text;
    }
    if (child.exitCode !== null) throw new Error(`Chromium exited (${child.exitCode}) before it was ready`);
    if (Date.now() > deadline) throw new Error('Chromium did not start in time');
    await new Promise((done) => setTimeout(done, 50));
  }
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

export interface LaunchOptions {
  /**
   * Host names that resolve to 127.0.0.1 and bypass the offline proxy: a test site on the local server
   * that the e2e build's own host permission (127.0.0.1) does not cover.
   */
  localHosts?: string[];
  /**
   * Host permissions the person already accepted in the browser's prompt for Lucid, as the browser keeps
   * them in the profile: `permissions.request` for these then resolves without showing the prompt, which
   * headless Chromium cannot show or answer. (Match patterns, "http://lucid-test.example/*".)
   */
  acceptedHostPermissions?: string[];
  /** Other unpacked extensions loaded beside Lucid (the speed test's floor). */
  alsoLoad?: string[];
}

interface Started {
  child: ChildProcess;
  port: number;
  browser: Browser;
  cdp: CDPSession;
  extensionId: string;
  listTargets: () => Promise<TargetInfo[]>;
}

async function startChromium(extensionDir: string, userDataDir: string, proxyPort: number, options: LaunchOptions): Promise<Started> {
  rmSync(join(userDataDir, 'DevToolsActivePort'), { force: true });
  const hosts = options.localHosts ?? [];
  const child = spawn(
    CHROMIUM,
    [
      ...FLAGS,
      `--user-data-dir=${userDataDir}`,
      '--remote-debugging-port=0',
      `--proxy-server=http://127.0.0.1:${proxyPort}`,
      ...(hosts.length ? [`--host-resolver-rules=${hosts.map((host) => `MAP ${host} 127.0.0.1`).join(',')}`, `--proxy-bypass-list=${hosts.join(';')}`] : []),
      `--disable-extensions-except=${[extensionDir, ...(options.alsoLoad ?? [])].join(',')}`,
      `--load-extension=${[extensionDir, ...(options.alsoLoad ?? [])].join(',')}`,
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  const [portLine] = (await waitForFile(join(userDataDir, 'DevToolsActivePort'), 30_000, child)).split('\n');
  const port = Number(portLine);
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const cdp = await browser.newBrowserCDPSession();

  // The default filter leaves out tab targets, which triggerAction needs: ask for everything.
  const listTargets = async () => (await cdp.send('Target.getTargets', { filter: [{}] })).targetInfos as unknown as TargetInfo[];
  const deadline = Date.now() + 20_000;
  let extensionId = '';
  while (!extensionId) {
    const worker = (await listTargets()).find((target) => target.type === 'service_worker' && target.url.startsWith('chrome-extension://'));
    if (worker) extensionId = new URL(worker.url).host;
    else if (Date.now() > deadline) throw new Error('Lucid did not load (no service worker)');
    else await new Promise((done) => setTimeout(done, 100));
  }
  return { child, port, browser, cdp, extensionId, listTargets };
}

/** Writes host permissions into the profile as the browser does when the person accepts its prompt (the profile's Preferences). */
function acceptHostPermissions(userDataDir: string, extensionId: string, patterns: string[]): void {
  const file = join(userDataDir, 'Default', 'Preferences');
  const preferences = JSON.parse(readFileSync(file, 'utf8')) as { extensions?: { settings?: Record<string, Record<string, unknown>> } };
  const settings = preferences.extensions?.settings?.[extensionId];
  if (!settings) throw new Error(`No settings for ${extensionId} in the profile`);
  settings.runtime_granted_permissions = { api: [], explicit_host: patterns, manifest_permissions: [], scriptable_host: [] };
  writeFileSync(file, JSON.stringify(preferences));
}

export async function launchChromium(extensionDir: string, options: LaunchOptions = {}): Promise<LucidChromium> {
  const missing = chromiumMissingMessage();
  if (missing) throw new Error(missing);
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`No build at ${extensionDir}: run npm run build first`);
  const proxy = await startOfflineProxy();
  const userDataDir = mkdtempSync(join(tmpdir(), 'lucid-chromium-'));
  let started = await startChromium(extensionDir, userDataDir, proxy.port, options);
  if (options.acceptedHostPermissions?.length) {
    // The profile knows the extension only once it has loaded it: load, stop, write the grant, start again.
    const { child: first, cdp: firstCdp } = started;
    const exited = new Promise<void>((done) => {
      if (first.exitCode !== null) done();
      else first.once('exit', () => done());
    });
    // Browser.close lets Chromium write its profile; SIGTERM if it does not go within 10 s.
    await firstCdp.send('Browser.close').catch(() => undefined);
    const timer = setTimeout(() => first.kill('SIGTERM'), 10_000);
    await exited;
    clearTimeout(timer);
    acceptHostPermissions(userDataDir, started.extensionId, options.acceptedHostPermissions);
    started = await startChromium(extensionDir, userDataDir, proxy.port, options);
  }
  const { child, port, browser, cdp, extensionId, listTargets } = started;
  const context = browser.contexts()[0]!;

  async function clickAction(page: Page, clickOptions: { extensionId?: string; beforeClick?: () => void } = {}) {
    const id = clickOptions.extensionId ?? extensionId;
    const url = page.url();
    const targets = await listTargets();
    const tab = targets.find((target) => target.type === 'tab' && target.url === url);
    if (!tab) throw new Error(`No tab target for ${url}`);
    // A click on the toolbar closes a popup still open (it loses focus); Extensions.triggerAction does not.
    const popupUrl = `chrome-extension://${id}/popup.html`;
    const openPopups = targets.filter((target) => target.type === 'page' && target.url.startsWith(popupUrl));
    for (const open of openPopups) await cdp.send('Target.closeTarget', { targetId: open.targetId }).catch(() => undefined);
    const before = new Set(targets.map((target) => target.targetId));
    if (openPopups.length) await new Promise((done) => setTimeout(done, 100));
    clickOptions.beforeClick?.();
    await cdp.send('Extensions.triggerAction' as never, { id, targetId: tab.targetId } as never);
    const popupDeadline = Date.now() + 10_000;
    for (;;) {
      const popup = (await listTargets()).find((target) => !before.has(target.targetId) && target.url.startsWith(popupUrl));
      if (popup) return { popup: await CdpTarget.connect(`ws://127.0.0.1:${port}/devtools/page/${popup.targetId}`), targetId: popup.targetId };
      if (Date.now() > popupDeadline) throw new Error('The popup did not open');
      await new Promise((done) => setTimeout(done, 50));
    }
  }

  async function stopServiceWorker(id = extensionId) {
    const workers = () =>
      listTargets().then((targets) => targets.filter((target) => target.type === 'service_worker' && target.url.startsWith(`chrome-extension://${id}/`)));
    for (const worker of await workers()) await cdp.send('Target.closeTarget', { targetId: worker.targetId });
    const deadline = Date.now() + 5_000;
    while ((await workers()).length) {
      if (Date.now() > deadline) throw new Error('The service worker did not stop');
      await new Promise((done) => setTimeout(done, 20));
    }
  }

  return {
    browser,
    context,
    extensionId,
    stopServiceWorker,
    proxy,
    cdp,
    port,
    clickToolbarIcon: async (page) => (await clickAction(page)).popup,
    clickAction,
    async closeTarget(targetId) {
      await cdp.send('Target.closeTarget', { targetId }).catch(() => undefined);
    },
    async close() {
      await browser.close().catch(() => undefined);
      child.kill('SIGKILL');
      await new Promise((done) => setTimeout(done, 200));
      await proxy.close();
      // A child process of the browser may still be writing its profile for a moment after the kill: retry, then leave it.
      try {
        rmSync(userDataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
      } catch {
        // A leftover directory in /tmp is no test's business.
      }
    },
  };
}
