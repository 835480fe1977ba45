/** Dates, addresses, titles and JSON-LD, field by field. */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/parse-html.ts';
import { parseDate } from '../../utils/metadata/dates.ts';
import { decodeEntities } from '../../utils/metadata/entities.ts';
import { readJsonLdArticle } from '../../utils/metadata/json-ld.ts';
import { extractMetadata } from '../../utils/metadata/index.ts';
import { stripSiteName } from '../../utils/metadata/title.ts';
import { chooseCanonicalUrl, cleanUrl } from '../../utils/metadata/url.ts';

describe('dates', () => {
  const rows: [string, string, string][] = [
    ['2023-11-15T10:12:00+09:00', '', '2023-11-15'],
    // The publisher's own day, not UTC's: 02:00 in Seoul is the 14th in UTC.
    ['2023-11-15T02:00:00+09:00', '', '2023-11-15'],
    ['Wed, 15 Nov 2023 10:12:00 +0900', '', '2023-11-15'],
    ['Published : Nov. 15, 2023 - 10:12', 'en', '2023-11-15'],
    ['15. November 2023', 'de', '2023-11-15'],
    ['15 de noviembre de 2023', 'es', '2023-11-15'],
    ['15 listopada 2023', 'pl', '2023-11-15'],
    ['15.11.2023', 'de', '2023-11-15'],
    ['11/15/2023', 'en-us', '2023-11-15'],
    ['05/11/2023', 'en-gb', '2023-11-05'],
    ['2023년 11월 15일', 'ko', '2023-11-15'],
    ['2023年11月15日', 'ja', '2023-11-15'],
    ['1700010720', '', '2023-11-15'],
    ['not a date', '', ''],
    ['2023-02-30', '', ''],
  ];
  for (const [raw, lang, iso] of rows) {
    it(`${JSON.stringify(raw)} -> ${iso || 'nothing'}`, () => expect(parseDate(raw, lang)).toBe(iso));
  }
});

describe('addresses', () => {
  it('drops tracking parameters and fragments, keeps the rest', () => {
    expect(cleanUrl('https://www.koreaherald.com/view.php?ud=20231115000000&utm_source=newsletter&utm_medium=email')).toBe(
      'https://www.koreaherald.com/view.php?ud=20231115000000',
    );
    expect(cleanUrl('https://news.example/a?id=7&fbclid=X&gclid=Y&mc_cid=Z&ref=rss#comments')).toBe('https://news.example/a?id=7');
  });
  it('refuses what is not a web address', () => {
    expect(cleanUrl('javascript:alert(1)')).toBe('');
    expect(cleanUrl('file:///etc/passwd')).toBe('');
  });
  it('believes a canonical link unless it points to the home page', () => {
    const page = 'https://news.example/2023/11/15/story?utm_source=x';
    expect(chooseCanonicalUrl(['https://news.example/2023/11/15/story-canonical'], page)).toBe('https://news.example/2023/11/15/story-canonical');
    expect(chooseCanonicalUrl(['https://news.example/'], page)).toBe('https://news.example/2023/11/15/story');
    expect(chooseCanonicalUrl(['/relative/path'], page)).toBe('https://news.example/relative/path');
  });
});

describe('titles', () => {
  it('cuts the site name, on either side, and only the site name', () => {
    expect(stripSiteName('S. Korea, US, Japan reaffirm cooperation - The Korea Herald', 'The Korea Herald', 'www.koreaherald.com')).toBe(
      'S. Korea, US, Japan reaffirm cooperation',
    );
    expect(stripSiteName('Steigende US-Zinsen setzen Dax zu | Börsen-Zeitung', '', 'www.boersen-zeitung.de')).toBe('Steigende US-Zinsen setzen Dax zu');
    expect(stripSiteName('BBC News - Storm hits coast', 'BBC News', 'www.bbc.co.uk')).toBe('Storm hits coast');
    expect(stripSiteName('Merz: Die AfD ist kein Partner - und wird es nie', 'Tagesschau', 'www.tagesschau.de')).toBe(
      'Merz: Die AfD ist kein Partner - und wird es nie',
    );
  });
  it("reads the site's name in a host under a country's generic second level (.co.uk, .com.ar)", () => {
    expect(stripSiteName('Weekend engineering works - Rail Enquiries', '', 'www.railenquiries.co.uk')).toBe('Weekend engineering works');
    expect(stripSiteName('Paro de transporte - El Diario Austral', '', 'www.diarioaustral.com.ar')).toBe('Paro de transporte');
    // The generic level alone is no name: "Co" opening a headline stays.
    expect(stripSiteName('Co-op closes stores - News', '', 'www.railenquiries.co.uk')).toBe('Co-op closes stores - News');
  });
  it('drops a separator left dangling where the template joined an empty part', () => {
    expect(stripSiteName('National Rail Enquiries -', '', 'www.rail.example')).toBe('National Rail Enquiries');
    expect(stripSiteName('Über André Loibl |', '', 'www.beispiel.example')).toBe('Über André Loibl');
    expect(stripSiteName('| Kontakt', '', 'www.beispiel.example')).toBe('Kontakt');
    const url = 'https://www.rail.example/service/disruptions.aspx';
    const { document } = parseHtml(
      '<!doctype html><html><head><title>National Rail Enquiries -</title></head><body><div><p>Trains are replaced by buses this weekend.</p></div></body></html>',
      url,
    );
    expect(extractMetadata(document, url).title).toBe('National Rail Enquiries');
  });
  it('keeps a separator inside the title and a French opening quote', () => {
    expect(stripSiteName('Merz: Die AfD ist kein Partner - und wird es nie', '', 'www.beispiel.example')).toBe(
      'Merz: Die AfD ist kein Partner - und wird es nie',
    );
    expect(stripSiteName('« Nous resterons » : le maire répond', '', 'www.exemple.example')).toBe('« Nous resterons » : le maire répond');
    expect(stripSiteName('C++ -- a language', '', 'www.beispiel.example')).toBe('C++ -- a language');
  });
  it('decodes entities that CMSs escaped twice', () => {
    expect(decodeEntities('R&uuml;ckbau &amp;quot;AKW&amp;quot; &#8211; T&uuml;rkiye&#039;de')).toBe('Rückbau "AKW" – Türkiye\'de');
  });
});

describe('JSON-LD', () => {
  const page = (json: string) =>
    parseHtml(`<html><head><script type="application/ld+json">${json}</script></head><body></body></html>`, 'https://news.example/story').document;

  it('follows @graph and @id references, and reads arrays of @type', () => {
    const document = page(
      JSON.stringify({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebPage', '@id': 'https://news.example/story#page', url: 'https://news.example/story' },
          {
            '@type': ['NewsArticle', 'Article'],
            headline: 'Storm hits coast',
            author: { '@id': '#a1' },
            publisher: { '@id': '#org' },
            datePublished: '2024-01-02T08:00:00Z',
            mainEntityOfPage: { '@id': 'https://news.example/story#page' },
          },
          { '@type': 'Person', '@id': '#a1', name: 'Jane Doe' },
          { '@type': 'NewsMediaOrganization', '@id': '#org', name: 'Example News' },
        ],
      }),
    );
    const article = readJsonLdArticle(document, 'https://news.example/story');
    expect(article?.headline).toBe('Storm hits coast');
    expect(article?.authors).toEqual([{ name: 'Jane Doe', type: 'Person' }]);
    expect(article?.publisherName).toBe('Example News');
    expect(article?.datePublished).toBe('2024-01-02T08:00:00Z');
  });

  it('reads the broken JSON that CMSs emit', () => {
    const document = page('{"@type": "NewsArticle", "headline": "Line\nbreak", "author": [{"@type": "Person", "name": "A B"},],}');
    expect(readJsonLdArticle(document)?.authors).toEqual([{ name: 'A B', type: 'Person' }]);
  });

  it("prefers the page's own article to a related one listed inside it", () => {
    const document = page(
      JSON.stringify({
        '@type': 'LiveBlogPosting',
        headline: 'Live: storm updates',
        url: 'https://news.example/story',
        liveBlogUpdate: [{ '@type': 'BlogPosting', headline: 'Update one', author: { '@type': 'Person', name: 'X Y' }, datePublished: '2024-01-02' }],
      }),
    );
    expect(readJsonLdArticle(document, 'https://news.example/story')?.headline).toBe('Live: storm updates');
  });
});
