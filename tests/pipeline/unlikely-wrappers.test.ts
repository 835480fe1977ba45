/**
 * unlikely-wrappers.ts: a story wrapped in a block whose class Readability
 * reads as page chrome ("above-footer") is still the article.
 * (tests/fixtures/extraction/unlikely-wrapper.json is the real page.)
 */
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../helpers/pages.ts';

const story = Array.from(
  { length: 8 },
  (_, index) =>
    `<p>The airline said on day ${index} that it would join the alliance in March, three months later than its executives had planned when it was invited in July.</p>`,
).join('');
// Longer than Readability's 500 characters, so that it does not read the page again without dropping blocks by name.
const disclosure = Array.from(
  { length: 4 },
  (_, index) =>
    `<p>Offer note ${index}: offers on this site come from companies that pay us, and this may change where and how products appear on the site.</p>`,
).join('');
const page = (wrapperClass: string) =>
  `<!DOCTYPE html><html lang="en"><head><title>The airline's new date</title></head><body><div class="disclosure">${disclosure}</div><div class="${wrapperClass}"><h1>The airline's new date</h1><div class="story">${story}</div></div><footer>© Example</footer></body></html>`;

describe('a story in a wrapper named like page chrome', () => {
  it('is read whole, not the short block beside it', () => {
    const { result } = extractHtml(page('above-footer'), 'https://news.example/airline');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.text).toContain('three months later than its executives had planned');
  });
});
