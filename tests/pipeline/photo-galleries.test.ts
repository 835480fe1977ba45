/**
 * A gallery the page prints as a box of figures, each picture with its caption. Readability takes a block with
 * more than one image and fewer than half as many paragraphs for an image strip and drops it, captions and all:
 * the pictures of a "the valley after the flood" story went missing from the popup and the reader.
 */
import { describe, expect, it } from 'vitest';
import { articlePage } from '../helpers/article-page.ts';
import { extractHtml } from '../helpers/pages.ts';

function read(inside: string) {
  const { result } = extractHtml(articlePage(inside), 'https://news.example/2026/11/lanes');
  if (!result.ok) throw new Error(result.message);
  return result.article;
}

const figure = (name: string, caption: string) => `<figure><img src="/photos/${name}.jpg" alt=""><figcaption>${caption}</figcaption></figure>`;
const CAPTIONS = [
  'Riders on the new lane by the canal on its first morning.',
  'Workers paint the last crossing near the station.',
  'The lane seen from the bridge over the ring road.',
];
const FIGURES = CAPTIONS.map((caption, index) => figure(`lane-${index}`, caption)).join('\n');

describe('photo galleries', () => {
  it('keeps each picture of a box of figures once, with its caption', () => {
    const article = read(`<div class="story-photos">${FIGURES}</div>`);
    for (const caption of CAPTIONS) expect(article.text.split(caption).length - 1).toBe(1);
    for (let index = 0; index < 3; index++) expect(article.html.split(`/photos/lane-${index}.jpg`).length - 1).toBe(1);
  });

  it('keeps figures that each sit in a slide of their own', () => {
    const slides = CAPTIONS.map((caption, index) => `<div class="slide">${figure(`lane-${index}`, caption)}</div>`).join('');
    const article = read(`<section><div class="track">${slides}</div></section>`);
    for (const caption of CAPTIONS) expect(article.text).toContain(caption);
  });

  it('does not bring back a strip of teasers whose captions are links to other stories', () => {
    const teasers = ['Ferry fares rise again', 'A new school for the harbour', 'The mayor answers readers']
      .map(
        (headline, index) =>
          `<figure><a href="/2026/11/story-${index}"><img src="/t/${index}.jpg" alt=""></a><figcaption><a href="/2026/11/story-${index}">${headline}</a></figcaption></figure>`,
      )
      .join('');
    const article = read(`<div class="more">${teasers}</div>`);
    expect(article.text).not.toContain('Ferry fares rise again');
  });
  // A blog's block editor sets a paragraph in one column and two photos in the other (WordPress's "wp-block-columns").
  // Laid out as figures, the photos count against the row: Readability drops a block of fewer than ten commas that
  // holds under half as many paragraphs as pictures, and the row went whole, paragraph and all (a travel blog's
  // "Arbeiten" section). Without the layout Readability drops only the photos' column; the paragraph must stay.
  it('never costs a paragraph set beside the gallery in a row of columns', () => {
    const paragraph =
      'Once the driver has dropped me at home, there is perhaps something to mend with the tools just bought. Most of the day happens at the heavy table on the terrace, where I set up my office and work until my eyes close.';
    const row = `<div class="columns"><div class="column"><p>${paragraph}</p>${figure('desk', 'My desk on the terrace')}</div><div class="column">${figure('table', 'The table where we live')}${figure('garden', 'Carrying the garden waste')}</div></div>`;
    const article = read(`<h3>Working</h3>${row}`);
    expect(article.text).toContain(paragraph);
  });

  it('still lays out a gallery in a block whose prose Readability keeps whatever its pictures (ten commas or more)', () => {
    const prose =
      'The lane, which opened on Monday, runs from the station, past the market, the school, the library, the pool, the park, the old mill, the harbour and the bridge, to the ring road.';
    const article = read(`<div class="entry"><p>${prose}</p><div class="story-photos">${FIGURES}</div></div>`);
    expect(article.text).toContain(prose);
    for (const caption of CAPTIONS) expect(article.text).toContain(caption);
  });
});
