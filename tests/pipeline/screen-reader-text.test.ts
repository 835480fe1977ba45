/**
 * Text a page sets only for screen readers, under the class names the common CMSs give it: WordPress's
 * "screen-reader-text", and a broadcaster's "hideCompletely" around a box of further
 * information ("Weitere Informationen" … "Ende der weiteren Informationen"). The page does not show it; read aloud
 * in the text, it is words about the page's layout, not the story.
 */
import { describe, expect, it } from 'vitest';
import { readArticlePage } from '../helpers/article-page.ts';

describe('text for screen readers only', () => {
  it('goes where a box of further information is announced and closed for screen readers', () => {
    const { text, rules } = readArticlePage(
      '<div class="additional-info"><span class="hideCompletely">Weitere Informationen </span><p>Redaktion: Jana Roth und Tim Berg. Sendung: Radio-Nachrichten, 25.04.2024</p><span class="hideCompletely">Ende der weiteren Informationen </span></div>',
      { lang: 'de' },
    );
    expect(text).not.toContain('Ende der weiteren Informationen');
    expect(text).toContain('Redaktion: Jana Roth');
    expect(rules).toContain('print-only');
  });

  it('goes under the WordPress class name', () => {
    const { text } = readArticlePage(
      '<p>The plan was approved by a large majority.<span class="screen-reader-text"> (opens in a new tab)</span></p><p><span class="screen-reader-text">Published on </span>12 March 2024</p>',
    );
    expect(text).toContain('The plan was approved');
    expect(text).not.toContain('opens in a new tab');
    expect(text).not.toContain('Published on');
  });

  it('stays when the class only speaks of a reader or of text', () => {
    const { text } = readArticlePage(
      '<div class="reader-text"><p>Residents who wrote to the council said they would welcome the lanes if the trees along the road were kept.</p></div>',
    );
    expect(text).toContain('Residents who wrote to the council');
  });
});
