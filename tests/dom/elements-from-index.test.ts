// @vitest-environment jsdom
/**
 * In a tab, dom.ts reads through the browser's own index of elements and its native text instead of walking
 * (`listElementsFromIndex`): the lists and texts must be the same, and so must the whole pipeline's result, or every
 * stage that reads them would change. jsdom can read both ways, so both are compared here. (A file of its own: the
 * switch holds for the rest of the module's life.)
 */
import { expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/parse-html.ts';
import { elementsInOrder, foldSpaces, foldedStart, listElementsFromIndex } from '../../utils/dom/dom.ts';
import { extractArticle } from '../../utils/pipeline/extract.ts';
import { fixtureHtml } from '../helpers/pages.ts';

/** The same elements, the very same objects, in the same order. */
function expectSameList(actual: Element[], expected: Element[]): void {
  expect(actual.length).toBe(expected.length);
  expect(actual.every((element, index) => element === expected[index])).toBe(true);
}

const PAGES = ['bbc-nato', 'tagesschau-ahrtal'];

it('folds the start of a text as folding all of it would', () => {
  const pieces = ['', ' ', '\n\t ', 'a', 'word', 'Ünïcödé', '  two  words ', '\u00a0', '한국어'];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  for (let sample = 0; sample < 3000; sample++) {
    let text = '';
    const parts = next() % 200;
    for (let part = 0; part < parts; part++) text += pieces[next() % pieces.length] ?? '';
    for (const maxLength of [0, 1, 5, 81, 161]) expect(foldedStart(text, maxLength)).toBe(foldSpaces(text).slice(0, maxLength));
  }
});

it('lists the same elements, and extracts the same article, reading the browser way as walking', () => {
  const pages = PAGES.map((slug) => {
    const { document } = parseHtml(fixtureHtml(slug), 'https://example.com/news/story');
    const walked = { document: elementsInOrder(document), body: elementsInOrder(document.body), leaf: elementsInOrder(document.querySelector('p')!) };
    return { document, walked, result: extractArticle(document) };
  });
  listElementsFromIndex();
  for (const { document, walked, result } of pages) {
    expect(walked.document.length).toBeGreaterThan(100);
    expect(walked.document[0]).toBe(document.documentElement);
    expect(walked.body).not.toContain(document.body);
    expectSameList(elementsInOrder(document), walked.document);
    expectSameList(elementsInOrder(document.body), walked.body);
    expectSameList(elementsInOrder(document.querySelector('p')!), walked.leaf);
    expect(result.ok).toBe(true);
    expect(extractArticle(document)).toEqual(result);
  }
}, 120_000);
