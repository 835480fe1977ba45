/**
 * Leftovers of a news page's furniture that stood in Lucid's text on the Fundus news pages of the tune half after the
 * first pass (news-page-furniture.test.ts): a CMS's stand-in text for an image it fills in later ("Placeholder
 * image-2"); a list heading set in brackets ("【関連記事】"), left behind when its list went. Each is written here in the
 * words of other sites and languages as well, and each failed before its rule; the guards are prose that must stay.
 */
import { describe, expect, it } from 'vitest';
import { readArticlePage } from '../helpers/article-page.ts';

function expectRemoved(html: string, probe: string, rule: string): void {
  const { text, rules } = readArticlePage(html);
  expect(text).not.toContain(probe);
  expect(rules).toContain(rule);
}

function expectKept(html: string, probe: string): void {
  expect(readArticlePage(html).text).toContain(probe);
}

describe("a CMS's stand-in text for an image", () => {
  it.each(['Placeholder image-2', 'Placeholder image 14', 'placeholder-image', 'Image placeholder', 'Platzhalter Bild 3', 'Placeholder'])('goes: %s', (line) =>
    expectRemoved(`<div id="placeholder-image-2" class="article-image">${line}</div>`, line, 'ui-label'),
  );

  it('keeps a sentence about a placeholder', () =>
    expectKept('<p>Placeholder images were used in the first draft of the plan, the council said.</p>', 'Placeholder images were used in the first draft'));
});

describe('a list heading set in brackets', () => {
  const related =
    '<p>【関連記事】</p><ul><li>・<a href="https://news.example/article/1">市議会、自転車道の拡張を可決</a></li><li>・<a href="https://news.example/article/2">北部地区で新しい路線の工事が始まる</a></li></ul>';

  it('goes with the list under it', () => {
    const { text } = readArticlePage(related);
    expect(text).not.toContain('関連記事');
    expect(text).not.toContain('市議会、自転車道の拡張を可決');
  });

  it('goes as the last line, its list already gone', () => {
    const { text, rules } = readArticlePage('', { end: '<p>【関連記事】</p>' });
    expect(text).not.toContain('関連記事');
    expect(rules).toContain('list-under-heading');
  });

  // A bracketed dateline ("【ソウル＝小池和樹】") is no heading: tests/pipeline/phrase-list.test.ts.
  it("keeps a story's bracketed words", () =>
    expectKept('<p>[Read more about the plan in our earlier story, which set out the costs.]</p>', 'Read more about the plan'));
});
