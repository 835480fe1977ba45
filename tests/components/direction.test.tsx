// @vitest-environment jsdom
/**
 * Right-to-left articles under a left-to-right interface (and the reverse):
 * the article's parts take the article's direction, the interface's words
 * next to them take the interface's, each isolated, so an Arabic article
 * shows "1 min read", not "min read 1". (jsdom: the view sanitizes.)
 */
import { cleanup, render } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { ReaderView } from '../../components/ReaderView.tsx';
import { uiDirection } from '../../components/ui-direction.ts';
import { DEFAULT_SETTINGS } from '../../utils/extension/settings.ts';
import type { ArticleMeta, RawHtml } from '../../utils/types.ts';

const meta: ArticleMeta = {
  title: 'اجتماع الوزراء في بغداد',
  authors: [],
  byline: 'محمد علي',
  siteName: 'الصباح',
  published: '2023-11-15',
  modified: '',
  lang: 'ar',
  dir: 'rtl',
  excerpt: '',
  leadImage: '',
  canonicalUrl: 'https://news.example/ar/story',
  url: 'https://news.example/ar/story',
  pageType: 'NewsArticle',
};

function view() {
  return render(
    <ReaderView
      analysis={{
        meta,
        article: {
          html: '<p>اجتمع الوزراء يوم الثلاثاء.</p>' as RawHtml,
          text: 'اجتمع الوزراء يوم الثلاثاء.',
          prose: '',
          wordCount: 4,
          readingMinutes: 1,
          removed: [],
        },
        summaryPicks: [],
        quotes: [],
      }}
      settings={DEFAULT_SETTINGS}
      onSettingChange={() => undefined}
      mode="overlay"
      onClose={() => undefined}
    />,
  ).container;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

test('an Arabic article under an English interface: the article right to left, the interface words left to right, isolated', () => {
  const container = view();
  const root = container.querySelector('.lucid-reader')!;
  // The toolbar and settings follow the interface, whatever the page around the overlay says.
  expect(root.getAttribute('dir')).toBe('ltr');
  expect(container.querySelector('.lucid-toolbar')?.closest('[dir]')?.getAttribute('dir')).toBe('ltr');
  expect(container.querySelector('.lucid-header')?.getAttribute('dir')).toBe('rtl');
  expect(container.querySelector('.lucid-body')?.getAttribute('dir')).toBe('rtl');
  for (const selector of ['.lucid-reading-time', '.lucid-date', '.lucid-authors', '.lucid-source']) {
    const element = container.querySelector(selector)!;
    expect(element.getAttribute('dir'), selector).toBe('ltr');
    expect(element.getAttribute('lang'), selector).toBe('en');
  }
  expect(container.querySelector('.lucid-reading-time')?.textContent).toBe('1 min read');
  // The author's name keeps the article's direction inside the English "By …".
  const name = container.querySelector('.lucid-authors bdi');
  expect(name?.textContent).toBe('محمد علي');
  expect(name?.getAttribute('dir')).toBe('rtl');
  expect(container.querySelector('.lucid-authors')?.textContent).toBe('By محمد علي');
});

test('the interface direction comes from the browser for the language it chose', () => {
  vi.stubGlobal('chrome', { i18n: { getMessage: (key: string) => (key === '@@bidi_dir' ? 'rtl' : ''), getUILanguage: () => 'ar' } });
  expect(uiDirection()).toBe('rtl');
  vi.stubGlobal('chrome', { i18n: { getMessage: () => '', getUILanguage: () => 'he-IL' } });
  expect(uiDirection()).toBe('rtl');
  vi.stubGlobal('chrome', { i18n: { getMessage: () => '', getUILanguage: () => 'de' } });
  expect(uiDirection()).toBe('ltr');
});
