// @vitest-environment jsdom
/**
 * Print and Listen in the reader view (jsdom: these views sanitize the
 * article, and DOMPurify is not safe under happy-dom):
 * - "Print" hands the background the article as the reader shows it, and the
 *   print page gets it from session storage under a one-time key, never from
 *   its address, and shows it through the sanitizer;
 * - reader mode's Listen button and its K key load the Listen module and read
 *   the article from Lucid's copy of it; the popup has no Listen.
 */
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listenModule } from '../../components/listen-module.tsx';
import { PrintView } from '../../components/PrintView.tsx';
import { ReaderView } from '../../components/ReaderView.tsx';
import { DEFAULT_SETTINGS, type ReaderSettings } from '../../utils/extension/settings.ts';
import { isPrintJob, openPrintPage, takePrintJob, type PrintJob } from '../../utils/extension/print-job.ts';
import type { RawHtml } from '../../utils/types.ts';
import { installFakeSpeech, voice, type FakeSpeech } from '../helpers/fake-speech.ts';
import { storyMeta } from '../helpers/article-meta.ts';

const requestPrint = vi.hoisted(() => vi.fn<(job: unknown) => Promise<void>>(() => Promise.resolve()));
vi.mock('../../utils/extension/print-request.ts', () => ({ requestPrint }));

const HOSTILE_TEXT = '<img src=x onerror="window.__lucidPwned = true">';
const meta = storyMeta({
  title: `Ministers meet ${HOSTILE_TEXT}`,
});
const html = `<p>The ministers met on Tuesday. They agreed on a plan.</p>
<figure><img src="https://news.example/a.jpg" alt="Flags" onerror="window.__lucidPwned = true"><figcaption>The flags.</figcaption></figure>
<p onclick="window.__lucidPwned = true">Second paragraph, with <a href="https://news.example/more">a link</a>.</p><script>window.__lucidPwned = true</script>` as RawHtml;
const text = 'The ministers met on Tuesday. They agreed on a plan.\n\nThe flags.\n\nSecond paragraph, with a link.';
const analysis = {
  meta,
  article: { html, text, prose: '', wordCount: 17, readingMinutes: 1, removed: [] },
  summaryPicks: [{ text: 'They agreed on a plan.', position: 1 }],
  quotes: [],
};

function view(settings: Partial<ReaderSettings> = {}, mode: 'popup' | 'overlay' = 'overlay') {
  return render(
    <ReaderView
      analysis={analysis}
      settings={{ ...DEFAULT_SETTINGS, ...settings }}
      onSettingChange={vi.fn()}
      mode={mode}
      loadListen={mode === 'overlay' ? () => Promise.resolve(listenModule) : undefined}
    />,
  );
}

beforeAll(() => {
  Element.prototype.scrollIntoView = vi.fn();
});
afterEach(() => {
  cleanup();
  requestPrint.mockClear();
  delete (window as { __lucidPwned?: boolean }).__lucidPwned;
});

describe('Print', () => {
  it('hands over the article with the summary the reader shows, or none when the summary is off', async () => {
    const { container } = view({ summarySentences: 2 }, 'popup');
    fireEvent.click(container.querySelector('[data-action=print]')!);
    await waitFor(() => expect(requestPrint).toHaveBeenCalledTimes(1));
    expect(requestPrint).toHaveBeenCalledWith({ meta, html, readingMinutes: 1, summary: ['They agreed on a plan.'] });
    cleanup();
    fireEvent.click(view({ summarySentences: 0 }).container.querySelector('[data-action=print]')!);
    await waitFor(() => expect(requestPrint).toHaveBeenCalledTimes(2));
    expect((requestPrint.mock.calls[1]![0] as PrintJob).summary).toEqual([]);
  });

  it('says so when the print page could not be opened, instead of doing nothing', async () => {
    requestPrint.mockRejectedValueOnce(new Error('Tab opener must be in the same window as the updated tab.'));
    const { container } = view();
    fireEvent.click(container.querySelector('[data-action=print]')!);
    await waitFor(() => expect(container.querySelector('.lucid-feedback')?.textContent).toBe('Could not open the print page — try Print again.'));
  });

  it('opens the print page in the window of the tab it came from, not the window focused last', async () => {
    fakeBrowser.reset();
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await openPrintPage({ meta, html, readingMinutes: 1, summary: [] }, { id: 7, index: 2, windowId: 3 });
    expect(create).toHaveBeenCalledWith(expect.objectContaining({ index: 3, openerTabId: 7, windowId: 3 }));
    create.mockRestore();
  });

  it('keeps the article in session storage under a one-time key, not in the address of the page it opens', async () => {
    fakeBrowser.reset();
    const job: PrintJob = { meta, html, readingMinutes: 1, summary: ['They agreed on a plan.'] };
    await openPrintPage(job, { id: 7, index: 2 });
    const tab = (await fakeBrowser.tabs.query({})).find((candidate) => candidate.url?.includes('print.html'));
    const address = new URL(tab!.url!);
    expect(address.pathname).toBe('/print.html');
    expect([...address.searchParams.keys()]).toEqual(['job']);
    expect(tab!.url).not.toContain('Ministers');
    const id = address.searchParams.get('job')!;
    expect(await takePrintJob(id)).toEqual(job);
    // Taken once: a reload of the print page finds nothing, and nothing stays behind.
    expect(await takePrintJob(id)).toBeUndefined();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('refuses a message that is not an article', () => {
    expect(isPrintJob({ meta, html, readingMinutes: 1, summary: [] })).toBe(true);
    expect(isPrintJob({ meta, html: 5, readingMinutes: 1, summary: [] })).toBe(false);
    expect(isPrintJob({ meta: {}, html, readingMinutes: 1, summary: [] })).toBe(false);
    expect(isPrintJob(null)).toBe(false);
  });

  it('the print page shows title, byline, date, source address, summary, text and images, sanitized', () => {
    const onPrint = vi.fn();
    const { container } = render(<PrintView job={{ meta, html, readingMinutes: 1, summary: ['They agreed on a plan.'] }} onPrint={onPrint} />);
    expect(container.querySelector('h1')?.textContent).toBe(meta.title);
    expect(container.querySelector('.lucid-header img')).toBeNull();
    expect(container.querySelector('.lucid-authors')?.textContent).toBe('By Choi Si-young');
    expect(container.querySelector('time')?.getAttribute('datetime')).toBe('2023-11-15');
    expect(container.querySelector('.lucid-print-source')?.textContent).toBe('Source: https://news.example/story');
    expect(container.querySelector('.lucid-summary li')?.textContent).toBe('They agreed on a plan.');
    const body = container.querySelector('.lucid-body')!;
    expect(body.textContent).toContain('Second paragraph, with a link.');
    expect(body.querySelector('figure img')?.getAttribute('src')).toBe('https://news.example/a.jpg');
    expect(body.querySelector('a')?.getAttribute('href')).toBe('https://news.example/more');
    expect(container.querySelector('script, [onclick], [onerror]')).toBeNull();
    expect((window as { __lucidPwned?: boolean }).__lucidPwned).toBeUndefined();
    fireEvent.click(container.querySelector('[data-action=print]')!);
    expect(onPrint).toHaveBeenCalledTimes(1);
    cleanup();
    const bare = render(
      <PrintView job={{ meta: { ...meta, canonicalUrl: '', url: 'about:blank' }, html, readingMinutes: 1, summary: [] }} onPrint={onPrint} />,
    );
    expect(bare.container.querySelector('.lucid-summary, .lucid-print-source')).toBeNull();
  });
});

describe('Listen in the reader view', () => {
  let speech: FakeSpeech;
  beforeEach(() => {
    speech = installFakeSpeech(window as unknown as Record<string, unknown>, [voice('Fake English', 'en-US')]);
  });
  afterEach(() => {
    for (const name of ['speechSynthesis', 'SpeechSynthesisUtterance', '__lucidFakeSpeech']) Reflect.deleteProperty(window, name);
  });

  it('is in reader mode only', () => {
    expect(view({}, 'popup').container.querySelector('[data-action=listen]')).toBeNull();
  });

  it('the Listen button opens the bar, which reads from Lucid’s copy of the article; the button again stops it', async () => {
    const { container } = view();
    const listen = container.querySelector<HTMLButtonElement>('[data-action=listen]')!;
    fireEvent.click(listen);
    expect(listen.getAttribute('aria-pressed')).toBe('true');
    await waitFor(() => expect(speech.spoken.map((utterance) => utterance.text)).toEqual(['The ministers met on Tuesday.']));
    expect(container.querySelector('.lucid-body .lucid-speaking')?.textContent).toBe('The ministers met on Tuesday.');
    fireEvent.click(listen);
    expect(container.querySelector('.lucid-listen')).toBeNull();
    expect(speech.cancels).toBe(1);
    expect(container.querySelector('.lucid-body .lucid-sentence')).toBeNull();
  });

  it('K opens Listen and then plays or pauses, but not from a form field, and Space is left to scrolling', async () => {
    const { container } = view();
    const reader = container.querySelector('.lucid-reader')!;
    const space = fireEvent.keyDown(reader, { key: ' ', code: 'Space' });
    expect(space).toBe(true); // not prevented
    expect(container.querySelector('.lucid-listen')).toBeNull();
    fireEvent.keyDown(container.querySelector('[data-action=settings]')!, { key: 'k', code: 'KeyK' });
    await waitFor(() => expect(speech.spoken).toHaveLength(1));
    fireEvent.keyDown(reader, { key: 'k', code: 'KeyK' });
    await waitFor(() => expect(speech.cancels).toBe(1));
    expect(container.querySelector('[data-action=listen-play]')?.getAttribute('aria-label')).toBe('Play');
    // A Korean IME types "ㅏ" on the K key: the key still plays.
    fireEvent.keyDown(reader, { key: 'ㅏ', code: 'KeyK' });
    await waitFor(() => expect(speech.spoken).toHaveLength(2));
    fireEvent.click(container.querySelector('[data-action=settings]')!);
    fireEvent.keyDown(container.querySelector('.lucid-settings select')!, { key: 'k', code: 'KeyK' });
    fireEvent.keyDown(reader, { key: 'k', code: 'KeyK', ctrlKey: true });
    expect(speech.cancels).toBe(1);
  });
});
