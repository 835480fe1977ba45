/**
 * clutter.ts: on a forum thread every post, the opening one too, is marked as
 * a comment; there the posts are the text, while beside an article of its own
 * a thread of comments still goes. (tests/fixtures/extraction/forum-thread.json
 * is the real page.)
 */
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../helpers/pages.ts';

const post = (author: string, text: string) =>
  `<div class="comment"><div class="comment-meta">${author} 28.09.19 12:44</div><div class="comment-body"><p>${text}</p></div></div>`;
const replies = Array.from({ length: 8 }, (_, index) =>
  post(
    `reader${index}`,
    `Reply number ${index}: I had the same trouble after the update, and switching the mobile data setting off and on again fixed it for me.`,
  ),
).join('');
const opening = post(
  'asker',
  'Since the update my phone no longer reaches the app store over mobile data, only over wifi; every other app works over LTE. Has anyone an idea what to change?',
);
const page = (main: string) =>
  `<!DOCTYPE html><html lang="en"><head><title>No app store over mobile data</title></head><body><nav><a href="/">Forum</a> <a href="/news">News</a></nav><main>${main}</main><footer>© Example Forum</footer></body></html>`;

describe('a discussion page', () => {
  it('is read, its opening post first, where every post is marked as a comment', () => {
    const { result } = extractHtml(page(`<h1>No app store over mobile data</h1>${opening}${replies}`), 'https://forum.example/thread/1');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.text).toContain('no longer reaches the app store over mobile data');
  });

  it('is told apart from an article with a long comment thread under it', () => {
    const story = Array.from(
      { length: 4 },
      (_, index) =>
        `<p>Paragraph ${index} of the story: the operator confirmed on Tuesday that phones updated last week lose the app store over mobile data, and promised a fix within days.</p>`,
    ).join('');
    const { result } = extractHtml(
      page(`<article><h1>No app store over mobile data</h1>${story}</article><section class="comments">${opening}${replies}${replies}</section>`),
      'https://news.example/story/1',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.text).toContain('Paragraph 3 of the story');
    expect(result.article.text).not.toContain('Reply number 1');
  });
});
