// @vitest-environment node
/** How the command line builds a page in jsdom: as a browser would, and safe to tear down. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { MAX_TREE_DEPTH, parseHtml } from '../../scripts/lib/parse-html.ts';
import { analyzeDocument } from '../../utils/pipeline/extract.ts';

function depthOf(root: Element): number {
  let deepest = 0;
  const stack: [Element, number][] = [[root, 1]];
  while (stack.length) {
    const [element, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    for (const child of element.children) stack.push([child, depth + 1]);
  }
  return deepest;
}

test('nesting stops at 512 levels, as in browsers, and the text deeper down is kept in order', () => {
  const page = parseHtml(`<html><body>${'<div>'.repeat(2000)}<p>first</p><p>second</p>${'</div>'.repeat(2000)}</body></html>`);
  expect(depthOf(page.document.documentElement)).toBeLessThanOrEqual(MAX_TREE_DEPTH + 1);
  expect(page.document.body.textContent.replace(/\s+/g, ' ').trim()).toBe('firstsecond');
  page.close();
});

test('a page whose frames jsdom cannot tear down is still read, and closing it does not throw (found by the fuzzer)', () => {
  const html = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'odd', 'fuzz-teardown.html'), 'utf8');
  const page = parseHtml(html, 'https://fuzz.example/story');
  const result = analyzeDocument(page.document, { url: 'https://fuzz.example/story' });
  expect(result.ok || result.reason !== 'failed').toBe(true);
  expect(() => page.close()).not.toThrow();
});

test('a doctype whose name jsdom will not clone (<!DOCTYPE html<div>) is read all the same (found by the fuzzer)', () => {
  const html = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'odd', 'fuzz-doctype-name.html'), 'utf8');
  const page = parseHtml(html, 'https://fuzz.example/story');
  const result = analyzeDocument(page.document, { url: 'https://fuzz.example/story', force: true });
  page.close();
  expect(result.ok).toBe(true);
});

test('a style jsdom throws on costs that style, never the page (background:url(…)no-repeat stopped the parse)', () => {
  const paragraphs = Array.from(
    { length: 6 },
    (_, index) => `<p>Paragraph ${index + 1} of the article, long enough to be read as the story by any extractor.</p>`,
  ).join('');
  const html = `<html><head><title>Story</title><style>.hero{background:url(a.png)no-repeat;color:red}</style></head><body>
<div style="background:url(hero.png)no-repeat;color:red">Banner</div>
<div style="display:none;background:url(a.png)no-repeat">Hidden teaser</div>
<p title="a style=x">Caption</p>
<article><h1>Story</h1>${paragraphs}</article></body></html>`;
  const page = parseHtml(html, 'https://news.example/story');
  const hidden = [...page.document.querySelectorAll('div')].find((element) => element.textContent === 'Hidden teaser');
  // The declaration jsdom can take stays: the page still hides what it hid.
  expect(hidden?.getAttribute('style')).toMatch(/^display:none/);
  expect(page.document.querySelector('p[title]')?.getAttribute('title')).toBe('a style=x');
  const result = analyzeDocument(page.document, { url: 'https://news.example/story' });
  page.close();
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  expect(result.article.text).toContain('Paragraph 6 of the article');
  expect(result.article.text).not.toContain('Hidden teaser');
});
