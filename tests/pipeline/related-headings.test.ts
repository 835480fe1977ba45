/**
 * A heading of other stories in the languages the list covers, with the teaser cards under it: the cards go with
 * it. Modelled on a French page whose "Articles liés" and three cards (headline, excerpt, author and date) were
 * read as the end of the article.
 */
import { describe, expect, it } from 'vitest';
import { articlePage } from '../helpers/article-page.ts';
import { extractHtml } from '../helpers/pages.ts';

function card(slug: string, headline: string, excerpt: string): string {
  return `<li><div><a href="https://news.example/${slug}/"><img src="/${slug}.jpg"></a><div><h3><a href="https://news.example/${slug}/">${headline}</a></h3>
<p>${excerpt}</p><div>Par <a href="https://news.example/author/x/">Claire Martin</a><br> Le <span>05/02/2020</span></div></div></div></li>`;
}

const CARDS = [
  card(
    'tram',
    'Le tramway arrive enfin au nord',
    'Après dix ans de débats, la ligne sera ouverte au printemps et desservira trois quartiers jusque-là oubliés.',
  ),
  card(
    'ecoles',
    'Les écoles ferment leurs rues aux voitures',
    'Chaque matin, les abords de douze écoles seront réservés aux piétons et aux vélos pendant une demi-heure.',
  ),
  card(
    'budget',
    'Le budget vélo doublé en un an',
    'La ville consacrera désormais vingt millions d’euros par an aux pistes, au stationnement et à l’entretien.',
  ),
].join('\n');

describe('related stories under a heading in French, Spanish, Italian, Portuguese, Dutch or German', () => {
  for (const heading of ['Articles liés', 'Artículos relacionados', 'Notizie correlate', 'Artigos relacionados', 'Meer nieuws', 'Verwandte Artikel']) {
    it(`go with "${heading}"`, () => {
      const { result } = extractHtml(articlePage(`<h2>${heading}</h2><ul>${CARDS}</ul>`, { lang: 'fr' }), 'https://news.example/velo');
      if (!result.ok) throw new Error(result.message);
      expect(result.article.text).not.toContain('Le tramway arrive enfin au nord');
      expect(result.article.text).not.toContain(heading);
      expect(result.article.text).toContain('The council will meet again next month');
    });
  }
});
