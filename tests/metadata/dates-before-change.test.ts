/**
 * Publication dates where a page's own dates disagree: a date printed beside the headline that comes after the day
 * the page says it last changed. Each page is a cut-down markup of the kind that failed before the rule it tests,
 * written anew.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/parse-html.ts';
import { extractMetadata } from '../../utils/metadata/index.ts';

function publishedOf(head: string, body: string, url: string): string {
  const page = parseHtml(`<!doctype html><html lang="de"><head>${head}</head><body>${body}</body></html>`, url);
  const meta = extractMetadata(page.document, url);
  page.close();
  return meta.published;
}

/** A wiki page with no date line: only its footer says when it last changed. */
const wikiPage = (paragraph: string) =>
  `<div id="content"><h1 id="firstHeading">Stammtisch Musterstadt</h1><div id="bodyContent"><div id="mw-content-text">
   <p>${paragraph}</p><p>Alle Interessierten sind herzlich willkommen.</p></div></div></div>
   <div id="footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod">Diese Seite wurde zuletzt am 3. März 2020 um 10:12 Uhr geändert.</li></ul></div>`;

describe('a printed date after the day the page last changed', () => {
  it('takes no event the text announces for the date of a page last changed before it', () => {
    // "The next meeting is on 12 March": a day to come when the page was last edited on 3 March.
    const body = wikiPage('Der nächste Stammtisch findet am Do. 12. März 2020 um 19 Uhr im Gasthaus Linde statt.');
    expect(publishedOf('<title>Stammtisch Musterstadt – Wiki</title>', body, 'https://wiki.example.org/Stammtisch_Musterstadt')).toBe('2020-03-03');
  });

  it('keeps a date printed beside the headline that comes before the change', () => {
    const body = wikiPage('Angelegt am 14. Februar 2020');
    expect(publishedOf('<title>Stammtisch Musterstadt – Wiki</title>', body, 'https://wiki.example.org/Stammtisch_Musterstadt')).toBe('2020-02-14');
  });
});
