/**
 * Lucid in Firefox: the popup reads a news page, and the Firefox package
 * passes `web-ext lint` with nothing from Lucid's own code.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FIXTURES } from '../helpers/pages.ts';
import { launchFirefox, navigate, pollPage, type LucidFirefox } from './lib/firefox.ts';
import { startTestServer, type TestServer } from './lib/test-server.ts';

const seed = JSON.parse(readFileSync(join(FIXTURES, 'korea-herald', 'seed-expected.json'), 'utf8')) as {
  title: string;
  mustNotContain: string[];
  quotes: { text: string; speaker: string }[];
};

describe('the popup in Firefox', () => {
  let server: TestServer;
  let firefox: LucidFirefox;
  beforeAll(async () => {
    server = await startTestServer();
    firefox = await launchFirefox();
  });
  afterAll(async () => {
    // Unset when beforeAll failed part-way.
    await (firefox as LucidFirefox | undefined)?.close();
    await (server as TestServer | undefined)?.close();
  });

  test('shows the article without the junk, with its summary and key quotes', async () => {
    const articleUrl = server.articleUrl('korea-herald');
    const page = await firefox.browser.newPage();
    await page.goto(articleUrl);
    const popup = await firefox.browser.newPage();
    navigate(popup, `${firefox.extensionOrigin}/popup.html`);
    const tabId = await pollPage(
      popup,
      async () => {
        const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id: number; url?: string }[]> } } }).browser;
        // Tabs without a host permission come back without a URL.
        return (await api.tabs.query({})).find((tab) => tab.url?.includes('/article/'))?.id;
      },
      'the article tab',
    );
    navigate(popup, `${firefox.extensionOrigin}/popup.html?tabId=${tabId}`);
    const shown: { title: string; summary: number; quotes: string; body: string } = await pollPage(
      popup,
      () => {
        const body = document.querySelector('.lucid-body');
        if (!body?.querySelector('p')) return undefined;
        return {
          title: document.querySelector('.lucid-header h1')?.textContent ?? '',
          summary: document.querySelectorAll('.lucid-summary li').length,
          quotes: document.querySelector('.lucid-quotes')?.textContent ?? '',
          body: body.textContent,
        };
      },
      'the article in the popup',
    );
    expect(shown.title).toBe(seed.title);
    expect(shown.summary).toBe(3);
    for (const quote of seed.quotes) expect(shown.quotes).toContain(quote.speaker);
    for (const junk of seed.mustNotContain) expect(shown.body.toLowerCase()).not.toContain(junk.toLowerCase());
    await popup.close();
    await page.close();
  });

  test('no request left the browser for any host but the local test server', () => {
    expect([...new Set(firefox.proxy.attempts)]).toEqual([]);
  });
});

interface LintMessage {
  code: string;
  file?: string;
  line?: number;
  column?: number;
  message: string;
}
interface LintReport {
  summary: { errors: number; warnings: number };
  errors: LintMessage[];
  warnings: LintMessage[];
}

function lint(directory: string): LintReport {
  let output: string;
  try {
    output = execFileSync('npx', ['web-ext', 'lint', '--no-config-discovery', '-s', directory, '-o', 'json'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch (error) {
    output = (error as { stdout?: string }).stdout ?? '';
  }
  return JSON.parse(output) as LintReport;
}

describe('the Firefox package', () => {
  // A build and two lint runs: a minute on a quiet machine, more when the cores are shared.
  test('web-ext lint finds no errors, and every warning is in a library, not in Lucid', () => {
    // The release package, and the same code built with source maps to say where each finding is.
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3', '--mode', 'lint'], { stdio: 'ignore' });
    const release = lint(resolve('.output/firefox-mv3'));
    const mapped = lint(resolve('.output/firefox-mv3-lint'));
    expect(release.errors).toEqual([]);
    expect(release.warnings.map((warning) => warning.code).sort()).toEqual(mapped.warnings.map((warning) => warning.code).sort());
    const origins = mapped.warnings.map((warning) => {
      if (!warning.file?.endsWith('.js') || warning.line === undefined) return `${warning.code} in ${warning.file ?? 'the manifest'}`;
      const map = JSON.parse(readFileSync(resolve('.output/firefox-mv3-lint', `${warning.file}.map`), 'utf8')) as RawSourceMap;
      const source = new SourceMapConsumer(map).originalPositionFor({ line: warning.line, column: warning.column ?? 0 }).source;
      return source.includes('node_modules/') ? 'library' : `${warning.code} in ${source}`;
    });
    expect(origins.filter((origin) => origin !== 'library')).toEqual([]);
  }, 240_000);
});
