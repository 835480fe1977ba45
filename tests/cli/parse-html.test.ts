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
