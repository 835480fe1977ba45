/**
 * A blog post whose address carries the day it went out (/2017/7/12/) while its structured data states a day years
 * later: a stamp written when the blog moved to another CMS or the post was re-saved. Pages written anew for the class.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/parse-html.ts';
import { extractMetadata } from '../../utils/metadata/index.ts';
import { urlDayOverRestamp } from '../../utils/metadata/url-date.ts';

function publishedOf(url: string, head: string, body: string, lang = 'de'): string {
  const page = parseHtml(`<!doctype html><html lang="${lang}"><head>${head}</head><body>${body}</body></html>`, url);
  const meta = extractMetadata(page.document, url);
  page.close();
  return meta.published;
}

const jsonLd = (published: string) =>
  `<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"Am Ende der Welt","datePublished":"${published}"}</script>`;
const post = (dateLine = '') => `<article><h1>Am Ende der Welt</h1>${dateLine}<p>Ein Strand ist ein Strand, dachten wir, bis wir dort ankamen.</p></article>`;
const BLOG = 'https://www.blog.example.de/home/2017/7/12/am-ende-der-welt';

describe('the day in the address and a later stated day', () => {
  it("takes the address's day over a stated day years later that the page does not print", () => {
    expect(publishedOf(BLOG, jsonLd('2019-06-17T18:28:00+0200'), post())).toBe('2017-07-12');
  });

  it('does so for a WordPress-style address and a meta tag in English', () => {
    const url = 'https://notes.example.com/2012/03/05/a-walk-in-the-hills/';
    const head = '<meta property="article:published_time" content="2016-01-20T10:00:00+00:00">';
    expect(publishedOf(url, head, '<article><h1>A walk in the hills</h1><p>We set out early.</p></article>', 'en')).toBe('2012-03-05');
  });

  it('keeps the stated day a few days after the address: a draft goes out later than its permalink is made', () => {
    const url = 'https://news.example.pe/2022/05/02/colegios-reabren/';
    expect(publishedOf(url, jsonLd('2022-05-08T09:00:00-05:00'), post(), 'es')).toBe('2022-05-08');
  });

  it('keeps the stated day where the page prints it beside the headline', () => {
    expect(publishedOf(BLOG, jsonLd('2019-06-17T18:28:00+0200'), post('<p class="post-date">17.06.2019</p>'))).toBe('2019-06-17');
  });

  it('keeps the stated day where it is earlier than the address', () => {
    expect(publishedOf(BLOG, jsonLd('2016-02-01T10:00:00+0100'), post())).toBe('2016-02-01');
  });
});

describe('urlDayOverRestamp', () => {
  it('asks whether the page prints the stated day only when the address is more than a year earlier', () => {
    let asked = 0;
    const prints = () => {
      asked++;
      return false;
    };
    expect(urlDayOverRestamp('2019-06-17', '', prints)).toBe('');
    expect(urlDayOverRestamp('', '2017-07-12', prints)).toBe('');
    expect(urlDayOverRestamp('2018-06-17', '2017-07-12', prints)).toBe('');
    expect(asked).toBe(0);
    expect(urlDayOverRestamp('2019-06-17', '2017-07-12', prints)).toBe('2017-07-12');
    expect(asked).toBe(1);
  });
});
