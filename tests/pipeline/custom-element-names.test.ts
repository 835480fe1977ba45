/**
 * A custom element's name read as class words (clutter.ts): web components are named for what they are, as a class
 * names a block ("<pp-inline-teaser>", "<amp-social-share>"), and a page built of them may carry no class at all on
 * its furniture. Each guard is a custom element around the story's own text, which stays.
 */
import { describe, expect, it } from 'vitest';
import { readArticlePage } from '../helpers/article-page.ts';

describe('a custom element named for page furniture', () => {
  it('goes as a list of related stories without any attribute', () => {
    const { text, rules } = readArticlePage(
      `<xy-related-stories><ul><li><a href="/a">Bridge repairs delayed again</a></li><li><a href="/b">New tram line opens in the east</a></li></ul></xy-related-stories>`,
    );
    expect(text).not.toContain('Bridge repairs delayed again');
    expect(rules).toContain('related-list');
  });

  it('goes as a share bar', () => {
    const { text, rules } = readArticlePage(
      `<amp-social-share type="email">Email this story</amp-social-share><amp-social-share type="facebook">Post to Facebook</amp-social-share>`,
    );
    expect(text).not.toContain('Post to Facebook');
    expect(rules).toContain('share-bar');
  });

  it('leaves a custom element that wraps paragraphs of the story, whatever weak word its name holds', () => {
    const { text } = readArticlePage(
      `<xy-teaser-text><p>Residents who live along the planned route will be invited to a series of meetings in the spring, where engineers will explain how each street will change and how long the work on it is expected to take.</p></xy-teaser-text>`,
    );
    expect(text).toContain('Residents who live along the planned route');
  });

  it('leaves a custom element whose name says nothing of furniture', () => {
    const { text } = readArticlePage(`<xy-story-body><p>Cyclists have asked for a bridge over the river for years.</p></xy-story-body>`);
    expect(text).toContain('Cyclists have asked for a bridge');
  });
});
