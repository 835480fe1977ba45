/** The `extract` command line, run as a person runs it, on good and bad files. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { ArticleRecord, JsonRecord } from '../../scripts/lib/format-output.ts';
import { projectRoot } from '../../scripts/lib/paths.ts';
import { FIXTURES, fixtureHtml } from '../helpers/pages.ts';

const SEED = join(FIXTURES, 'korea-herald', 'page.html');
const SEED_URL = 'https://www.koreaherald.com/view.php?ud=20231115000000&utm_source=newsletter&utm_medium=email';

function run(args: string[], input?: string | Buffer) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(projectRoot, 'scripts', 'extract.ts'), ...args], {
    cwd: projectRoot,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const scratch = mkdtempSync(join(tmpdir(), 'lucid-cli-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
};

// Each test starts the command line (a Node process with its TypeScript loader) several times: seconds each on a busy machine.
describe('extract command line', { timeout: 120_000 }, () => {
  it('prints one JSON object per file with the fields of the reader view', () => {
    const { status, stdout } = run(['--url', SEED_URL, '--format', 'json', SEED]);
    expect(status).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const record = JSON.parse(lines[0]!) as ArticleRecord;
    expect(record).toMatchObject({
      ok: true,
      title: 'S. Korea, US, Japan reaffirm cooperation',
      authors: [{ family: 'Choi', given: 'Si-young' }],
      byline: 'Choi Si-young',
      siteName: 'The Korea Herald',
      published: '2023-11-15',
      canonicalUrl: 'https://www.koreaherald.com/view.php?ud=20231115000000',
      lang: 'en',
      dir: 'ltr',
    });
    for (const key of ['url', 'modified', 'excerpt', 'leadImage', 'readingMinutes', 'text', 'html', 'removed']) expect(record).toHaveProperty(key);
    expect(record.text.split('\n\n')).toHaveLength(8);
    expect(record.removed.length).toBeGreaterThan(5);
    expect(record.summary).toHaveLength(3);
    expect(record.quotes.filter((quote) => quote.key).map((quote) => quote.speaker)).toEqual(['Antony Blinken', 'Park Jin']);
    const blinken = record.quotes[0]!;
    expect(record.text.slice(blinken.start, blinken.end)).toBe(blinken.text);
  });

  it('prints the reader view as text by default, and Markdown and HTML on request', () => {
    const text = run(['--url', SEED_URL, SEED]);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/^S\. Korea, US, Japan reaffirm cooperation\n=+\nChoi Si-young · The Korea Herald · 15 November 2023 · \d+ min read/);
    const markdown = run(['--format', 'markdown', SEED]);
    expect(markdown.stdout).toMatch(/^# S\. Korea, US, Japan reaffirm cooperation/);
    expect(markdown.stdout).toContain('*Clockwise from top left');
    const html = run(['--format', 'html', SEED]);
    expect(html.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(html.stdout).not.toContain('<script');
  });

  it('reads gzip-compressed pages, legacy charsets and standard input', () => {
    const gz = file('page.html.gz', gzipSync(Buffer.from(fixtureHtml('korea-herald'))));
    expect((JSON.parse(run(['--format', 'json', gz]).stdout) as ArticleRecord).title).toBe('S. Korea, US, Japan reaffirm cooperation');
    const latin1 = file(
      'latin1.html',
      Buffer.from(
        `<html><head><meta charset="iso-8859-1"><title>Gr\xfc\xdfe aus M\xfcnchen</title></head><body><article><p>${'Die Stadt M\xfcnchen pr\xe4sentiert heute ihre neuen Pl\xe4ne f\xfcr den Verkehr in der Innenstadt. '.repeat(4)}</p></article></body></html>`,
        'latin1',
      ),
    );
    expect((JSON.parse(run(['--format', 'json', latin1]).stdout) as ArticleRecord).title).toBe('Grüße aus München');
    const fromStdin = run(['--format', 'json', '-'], fixtureHtml('korea-herald'));
    expect((JSON.parse(fromStdin.stdout) as ArticleRecord).siteName).toBe('The Korea Herald');
  });

  it('reads a plain-text article the same way as a page', () => {
    const { status, stdout } = run(['--format', 'json', join(FIXTURES, 'korea-herald', 'copied-text.txt')]);
    expect(status).toBe(0);
    const record = JSON.parse(stdout) as ArticleRecord;
    expect(record.title).toBe('S. Korea, US, Japan reaffirm cooperation');
    expect(record.text).not.toMatch(/Back To Top|MOST POPULAR|피터빈트|siyoungchoi/);
  });

  it('gives each bad file its own message, runs the others and exits non-zero', () => {
    const empty = file('empty.html', '');
    const binary = file('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    const noArticle = file(
      'home.html',
      '<html><body><nav><a href="/a">Home</a> <a href="/b">World</a></nav><ul><li><a href="/1">Story one</a></li><li><a href="/2">Story two</a></li></ul></body></html>',
    );
    const { status, stdout } = run(['--format', 'json', join(scratch, 'missing.html'), empty, binary, noArticle, SEED]);
    expect(status).toBe(1);
    const records = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as JsonRecord);
    expect(records.map((record) => (record.ok ? 'ok' : record.error.code))).toEqual(['not-found', 'empty', 'binary', 'not-article', 'ok']);
    for (const record of records) if (!record.ok) expect(record.error.message.length).toBeGreaterThan(10);
  });

  it('explains a wrong command line', () => {
    expect(run([]).status).toBe(2);
    expect(run(['--format', 'pdf', SEED]).stderr).toContain('Unknown format');
    expect(run(['--url', 'not a url', SEED]).status).toBe(2);
  });
});
