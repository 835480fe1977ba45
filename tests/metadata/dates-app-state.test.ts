/**
 * Pages an application renders in the browser: the HTML states and prints no date, and the publication time is only
 * in the JSON state the framework ships with the page. Pages written anew for the class.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/parse-html.ts';
import { extractMetadata } from '../../utils/metadata/index.ts';

const URL = 'https://www.championships.example.com/de/news/topathleten-in-form';

function publishedOf(head: string, body: string, lang = 'de'): string {
  const page = parseHtml(`<!doctype html><html lang="${lang}"><head>${head}</head><body>${body}</body></html>`, URL);
  const meta = extractMetadata(page.document, URL);
  page.close();
  return meta.published;
}

const story = '<div id="__next"><div class="Article_Body"><h2>Topathleten in Form</h2><p>Die Besten Europas zeigen sich in Form.</p></div></div>';
const nextData = (record: string) =>
  `<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"document":{"blocks":[{"@type":"DocumentBlockText","createdAt":"2022-01-30T15:58:43+01:00","updatedAt":"2022-02-02T16:36:51+01:00"}],${record}"slug":"topathleten-in-form"}}}}</script>`;

describe("a publication time kept only in the application's JSON state", () => {
  it('reads it where the page states and prints no date', () => {
    expect(publishedOf('<title>Topathleten in Form</title>', story + nextData('"publicationDate":"2022-01-31T14:27:32+01:00",'))).toBe('2022-01-31');
  });

  it('reads the key other APIs use', () => {
    expect(publishedOf('<title>Topathleten in Form</title>', story + nextData('"publishedAt":"2023-05-04T08:00:00.000Z",'))).toBe('2023-05-04');
  });

  it("takes no block's creation or change time for the publication", () => {
    expect(publishedOf('<title>Topathleten in Form</title>', story + nextData(''))).toBe('');
  });

  it("does not read a script's code", () => {
    const code = '<script>window.load({"publicationDate":"2022-01-31T14:27:32+01:00"});</script>';
    expect(publishedOf('<title>Topathleten in Form</title>', story + code)).toBe('');
  });

  it('leaves a date the page states first', () => {
    const head = '<title>Topathleten in Form</title><meta property="article:published_time" content="2022-01-29T10:00:00+01:00">';
    expect(publishedOf(head, story + nextData('"publicationDate":"2022-01-31T14:27:32+01:00",'))).toBe('2022-01-29');
  });
});
