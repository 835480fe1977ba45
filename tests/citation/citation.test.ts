/**
 * Citations from metadata, through citation-js and the official CSL styles:
 * the seed's expected strings exactly, and where generators usually go wrong.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CITATION_STYLES, formatAllCitations, formatCitation } from '../../utils/citation/index.ts';
import { toSentenceCase } from '../../utils/citation/item.ts';
import { citedStoryMeta } from '../helpers/article-meta.ts';
import type { ArticleMeta } from '../../utils/types.ts';
import { FIXTURES, extractHtml } from '../helpers/pages.ts';

const ACCESSED = new Date(2026, 10, 27);

const meta = citedStoryMeta;

const cite = (m: ArticleMeta, style: (typeof CITATION_STYLES)[number]) => formatCitation(m, style, { accessed: ACCESSED }).text;

describe('the seed page', () => {
  const expected = JSON.parse(readFileSync(join(FIXTURES, 'korea-herald', 'seed-expected.json'), 'utf8')) as {
    url: string;
    citations: { apa: string; mla: string };
  };
  const { result } = extractHtml(readFileSync(join(FIXTURES, 'korea-herald', 'page.html'), 'utf8'), expected.url);
  if (!result.ok) throw new Error('seed page failed');
  const citations = formatAllCitations(result.meta, { accessed: ACCESSED, articleText: result.article.text });

  it('gives exactly the APA and MLA strings of expected.json', () => {
    expect(citations.apa.text).toBe(expected.citations.apa);
    expect(citations.mla.text).toBe(expected.citations.mla);
  });

  it('gives every style, with italics in the HTML where the style asks for them', () => {
    for (const style of CITATION_STYLES) expect(citations[style].text.length).toBeGreaterThan(20);
    expect(citations.apa.html).toContain('<i>The Korea Herald</i>');
    expect(citations.mla.html).toContain('<i>The Korea Herald</i>');
    expect(citations.chicago.text).toBe(
      'Choi, Si-young. “S. Korea, US, Japan Reaffirm Cooperation.” The Korea Herald, November 15, 2023. https://www.koreaherald.com/view.php?ud=20231115000000.',
    );
    expect(citations.ieee.text).toMatch(
      /^S\.-Y\. Choi, “S\. Korea, US, Japan reaffirm cooperation,” The Korea Herald, Nov\. 15, 2023\. https:\/\/www\.koreaherald\.com\/view\.php\?ud=20231115000000 \(accessed Nov\. 27, 2026\)\.$/,
    );
  });

  it('gives BibLaTeX with the newspaper subtype, RIS and CSL-JSON', () => {
    expect(citations.bibtex.text).toMatch(/^@article\{\w+,\n\tentrysubtype = \{newspaper\},/);
    expect(citations.bibtex.text).toContain('journaltitle = {The Korea Herald}');
    expect(citations.bibtex.text).toContain('urldate = {2026-11-27}');
    expect(citations.ris.text).toMatch(/^TY {2}- NEWS\n/);
    expect(citations.ris.text).toContain('T2  - The Korea Herald');
    const csl = JSON.parse(citations.csl.text) as Record<string, unknown>[];
    expect(csl[0]).toMatchObject({
      type: 'article-newspaper',
      author: [{ family: 'Choi', given: 'Si-young' }],
      URL: 'https://www.koreaherald.com/view.php?ud=20231115000000',
    });
  });
});

describe('names', () => {
  it('keeps family-name-first names the right way round', () => {
    const korean = meta({ authors: [{ family: 'Choi', given: 'Si-young', familyFirst: true }] });
    expect(cite(korean, 'apa')).toMatch(/^Choi, S\.-Y\. \(2024/);
    const chinese = meta({ authors: [{ family: 'Xi', given: 'Jinping', familyFirst: true }] });
    expect(cite(chinese, 'apa')).toMatch(/^Xi, J\. \(2024/);
    expect(cite(chinese, 'mla')).toMatch(/^Xi, Jinping\. /);
  });

  it('does not split organisations', () => {
    const ap = meta({ authors: [{ literal: 'Associated Press' }] });
    expect(cite(ap, 'apa')).toMatch(/^Associated Press\. \(2024, March 5\)/);
    expect(cite(ap, 'mla')).toMatch(/^Associated Press\. “Council/);
  });

  it('lists several authors, and uses "et al." where the style says', () => {
    const two = meta({
      authors: [
        { given: 'Jane', family: 'Smith' },
        { given: 'Ravi', family: 'Patel' },
      ],
    });
    expect(cite(two, 'apa')).toMatch(/^Smith, J\., & Patel, R\. \(2024/);
    expect(cite(two, 'mla')).toMatch(/^Smith, Jane, and Ravi Patel\. /);
    const three = meta({
      authors: [
        { given: 'Jane', family: 'Smith' },
        { given: 'Ravi', family: 'Patel' },
        { given: 'Ana', family: 'García' },
      ],
    });
    expect(cite(three, 'mla')).toMatch(/^Smith, Jane, et al\. /);
  });

  it("follows each style's rule when there is no author", () => {
    const none = meta({ authors: [] });
    expect(cite(none, 'apa')).toMatch(/^Council expands bicycle network\. \(2024, March 5\)\. The Example Times\./);
    expect(cite(none, 'mla')).toMatch(/^“Council Expands Bicycle Network\.” The Example Times, 5 Mar\. 2024/);
  });
});

describe('titles, dates and addresses', () => {
  it('puts English headlines in sentence case for APA and title case for MLA, keeping names and acronyms', () => {
    const m = meta({ title: 'NATO Allies Back Biden Plan for Ukraine' });
    const articleText = 'Leaders met on Tuesday, and President Joe Biden said the plan would help Ukraine rebuild.';
    expect(formatCitation(m, 'apa', { accessed: ACCESSED, articleText }).text).toContain('NATO allies back Biden plan for Ukraine.');
    expect(formatCitation(m, 'mla', { accessed: ACCESSED, articleText }).text).toContain('“NATO Allies Back Biden Plan for Ukraine.”');
    // Without the article to tell names by, only acronyms keep their capitals.
    expect(cite(m, 'apa')).toContain('NATO allies back biden plan for ukraine.');
  });

  it('tells names from words by how the article writes them', () => {
    expect(toSentenceCase('Chelsea Send Clear Message At Cobham', 'The squad trained at Cobham on Friday, and Chelsea won.')).toBe(
      'Chelsea send clear message at Cobham',
    );
    expect(toSentenceCase('Already in sentence case, with Seoul', '')).toBe('Already in sentence case, with Seoul');
  });

  it('prefers the publication date, and cites the canonical address', () => {
    const m = meta({ published: '2024-03-05', modified: '2024-04-01' });
    expect(cite(m, 'apa')).toContain('(2024, March 5)');
    expect(cite(m, 'apa')).toContain('https://news.example/2024/03/05/bicycles');
    expect(cite(m, 'apa')).not.toContain('utm_source');
  });

  it('prints no https:// in MLA', () => {
    expect(cite(meta({}), 'mla')).toContain(', news.example/2024/03/05/bicycles.');
  });

  it('writes BibLaTeX titles, names and sites in other scripts whole, under a key of ASCII letters', () => {
    const japanese = meta({
      title: '東京都が新しい自転車道の計画を発表',
      authors: [{ literal: '東京新報オンライン' }],
      siteName: '東京新報オンライン',
      lang: 'ja',
      canonicalUrl: 'https://www.tokyo-shinpo.example/2024/03/05/bicycles',
    });
    const bib = cite(japanese, 'bibtex');
    expect(bib).toMatch(/^@article\{tokyoshinpo2024,/);
    expect(bib).toContain('title = {東京都が新しい自転車道の計画を発表}');
    expect(bib).toContain('journaltitle = {東京新報オンライン}');
    expect(bib).toContain('author = {{東京新報オンライン}}');
    const russian = cite(meta({ title: 'Совет расширяет сеть велодорожек', authors: [{ given: 'Анна', family: 'Петрова' }], lang: 'ru' }), 'bibtex');
    expect(russian).toContain('title = {Совет расширяет сеть велодорожек}');
    expect(russian).toContain('author = {Петрова, Анна}');
    expect(russian).toMatch(/^@article\{news2024,/);
  });

  it('keeps BibLaTeX in ASCII where every letter is Latin', () => {
    const bib = cite(meta({ title: 'Über die Radwege', authors: [{ given: 'Jürgen', family: 'Müller' }], lang: 'de' }), 'bibtex');
    expect(bib).toMatch(/^@article\{muller2024uber,/);
    expect(/^[ -~\n\t]*$/.test(bib)).toBe(true);
    expect(bib).toContain('author = {M{\\" u}ller, J{\\" u}rgen}');
  });

  it('cites no site where the site name is only ornaments', () => {
    for (const siteName of ['::::', '| |', '•']) {
      expect(cite(meta({ siteName }), 'apa')).toBe('Smith, J. (2024, March 5). Council expands bicycle network. https://news.example/2024/03/05/bicycles');
      expect(cite(meta({ siteName }), 'mla')).not.toContain(siteName);
    }
  });

  it('cites a page that is not news as a web page', () => {
    const page = meta({ pageType: 'WebPage' });
    expect(formatCitation(page, 'bibtex', { accessed: ACCESSED }).text).toMatch(/^@online\{/);
    expect(cite(page, 'ris')).toMatch(/^TY {2}- ELEC/);
  });
});
