// @vitest-environment jsdom
/**
 * In a tab, elementsInOrder lists elements from the browser's index instead of walking (dom.ts): the list must be the
 * same, element for element, for a document and for an element, or every stage that reads it would change. (Its own
 * file: the switch holds for the rest of the module's life.)
 */
import { expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/parse-html.ts';
import { elementsInOrder, listElementsFromIndex } from '../../utils/dom/dom.ts';
import { fixtureHtml } from '../helpers/pages.ts';

/** The same elements, the very same objects, in the same order. */
function expectSameList(actual: Element[], expected: Element[]): void {
  expect(actual.length).toBe(expected.length);
  expect(actual.every((element, index) => element === expected[index])).toBe(true);
}

it('lists the same elements in the same order from the index as by walking', () => {
  const { document, close } = parseHtml(fixtureHtml('bbc-nato'));
  const body = document.body;
  const walkedDocument = elementsInOrder(document);
  const walkedBody = elementsInOrder(body);
  const walkedLeaf = elementsInOrder(document.querySelector('p')!);
  listElementsFromIndex();
  expect(walkedDocument.length).toBeGreaterThan(500);
  expect(walkedDocument[0]).toBe(document.documentElement);
  expectSameList(elementsInOrder(document), walkedDocument);
  expectSameList(elementsInOrder(body), walkedBody);
  expect(walkedBody).not.toContain(body);
  expectSameList(elementsInOrder(document.querySelector('p')!), walkedLeaf);
  close();
});
