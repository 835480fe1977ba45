// @vitest-environment jsdom
/**
 * A wide table scrolls sideways in its own box; its header cells must not break words to fit the column.
 * The body lets a long unbroken word (an address) wrap anywhere, and table cells took that over: Chromium
 * then shrank each column of a fourteen-column table below its longest word, so "Quarter" was printed
 * "Quarte / r" and the table still needed its scroll bar. (jsdom: it applies the style sheet's rules to each
 * element but does not inherit, so inheritance is followed here by hand.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, render } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { ArticleBody } from '../../components/ArticleBody.tsx';
import type { RawHtml } from '../../utils/types.ts';

const READER_CSS = readFileSync(join(import.meta.dirname, '..', '..', 'components', 'reader.css'), 'utf8');

afterEach(() => {
  cleanup();
  document.head.innerHTML = '';
});

/** The value an element gets for an inherited property: its own rule's, else its nearest ancestor's. */
function inherited(element: Element | null, property: string): string {
  for (let node = element; node; node = node.parentElement) {
    const value = getComputedStyle(node).getPropertyValue(property);
    if (value) return value;
  }
  return '';
}

test('table cells keep their words whole while the body may break a long one', () => {
  const style = document.createElement('style');
  style.textContent = READER_CSS;
  document.head.append(style);
  const html = `<p>See https://council.example/budget/2026/quarterly-figures-by-department-and-district for all figures.</p>
<table><thead><tr><th>Quarter 1 figure</th><th>Quarter 2 figure</th></tr></thead><tbody><tr><td>1234.5</td><td>2469</td></tr></tbody></table>` as RawHtml;
  const { container } = render(<ArticleBody html={html} quotes={[]} lang="en" dir="ltr" />);
  expect(inherited(container.querySelector('.lucid-body p'), 'overflow-wrap')).toBe('break-word');
  expect(inherited(container.querySelector('.lucid-body th'), 'overflow-wrap')).toBe('normal');
  expect(inherited(container.querySelector('.lucid-body td'), 'overflow-wrap')).toBe('normal');
});

test('a heading inside the article is set tighter than its paragraphs, so a long one does not read as loose lines of bold', () => {
  const style = document.createElement('style');
  style.textContent = READER_CSS;
  document.head.append(style);
  const html =
    `<h2>A heading that the page made long: the district's two fires, the roads closed and the villages evacuated overnight</h2><p>The fire started on Tuesday.</p>` as RawHtml;
  const { container } = render(<ArticleBody html={html} quotes={[]} lang="en" dir="ltr" />);
  expect(inherited(container.querySelector('.lucid-body h2'), 'line-height')).toBe('1.3');
});
