// @vitest-environment jsdom
import { expect, test } from 'vitest';
import {
  elementsByTag,
  elementsByTags,
  elementsInOrder,
  elementsWithAttributes,
  firstByTag,
  foldSpaces,
  foldedLengthUpTo,
  foldedStart,
  foldedWalkUpTo,
  hasAncestor,
  hasToken,
  textOf,
} from '../../utils/dom/dom.ts';

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

test('foldedLengthUpTo is the folded text length up to its limit, across white space split over nodes', () => {
  document.body.innerHTML = '<div id="a">  Two <b>words</b>\n\n<i> </i><span>and</span>more<p> end. </p></div>';
  const block = document.getElementById('a')!;
  const length = textOf(block).length;
  expect(foldedLengthUpTo(block, length)).toBe(length);
  expect(foldedLengthUpTo(block, 1000)).toBe(length);
  // Past the limit: some length above it, without reading to the end.
  expect(foldedLengthUpTo(block, 5)).toBeGreaterThan(5);
  expect(foldedLengthUpTo(block, 5)).toBeLessThan(length);
});

test('foldedWalkUpTo gives the folded length and start of any mix of words and white space, long texts too', () => {
  // Pseudo-random but fixed: runs of letters and of the white space \s counts (tabs, no-break and ideographic spaces).
  let seed = 7;
  const next = (below: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % below;
  const pieces = ['a', 'Wort ', ' ', '\n\n', '\u00a0', '\u3000', '\t', 'x'.repeat(300), ' '.repeat(500), 'end.'];
  for (let round = 0; round < 300; round++) {
    const texts = Array.from({ length: 1 + next(6) }, () => Array.from({ length: next(12) }, () => pieces[next(pieces.length)]).join(''));
    const block = document.createElement('div');
    for (const text of texts) {
      const wrapper = document.createElement(next(2) ? 'span' : 'p');
      wrapper.textContent = text;
      block.append(next(2) ? wrapper : text);
    }
    const folded = textOf(block);
    for (const limit of [0, 5, 81, 161, 400, 5000]) {
      let read = '';
      const length = foldedWalkUpTo(block, limit, (value) => (read += value));
      if (folded.length <= limit) expect(length).toBe(folded.length);
      else expect(length).toBeGreaterThan(limit);
      // What the clean-up's textPrefix returns: the folded text's start, from the texts read.
      expect(foldedStart(read, limit)).toBe(foldSpaces(block.textContent).slice(0, limit));
    }
  }
});

test('foldedLengthUpTo folds no more of a very long text than its limit needs', () => {
  // Before, each text was folded whole: one text of 2 million characters asked 200 times took 28 s here (now 1 ms).
  document.body.innerHTML = '';
  const block = document.createElement('p');
  block.textContent = 'word '.repeat(400_000);
  document.body.append(block);
  const started = performance.now();
  for (let index = 0; index < 200; index++) expect(foldedLengthUpTo(block, 81)).toBeGreaterThan(81);
  expect(performance.now() - started).toBeLessThan(3000);
});

test('elementsWithAttributes lists what the attribute selector lists, in the same order', () => {
  document.body.innerHTML =
    '<div id="a" itemprop="articleBody"><p id="b" class="x"><span id="c" itemtype="Recipe"></span></p><p itemprop=""></p></div><section aria-controls="a"><b ITEMTYPE="x"></b></section>';
  const body = document.body;
  expect(elementsWithAttributes(body, ['itemprop', 'itemtype'])).toEqual([...body.querySelectorAll('[itemprop], [itemtype]')]);
  expect(elementsWithAttributes(body, ['itemprop', 'itemtype'])).toHaveLength(4);
  expect(elementsWithAttributes(document.getElementById('a')!, ['aria-controls'])).toEqual([]);
});

test('hasToken and hasAncestor answer what the attribute and descendant selectors they replace answer', () => {
  document.head.innerHTML = '<link id="a" rel="Canonical"><link id="b" rel="alternate canonical-ish"><link id="c" rel="stylesheet\tCANONICAL">';
  document.body.innerHTML = '<picture><div><source id="s1"></div></picture><video><source id="s2"></video>';
  for (const link of elementsByTag(document, 'link')) {
    expect(hasToken(link.getAttribute('rel'), 'canonical')).toBe(link.matches('[rel~="canonical" i]'));
  }
  expect(hasToken(null, 'canonical')).toBe(false);
  for (const source of elementsByTag(document, 'source')) expect(hasAncestor(source, 'picture')).toBe(source.matches('picture source'));
  expect(hasAncestor(document.getElementById('s1')!, 'picture')).toBe(true);
  expect(hasAncestor(document.getElementById('s2')!, 'picture')).toBe(false);
});

test('elementsByTags and firstByTag give what querySelectorAll and querySelector give', () => {
  document.body.innerHTML = '<h2 id="a"></h2><div><h1 id="b"></h1><h2 id="c"><a id="x">no address</a></h2></div><h1 id="d"><a id="y" href="/">home</a></h1>';
  expect(elementsByTags(document, ['h1', 'h2'])).toEqual([...document.querySelectorAll('h1, h2')]);
  expect(elementsByTags(document.body.children[1]!, ['h2', 'h1']).map((element) => element.id)).toEqual(['b', 'c']);
  expect(firstByTag(document, 'a', (link) => link.hasAttribute('href'))).toBe(document.querySelector('a[href]'));
  expect(firstByTag(document, 'h1')).toBe(document.querySelector('h1'));
  expect(firstByTag(document, 'table')).toBeUndefined();
});
