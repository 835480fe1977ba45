/**
 * When a click's popup first draws its view (Chromium, click-read.ts). The background began reading the page at the
 * toolbar click, so by the time the popup's script runs the page has usually answered. What is left then is the popup's
 * own work (its modules, the summary and quotes), and drawing "Reading…" in front of the article would only add that
 * frame's style, layout and paint (some 25 ms) to the article's time. So the popup waits for its view while that work
 * is all that is left, and draws "Reading…" where the page is slow to answer, or the popup's own work slow to end.
 */

interface FirstDrawTimes {
  /** "Reading…" is drawn where the page has not answered within this (from the popup's start). */
  pageAnswerWithinMs: number;
  /** …or where the view is not ready this long after the page answered. */
  viewWithinMsOfAnswer: number;
}

const FIRST_DRAW_TIMES: FirstDrawTimes = { pageAnswerWithinMs: 80, viewWithinMsOfAnswer: 400 };

function after<T>(milliseconds: number, value: T): Promise<T> {
  return new Promise((resolve) => setTimeout(() => resolve(value), milliseconds));
}

/**
 * Settles with what the popup's first drawing shows: 'view' once `view` (the read's outcome, analysed) has settled in
 * time, 'reading' where the person should see "Reading…" first. A view that fails also settles it as 'view': the
 * failure has a view of its own.
 */
export function firstDrawOfClick(view: Promise<unknown>, pageAnswered: Promise<unknown>, times = FIRST_DRAW_TIMES): Promise<'view' | 'reading'> {
  const viewDone = view.then(
    () => 'view' as const,
    () => 'view' as const,
  );
  const readingDue = Promise.race([pageAnswered.then(() => 'answered' as const), after(times.pageAnswerWithinMs, 'slow page' as const)]).then((first) =>
    first === 'answered' ? after(times.viewWithinMsOfAnswer, 'reading' as const) : ('reading' as const),
  );
  return Promise.race([viewDone, readingDue]);
}
