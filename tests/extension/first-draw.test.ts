/**
 * When a click's popup first draws: the article itself where the page answered in time and the popup's own work ends
 * soon after, "Reading…" first where the page or that work is slow.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { firstDrawOfClick } from '../../utils/extension/first-draw.ts';

const TIMES = { pageAnswerWithinMs: 80, viewWithinMsOfAnswer: 400 };

/** A promise settled by hand, and whether `drawn` has settled by now, with what. */
function manual<T = void>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((yes, no) => ((resolve = yes), (reject = no)));
  return { promise, resolve, reject };
}
function watch(drawn: Promise<string>) {
  const seen: { value?: string } = {};
  void drawn.then((value) => (seen.value = value));
  return seen;
}

describe('firstDrawOfClick', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits past the page-answer limit for a view whose page answered in time, and draws the view', async () => {
    const view = manual();
    const answer = manual();
    const seen = watch(firstDrawOfClick(view.promise, answer.promise, TIMES));
    await vi.advanceTimersByTimeAsync(30);
    answer.resolve();
    // The page's answer is in: no "Reading…" at 80 ms while the popup analyses it.
    await vi.advanceTimersByTimeAsync(100);
    expect(seen.value).toBeUndefined();
    view.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(seen.value).toBe('view');
  });

  it('draws "Reading…" once the page has not answered within its limit', async () => {
    const seen = watch(firstDrawOfClick(manual().promise, manual().promise, TIMES));
    await vi.advanceTimersByTimeAsync(79);
    expect(seen.value).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(seen.value).toBe('reading');
  });

  it('draws "Reading…" where the popup\'s own work goes on too long after the answer', async () => {
    const answer = manual();
    const seen = watch(firstDrawOfClick(manual().promise, answer.promise, TIMES));
    answer.resolve();
    await vi.advanceTimersByTimeAsync(399);
    expect(seen.value).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(seen.value).toBe('reading');
  });

  it('draws at once a view that settles first, a failure included (it has a view of its own)', async () => {
    const view = manual();
    const seen = watch(firstDrawOfClick(view.promise, manual().promise, TIMES));
    view.reject(new Error('no module'));
    await vi.advanceTimersByTimeAsync(0);
    expect(seen.value).toBe('view');
  });
});
