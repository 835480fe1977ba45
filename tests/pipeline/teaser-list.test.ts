/**
 * A list of the site's other stories set into the article, without a class or a heading that names it: every item
 * one headline linking to another page of the same site, at most a label before it ("• Archäologie: Simple Erklärung
 * für Weihnachtswunder – Experte zerlegt Mythos", "・イオン、第三者委員会を設置 傘下銀行の行政処分受け" under
 * "【関連記事】"). Lists on Fundus news pages of the tune half; written here with other words. Each failed before
 * the rule; the guards are lists of the article's own that must stay.
 */
import { describe, expect, it } from 'vitest';
import { readArticlePage } from '../helpers/article-page.ts';

const SITE = 'https://news.example';

function item(label: string, path: string, headline: string, after = ''): string {
  return `<li>${label}<a href="${path}">${headline}</a>${after}</li>`;
}

describe("a list of the site's other stories", () => {
  it('goes: headlines with bold labels, linking to other stories of the site', () => {
    const { text, rules } = readArticlePage(
      `<ul>${item('<strong>Archäologie: </strong>', `${SITE}/panorama/article407938245/weihnachtswunder.html`, 'Simple Erklärung für Weihnachtswunder – Experte zerlegt Mythos')}${item('<strong>Kinderschutz als Vorwand?</strong> ', `${SITE}/politik/article409587239/pedo-jaeger.html`, 'Warum Neonazis „Pedo-Jäger“ spielen')}${item('', '/sport/article242183360/marathon-paris.html', 'Haspa Marathon: Über Hamburg nach Paris')}</ul>`,
      { lang: 'de' },
    );
    expect(text).not.toContain('Weihnachtswunder');
    expect(text).not.toContain('Pedo-Jäger');
    expect(text).not.toContain('Haspa Marathon');
    expect(rules).toContain('teaser-list');
  });

  it('goes without a heading: headlines after a bullet character', () => {
    const { text } = readArticlePage(
      `<ul>${item('・', '/article/DGXZQOUB27B700X21C24A2000000/', 'イオン、第三者委員会を設置　傘下銀行の行政処分受け')}${item('・', '/article/DGXZQOUB262V30W4A221C2000000/', '金融庁、イオン銀行に業務改善命令　マネロン対策不備で')}</ul>`,
      { lang: 'ja' },
    );
    expect(text).not.toContain('第三者委員会');
  });

  it("keeps a list whose items say more after their link: the article's own points", () => {
    const { text, rules } = readArticlePage(
      `<ul>${item('', '/2024/02/bus-lanes', 'The new bus lanes on the ring road', ' opened in February, a month late.')}${item('', '/2024/01/winter', 'Winter cycling in the northern districts', ' has grown by a third since 2019, the count shows.')}</ul>`,
    );
    expect(text, rules.join()).toContain('opened in February, a month late.');
    expect(text, rules.join()).toContain('has grown by a third since 2019, the count shows.');
  });

  it('keeps a list of sources on other sites, and a table of contents into this page', () => {
    const { text } = readArticlePage(
      `<ul>${item('Report: ', 'https://transport.example.org/2024/cycling-report', 'Cycling in the northern districts, 2023')}${item('Survey: ', 'https://stats.example.org/survey/2023', 'How residents travel to work and school')}</ul><ul>${item('', '#lanes', 'Where the new lanes will run first')}${item('', '#budget', 'What the second phase will cost the city')}</ul>`,
    );
    expect(text).toContain('Cycling in the northern districts, 2023');
    expect(text).toContain('Where the new lanes will run first');
  });

  it('keeps a single link to another story: one item is no list of teasers', () => {
    const { text } = readArticlePage(`<ul>${item('', '/2024/02/bus-lanes-open', 'New bus lanes open on the ring road')}</ul>`);
    expect(text).toContain('New bus lanes open on the ring road');
  });

  it("keeps a blog's reading list of its own pages, and items led in by a clause of the article", () => {
    const { text } = readArticlePage(
      `<p>Furthermore, you might want to read some of the other tutorials of my homepage.</p><ul>${item('', '/increase-font-size-in-base-r-plot/', 'Increase Font Size in Base R Plot')}${item('', '/remove-axis-labels-ggplot2/', 'Remove Axis Labels & Ticks of ggplot2 Plot')}</ul><ul>${item('If you want to DIY: ', '/2024/docker-checklist/', 'A detailed checklist, with examples and references')}${item('If you want it working today: ', '/2024/docker-template/', 'A template, with best practices built in')}</ul>`,
    );
    expect(text).toContain('Increase Font Size in Base R Plot');
    expect(text).toContain('If you want to DIY: A detailed checklist, with examples and references');
  });
});
