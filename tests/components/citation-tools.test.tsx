// @vitest-environment jsdom
/**
 * The citation tools in the reader view, on WXT's fakeBrowser storage: the
 * citation editor (corrections reach the copied citation, names stay text,
 * kept only when asked, forgotten on request), "Copy quote with citation",
 * "Copy a report", and "Always open on this site" with its settings list.
 * (jsdom: the view sanitizes the article, and DOMPurify is not safe under happy-dom.)
 */
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import axe from 'axe-core';
import type { ComponentChildren } from 'preact';
import { afterEach, beforeAll, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AlwaysOpenButton } from '../../components/AlwaysOpenSites.tsx';
import { CitationFormatterContext } from '../../components/citation-context.ts';
import { QuoteLinkContext, type QuoteLinker } from '../../components/quote-link-context.ts';
import { ReaderView } from '../../components/ReaderView.tsx';
import type { CitationRequest } from '../../utils/citation/request.ts';
import { registerMessageHandlers, registerSiteHandlers } from '../../utils/extension/background-handlers.ts';
import { savedCorrections } from '../../utils/extension/corrections.ts';
import { DEFAULT_SETTINGS, type ReaderSettings } from '../../utils/extension/settings.ts';
import type { RawHtml } from '../../utils/types.ts';
import { installFakeExtensionApis } from '../extension/fake-extension-apis.ts';
import { storyMeta } from '../helpers/article-meta.ts';

const HOSTILE = '<img src=x onerror="window.__lucidPwned = true">';
const QUOTE = 'We will work together with like-minded countries';
const meta = storyMeta({
  title: 'Ministers meet | Example Herald',
  authors: [
    { given: 'Si-young', family: 'Choi', familyFirst: true },
    { given: 'Themen', family: 'bearbeiten' },
  ],
  byline: 'Choi Si-young, Themen bearbeiten',
});
const text = `The ministers met on Tuesday. “${QUOTE},” Park said. Second paragraph.`;
const analysis = {
  meta,
  article: {
    html: `<p>The ministers met on Tuesday. “${QUOTE},” Park said.</p><p>Second paragraph.</p>` as RawHtml,
    text,
    prose: text,
    wordCount: 16,
    readingMinutes: 1,
    removed: [{ stage: 'content-clutter', rule: 'share-bar', text: 'Share on Facebook' }],
  },
  summaryPicks: [{ text: 'Second paragraph.', position: 2 }],
  quotes: [{ text: `${QUOTE},`, speaker: 'Park Jin', mention: 'Park', start: text.indexOf(QUOTE), end: text.indexOf(QUOTE) + QUOTE.length + 1, key: true }],
};

const formatCitation = vi.fn((request: CitationRequest) =>
  Promise.resolve({ text: `${request.style}: ${request.meta.byline} — ${request.meta.title}`, html: `<i>${request.meta.title}</i>` }),
);
const linkToQuote = vi.fn<QuoteLinker>(() => Promise.resolve({ textStart: 'We will work together', prefix: 'Tuesday. “' }));
const clipboard = { text: '', html: '' };

function Providers({ children }: { children: ComponentChildren }) {
  return (
    <CitationFormatterContext.Provider value={formatCitation}>
      <QuoteLinkContext.Provider value={linkToQuote}>{children}</QuoteLinkContext.Provider>
    </CitationFormatterContext.Provider>
  );
}

function view(settings: Partial<ReaderSettings> = {}) {
  return render(
    <Providers>
      <ReaderView
        analysis={analysis}
        settings={{ ...DEFAULT_SETTINGS, ...settings }}
        onSettingChange={vi.fn()}
        mode="popup"
        accessed={new Date('2024-01-02T00:00:00Z')}
      />
    </Providers>,
  );
}

const input = (root: Element, selector: string) => root.querySelector<HTMLInputElement>(selector)!;
function type(element: HTMLInputElement, value: string) {
  element.value = value;
  fireEvent.input(element);
}

beforeAll(() => {
  Element.prototype.scrollIntoView = vi.fn();
  // The clipboard as the browser has it: rich and plain flavours.
  class FakeClipboardItem {
    constructor(readonly items: Record<string, Blob>) {}
  }
  vi.stubGlobal('ClipboardItem', FakeClipboardItem);
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: {
      writeText: (value: string) => {
        Object.assign(clipboard, { text: value, html: '' });
        return Promise.resolve();
      },
      write: async ([item]: FakeClipboardItem[]) => {
        clipboard.text = await item!.items['text/plain']!.text();
        clipboard.html = await item!.items['text/html']!.text();
      },
    },
  });
});
beforeEach(() => {
  fakeBrowser.reset();
  formatCitation.mockClear();
  linkToQuote.mockClear();
  Object.assign(clipboard, { text: '', html: '' });
});
afterEach(() => {
  cleanup();
  delete (window as { __lucidPwned?: boolean }).__lucidPwned;
});

test('corrections to title, authors, date and site reach the copied citation; names stay text', async () => {
  const { container } = view();
  fireEvent.click(container.querySelector('[data-action=edit-citation]')!);
  const editor = container.querySelector('[data-part=citation-editor]')!;
  type(input(editor, '[data-field=title]'), 'Ministers meet');
  // Remove the "author" that is a button label, add an organisation, put it first.
  fireEvent.click(editor.querySelectorAll('[data-action=author-remove]')[1]!);
  fireEvent.click(editor.querySelector('[data-action=add-organisation]')!);
  type(input(editor, '[data-author="1"] [data-field=literal]'), `FOCUS online ${HOSTILE}`);
  fireEvent.click(editor.querySelectorAll('[data-action=author-up]')[1]!);
  type(input(editor, '[data-field=published]'), '2023-11-16');
  type(input(editor, '[data-field=site]'), 'Example Herald');
  expect(container.querySelector('[data-action=edit-citation]')?.textContent).toBe('Corrected ✓');
  expect(container.querySelector('img')).toBeNull();

  fireEvent.click(container.querySelector('[data-action=copy-citation]')!);
  await waitFor(() => expect(formatCitation).toHaveBeenCalled());
  const request = formatCitation.mock.calls[0]![0];
  expect(request.meta.title).toBe('Ministers meet');
  expect(request.meta.authors).toEqual([{ literal: `FOCUS online ${HOSTILE}` }, { given: 'Si-young', family: 'Choi', familyFirst: true }]);
  expect(request.meta.byline).toBe(`FOCUS online ${HOSTILE}, Choi Si-young`);
  expect(request.meta.published).toBe('2023-11-16');
  expect(request.meta.siteName).toBe('Example Herald');
  // The canonical address is kept: corrections touch only what the person edits.
  expect(request.meta.canonicalUrl).toBe(meta.canonicalUrl);
  // Not kept unless asked.
  expect(await savedCorrections.getValue()).toEqual({});
  expect((window as { __lucidPwned?: boolean }).__lucidPwned).toBeUndefined();
});

test('"Remember for this page" keeps the corrections under the canonical address; the next view uses them; undo forgets them', async () => {
  let rendered = view();
  fireEvent.click(rendered.container.querySelector('[data-action=edit-citation]')!);
  type(input(rendered.container, '[data-field=title]'), 'Ministers meet');
  fireEvent.click(input(rendered.container, '[data-field=remember]'));
  await waitFor(async () => expect(Object.keys(await savedCorrections.getValue())).toEqual(['https://news.example/story']));
  cleanup();

  rendered = view();
  await waitFor(() => expect(rendered.container.querySelector('[data-action=edit-citation]')?.textContent).toBe('Corrected ✓'));
  fireEvent.click(rendered.container.querySelector('[data-action=copy-citation]')!);
  await waitFor(() => expect(formatCitation).toHaveBeenCalled());
  expect(formatCitation.mock.calls[0]![0].meta.title).toBe('Ministers meet');

  fireEvent.click(rendered.container.querySelector('[data-action=edit-citation]')!);
  expect(input(rendered.container, '[data-field=remember]').checked).toBe(true);
  fireEvent.click(rendered.container.querySelector('[data-action=reset-citation]')!);
  await waitFor(async () => expect(await savedCorrections.getValue()).toEqual({}));
  expect(rendered.container.querySelector('[data-action=edit-citation]')?.textContent).toBe('Correct');
});

test('stored corrections that are junk are ignored', async () => {
  await savedCorrections.setValue({ 'https://news.example/story': { title: 42, authors: 'x' } } as never);
  const { container } = view();
  await new Promise((done) => setTimeout(done, 20));
  expect(container.querySelector('[data-action=edit-citation]')?.textContent).toBe('Correct');
});

test('"Copy with citation" asks the page for the link with the quote\'s context, and copies quote, speaker, citation and link', async () => {
  // A data format as the chosen style: the quote is cited in APA.
  const { container } = view({ citationStyle: 'ris' });
  fireEvent.click(container.querySelector('[data-action=copy-quote]')!);
  await waitFor(() => expect(clipboard.text).not.toBe(''));
  expect(linkToQuote).toHaveBeenCalledWith({ quote: `${QUOTE},`, before: 'The ministers met on Tuesday. “', after: '” Park said. Second paragraph.' });
  expect(formatCitation.mock.calls[0]![0].style).toBe('apa');
  expect(clipboard.text).toBe(
    `“${QUOTE}” — Park Jin\n\napa: Choi Si-young, Themen bearbeiten — Ministers meet | Example Herald\nhttps://news.example/story#:~:text=Tuesday.%20%E2%80%9C-,We%20will%20work%20together`,
  );
  expect(clipboard.html).toContain('<blockquote>');
  expect(container.querySelector('.lucid-quotes .lucid-feedback')?.textContent).toBe('Copied');

  fireEvent.click(container.querySelector('[data-action=copy-quote-markdown]')!);
  await waitFor(() => expect(clipboard.text.startsWith('> ')).toBe(true));
  expect(clipboard.text.split('\n').at(-1)).toBe('<https://news.example/story#:~:text=Tuesday.%20%E2%80%9C-,We%20will%20work%20together>');
});

test("with no fragment for the quote, the link is the article's address", async () => {
  linkToQuote.mockImplementationOnce(() => Promise.resolve(null));
  const { container } = view();
  fireEvent.click(container.querySelector('[data-action=copy-quote]')!);
  await waitFor(() => expect(clipboard.text).not.toBe(''));
  expect(clipboard.text.split('\n').at(-1)).toBe('https://news.example/story');
});

test('"Copy a report" copies the address, the version and what Lucid found, without the page\'s markup', async () => {
  fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'Lucid', version: '0.1.0' });
  const { container } = view();
  fireEvent.click(container.querySelector('[data-action=copy-report]')!);
  await waitFor(() => expect(clipboard.text).toContain('Lucid report'));
  expect(clipboard.text).toContain('Page: https://news.example/story?utm_source=x');
  expect(clipboard.text).toContain('Lucid version: 0.1.0');
  const found = JSON.parse(/```json\n([\s\S]*)\n```/.exec(clipboard.text)![1]!) as Record<string, unknown>;
  expect(found.title).toBe(meta.title);
  expect(found.authors).toEqual(meta.authors);
  expect(found.quotes).toEqual([{ text: `${QUOTE},`, speaker: 'Park Jin', key: true }]);
  expect(found.removed).toEqual([{ stage: 'content-clutter', rule: 'share-bar', text: 'Share on Facebook' }]);
  expect(clipboard.text).not.toContain('<p>');
});

test('"Always open" asks for that one site first thing in the click; once granted it says so, and the settings list removes it', async () => {
  const apis = installFakeExtensionApis();
  registerSiteHandlers();
  const removeHandlers = registerMessageHandlers();
  const request = vi.spyOn(fakeBrowser.permissions, 'request');
  const button = render(<AlwaysOpenButton address="https://news.example/story?x=1" />);
  const always = button.container.querySelector<HTMLButtonElement>('[data-action=always-open]')!;
  expect(always.textContent).toBe('Always open reader mode on news.example');
  fireEvent.click(always);
  // Called in the click itself, nothing awaited before (Firefox grants only then).
  expect(request).toHaveBeenCalledWith({ origins: ['https://news.example/*'] });
  await waitFor(() => expect(button.container.textContent).toBe('Reader mode opens by itself on news.example'));
  expect([...apis.scripts.keys()]).toEqual(['lucid-always-open:https://news.example']);
  cleanup();

  const { container } = view();
  fireEvent.click(container.querySelector('[data-action=settings]')!);
  const remove = await waitFor(() => {
    const found = container.querySelector<HTMLButtonElement>('[data-action=forget-site]');
    expect(found).not.toBeNull();
    return found!;
  });
  expect(remove.getAttribute('aria-label')).toBe('Remove news.example');
  expect(container.querySelector('[data-part=always-open-sites]')?.textContent).toContain('single-page apps');
  fireEvent.click(remove);
  await waitFor(() => expect(container.querySelector('[data-action=forget-site]')).toBeNull());
  expect(apis.scripts.size).toBe(0);
  expect(apis.origins.size).toBe(0);
  removeHandlers();
});

test('no "Always open" on pages that are not web pages', () => {
  const { container } = render(<AlwaysOpenButton address="file:///tmp/a.html" />);
  expect(container.innerHTML).toBe('');
});

test('axe-core finds no violations with the citation editor and the settings open', async () => {
  const { container } = view();
  fireEvent.click(container.querySelector('[data-action=edit-citation]')!);
  fireEvent.click(container.querySelector('[data-action=settings]')!);
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  expect(result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
});
