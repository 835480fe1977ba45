/**
 * Lucid's Readability lists elements by tag through the DOM's per-tag collections (its own fallback), not through
 * `querySelectorAll("script,noscript")`: under jsdom that selector engine was half of Readability's time on the
 * bench's pages. The article must be the one the selector path gives.
 */
import { Readability } from '@mozilla/readability';
import { describe, expect, it, vi } from 'vitest';
import { extractArticle } from '../../utils/pipeline/extract.ts';
import { listTagsPerTag } from '../../utils/pipeline/stages.ts';
import { parseHtml } from '../../scripts/lib/parse-html.ts';
import { fixtureHtml } from '../helpers/pages.ts';

/** Readability joins its tag lists with bare commas ("h1,h2"); Lucid's own selectors never look like that. */
const READABILITY_TAG_LIST = /^[a-z0-9]+(?:,[a-z0-9]+)+$/;

describe("Readability's tag lists", () => {
  it('are read from per-tag collections, not from the selector engine', () => {
    const page = parseHtml(fixtureHtml('bbc-nato'), 'https://www.bbc.com/news/story');
    const window = page.document.defaultView!;
    const spies = [vi.spyOn(window.Element.prototype, 'querySelectorAll'), vi.spyOn(window.Document.prototype, 'querySelectorAll')];
    // One call of our own, so the spies are seen to work: Lucid's own stages may make none under jsdom.
    page.document.querySelectorAll('p');
    const result = extractArticle(page.document, { url: 'https://www.bbc.com/news/story' });
    page.close();
    expect(result.ok).toBe(true);
    const selectors = spies.flatMap((spy) => spy.mock.calls.map(([selector]) => selector));
    for (const spy of spies) spy.mockRestore();
    expect(selectors.length).toBeGreaterThan(0);
    expect(selectors.filter((selector) => READABILITY_TAG_LIST.test(selector))).toEqual([]);
  });

  it('give the article the selector path gives', () => {
    const html = fixtureHtml('elpais-deportation');
    const viaSelectors = parseHtml(html, 'https://elpais.com/story');
    const expected = new Readability(viaSelectors.document).parse();
    const viaCollections = parseHtml(html, 'https://elpais.com/story');
    const reader = new Readability(viaCollections.document);
    listTagsPerTag(reader);
    const actual = reader.parse();
    viaSelectors.close();
    viaCollections.close();
    expect(actual?.textContent).toBe(expected?.textContent);
    expect(actual?.content).toBe(expected?.content);
  });
});
