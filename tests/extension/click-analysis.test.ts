/**
 * The summary and quotes of a toolbar click's article, worked out in the background while the popup opens
 * (click-analysis.ts): the popup gets them with the read, the same as it would have worked out itself, and a failure,
 * a very long page's beginning or an analysis that throws leaves the popup to do what it did before.
 */
import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyseClickRead } from '../../utils/extension/click-analysis.ts';
import { startClickRead, takeClickRead } from '../../utils/extension/click-read.ts';
import { analyzeText } from '../../utils/reading/analyze.ts';
import { textToAnalyze } from '../../utils/reading/article-text.ts';
import type { ExtractSuccess } from '../../utils/types.ts';

const TEXT = [
  'The city council voted on Tuesday to close the old harbour bridge to cars from next spring, after an engineering report found corrosion in its main cables.',
  '“We cannot wait for the bridge to fail before we act,” said Maria Lindqvist, the council’s head of transport, after the vote.',
  'Shop owners on the harbour front warned that fewer visitors would come. “Half of my customers drive here,” said Tom Berger, who runs a bakery by the bridge.',
  'The council plans a ferry service for the months of the repair, which is expected to take two years and cost 40 million euros.',
].join('\n\n');

function article(text = TEXT, partial = false): ExtractSuccess {
  return {
    ok: true,
    article: { html: '', text, prose: text, wordCount: 120, readingMinutes: 1, removed: [], ...(partial ? { partial } : {}) },
    meta: { title: 'Harbour bridge to close to cars', lang: 'en' },
  } as unknown as ExtractSuccess;
}

let answer: unknown;
beforeEach(() => {
  fakeBrowser.reset();
  answer = article();
  (fakeBrowser.scripting as unknown as { executeScript: unknown }).executeScript = vi.fn(() => Promise.resolve([{ result: answer }]));
});

test("the popup gets the article's summary and quotes with the click's read: what it would have worked out itself", async () => {
  const click = startClickRead({ id: 4, url: 'https://news.example/story' }, analyseClickRead);
  const read = await takeClickRead(click);
  const own = analyzeText(textToAnalyze(article()));
  expect(read?.analysis?.quotes).toEqual(own.quotes);
  expect(read?.analysis?.summaryPicks).toEqual(own.summaryPicks);
  expect(read?.analysis?.quotes.map((quote) => quote.speaker)).toEqual(['Maria Lindqvist', 'Tom Berger']);
  expect(read?.analysis?.timings.map(({ stage }) => stage)).toEqual(['summary', 'quotes']);
  expect(read?.result).toEqual(article());
});

test("no analysis for a failure or a very long page's beginning: the popup shows the one and analyses the other when idle", async () => {
  answer = { ok: false, reason: 'not-article', message: 'No article here.' };
  expect((await takeClickRead(startClickRead({ id: 4, url: 'https://news.example/' }, analyseClickRead)))?.analysis).toBeUndefined();
  answer = article(TEXT, true);
  const beginning = await takeClickRead(startClickRead({ id: 4, url: 'https://news.example/live' }, analyseClickRead));
  expect(beginning?.analysis).toBeUndefined();
  expect(beginning?.result).toEqual(article(TEXT, true));
});

test('an analysis that throws costs the popup its head start, not the read', async () => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  const click = startClickRead({ id: 4, url: 'https://news.example/story' }, () => {
    throw new Error('a bug in a quote rule');
  });
  expect(await takeClickRead(click)).toEqual({ tabId: 4, result: article() });
});
