/**
 * The words of a page's buttons left standing as lines of the article once their buttons are gone: a recipe or
 * tip site's "Tipp favorisieren" (make this tip a favourite), "Add to favourites", "Zur Merkliste".
 */
import { describe, expect, it } from 'vitest';
import { articlePage } from '../helpers/article-page.ts';
import { extractHtml } from '../helpers/pages.ts';

describe('favourite and watch-list buttons', () => {
  it('leave no words behind', () => {
    const { result } = extractHtml(
      articlePage('<div><p><span>Tipp favorisieren</span></p></div><p>Add to favourites</p><p>Zur Merkliste hinzufügen</p>'),
      'https://news.example/velo',
    );
    if (!result.ok) throw new Error(result.message);
    const lines = result.article.text.split('\n').map((line) => line.trim());
    for (const words of ['Tipp favorisieren', 'Add to favourites', 'Zur Merkliste hinzufügen']) expect(lines).not.toContain(words);
  });

  it('keep a sentence about favourites', () => {
    const { result } = extractHtml(
      articlePage('<p>Residents can add the new routes to their favourites in the city’s journey planner.</p>'),
      'https://news.example/velo',
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.article.text).toContain('add the new routes to their favourites');
  });
});
