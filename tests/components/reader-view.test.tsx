// @vitest-environment jsdom
/**
 * The reader view as a component: page data goes in as text, page HTML only
 * through the sanitizer, settings shape what is shown, quotes are marked and
 * reachable, and the view passes axe-core. (jsdom, not happy-dom: the view
 * sanitizes, and DOMPurify is not safe under happy-dom.)
 */
import { cleanup, fireEvent, render } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, beforeAll, expect, test, vi } from 'vitest';
import { ReaderView } from '../../components/ReaderView.tsx';
import { DEFAULT_SETTINGS, type ReaderSettings } from '../../utils/extension/settings.ts';
import type { ArticleMeta, RawHtml } from '../../utils/types.ts';
import { storyMeta } from '../helpers/article-meta.ts';

const HOSTILE_TEXT = '<img src=x onerror="window.__lucidPwned = true">';

const meta = storyMeta({
  title: `Ministers meet ${HOSTILE_TEXT}`,
  authors: [{ given: 'Si-young', family: 'Choi', familyFirst: true, kind: 'person' }] as unknown as ArticleMeta['authors'],
});

const articleHtml = `<p>The ministers met on Tuesday. “We will work together,” Park said.</p>
<p onclick="window.__lucidPwned = true">Second paragraph.<img src="https://news.example/a.jpg" alt="Flags" onerror="window.__lucidPwned = true"></p>
<script>window.__lucidPwned = true</script><a href="javascript:window.__lucidPwned = true">link</a>`;

const analysis = {
  meta,
  article: {
    html: articleHtml as RawHtml,
    text: 'The ministers met on Tuesday. “We will work together,” Park said. Second paragraph.',
    prose: '',
    wordCount: 14,
    readingMinutes: 1,
    removed: [],
  },
  summaryPicks: [
    { text: 'Second paragraph.', position: 2 },
    { text: 'The ministers met on Tuesday.', position: 0 },
  ],
  quotes: [
    { text: 'We will work together,', speaker: `Park Jin ${HOSTILE_TEXT}`, mention: 'Park', start: 31, end: 53, key: true },
    { text: 'together', speaker: '', mention: '', start: 0, end: 0, key: false },
  ],
};

function view(settings: Partial<ReaderSettings> = {}, onSettingChange = vi.fn()) {
  return render(
    <ReaderView
      analysis={analysis}
      settings={{ ...DEFAULT_SETTINGS, ...settings }}
      onSettingChange={onSettingChange}
      mode="popup"
      onOpenReader={() => undefined}
    />,
  );
}

// jsdom has no layout: scrolling is a no-op here, and the browser tests check that the quote really scrolls into view.
const scrollIntoView = vi.fn();
beforeAll(() => {
  Element.prototype.scrollIntoView = scrollIntoView;
});
afterEach(() => {
  cleanup();
  delete (window as { __lucidPwned?: boolean }).__lucidPwned;
});

test('titles, names and quotes from the page are shown as text, never parsed as markup', () => {
  const { container } = view();
  expect(container.querySelector('.lucid-header h1')?.textContent).toBe(meta.title);
  expect(container.querySelector('.lucid-header img, .lucid-quotes img')).toBeNull();
  expect(container.querySelector('.lucid-quotes')?.textContent).toContain(`Park Jin ${HOSTILE_TEXT}`);
  expect(container.querySelector('.lucid-authors')?.textContent).toBe('By Choi Si-young');
});

test('the article body keeps its text and image and loses every script, handler and javascript: link', () => {
  const { container } = view();
  const body = container.querySelector('.lucid-body')!;
  expect(body.textContent).toContain('Second paragraph.');
  expect(body.querySelector('img')?.getAttribute('src')).toBe('https://news.example/a.jpg');
  expect(body.querySelector('img')?.getAttribute('referrerpolicy')).toBe('no-referrer');
  expect(body.querySelector('script, [onclick], [onerror]')).toBeNull();
  expect(body.querySelector('a')?.getAttribute('href') ?? '').not.toMatch(/javascript/i);
  expect((window as { __lucidPwned?: boolean }).__lucidPwned).toBeUndefined();
});

test('key quotes are listed with their speakers, marked in the article, and a click focuses the mark', () => {
  const { container } = view();
  const items = container.querySelectorAll('.lucid-quotes li');
  expect(items).toHaveLength(1); // the scare quote "together" is not a key quote
  const mark = container.querySelector('.lucid-body mark.lucid-quote');
  expect(mark?.textContent).toBe('We will work together,');
  fireEvent.click(items[0]!.querySelector('button')!);
  expect(container.querySelector('mark.lucid-quote-focus')).toBe(mark);
  expect(document.activeElement).toBe(mark);
  expect(scrollIntoView).toHaveBeenCalled();
  // Changing a setting re-renders the view but keeps the article's nodes (and so the reader's place).
  fireEvent.click(container.querySelector('[data-action=settings]')!);
  expect(container.querySelector('mark.lucid-quote-focus')).toBe(mark);
});

test('the summary length setting shows that many sentences in article order, and 0 hides the summary', () => {
  let rendered = view({ summarySentences: 2 });
  expect([...rendered.container.querySelectorAll('.lucid-summary li')].map((item) => item.textContent)).toEqual([
    'The ministers met on Tuesday.',
    'Second paragraph.',
  ]);
  cleanup();
  rendered = view({ summarySentences: 0 });
  expect(rendered.container.querySelector('.lucid-summary')).toBeNull();
});

test('the quotes panel can be turned off, and then nothing is marked', () => {
  const { container } = view({ showQuotes: false });
  expect(container.querySelector('.lucid-quotes')).toBeNull();
  expect(container.querySelector('mark')).toBeNull();
});

test('reading settings apply as CSS on the view, and the settings panel reports changes', () => {
  const onSettingChange = vi.fn();
  const { container } = view({ fontSize: 22, theme: 'sepia', font: 'dyslexic' }, onSettingChange);
  const root = container.querySelector<HTMLElement>('.lucid-reader')!;
  expect(root.dataset.theme).toBe('sepia');
  expect(root.dataset.font).toBe('dyslexic');
  expect(root.style.getPropertyValue('--lucid-font-size')).toBe('22px');
  fireEvent.click(container.querySelector('[data-action=settings]')!);
  const theme = container.querySelector<HTMLSelectElement>('.lucid-settings select')!;
  theme.value = 'dark';
  fireEvent.change(theme);
  expect(onSettingChange).toHaveBeenCalledWith('theme', 'dark');
});

test('a right-to-left article is laid out right to left', () => {
  const rtl = { ...analysis, meta: { ...meta, lang: 'ar', dir: 'rtl' as const } };
  const { container } = render(<ReaderView analysis={rtl} settings={DEFAULT_SETTINGS} onSettingChange={vi.fn()} mode="overlay" />);
  expect(container.querySelector('.lucid-body')?.getAttribute('dir')).toBe('rtl');
  expect(container.querySelector('.lucid-header')?.getAttribute('dir')).toBe('rtl');
});

test('axe-core finds no violations in the reader view, with the settings open', async () => {
  const { container } = view();
  fireEvent.click(container.querySelector('[data-action=settings]')!);
  // Colour contrast needs layout, which jsdom lacks: the browser tests run axe with it.
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  expect(result.violations.map((violation) => violation.id)).toEqual([]);
});
