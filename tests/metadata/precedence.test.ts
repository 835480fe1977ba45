/**
 * Each field from the first source that has it: JSON-LD, then citation_* and
 * Dublin Core, then Open Graph and article:*, then the visible page. A day printed beside the headline that differs
 * from the stated one by more than a day outweighs it (dates-printed-over-stated.test.ts), so the stated sources are
 * tested here without one.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/parse-html.ts';
import { extractMetadata } from '../../utils/metadata/index.ts';
import { displayName } from '../../utils/metadata/names.ts';

const SOURCES = {
  jsonLd: `<script type="application/ld+json">{"@type":"NewsArticle","headline":"JSON-LD headline","author":{"@type":"Person","name":"Jason Lead"},"datePublished":"2024-01-01","dateModified":"2024-01-05","publisher":{"@type":"Organization","name":"LD Publisher"}}</script>`,
  citation: `<meta name="citation_title" content="Citation headline"><meta name="citation_author" content="Cite, Carla"><meta name="citation_publication_date" content="2024/01/02">`,
  openGraph: `<meta property="og:title" content="OG headline - Example News"><meta property="og:site_name" content="Example News"><meta property="article:published_time" content="2024-01-03T09:00:00+01:00"><meta name="author" content="Meta Author"><meta property="og:url" content="https://news.example/og-url?utm_source=x">`,
  visible: `<h1>Visible headline</h1><p class="byline">By Vera Visible</p>`,
  printedDay: `<time datetime="2024-01-04">4 January 2024</time>`,
};

/**
 * The stated authors printed in the page too: on a page that does not declare itself news, a stated author the
 * page prints nowhere is not taken (printed-names.ts), nor on a news page whose marked byline names someone else;
 * these cases test which source wins, not that rule.
 */
const CREDITS = '<p>With reporting by Jason Lead, Carla Cite and Meta Author.</p>';

function metadataOf(...parts: (keyof typeof SOURCES)[]) {
  const head = parts
    .filter((part) => part !== 'visible' && part !== 'printedDay')
    .map((part) => SOURCES[part])
    .join('');
  const body = (parts.includes('visible') ? SOURCES.visible : '') + (parts.includes('printedDay') ? SOURCES.printedDay : '');
  const document = parseHtml(
    `<html lang="en"><head><title>Document title - Example News</title>${head}</head><body>${body}<p>Body.</p>${CREDITS}</body></html>`,
    'https://news.example/story?utm_medium=email',
  ).document;
  const meta = extractMetadata(document, 'https://news.example/story?utm_medium=email');
  return { ...meta, names: meta.authors.map(displayName) };
}

describe('metadata precedence', () => {
  it('takes JSON-LD first', () => {
    const meta = metadataOf('jsonLd', 'citation', 'openGraph', 'visible');
    expect(meta.title).toBe('JSON-LD headline');
    expect(meta.names).toEqual(['Jason Lead']);
    expect(meta.published).toBe('2024-01-01');
    expect(meta.modified).toBe('2024-01-05');
  });

  it('then citation_* tags (a "Family, Given" author is one person)', () => {
    const meta = metadataOf('citation', 'openGraph', 'visible');
    expect(meta.title).toBe('Citation headline');
    expect(meta.names).toEqual(['Carla Cite']);
    expect(meta.published).toBe('2024-01-02');
  });

  it('then Open Graph and article:* (the site suffix cut from the title)', () => {
    const meta = metadataOf('openGraph', 'visible');
    expect(meta.title).toBe('OG headline');
    expect(meta.names).toEqual(['Meta Author']);
    expect(meta.published).toBe('2024-01-03');
  });

  it('then the visible byline, headline and <time>', () => {
    const meta = metadataOf('visible', 'printedDay');
    expect(meta.title).toBe('Visible headline');
    expect(meta.names).toEqual(['Vera Visible']);
    expect(meta.published).toBe('2024-01-04');
  });

  it('prefers og:site_name (the brand) to the JSON-LD publisher (often the company)', () => {
    expect(metadataOf('jsonLd', 'openGraph').siteName).toBe('Example News');
    expect(metadataOf('jsonLd').siteName).toBe('LD Publisher');
    expect(metadataOf('visible').siteName).toBe('news.example');
  });

  it('cites the canonical address without tracking parameters, else the page address cleaned', () => {
    expect(metadataOf('openGraph').canonicalUrl).toBe('https://news.example/og-url');
    expect(metadataOf('visible').canonicalUrl).toBe('https://news.example/story');
  });

  it('looks past a publisher credited as author for the reporter on the page', () => {
    const document = parseHtml(
      `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":{"@type":"Organization","name":"Example News"}}</script><meta property="og:site_name" content="Example News"></head><body><span class="author-name">Rita Reporter</span></body></html>`,
      'https://news.example/a',
    ).document;
    expect(extractMetadata(document, 'https://news.example/a').authors).toEqual([{ given: 'Rita', family: 'Reporter' }]);
  });

  it('keeps an organisation as the author when no person is named', () => {
    const document = parseHtml(
      `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":{"@type":"Organization","name":"Associated Press"}}</script></head><body></body></html>`,
      'https://news.example/a',
    ).document;
    expect(extractMetadata(document, 'https://news.example/a').authors).toEqual([{ literal: 'Associated Press' }]);
  });
});
