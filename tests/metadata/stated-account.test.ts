/**
 * A news site's structured data may name the account that filed the story (a web producer's) while the byline the
 * reader sees, marked as the author's, names the reporters. The stated name printed nowhere on the page yields to
 * the marked byline; where the page prints it, or marks no byline to fall back on, it stays.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/parse-html.ts';
import { extractMetadata } from '../../utils/metadata/index.ts';
import { displayName } from '../../utils/metadata/names.ts';

const URL = 'https://tv.example/news/local/crash-on-route-9/';

function authorsOf(stated: string, body: string): string[] {
  const jsonLd = {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'NewsArticle', headline: 'Driver hurt in crash on Route 9', datePublished: '2024-03-02', author: { '@id': 'https://tv.example#/person/1' } },
      { '@type': 'Person', '@id': 'https://tv.example#/person/1', name: stated },
    ],
  };
  const html = `<html lang="en"><head><title>Driver hurt in crash on Route 9</title><script type="application/ld+json">${JSON.stringify(jsonLd)}</script></head><body>${body}</body></html>`;
  return extractMetadata(parseHtml(html, URL).document, URL).authors.map(displayName);
}

const STORY = '<p>A driver was taken to hospital after a crash on Route 9 early on Saturday, police said.</p>';

describe('a stated author the page never prints', () => {
  it('yields to the marked byline that names the reporters', () => {
    const body = `<article><h1>Driver hurt in crash on Route 9</h1><div class="article-byline" itemprop="author">By <a href="/author/ann-reyes/" rel="author">Ann Reyes</a>, <a href="/author/tom-ng/" rel="author">Tom Ng</a></div>${STORY}</article>`;
    expect(authorsOf('Kim Webdesk', body)).toEqual(['Ann Reyes', 'Tom Ng']);
  });

  it('stays where the page prints it, whatever else is marked', () => {
    const body = `<article><h1>Driver hurt in crash on Route 9</h1><p>By Kim Webdesk</p><div class="article-byline" itemprop="author"><a href="/author/ann-reyes/" rel="author">Ann Reyes</a></div>${STORY}</article>`;
    expect(authorsOf('Kim Webdesk', body)).toEqual(['Kim Webdesk']);
  });

  it('stays where the page marks no byline (a byline its script draws)', () => {
    const body = `<article><h1>Driver hurt in crash on Route 9</h1>${STORY}</article>`;
    expect(authorsOf('Kim Webdesk', body)).toEqual(['Kim Webdesk']);
  });
});
