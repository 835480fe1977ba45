/**
 * A player's card between the paragraphs (player-card.ts), found from its play button: a podcast episode's box with
 * its cover, title and show, as a regional paper sets one into its stories, and a read-aloud player over the text.
 * Readability drops the button and kept the card's words as a line of the story.
 */
import { describe, expect, it } from 'vitest';
import { readArticlePage } from '../helpers/article-page.ts';

describe("a player's card", () => {
  it("goes when a podcast episode's card stands between the paragraphs", () => {
    const { text, rules } = readArticlePage(
      '<div class="sticky-player"><div><picture><img src="/cover.jpg" alt="cover.jpg"></picture></div><div class="meta"><div><h3>#2 Die Stadt auf zwei Rädern</h3><p><a href="https://podcasts.example/stadtgespraech">Stadtgespräch</a></p></div><div><button class="podcast-play" aria-label="Podcast abspielen"><svg></svg></button></div></div></div>',
      { lang: 'de' },
    );
    expect(text).not.toContain('Die Stadt auf zwei Rädern');
    expect(text).toContain('The first stretch of the network');
    expect(rules).toContain('player-card');
  });

  it('goes when a read-aloud player stands over the text', () => {
    const { text } = readArticlePage(
      '<div class="audio-player"><button>Listen to this article</button><span>6 min</span><span>Read by a synthetic voice</span></div>',
    );
    expect(text).not.toContain('Read by a synthetic voice');
  });

  it('stays when the button is in a block of prose: the climb stops before it', () => {
    const { text } = readArticlePage(
      '<div><p>Residents can hear the council’s debate again in the recording the city published on Wednesday, with the votes of every member.</p><button aria-label="Play recording"></button></div>',
    );
    expect(text).toContain('Residents can hear the council’s debate again');
  });

  it("stays in a figure: a video's caption is kept", () => {
    const { text } = readArticlePage(
      '<figure><video src="/lanes.mp4"></video><button aria-label="Play video"></button><figcaption>The first stretch of the new lane, filmed from a bicycle.</figcaption></figure>',
    );
    expect(text).toContain('The first stretch of the new lane');
  });
});
