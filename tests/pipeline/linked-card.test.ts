/**
 * A card for another page in a block a weak class word names (linked-card.ts): a heading that links elsewhere over
 * one line about that page goes, though its line reads as a sentence. Each guard is a weakly named block of the
 * story's own text, which stays.
 */
import { describe, expect, it } from 'vitest';
import { ARTICLE_URL, readArticlePage } from '../helpers/article-page.ts';

describe('a card for another page between the paragraphs', () => {
  it('goes: a short linked heading over one sentence, in a "teaser" box, too little link text to tell it', () => {
    const { text, rules } = readArticlePage(
      `<div class="inline-teaser"><h3><a href="/faq/cycling">Cycling FAQ</a></h3>
       <p>Find answers to your questions about cycling in the city, from the new lanes to parking.</p></div>`,
    );
    expect(text).not.toContain('Find answers to your questions');
    expect(rules).toContain('promo');
  });

  it('goes as a custom element whose heading sits in a custom link element', () => {
    const { text, rules } = readArticlePage(
      `<xy-inline-teaser data-slot="teaser"><xy-link href="/faq/cycling"><h3>Questions about cycling in the city</h3></xy-link>
       <div><p>Find answers to your questions about cycling in the city.</p></div><xy-button text="To the questions" href="/faq/cycling"></xy-button></xy-inline-teaser>`,
    );
    expect(text).not.toContain('Find answers to your questions');
    expect(rules).toContain('promo');
  });

  it('leaves a "teaser" box whose heading links to the story itself', () => {
    const { text } = readArticlePage(
      `<div class="teaser"><h2><a href="${ARTICLE_URL}#lanes">Where the lanes run</a></h2>
       <p>The lanes will follow the old tram route through the northern districts, and the council expects to finish them within two years of the first works.</p></div>`,
    );
    expect(text).toContain('The lanes will follow the old tram route');
  });

  it('leaves a "teaser" box whose heading links nowhere', () => {
    const { text } = readArticlePage(
      `<div class="teaser"><h2>Where the new lanes will run</h2><p>The lanes will follow the old tram route through the northern districts.</p></div>`,
    );
    expect(text).toContain('The lanes will follow the old tram route');
  });
});
