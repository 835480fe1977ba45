/** Extraction reads the page and never changes it: the person is still reading that page. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../utils/pipeline/extract.ts';
import { parseHtml } from '../../scripts/lib/parse-html.ts';
import { fixtureHtml } from '../helpers/pages.ts';

function serialise(document: Document): string {
  return document.documentElement.outerHTML;
}

describe('the live document', () => {
  for (const slug of ['korea-herald', 'guardian-valencia-fire', 'mk-korean-president', 'arabic-assabah']) {
    it(`is the same before and after extraction (${slug})`, () => {
      const page = parseHtml(fixtureHtml(slug), 'https://news.example/story');
      const before = serialise(page.document);
      const elementsBefore = page.document.getElementsByTagName('*').length;
      const result = extractArticle(page.document);
      expect(result.ok).toBe(true);
      expect(page.document.getElementsByTagName('*').length).toBe(elementsBefore);
      expect(serialise(page.document)).toBe(before);
    });
  }

  it('is the same after a forced ("show anyway") extraction of a page without an article', () => {
    const page = parseHtml(
      '<html><body><nav><a href="/">Home</a></nav><div><a href="/a">Story A</a> <a href="/b">Story B</a></div></body></html>',
      'https://news.example/',
    );
    const before = serialise(page.document);
    extractArticle(page.document, { force: true });
    expect(serialise(page.document)).toBe(before);
  });
});
