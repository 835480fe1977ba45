// @vitest-environment node
/**
 * A small fuzz run on every test run (`npm run fuzz` runs thousands): random
 * pages and mutated real pages through the whole analysis, from a fixed seed.
 * Fuzzing found pages that made jsdom's
 * teardown throw after a successful read (a frameset mixed into a body).
 */
import { expect, test } from 'vitest';
import { fixtureCorpus, runFuzz } from '../../scripts/lib/fuzz.ts';
import { FIXTURES } from '../helpers/pages.ts';

test('150 fuzz cases: nothing throws, nothing runs past the budget, nothing unsafe comes out', () => {
  const report = runFuzz({ seed: 20261127, cases: 150, budgetMs: 10_000, corpus: fixtureCorpus(FIXTURES) });
  expect(report.failures.map((failure) => `${failure.index} ${failure.kind}: ${failure.detail.split('\n')[0]}`)).toEqual([]);
  expect(report.cases).toBe(150);
  // Both outcomes occur: the generator makes articles as well as junk.
  expect(report.articles).toBeGreaterThan(20);
  expect(report.messages).toBeGreaterThan(20);
}, 300_000);
