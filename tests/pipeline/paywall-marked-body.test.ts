/**
 * Some publishers set a paywall class on every block of the story past its free part (`<p class="paywall">`,
 * headings, lists and spec lines alike), where a prompt to subscribe is one box. The short blocks of such a body
 * (a buying guide's headings, its list of picks, each product's spec lines) are the article, not the prompt.
 */
import { describe, expect, it } from 'vitest';
import { articlePage } from '../helpers/article-page.ts';
import { extractHtml } from '../helpers/pages.ts';

const GUIDE_BODY = `
<p class="paywall">Whether you walk the coast path for a weekend or cross the hills for a fortnight, there is a tent for that trip, and after three seasons of testing we have found the best ones for every kind of walker.</p>
<div role="heading" aria-level="3" class="paywall">Our picks at a glance</div>
<ul class="paywall"><li>Best for long walks: Ridgeline Two</li><li>Best for families: Meadow Six</li></ul>
<p class="paywall">The Ridgeline Two packs down to the size of a water bottle and still stood firm through a night of gales on the headland, which no other tent this light managed in our tests.</p>
<div role="heading" aria-level="4" class="paywall">Specs:</div>
<ul class="paywall"><li>Weight: 1.4 kg</li><li>Sleeps: two walkers</li></ul>
<p class="paywall">The Meadow Six is heavy, but it has room for two adults and three children to sit up, and its porch kept the boots and the bags dry through a week of rain in the valley.</p>`;

const PROMPT = '<div class="paywall"><p>Subscribe for one euro</p><a href="/join">Join now</a></div>';

describe('a paywall class set on the story\u2019s own blocks', () => {
  it("keeps the body's short headings, list of picks and spec lines (a buying guide lost them)", () => {
    const { result } = extractHtml(articlePage(GUIDE_BODY), 'https://news.example/best-tents');
    expect(result.ok).toBe(true);
    const text = result.ok ? result.article.text : '';
    for (const line of ['Our picks at a glance', 'Best for long walks: Ridgeline Two', 'Specs:', 'Weight: 1.4 kg']) expect(text).toContain(line);
  });

  it('still removes a prompt to subscribe with the same class beside the story', () => {
    const { result } = extractHtml(articlePage(GUIDE_BODY, { after: PROMPT }), 'https://news.example/best-tents');
    expect(result.ok && result.article.text).not.toContain('Subscribe for one euro');
    const { result: alone } = extractHtml(articlePage(PROMPT), 'https://news.example/story');
    expect(alone.ok && alone.article.text).not.toContain('Subscribe for one euro');
  });
});
