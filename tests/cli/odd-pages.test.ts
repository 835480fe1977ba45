/**
 * The command line on bad and odd pages: each ends with the article or with a
 * message a person understands, within its time limit, and never with a
 * crash or a hang (the same pages as the browser tests, minus those that need
 * a browser's scripts or frames).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { projectRoot } from '../../scripts/lib/paths.ts';
import { oddPages } from '../helpers/odd-pages.ts';

/**
 * Per file: the huge and the deep page may use it up and must then say so. The page of 100 000 elements needs about
 * 15 s under jsdom on a quiet 2-core machine and twice that on a busy one; 40 s lets it finish without letting the
 * pages that use it all up hold the test run for minutes.
 */
const TIMEOUT_SECONDS = 40;

test('every odd page ends with its article or a clear message, within the time limit', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'lucid-odd-'));
  const pages = oddPages().filter((page) => !page.browserOnly);
  const files = pages.map((page) => {
    const path = join(scratch, `${page.slug}.html`);
    writeFileSync(path, page.body);
    return path;
  });
  const started = Date.now();
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(projectRoot, 'scripts', 'extract.ts'), '--format', 'json', '--timeout', String(TIMEOUT_SECONDS), ...files],
    {
      cwd: projectRoot,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      timeout: (TIMEOUT_SECONDS + 15) * pages.length * 1000,
    },
  );
  const seconds = (Date.now() - started) / 1000;
  expect(result.stderr).not.toMatch(/Error:|at .*\.ts:\d+/);
  const records = result.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { file: string; ok: boolean; text?: string; error?: { code: string; message: string } });
  expect(records).toHaveLength(pages.length);
  for (const [index, page] of pages.entries()) {
    const record = records[index]!;
    const expected = page.cliExpect ?? page.expect;
    const label = `${page.slug}: ${JSON.stringify(record.error ?? 'ok')}`;
    if (record.ok) {
      expect(expected, label).not.toBe('message');
      if (page.contains) expect(record.text, label).toContain(page.contains);
      if (page.lacks) expect(record.text, label).not.toContain(page.lacks);
    } else {
      expect(expected, label).not.toBe('article');
      // A sentence, not a code or a stack: it starts with a capital and says what happened.
      expect(record.error?.message, label).toMatch(/^[A-Z/].{10,}/);
      expect(record.error?.message, label).not.toMatch(/\bat \S+:\d+|TypeError|undefined/);
    }
  }
  // Every file within its limit, plus start-up.
  expect(seconds).toBeLessThan(pages.length * TIMEOUT_SECONDS + 30);
}, 600_000);
