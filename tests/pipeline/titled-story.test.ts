/**
 * titled-story.ts: on a page of several whole stories, the one whose headline
 * is the page's title is the article, even where Readability took another.
 * (tests/fixtures/extraction/several-stories.json is the real page.)
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/parse-html.ts';
import { foldSpaces } from '../../utils/dom/dom.ts';
import { findTitledStory, pageTitles, preferTitledStory } from '../../utils/pipeline/titled-story.ts';

const sentence = (topic: string, index: number) =>
  `Residents of the valley spoke about ${topic} at the meeting on the evening of day ${index}, and the council promised an answer within weeks.`;
const story = (headline: string, topic: string, paragraphs: number) =>
  `<article><h2>${headline}</h2>${Array.from({ length: paragraphs }, (_, index) => `<p>${sentence(topic, index)}</p>`).join('')}</article>`;
const page = (title: string, stories: string[]) =>
  `<!DOCTYPE html><html lang="en"><head><title>${title} | The Valley Paper</title></head><body><main>${stories.join('\n')}</main></body></html>`;

const ferry = story('Ferry service to return in spring', 'the ferry', 5);
const school = story('New school opens its doors on the hill', 'the school', 12);

/** What Readability would give for a document: here, its whole text. */
const readAll = (document: Document) => ({ textContent: foldSpaces(document.body.textContent) });

describe('the story the page is about', () => {
  it("is the one whose headline is the page's title", () => {
    const { document } = parseHtml(page('Ferry service to return in spring', [ferry, school]));
    const titled = findTitledStory(document, pageTitles(document));
    expect(titled?.paragraphs[0]).toContain('spoke about the ferry');
    // Readability took the other story: the titled one is read alone instead.
    const reading = preferTitledStory({ textContent: sentence('the school', 0) }, titled, readAll);
    expect(reading?.textContent).toContain('spoke about the ferry');
    expect(reading?.textContent).not.toContain('spoke about the school');
  });

  it('keeps a reading that holds the titled story', () => {
    const { document } = parseHtml(page('Ferry service to return in spring', [ferry, school]));
    const first = readAll(document);
    expect(preferTitledStory(first, findTitledStory(document, pageTitles(document)), () => null)).toBe(first);
  });

  it('is none where the page holds one story, or names none of its stories, or two', () => {
    for (const html of [
      page('Ferry service to return in spring', [ferry]),
      page('Valley news of the week', [ferry, school]),
      page('Ferry service to return in spring', [ferry, ferry]),
    ]) {
      const { document } = parseHtml(html);
      expect(findTitledStory(document, pageTitles(document))).toBeUndefined();
    }
  });
});
