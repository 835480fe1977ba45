// @vitest-environment jsdom
/**
 * The metadata readers list a document's elements once (`withElementList`): inside that scope elementsByTag and
 * elementsInOrder answer for the whole document from the list. The answers must be the very lists the DOM gives, each
 * a copy of its own, and only for that document and only inside the scope; and the metadata read so must be the same.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/parse-html.ts';
import { elementsByTag, elementsInOrder, elementsMatching, withElementList } from '../../utils/dom/dom.ts';
import { readPageMetadata } from '../../utils/metadata/index.ts';
import { fixtureHtml } from '../helpers/pages.ts';

const PAGE = `<!doctype html><html><head><title>T</title><meta name="author" content="A. Writer"><meta name="x"><link rel="canonical" href="https://news.example/a"></head>
<body><header><a href="/">Site</a></header><main><article><h1 itemprop="headline">Headline</h1>
<time datetime="2024-05-01">1 May</time><span itemprop="datePublished" content="2024-05-01"></span>
<p>Text <a href="/b">link</a></p><svg viewBox="0 0 1 1"><title>icon</title><a href="#x"><path d="M0 0"/></a><linearGradient id="g"></linearGradient></svg>
<my-card><p>Card</p></my-card><h1>Second</h1></article></main></body></html>`;

/** The same elements, the very same objects, in the same order. */
function expectSameList(actual: readonly Element[], expected: readonly Element[]): void {
  expect(actual.length).toBe(expected.length);
  expect(actual.every((element, index) => element === expected[index])).toBe(true);
}

const TAGS = ['html', 'meta', 'link', 'a', 'p', 'h1', 'time', 'title', 'path', 'linearGradient', 'lineargradient', 'my-card', 'span', 'table'];

describe('withElementList', () => {
  it('lists by tag and in order what the DOM lists, for the whole document', () => {
    const { document } = parseHtml(PAGE, 'https://news.example/a');
    const byTag = TAGS.map((tag) => Array.from(document.getElementsByTagName(tag)));
    const all = elementsInOrder(document);
    withElementList(document, () => {
      TAGS.forEach((tag, index) => expectSameList(elementsByTag(document, tag), byTag[index]!));
      expectSameList(elementsInOrder(document), all);
      // Below the document the DOM answers as ever.
      const article = document.querySelector('article')!;
      expectSameList(elementsByTag(article, 'p'), Array.from(article.getElementsByTagName('p')));
      expectSameList(elementsInOrder(article), Array.from(article.querySelectorAll('*')));
    });
    expect(byTag[TAGS.indexOf('lineargradient')]).toHaveLength(0);
    expect(byTag[TAGS.indexOf('a')]).toHaveLength(3);
  });

  it('hands out copies: a caller that changes its list changes no other', () => {
    const { document } = parseHtml(PAGE);
    withElementList(document, () => {
      elementsByTag(document, 'p').length = 0;
      elementsInOrder(document).reverse();
      expect(elementsByTag(document, 'p')).toHaveLength(2);
      expect(elementsInOrder(document)[0]).toBe(document.documentElement);
    });
  });

  it('takes the list the caller has, and ends with the scope, even one that throws', () => {
    const { document } = parseHtml(PAGE);
    const other = parseHtml(PAGE).document;
    const given = elementsInOrder(document).filter((element) => element.localName !== 'time');
    withElementList(
      document,
      () => {
        expect(elementsByTag(document, 'time')).toHaveLength(0);
        // Another document is not listed.
        expect(elementsByTag(other, 'time')).toHaveLength(1);
      },
      given,
    );
    expect(() =>
      withElementList(document, () => {
        throw new Error('read failed');
      }),
    ).toThrow('read failed');
    expect(elementsByTag(document, 'time')).toHaveLength(1);
    document.querySelector('time')!.remove();
    expect(elementsByTag(document, 'time')).toHaveLength(0);
  });

  it('matches as the selectors it stands for', () => {
    const { document } = parseHtml(PAGE);
    for (const selector of ['[itemprop="datePublished"]', '[itemprop="headline"], h1', 'meta[content]']) {
      const expected = Array.from(document.querySelectorAll(selector));
      expect(expected.length).toBeGreaterThan(0);
      expectSameList(elementsMatching(document, selector), expected);
      withElementList(document, () => expectSameList(elementsMatching(document, selector), expected));
    }
  });
});

describe('the metadata read from the list the pipeline has', () => {
  // The list page-source made (stages.ts hands it over) and the readers' own walk give the same metadata.
  it.each(['bbc-nato', 'tagesschau-ahrtal', 'guardian-valencia-fire', 'asahi-earthquake', 'arabic-assabah'])('is the same: %s', (slug) => {
    const html = fixtureHtml(slug);
    const walked = parseHtml(html, 'https://example.com/news/story').document;
    const listed = parseHtml(html, 'https://example.com/news/story').document;
    const hints = { articleText: walked.body.textContent.slice(0, 2000) };
    expect(readPageMetadata(listed, 'https://example.com/news/story', elementsInOrder(listed)).complete(hints)).toEqual(
      readPageMetadata(walked, 'https://example.com/news/story').complete(hints),
    );
  });
});
