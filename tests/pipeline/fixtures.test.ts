/**
 * Real news pages, each with clean text reviewed by hand (expected.txt), its
 * metadata (the publisher's own, from the Fundus test data, where the page
 * comes from there) and, for pages of the extraction benchmark, the snippets
 * that the article must and must not contain.
 */
import { describe, expect, it } from 'vitest';
import { displayName } from '../../utils/metadata/names.ts';
import { blocksOf, extractHtml, loadPageFixtures } from '../helpers/pages.ts';

const fixtures = loadPageFixtures();

describe('real pages', () => {
  it('has at least 25 reviewed pages in several languages and scripts', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(25);
    const langs = new Set(fixtures.map((fixture) => fixture.meta.lang.split('-')[0]));
    for (const lang of ['ko', 'ja', 'zh', 'ar', 'ru', 'de', 'en']) expect(langs).toContain(lang);
    expect(fixtures.some((fixture) => fixture.meta.dir === 'rtl')).toBe(true);
  });

  for (const fixture of fixtures) {
    describe(fixture.slug, () => {
      const { result } = extractHtml(fixture.html, fixture.url);

      it('finds the article', () => {
        expect(result.ok).toBe(true);
      });
      if (!result.ok) return;

      it('keeps every paragraph of the reviewed text and adds nothing', () => {
        const actual = blocksOf(result.article.text);
        const expected = blocksOf(fixture.expectedText);
        expect(
          actual.filter((block) => !expected.includes(block)),
          'blocks that are not in the reviewed text',
        ).toEqual([]);
        expect(
          expected.filter((block) => !actual.includes(block)),
          'reviewed blocks that went missing',
        ).toEqual([]);
        expect(actual).toEqual(expected);
      });

      it('holds the benchmark snippets and none of the boilerplate', () => {
        const text = result.article.text.replace(/\s+/g, ' ');
        for (const snippet of fixture.mustContain) expect(text).toContain(snippet.replace(/\s+/g, ' ').trim());
        for (const snippet of fixture.mustNotContain) expect(text).not.toContain(snippet.replace(/\s+/g, ' ').trim());
      });

      it('reads the metadata', () => {
        // Titles compare with white space folded, as the metadata benchmark does (gold titles keep odd spaces).
        const fold = (text: string) => text.replace(/\s+/gu, ' ').trim();
        expect(fold(result.meta.title)).toBe(fold(fixture.meta.title));
        expect(result.meta.authors.map(displayName)).toEqual(fixture.meta.authors);
        expect(result.meta.published).toBe(fixture.meta.published);
        expect(result.meta.lang).toBe(fixture.meta.lang);
        expect(result.meta.dir).toBe(fixture.meta.dir);
      });
    });
  }
});
