/**
 * A page that prints one day for its readers beside the headline and states another in its markup. Shortened from
 * real pages: a lifestyle magazine's story whose JSON-LD keeps the day the entry was created a year before it went
 * out, and a heating guide re-stamped months after the day it prints; and the pages that must keep their stated day.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/parse-html.ts';
import { extractMetadata } from '../../utils/metadata/index.ts';
import { printedDayOverStated } from '../../utils/metadata/printed-date.ts';

const URL = 'https://www.magazin.example.de/abnehmen/weihnachten-nicht-zunehmen/';

function publishedOf(head: string, body: string): string {
  const page = parseHtml(`<!doctype html><html lang="de"><head>${head}</head><body>${body}</body></html>`, URL);
  const meta = extractMetadata(page.document, URL);
  page.close();
  return meta.published;
}

const jsonLd = (record: string) => `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article",${record}}</script>`;
const header = (printed: string) =>
  `<article><h1>So nimmst du an Weihnachten nicht zu</h1><div class="article__info"><a href="/autor/tina/">Tina Muster</a>` +
  `<time class="article__date" datetime="">${printed}</time></div><p>Plätzchen, Braten und Glühwein: die Feiertage sind lecker.</p></article>`;

describe('the day a page prints beside its headline, against the day its markup states', () => {
  it('takes the printed day where the stated one is another, far from it', () => {
    // Failed before: the JSON-LD's 2021-12-06, a day the story was not out yet.
    const head = `<title>So nimmst du an Weihnachten nicht zu</title>${jsonLd('"headline":"So nimmst du an Weihnachten nicht zu","datePublished":"2021-12-06 14:36"')}`;
    expect(publishedOf(head, header('15.12.2022'))).toBe('2022-12-15');
  });

  it('takes the printed day where another statement of the publication names it, though it is also the last change', () => {
    // Failed before: the JSON-LD's creation day, where the Open Graph tag and the page both say 15 December.
    const record = '"datePublished":"2021-12-06 14:36","dateModified":"2022-12-15T09:13:00"';
    const head = `<title>So nimmst du an Weihnachten nicht zu</title><meta property="article:published_time" content="2022-12-15T09:13:00">${jsonLd(record)}`;
    expect(publishedOf(head, header('15.12.2022'))).toBe('2022-12-15');
  });

  it('keeps the stated day on a page that declares itself news', () => {
    const head = `<title>So nimmst du an Weihnachten nicht zu</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2021-12-06T14:36:00+01:00"}</script>`;
    expect(publishedOf(head, header('15.12.2022'))).toBe('2021-12-06');
  });

  it('keeps the stated day where the printed one is the stated last change', () => {
    const record = '"datePublished":"2017-04-12T10:00:00+02:00","dateModified":"2020-02-19T15:24:33+01:00"';
    expect(publishedOf(`<title>So nimmst du an Weihnachten nicht zu</title>${jsonLd(record)}`, header('19.02.2020'))).toBe('2017-04-12');
  });

  it('keeps the stated day where the printed one is the same date read the other way round', () => {
    const head = '<title>So nimmst du an Weihnachten nicht zu</title><meta property="article:published_time" content="2021-11-01T04:00:14Z">';
    expect(publishedOf(head, header('11/01/2021'))).toBe('2021-11-01');
  });

  it('keeps the stated day where the printed one is a day off: the same moment in another time zone', () => {
    const head = '<title>So nimmst du an Weihnachten nicht zu</title><meta property="article:published_time" content="2024-12-03T20:00:00Z">';
    expect(publishedOf(head, header('04.12.2024'))).toBe('2024-12-03');
  });
});

describe('printedDayOverStated', () => {
  it('asks for the printed day only where a day is stated', () => {
    let asked = false;
    expect(
      printedDayOverStated(
        '',
        () => {
          asked = true;
          return '2022-12-15';
        },
        '',
        [],
      ),
    ).toBe('');
    expect(asked).toBe(false);
  });

  it('swaps day and month only where both could be a month', () => {
    expect(printedDayOverStated('2021-11-01', () => '2021-01-11', '', [])).toBe('');
    expect(printedDayOverStated('2021-11-01', () => '2021-01-13', '', [])).toBe('2021-01-13');
  });
});
