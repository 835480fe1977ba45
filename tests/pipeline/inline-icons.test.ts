/**
 * An inline SVG icon inside a line of text (an arrow before a "More:" link, a pin before a place): the view and the
 * text drop the SVG whole, and the line around it is judged as a line, as it would be without the icon.
 */
import { describe, expect, it } from 'vitest';
import { readArticlePage } from '../helpers/article-page.ts';

const arrow = '<svg viewBox="0 0 10 10"><title>Arrow</title><use href="#icon-arrow"></use></svg>';

describe('a line with an icon in it', () => {
  it('goes when it is a labelled link to another story, the icon first', () => {
    const { text, rules } = readArticlePage('', {
      end: `<p class="link-line">${arrow}<span>MORE: <a href="https://news.example/2024/03/trains-late-in-the-east">Trains will run late all week in the east</a></span></p>
<p class="link-line">${arrow}<span>MORE: <a href="https://news.example/2024/03/bridge-closed">Bridge closed after storm damage</a></span></p>`,
    });
    expect(text).not.toContain('Trains will run late');
    expect(text).not.toContain('Bridge closed');
    expect(rules).toContain('read-more-teaser');
  });

  it('goes in German too', () => {
    const { text } = readArticlePage('', {
      lang: 'de',
      end: `<p>${arrow}<span>Lesen Sie auch: <a href="https://news.example/2024/03/zuege-verspaetet">Züge fahren die ganze Woche verspätet</a></span></p>`,
    });
    expect(text).not.toContain('Züge fahren');
  });

  it('stays, without the icon’s title, when it is the article’s own sentence', () => {
    const { text } = readArticlePage(
      `<p>${arrow}More than two hundred residents came to the hearing, and <a href="https://news.example/2024/02/hearing">the earlier meeting</a> drew even more.</p>
<p><svg><title>Map pin</title></svg>Mehr als zweihundert Anwohner kamen zur Anhörung in das Rathaus der Stadt.</p>`,
    );
    expect(text).toContain('More than two hundred residents came to the hearing, and the earlier meeting drew even more.');
    expect(text).toContain('Mehr als zweihundert Anwohner kamen zur Anhörung');
    expect(text).not.toContain('Arrow');
    expect(text).not.toContain('Map pin');
  });
});
