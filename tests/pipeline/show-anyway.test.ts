// @vitest-environment node
/** "Show anyway": on a page with no article, the person asked for its text, and gets it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { extractHtml } from '../helpers/pages.ts';

const HOME_PAGE = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'odd', 'home-page.html'), 'utf8');

test('a front page of headlines is not an article', () => {
  const { result, page } = extractHtml(HOME_PAGE, 'https://news.example/');
  page.close();
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.reason).toBe('not-article');
});

test('"Show anyway" on it gives the headlines, even though every clean-up rule would drop a list of links', () => {
  const { result, page } = extractHtml(HOME_PAGE, 'https://news.example/', { force: true });
  page.close();
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  expect(result.article.text).toContain('Story number 1: a headline');
  expect(result.article.text).toContain('Story number 30');
  expect(result.article.text).not.toContain('© The Daily Example');
});

test('"Show anyway" on a page whose article block is a heading ends (a fuzz case that used to loop forever)', () => {
  const html = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'odd', 'fuzz-heading-loop.html'), 'utf8');
  const { result, page } = extractHtml(html, 'https://fuzz.example/story', { force: true });
  page.close();
  expect(result.ok).toBe(true);
}, 20_000);
