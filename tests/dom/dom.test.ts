// @vitest-environment jsdom
import { expect, test } from 'vitest';
import { elementsByTag, elementsInOrder } from '../../utils/dom/dom.ts';

const MARKUP = '<div id="a"><p id="b"><span id="c"></span></p><p id="d"></p></div><section id="e"><ul id="f"><li id="g"></li></ul></section><img id="h">';

test('elementsInOrder lists the same elements, in the same order, as querySelectorAll', () => {
  document.body.innerHTML = MARKUP;
  expect(elementsInOrder(document)).toEqual([...document.getElementsByTagName('*')]);
  const first = document.getElementById('a')!;
  expect(elementsInOrder(first)).toEqual([...first.querySelectorAll('*')]);
  expect(elementsInOrder(document.getElementById('h')!)).toEqual([]);
});

test('elementsByTag is a snapshot: removing while iterating skips nothing', () => {
  document.body.innerHTML = '<p>1</p><p>2</p><p>3</p>';
  for (const paragraph of elementsByTag(document, 'p')) paragraph.remove();
  expect(document.getElementsByTagName('p')).toHaveLength(0);
});
