// @vitest-environment jsdom
/**
 * A very long article (a live blog): its beginning is on screen at once, the
 * rest goes in part by part while the view stays usable, and the view says it
 * is ready only when the whole article is in. (jsdom: the view sanitizes.)
 */
import { cleanup, render } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';

const whenAllIn = { timeout: 20_000 };
import { ReaderView } from '../../components/ReaderView.tsx';
import { DEFAULT_SETTINGS } from '../../utils/extension/settings.ts';
import { sanitizeHtml, sanitizeInParts } from '../../utils/pipeline/sanitize.ts';
import { SLICE_BOUNDARY } from '../../utils/pipeline/join-rest.ts';
import type { RawHtml } from '../../utils/types.ts';
import { storyMeta } from '../helpers/article-meta.ts';

afterEach(() => {
  cleanup();
  delete (window as { __lucidPwned?: boolean }).__lucidPwned;
});

/** A live blog's markup: a wrapper, then many updates; one late update quotes someone, and one carries a handler. */
function liveBlogHtml(updates: number): RawHtml {
  const parts = Array.from({ length: updates }, (_, index) => {
    const words = `Update ${index}: crews worked through the night on section ${index} of the northern lanes. `.repeat(5);
    if (index === updates - 3) return `<section><p>${words}“We are nearly done,” the engineer said.</p></section>`;
    if (index === updates - 10)
      return `<section><p onclick="window.__lucidPwned = true">${words}<img src="x" onerror="window.__lucidPwned = true"></p></section>`;
    return `<section><h3>${index} minutes ago</h3><p>${words}</p></section>`;
  });
  return `<div id="live"><div class="updates">${parts.join('')}</div></div>` as RawHtml;
}

/** Just past the length at which markup is shown in parts (200 000 characters). */
const LONG = liveBlogHtml(460);
const LAST = 'Update 459: crews';

function article(html: RawHtml, partial?: boolean) {
  return {
    meta: storyMeta({ title: 'Roadworks: live' }),
    article: { html, text: '', prose: '', wordCount: 100_000, readingMinutes: 400, removed: [], ...(partial ? { partial: true } : {}) },
    summaryPicks: [],
    quotes: [{ text: 'We are nearly done,', speaker: 'the engineer', mention: 'the engineer', start: 0, end: 0, key: true }],
  };
}

test('long markup is sanitized in parts whose text, together, is the one-piece result, each part as clean', () => {
  const parts = [...sanitizeInParts(LONG, window)];
  expect(parts.length).toBeGreaterThan(3);
  const inParts = parts.map((part) => part.textContent).join('');
  const whole = document.createElement('div');
  whole.innerHTML = sanitizeHtml(LONG, window);
  expect(inParts).toBe(whole.textContent);
  for (const part of parts) expect(part.querySelector('script, [onclick], [onerror]')).toBeNull();
});

test('slices of the rest of a page are sanitized each on its own: a handler split across a slice boundary stays inert', () => {
  const sliced =
    `<p>Beginning.</p>${SLICE_BOUNDARY}<p>Rest one.<img src="x" ${SLICE_BOUNDARY} onerror="window.__lucidPwned = true"></p>${SLICE_BOUNDARY}<p>Rest two.</p>` as RawHtml;
  const parts = [...sanitizeInParts(sliced, window)];
  expect(parts).toHaveLength(4);
  expect(parts.map((part) => part.textContent).join(' ')).toContain('Rest two.');
  for (const part of parts) expect(part.querySelector('script, [onerror]')).toBeNull();
});

test('the first part is on screen at once; the rest follows in later tasks, then the quotes are marked and the view is ready', async () => {
  const { container } = render(<ReaderView analysis={article(LONG)} settings={DEFAULT_SETTINGS} onSettingChange={() => undefined} mode="overlay" />);
  const body = container.querySelector('.lucid-body')!;
  expect(body.textContent).toContain('Update 0: crews');
  expect(body.textContent).not.toContain(LAST);
  expect(container.querySelector('.lucid-reader')!.hasAttribute('data-ready')).toBe(false);
  await vi.waitFor(() => expect(container.querySelector('.lucid-reader')!.hasAttribute('data-ready')).toBe(true), whenAllIn);
  expect(body.textContent).toContain(LAST);
  expect(body.querySelectorAll('.lucid-part').length).toBeGreaterThan(3);
  expect(body.querySelector('mark.lucid-quote')?.textContent).toBe('We are nearly done,');
  expect(body.querySelector('[onclick], [onerror]')).toBeNull();
  expect((window as { __lucidPwned?: boolean }).__lucidPwned).toBeUndefined();
  expect(container.querySelector('.lucid-reader')!.hasAttribute('data-ready')).toBe(true);
});

test("a page's beginning says so and is not ready; the whole, once read, replaces it and is", async () => {
  const beginning = liveBlogHtml(40);
  const view = (analysis: ReturnType<typeof article>, wholeFailed?: boolean) => (
    <ReaderView analysis={analysis} settings={DEFAULT_SETTINGS} onSettingChange={() => undefined} mode="overlay" wholeFailed={wholeFailed} />
  );
  const { container, rerender } = render(view(article(beginning, true)));
  const root = container.querySelector('.lucid-reader')!;
  expect(container.querySelector('.lucid-partial[role=status]')?.textContent).toMatch(/beginning/);
  expect(root.hasAttribute('data-ready')).toBe(false);

  rerender(view(article(beginning, true), true));
  expect(container.querySelector('.lucid-partial')?.textContent).toMatch(/only its beginning/);

  rerender(view(article(LONG)));
  expect(container.querySelector('.lucid-partial')).toBeNull();
  expect(root.hasAttribute('data-ready')).toBe(false);
  await vi.waitFor(() => expect(root.hasAttribute('data-ready')).toBe(true), whenAllIn);
  expect(container.querySelector('.lucid-body')!.textContent).toContain(LAST);
});
