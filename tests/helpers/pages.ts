/** Loading and extracting the test pages in tests/fixtures/pages/<slug>/. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { decodePageBytes } from '../../scripts/lib/decode-page.ts';
import { parseHtml, type ParsedPage } from '../../scripts/lib/parse-html.ts';
import { PAGE_FIXTURES_DIR } from '../../scripts/lib/paths.ts';
import { extractArticle, type ExtractOptions } from '../../utils/pipeline/extract.ts';
import type { ExtractResult } from '../../utils/types.ts';

export const FIXTURES = PAGE_FIXTURES_DIR;

export interface PageFixture {
  slug: string;
  source: string;
  url: string;
  meta: { title: string; authors: string[]; published: string; lang: string; dir: 'ltr' | 'rtl' };
  mustContain: string[];
  mustNotContain: string[];
  expectedText: string;
  html: string;
}

export function fixtureHtml(slug: string): string {
  const directory = join(FIXTURES, slug);
  const file = ['page.html.gz', 'page.html'].map((name) => join(directory, name)).find(existsSync);
  if (!file) throw new Error(`No page in ${directory}`);
  return decodePageBytes(readFileSync(file));
}

/** Fixtures made with `npm run make-fixture` and reviewed: page, expected.json, expected.txt. */
export function loadPageFixtures(): PageFixture[] {
  return readdirSync(FIXTURES)
    .filter((slug) => existsSync(join(FIXTURES, slug, 'expected.json')) && existsSync(join(FIXTURES, slug, 'expected.txt')))
    .map((slug) => {
      const expected = JSON.parse(readFileSync(join(FIXTURES, slug, 'expected.json'), 'utf8')) as Omit<PageFixture, 'slug' | 'expectedText' | 'html'>;
      return { ...expected, slug, expectedText: readFileSync(join(FIXTURES, slug, 'expected.txt'), 'utf8'), html: fixtureHtml(slug) };
    });
}

export function extractHtml(html: string, url: string, options: ExtractOptions = {}): { result: ExtractResult; page: ParsedPage } {
  const page = parseHtml(html, url);
  return { result: extractArticle(page.document, { url, ...options }), page };
}

export function blocksOf(text: string): string[] {
  return text
    .trim()
    .split(/\n{2,}/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}
