/**
 * Leftovers of a news page's furniture that stood in Lucid's text on the Fundus news pages of the tune half after the
 * first pass (news-page-furniture.test.ts): a CMS's stand-in text for an image it fills in later ("Placeholder
 * image-2"). Each is written here in the words of other sites and languages as well, and each failed before its rule;
 * the guards are prose that must stay.
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
