/** The printed byline: which element of the page names the article's authors. */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/parse-html.ts';
import { findVisibleBylines } from '../../utils/metadata/bylines.ts';
import { extractMetadata } from '../../utils/metadata/index.ts';
import { displayName } from '../../utils/metadata/names.ts';

const URL = 'https://news.example/2024/05/story';

function page(body: string): Document {
  return parseHtml(`<html lang="en"><head><title>Story - Example News</title></head><body>${body}</body></html>`, URL).document;
}

describe('printed bylines', () => {
  // A theme's "byline" box above the text holds only the date; the reporter signs below the article.
  const datelineAbove = `<h1>Ministers meet in the capital</h1><div class="story_byline"><p class="story_byline_r">Published : May 15, 2024 - 10:12</p></div>
    <div id="text"><p>${'The ministers met on Tuesday. '.repeat(20)}</p><p class="byline">By Dana Reporter</p></div>`;

  it('skips a dateline in a byline box for the name the page signs with', () => {
    expect(findVisibleBylines(page(datelineAbove))).toEqual(['By Dana Reporter']);
  });

  it('gives that name as the author', () => {
    expect(extractMetadata(page(datelineAbove), URL).authors.map(displayName)).toEqual(['Dana Reporter']);
  });
});
