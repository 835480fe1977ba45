/**
 * A very long page's article made whole: the beginning the first pass showed,
 * and the rest the second pass read (continuation.ts). Apart from
 * continuation.ts, which carries the clean-up stages: the popup needs only this.
 */
import { foldSpaces } from '../dom/dom.ts';
import type { ArticleRest, ExtractSuccess, RawHtml } from '../types.ts';

/** Where the first pass's article begins and ends: the text of its first and last blocks, for the second pass to find them in the page. */
export interface ContinueAfter {
  first: string;
  last: string;
}

/** The popup leaves where the first pass's article begins and ends here, in the tab (inject.ts), before injecting rest.js. */
export const REST_REQUEST_KEY = '__lucidRestRequest';

/**
 * Between the slices of a very long article's markup: the view sanitizes and shows each slice on its own, without
 * parsing megabytes first to find where to cut. A page that writes this comment itself only moves a cut: each slice
 * goes through the sanitizer all the same.
 */
export const SLICE_BOUNDARY = '<!--lucid-slice-->';

/** Enough of a block's text to find it again in the page, not so much that markup the pipeline changed breaks the match. */
export const MATCHED_PREFIX = 60;

/** A block of article text worth matching, from the start or the end: a short one ("3 minutes ago") repeats all over a live blog. */
function blockToMatch(text: string, from: 'first' | 'last'): string {
  const blocks = text.split(/\n\n+/u).map(foldSpaces);
  const ordered = from === 'first' ? blocks : blocks.reverse();
  return ordered.find((block) => block.length >= MATCHED_PREFIX) ?? ordered[0] ?? '';
}

/** What the second pass needs to know of the first: where its article begins and ends. */
export function continueAfter(shown: ExtractSuccess): ContinueAfter {
  return { first: blockToMatch(shown.article.text, 'first'), last: blockToMatch(shown.article.text, 'last') };
}

export function joinRest(shown: ExtractSuccess, rest: ArticleRest): ExtractSuccess {
  const { article } = shown;
  const join = (before: string, after: string) => (before && after ? `${before}\n\n${after}` : before || after);
  return {
    ...shown,
    article: {
      html: (rest.html ? article.html + SLICE_BOUNDARY + rest.html : article.html) as RawHtml,
      text: join(article.text, rest.text),
      prose: join(article.prose, rest.prose),
      wordCount: article.wordCount + rest.wordCount,
      readingMinutes: article.readingMinutes + rest.readingMinutes,
      removed: [...article.removed, ...rest.removed],
    },
  };
}
