/**
 * The page that started Lucid (../shared/seed): the Korea Herald article in a
 * typical news layout, and the same article in other layouts, and as the text
 * a reader copied from it, junk included.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainTextToPage } from '../../utils/pipeline/plain-text-page.ts';
import type { ExtractSuccess } from '../../utils/types.ts';
import { FIXTURES, blocksOf, extractHtml } from '../helpers/pages.ts';

interface SeedExpectation {
  url: string;
  title: string;
  authors: { family: string; given: string }[];
  siteName: string;
  published: string;
  canonicalUrl: string;
  lang: string;
  paragraphs: string[];
  leadImageCaption: string;
  mustNotContain: string[];
}

const seedDirectory = join(FIXTURES, 'korea-herald');
const expected = JSON.parse(readFileSync(join(seedDirectory, 'seed-expected.json'), 'utf8')) as SeedExpectation;
const seedHtml = readFileSync(join(seedDirectory, 'page.html'), 'utf8');

function extractOk(html: string, url = expected.url): ExtractSuccess {
  const { result } = extractHtml(html, url);
  if (!result.ok) throw new Error(`expected an article, got ${result.reason}`);
  return result;
}

function occurrences(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

function expectCleanArticle(result: ExtractSuccess): void {
  const blocks = blocksOf(result.article.text);
  expect(blocks.filter((block) => block !== expected.leadImageCaption)).toEqual(expected.paragraphs);
  expect(occurrences(result.article.text, expected.leadImageCaption)).toBe(1);
  for (const junk of expected.mustNotContain) {
    expect(result.article.text).not.toContain(junk);
    expect(result.article.html).not.toContain(junk);
  }
}

describe('the seed page', () => {
  const result = extractOk(seedHtml);

  it('gives exactly the seven paragraphs, the caption once and none of the junk', () => {
    expectCleanArticle(result);
  });

  it('reads the metadata the reader expects', () => {
    expect(result.meta.title).toBe(expected.title);
    expect(result.meta.authors).toEqual([{ family: 'Choi', given: 'Si-young', familyFirst: true }]);
    expect(result.meta.siteName).toBe(expected.siteName);
    expect(result.meta.published).toBe(expected.published);
    expect(result.meta.canonicalUrl).toBe(expected.canonicalUrl);
    expect(result.meta.lang).toBe(expected.lang);
  });

  it('says why each block went', () => {
    const rules = new Set(result.article.removed.map((removal) => removal.rule));
    for (const rule of ['site-header', 'site-footer', 'back-to-top', 'share-bar', 'advertisement', 'related-list', 'byline']) {
      expect(rules).toContain(rule);
    }
    expect(result.article.removed.find((removal) => removal.rule === 'byline')?.text).toContain('Choi Si-young');
    // The site header took its navigation menu with it.
    expect(result.article.removed.find((removal) => removal.rule === 'site-header')?.text).toContain('Foreign Affairs');
  });

  it('keeps the picture once, with its caption, and the alt text does not repeat it', () => {
    expect(occurrences(result.article.html, '<img')).toBe(1);
    expect(result.article.html).toContain('<figcaption>Clockwise from top left');
    expect(result.article.html).toContain('alt=""');
  });
});

/** The same article in other layouts: the mechanism, not the page, is under test. */
describe('the seed article laid out differently', () => {
  it('has the Hangul footer line inside the article container, after the byline', () => {
    const html = seedHtml.replace('<p class="byline">', '<p>피터빈트</p>\n<p class="byline">').replace('<p class="family">피터빈트</p>', '');
    expectCleanArticle(extractOk(html));
  });

  it('has no JSON-LD and no author meta tag: the byline line names the author', () => {
    const html = seedHtml.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, '').replace('<meta name="author" content="Choi Si-young">', '');
    const result = extractOk(html);
    expectCleanArticle(result);
    expect(result.meta.authors).toEqual([{ family: 'Choi', given: 'Si-young', familyFirst: true }]);
  });

  it('has plain class names: the lists are recognised by their headings', () => {
    const html = seedHtml
      .replace(/class="[^"]*"/g, '')
      .replace('<aside >', '<div>')
      .replace('</aside>', '</div>')
      .replace('<header >', '<div>')
      .replace('</header>', '</div>')
      .replace('<footer >', '<div>')
      .replace('</footer>', '</div>')
      .replace(/<nav >[\s\S]*?<\/nav>/, '');
    const result = extractOk(html);
    const text = result.article.text;
    for (const junk of ['MOST POPULAR', 'LATEST NEWS', 'Related articles', 'Samsung unveils', 'ADVERTISEMENT', '피터빈트', 'siyoungchoi@heraldcorp.com']) {
      expect(text).not.toContain(junk);
    }
    for (const paragraph of expected.paragraphs) expect(text).toContain(paragraph);
  });

  it('puts the caption in a figure with a figcaption, with alt and title repeating it', () => {
    const html = seedHtml.replace(
      /<div class="img_box">[\s\S]*?<\/div>/,
      `<figure><img src="https://res.heraldm.com/flags.jpg" alt="${expected.leadImageCaption}" title="${expected.leadImageCaption}"><figcaption>${expected.leadImageCaption}</figcaption></figure><p class="caption">${expected.leadImageCaption}</p>`,
    );
    expectCleanArticle(extractOk(html));
  });
});

describe('the text a reader copied from the seed page', () => {
  const copied = readFileSync(join(seedDirectory, 'copied-text.txt'), 'utf8');
  const page = plainTextToPage(copied);

  it('finds the headline among the first lines', () => {
    expect(page.title).toBe(expected.title);
  });

  it('gives the same clean article', () => {
    const result = extractOk(page.html, 'https://localhost/');
    expectCleanArticle(result);
    expect(result.meta.authors).toEqual([{ family: 'Choi', given: 'Si-young', familyFirst: true }]);
  });
});
