/**
 * `ownsDocument`: the command line cleans the page it parsed in place rather than a copy. The result must be the
 * copy's, to the last removal and metadata field; the page a person reads (no `ownsDocument`) is never touched.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle, type SanitizedExtractOptions } from '../../utils/pipeline/extract.ts';
import { parseHtml } from '../../scripts/lib/parse-html.ts';
import { fixtureHtml, loadPageFixtures } from '../helpers/pages.ts';

function extractBoth(html: string, url: string, options: SanitizedExtractOptions = {}) {
  const copied = parseHtml(html, url);
  const owned = parseHtml(html, url);
  const scriptsBefore = owned.document.getElementsByTagName('script').length;
  const viaCopy = extractArticle(copied.document, { url, ...options });
  const inPlace = extractArticle(owned.document, { url, ...options, ownsDocument: true });
  const ownedChanged = owned.document.getElementsByTagName('script').length !== scriptsBefore;
  copied.close();
  owned.close();
  return { viaCopy, inPlace, ownedChanged };
}

/** Pages whose lead is printed apart (the standfirst stage), of several scripts and layouts, and the seed's layout. */
const COMPARED = new Set(['elpais-deportation', 'repubblica-banner', 'rzeczpospolita-border', 'seznam-dozimetr', 'arabic-assabah', 'korea-herald']);

describe('cleaning the parsed page in place', () => {
  for (const fixture of loadPageFixtures().filter((page) => COMPARED.has(page.slug))) {
    it(`gives what the copy gives (${fixture.slug})`, () => {
      const { viaCopy, inPlace } = extractBoth(fixture.html, fixture.url);
      expect(JSON.stringify(inPlace)).toBe(JSON.stringify(viaCopy));
    });
  }

  it('is taken where the page states its language, and keeps the lead the page printed apart', () => {
    // The Guardian prints its standfirst above the body; Readability leaves it behind and the stage puts it back.
    const html = fixtureHtml('guardian-valencia-fire');
    const { viaCopy, inPlace, ownedChanged } = extractBoth(html, 'https://www.theguardian.com/story');
    expect(ownedChanged).toBe(true);
    expect(viaCopy.ok && inPlace.ok).toBe(true);
    if (!viaCopy.ok || !inPlace.ok) return;
    expect(inPlace.article.text.slice(0, 300)).toBe(viaCopy.article.text.slice(0, 300));
    expect(inPlace.meta).toEqual(viaCopy.meta);
  });

  it("copies the page where neither its markup nor its paragraphs' words say its language (the article's letters decide it later)", () => {
    // Korean paragraphs hold none of the function words metadata/language.ts judges a language by.
    const html = fixtureHtml('mk-korean-president')
      .replace(/<html[^>]*>/i, '<html>')
      .replace(/og:locale|inLanguage|content-language/gi, 'unstated');
    const { viaCopy, inPlace, ownedChanged } = extractBoth(html, 'https://www.mk.co.kr/story');
    expect(ownedChanged).toBe(false);
    expect(JSON.stringify(inPlace)).toBe(JSON.stringify(viaCopy));
  });

  it("cleans in place a page that states no language where its paragraphs' words say it", () => {
    const html = fixtureHtml('korea-herald').replace(/<html[^>]*>/i, '<html>');
    const { viaCopy, inPlace, ownedChanged } = extractBoth(html, 'https://www.koreaherald.com/story');
    expect(ownedChanged).toBe(true);
    expect(JSON.stringify(inPlace)).toBe(JSON.stringify(viaCopy));
  });

  it('copies the page for "Show anyway", whose last fallback reads the page again', () => {
    const html =
      '<html lang="en"><body><nav><a href="/">Home</a></nav><script>1</script><div><a href="/a">Story A</a> <a href="/b">Story B</a></div></body></html>';
    const { viaCopy, inPlace, ownedChanged } = extractBoth(html, 'https://news.example/', { force: true });
    expect(ownedChanged).toBe(false);
    expect(JSON.stringify(inPlace)).toBe(JSON.stringify(viaCopy));
  });

  it('copies a page that embeds many frames (removing each would tear down its window: 3.4 s for 393 of them)', () => {
    const frames = '<iframe src="about:blank"></iframe>'.repeat(20);
    const html = fixtureHtml('guardian-valencia-fire').replace(/<\/body>/i, `<div class="embeds">${frames}</div></body>`);
    const { viaCopy, inPlace, ownedChanged } = extractBoth(html, 'https://www.theguardian.com/story');
    expect(ownedChanged).toBe(false);
    expect(JSON.stringify(inPlace)).toBe(JSON.stringify(viaCopy));
  });
});
