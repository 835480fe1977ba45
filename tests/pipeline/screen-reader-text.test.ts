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

  // A news chain's story: a heading and a label that only a screen reader announces, between the lead and the body.
  it('goes under the visually-hidden class name, on a heading too', () => {
    const { text, rules } = readArticlePage(
      '<section class="article-content__content-group"><h2 class="visually-hidden">Article content</h2><p>The first stretch runs along the river, where the council plans a bridge for cyclists only.</p><div class="visually-hidden">Author of the article:</div></section>',
    );
    expect(text).toContain('The first stretch runs along the river');
    expect(text).not.toContain('Article content');
    expect(text).not.toContain('Author of the article');
    expect(rules).toContain('print-only');
  });

  // SUIT CSS's utility, "u-hiddenVisually": a gallery's closing words for screen readers, after its last picture.
  it('goes under the hiddenVisually class name', () => {
    const { text, rules } = readArticlePage(
      '<section class="ImageGallery"><figure><img src="/lane.jpg" alt="Refill Day"><figcaption>Volunteers show how to shop without plastic on Refill Day.</figcaption></figure><div id="EndOfGallery-1" class="u-hiddenVisually">Ende der Gallerie</div></section>',
    );
    expect(text).toContain('Volunteers show how to shop without plastic');
    expect(text).not.toContain('Ende der Gallerie');
    expect(rules).toContain('print-only');
  });

  it('keeps prose that only a layout class calls hidden', () => {
    const { text } = readArticlePage(
      '<div class="overflow-hidden"><p>The first stretch runs along the river, where the council plans a bridge for cyclists only.</p></div><h2 class="overflow-x-hidden">What comes next</h2>',
    );
    expect(text).toContain('The first stretch runs along the river');
    expect(text).toContain('What comes next');
  });

  it('stays when the class only speaks of a reader or of text', () => {
    const { text } = readArticlePage(
      '<div class="reader-text"><p>Residents who wrote to the council said they would welcome the lanes if the trees along the road were kept.</p></div>',
    );
    expect(text).toContain('Residents who wrote to the council');
  });
});
