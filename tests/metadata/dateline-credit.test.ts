/**
 * A news agency credited in the dateline that opens a story ("Hamburg (dpa/lno) – …") or in its last line ("(dpa)",
 * "Quelle: kathpress"), as regional papers, TV and church sites print agency copy with no byline: the agency is the
 * author. Cut-down pages in our own words.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/parse-html.ts';
import { closingCredit, datelineCredit } from '../../utils/metadata/authors.ts';
import { displayName } from '../../utils/metadata/names.ts';
import { extractArticle } from '../../utils/pipeline/extract.ts';

const URL = 'https://www.harbour-regional.example.com/news/ferry-stays-in-dock-until-friday/';

const paragraphs = Array.from(
  { length: 6 },
  (_, index) =>
    `<p>Paragraph ${index + 1} says the damaged ferry will stay in the dock until Friday while engineers check the hull and the island waits for supplies.</p>`,
).join('');

function authorsOf({ byline = '', lead = '', end = '' }: { byline?: string; lead?: string; end?: string }): string[] {
  const page = parseHtml(
    `<!doctype html><html lang="de"><head><title>Fähre bleibt bis Freitag im Dock</title></head><body>` +
      `<article><h1>Fähre bleibt bis Freitag im Dock</h1>${byline}<div class="entry-content">${lead}${paragraphs}${end}</div></article></body></html>`,
    URL,
  );
  const result = extractArticle(page.document, { url: URL });
  page.close();
  return result.ok ? result.meta.authors.map(displayName) : [];
}

describe('an agency credited in the opening dateline', () => {
  it('is the author of a story no byline signs, its credit kept whole', () => {
    const lead = '<p>Helgoland (dpa/lno) – Die beschädigte Fähre bleibt bis Freitag im Dock, teilte die Reederei mit.</p>';
    expect(authorsOf({ lead })).toEqual(['dpa/lno']);
  });

  it('is read after a photo caption that opens the article', () => {
    const lead =
      '<p>Die Fähre im Hafen. Foto: Jana Beispiel/dpa</p><p>WASHINGTON (AP) — The damaged ferry will stay in the dock until Friday, the operator said.</p>';
    expect(authorsOf({ lead })).toEqual(['AP']);
  });

  it("does not replace the byline's reporter", () => {
    const byline = '<p class="byline">Von <a href="/autor/jana-beispiel/" rel="author">Jana Beispiel</a></p>';
    const lead = '<p>Helgoland (dpa) – Die beschädigte Fähre bleibt bis Freitag im Dock, teilte die Reederei mit.</p>';
    expect(authorsOf({ byline, lead })).toEqual(['Jana Beispiel']);
  });

  it('takes no abbreviation that is not an agency', () => {
    expect(datelineCredit('Der Bundesverband (BWE) – ein Verein mit Sitz in Berlin')).toBe('');
    expect(datelineCredit('Berlin (dpa) – Der Bundestag hat entschieden.')).toBe('dpa');
    expect(datelineCredit('Berlin (dpa). Der Bundestag hat entschieden.')).toBe('');
  });
});

describe("an agency credited in the story's last line", () => {
  it('is the author of a story no byline signs: its source line', () => {
    expect(authorsOf({ end: '<p style="text-align:right;">Quelle: <a href="https://www.kathpress.example.at">kathpress</a></p>' })).toEqual(['kathpress']);
  });

  it('is the author of a story no byline signs: its sign-off', () => {
    expect(authorsOf({ end: '<p>(dpa)</p>' })).toEqual(['dpa']);
  });

  it('takes no source that is not an agency', () => {
    expect(closingCredit('Quelle: Statistisches Bundesamt')).toBe('');
    expect(closingCredit('Source: Reuters')).toBe('Reuters');
    expect(authorsOf({ end: '<p>Quelle: Bundesamt</p>' })).toEqual([]);
  });
});
