/**
 * Real pages on which a rule of the extraction was made: each page failed
 * before its rule (tests/fixtures/extraction/<name>.json says which rule and
 * why), and the test holds the text it must keep and the text it must not.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodePageBytes } from '../../scripts/lib/decode-page.ts';
import { projectRoot } from '../../scripts/lib/paths.ts';
import { extractHtml } from '../helpers/pages.ts';

interface ExtractionFixture {
  page: string;
  url: string;
  why: string;
  keep: string[];
  remove: string[];
}

const directory = join(projectRoot, 'tests', 'fixtures', 'extraction');
const fixtures = readdirSync(directory)
  .filter((name) => name.endsWith('.json'))
  .map((name) => ({ name, ...(JSON.parse(readFileSync(join(directory, name), 'utf8')) as ExtractionFixture) }));

const fold = (text: string) => text.replace(/\s+/gu, ' ').trim();

describe('pages an extraction rule was made on', () => {
  for (const fixture of fixtures) {
    it(`${fixture.name}: ${fixture.why}`, () => {
      // Generous time budget: the test is about the text, and the shared machine may be slow.
      const { result } = extractHtml(decodePageBytes(readFileSync(join(directory, fixture.page))), fixture.url, { timeBudgetMs: 120_000 });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const text = fold(`${result.meta.title}\n${result.article.text}`);
      for (const snippet of fixture.keep) expect(text, 'kept').toContain(fold(snippet));
      for (const snippet of fixture.remove) expect(text, 'removed').not.toContain(fold(snippet));
    }, 180_000);
  }
});
