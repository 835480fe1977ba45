/**
 * Embedded posts become quoted blocks with their text, author and link, never
 * an iframe or a script. The markup is each platform's own embed code, in the
 * wrappers CMSs put around it ("social-embed", which the share-bar rule takes).
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { LEAD_PARAGRAPHS, articlePage } from '../helpers/article-page.ts';
import { extractHtml } from '../helpers/pages.ts';

function extract(inside: string) {
  const { result } = extractHtml(articlePage(inside), 'https://news.example/story');
  if (!result.ok) throw new Error(result.message);
  for (const paragraph of LEAD_PARAGRAPHS) expect(result.article.text).toContain(paragraph);
  return { text: result.article.text, fragment: JSDOM.fragment(result.article.html) };
}

const TWEET = `<div class="social-embed embed--twitter"><blockquote class="twitter-tweet" data-lang="en"><p lang="en" dir="ltr">The new bicycle lanes on Main Street are open from today. Please ride safely! <a href="https://t.co/abc123">pic.twitter.com/abc123</a></p>&mdash; City of Springfield (@springfieldcity) <a href="https://twitter.com/springfieldcity/status/1724700000000000000?ref_src=twsrc%5Etfw">November 15, 2023</a></blockquote> <script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script></div>`;

describe('embedded posts', () => {
  it('a tweet keeps its text, its author and a link to it, out of the "social-embed" box that would have taken it', () => {
    const { text, fragment } = extract(TWEET);
    expect(text).toContain('The new bicycle lanes on Main Street are open from today. Please ride safely!');
    expect(text).toContain('— City of Springfield (@springfieldcity), X');
    const quote = fragment.querySelector('blockquote');
    expect(quote?.getAttribute('cite')).toBe('https://twitter.com/springfieldcity/status/1724700000000000000?ref_src=twsrc%5Etfw');
    expect(quote?.querySelector('a')?.getAttribute('href')).toBe(quote?.getAttribute('cite'));
    expect(fragment.querySelector('script, iframe')).toBeNull();
  });

  it('a Bluesky post', () => {
    const { text } = extract(
      `<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:abc/app.bsky.feed.post/3kabc" data-bluesky-cid="bafy"><p lang="en">Council votes yes on the bicycle network, nine to four.</p>&mdash; Springfield Herald (<a href="https://bsky.app/profile/did:plc:abc?ref_src=embed">@herald.example</a>) <a href="https://bsky.app/profile/did:plc:abc/post/3kabc?ref_src=embed">November 15, 2023 at 10:12 AM</a></blockquote><script async src="https://embed.bsky.app/static/embed.js" charset="utf-8"></script>`,
    );
    expect(text).toContain('Council votes yes on the bicycle network, nine to four.');
    expect(text).toContain('— Springfield Herald (@herald.example), Bluesky');
  });

  it('an Instagram post: the caption, the account, the permalink', () => {
    const { text, fragment } = extract(
      `<blockquote class="instagram-media" data-instgrm-captioned data-instgrm-permalink="https://www.instagram.com/p/Cabc123/?utm_source=ig_embed" data-instgrm-version="14"><div><a href="https://www.instagram.com/p/Cabc123/?utm_source=ig_embed" target="_blank">View this post on Instagram</a><p><a href="https://www.instagram.com/p/Cabc123/?utm_source=ig_embed">First morning on the new lane #springfield</a></p><p><a href="https://www.instagram.com/p/Cabc123/">A post shared by Springfield Cycling (@springfieldcycling)</a></p></div></blockquote><script async src="//www.instagram.com/embed.js"></script>`,
    );
    expect(text).toContain('First morning on the new lane #springfield');
    expect(text).toContain('— Springfield Cycling (@springfieldcycling), Instagram');
    expect(fragment.querySelector('blockquote')?.getAttribute('cite')).toBe('https://www.instagram.com/p/Cabc123/?utm_source=ig_embed');
  });

  it('a TikTok video: its caption and author', () => {
    const { text } = extract(
      `<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@springfieldcity/video/7301234567890123456" data-video-id="7301234567890123456"><section><a target="_blank" title="@springfieldcity" href="https://www.tiktok.com/@springfieldcity">@springfieldcity</a><p>Riding the whole new network in one minute</p></section></blockquote><script async src="https://www.tiktok.com/embed.js"></script>`,
    );
    expect(text).toContain('Riding the whole new network in one minute');
    expect(text).toContain('— @springfieldcity, TikTok');
  });

  it('a Mastodon post in an iframe: a link to the post', () => {
    const { fragment } = extract(
      `<iframe src="https://mastodon.social/@springfield/111234567890/embed" class="mastodon-embed" style="max-width: 100%; border: 0" width="400" allowfullscreen="allowfullscreen"></iframe><script src="https://mastodon.social/embed.js" async="async"></script>`,
    );
    const link = fragment.querySelector('blockquote a');
    expect(link?.getAttribute('href')).toBe('https://mastodon.social/@springfield/111234567890');
    expect(link?.textContent).toBe('Mastodon');
    expect(fragment.querySelector('iframe')).toBeNull();
  });

  it('a YouTube video: a link to watch it, with its title', () => {
    const { fragment } = extract(
      `<figure class="video-embed"><iframe width="560" height="315" src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?si=abc" title="The new bicycle network, explained" frameborder="0" allowfullscreen></iframe></figure>`,
    );
    const link = fragment.querySelector('blockquote a');
    expect(link?.getAttribute('href')).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    expect(link?.textContent).toBe('YouTube: The new bicycle network, explained');
  });

  it('a tweet the widget script already rendered (an iframe, no text on the page): a link to the post', () => {
    const { fragment } = extract(
      `<div class="twitter-tweet twitter-tweet-rendered"><iframe id="twitter-widget-0" scrolling="no" frameborder="0" allowtransparency="true" allowfullscreen="true" title="X Post" src="https://platform.twitter.com/embed/Tweet.html?dnt=false&amp;id=1724700000000000000&amp;lang=en" data-tweet-id="1724700000000000000"></iframe></div>`,
    );
    expect(fragment.querySelector('blockquote a')?.getAttribute('href')).toBe('https://x.com/i/status/1724700000000000000');
  });

  it('leaves an ordinary quotation alone', () => {
    const { fragment } = extract('<blockquote><p>“We have waited twenty years for these lanes,” one resident told the meeting on Tuesday.</p></blockquote>');
    expect(fragment.querySelector('blockquote')?.textContent).toContain('We have waited twenty years');
    expect(fragment.querySelector('blockquote')?.hasAttribute('cite')).toBe(false);
  });
});

describe('embedded posts and the summary', () => {
  it('a post is shown in the article but is not its prose: the summary is made of the writer’s own sentences', () => {
    const { result } = extractHtml(articlePage(TWEET), 'https://news.example/story');
    if (!result.ok) throw new Error(result.message);
    expect(result.article.text).toContain('Please ride safely!');
    expect(result.article.prose).not.toContain('Please ride safely!');
    expect(result.article.prose).not.toContain('@springfieldcity');
    for (const paragraph of LEAD_PARAGRAPHS) expect(result.article.prose).toContain(paragraph);
  });
});
