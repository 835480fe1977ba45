/**
 * Furniture told by where its links lead (link-furniture.ts), through the whole pipeline. Each page is modelled
 * on one that kept the furniture before: a WordPress category line above the story, an app's pitch with store
 * badges under it, other stories' headlines set between the paragraphs in italics or as a bold list item.
 */
import { describe, expect, it } from 'vitest';
import { ARTICLE_URL, articlePage, readArticlePage } from '../helpers/article-page.ts';
import { extractHtml } from '../helpers/pages.ts';

describe('a line of links to the site’s topic pages', () => {
  it('goes, set as WordPress sets it: categories in spans, commas between, no label', () => {
    const { text, rules } = readArticlePage(
      '<p><span><a href="https://news.example/category/themes/climate-and-after/" title="View all posts in Climate" rel="category tag">Climate &amp; after</a></span>, <span><a href="https://news.example/category/debate/">Debate</a></span>, <span><a href="https://news.example/category/news/city/">City</a></span></p>',
    );
    expect(text).not.toContain('Climate & after');
    expect(rules).toContain('topic-links');
  });

  it('goes with its label before it, however many topics it lists', () => {
    const topics = ['Fashion', 'Blog', 'Catwalk', 'Style', 'Runway', 'Outfit', 'Glamour', 'Stilettos', 'Hotpants', 'Modeblog'];
    const links = [...topics, ...topics.map((topic) => `${topic} und Illustration`), ...topics.map((topic) => `${topic} jetzt auch als Buch`)]
      .map((topic) => `<a href="https://blog.example/tag/${encodeURIComponent(topic)}/" rel="tag">${topic}</a>`)
      .join(', ');
    const { text, rules } = readArticlePage(`<p>Schlagwörter : ${links}</p>`);
    expect(text).not.toContain('Schlagwörter');
    expect(text).not.toContain('Catwalk und Illustration');
    expect(rules).toContain('topic-links');
  });

  it('stays when a label stands before links inside a sentence of its own', () => {
    const { text } = readArticlePage(
      '<p>Our series: <a href="/tag/bicycles/" rel="tag">Bicycles</a> are back in the city, and <a href="/tag/parking/" rel="tag">parking</a> is not.</p>',
    );
    expect(text).toContain('Bicycles are back in the city');
  });

  it('stays when a word of its own stands between the links', () => {
    const { text } = readArticlePage('<p><a href="/tag/bicycles/">Bicycles</a> and <a href="/tag/parking/">parking</a></p>');
    expect(text).toContain('Bicycles and parking');
  });

  it('stays when a link leads to a story rather than a topic page', () => {
    const { text } = readArticlePage('<p><a href="/tag/bicycles/">Bicycles</a>, <a href="/2024/02/lanes-opened">Lanes opened in the north</a></p>');
    expect(text).toContain('Lanes opened in the north');
  });

  it('stays when the topic-like paths are on another site (a list of a project’s releases)', () => {
    const { text } = readArticlePage(
      '<p><a href="https://code.example/project/releases/tag/v2.0">Version 2.0 release notes</a>, <a href="https://code.example/project/releases/tag/v2.1">Version 2.1 release notes</a></p>',
    );
    expect(text).toContain('Version 2.0 release notes');
  });
});

describe('an app’s pitch with its store badges', () => {
  it('goes with the badges when the pitch stands in its own box above them', () => {
    const { text, rules } = readArticlePage(
      '<div class="app-box"><p style="text-align:center"><b>Get the latest news straight to your phone with the News Example app.</b></p><div><div><a href="https://play.google.com/store/apps/details?id=example.news"><img src="/android.png"></a></div><div><a href="https://apps.apple.com/us/app/news-example/id1"><img src="/iphone.png"></a></div></div></div>',
    );
    expect(text).not.toContain('straight to your phone');
    expect(rules).toContain('app-store-pitch');
  });

  it('leaves a paragraph about an app that links to its store page with words', () => {
    const { text } = readArticlePage(
      '<p>The council’s own app, which shows every closed lane, is free on <a href="https://apps.apple.com/us/app/city/id2">iPhones</a> and on <a href="https://play.google.com/store/apps/details?id=city">Android phones</a>.</p>',
    );
    expect(text).toContain('is free on iPhones and on Android phones');
  });

  it('leaves a sentence that names the stores in words, short or long', () => {
    const short = readArticlePage(
      '<p>The free app is available from the <a href="https://apps.apple.com/us/app/city/id2">App Store</a> and <a href="https://play.google.com/store/apps/details?id=city">Google Play</a>.</p>',
    );
    expect(short.text).toContain('The free app is available from the App Store and Google Play.');
    const long = readArticlePage(
      `<p>${'The council says the map is updated every morning before the first buses leave the depot. '.repeat(3)}Residents can get it on the <a href="https://apps.apple.com/us/app/city/id2">App Store</a> today.</p>`,
    );
    expect(long.text).toContain('Residents can get it on the App Store today.');
  });
});

describe('another story’s headline set between the paragraphs', () => {
  it('goes when the whole line is in italics and links to another page of the site', () => {
    const { text, rules } = readArticlePage(
      '<p><em>Former transport minister: <a href="https://news.example/2024/02/former-minister-interview" target="_blank">bicycles are the future</a></em></p>',
    );
    expect(text).not.toContain('Former transport minister');
    expect(rules).toContain('interlinked-teaser');
  });

  it('goes as a list item that is one bold link', () => {
    const { text } = readArticlePage(
      '<ul><li><a href="https://www.news.example/2024/01/timeline-bicycle-network"><strong>The latest news about the bicycle network (free to read)</strong></a></li></ul>',
    );
    expect(text).not.toContain('The latest news about the bicycle network');
  });

  it('stays when the italic line is a sentence', () => {
    const { text } = readArticlePage('<p><em>The council published <a href="https://news.example/documents/plan">the full plan</a> on Monday.</em></p>');
    expect(text).toContain('The council published the full plan on Monday.');
  });

  it('stays as a bold heading of a list article that links to its own review', () => {
    const { text } = readArticlePage('<p><strong><a href="https://news.example/reviews/acme-x200">Best budget pick: Acme X200 vacuum</a></strong></p>');
    expect(text).toContain('Best budget pick: Acme X200 vacuum');
  });

  it('stays when the link leads to another site', () => {
    const { text } = readArticlePage('<p><em>Read the cyclists’ union response: <a href="https://cyclists.example/response">no more delays</a></em></p>');
    expect(text).toContain('no more delays');
  });
});

describe('a menu of the site’s own pages above the story', () => {
  /** The markup between the headline and the first paragraph, where a page's menu is left when no class marks it. */
  function readWithLead(lead: string) {
    const html = articlePage('').replace('</h1>', `</h1>\n${lead}`);
    const { result } = extractHtml(html, ARTICLE_URL);
    if (!result.ok) throw new Error(result.message);
    return { text: result.article.text, rules: result.article.removed.map((removal) => removal.rule) };
  }

  it('goes: one short link per item, each to another page of the site', () => {
    const { text, rules } = readWithLead(
      '<div><ul><li><a href="/terms">Terms</a></li><li><a href="https://news.example/privacy">Privacy</a></li><li><a href="/imprint">Imprint</a></li><li><a href="#" onclick="consent()">Privacy settings</a></li></ul></div>',
    );
    expect(text).not.toContain('Imprint');
    expect(text).not.toContain('Privacy settings');
    expect(rules).toContain('leading-site-menu');
  });

  it('stays as a table of contents, whose links lead into the page', () => {
    const { text } = readWithLead(
      '<ul><li><a href="#costs">Costs</a></li><li><a href="#timetable">Timetable</a></li><li><a href="#objections">Objections</a></li></ul>',
    );
    expect(text).toContain('Timetable');
  });

  it('stays as a list of sources on other sites', () => {
    const { text } = readWithLead(
      '<ul><li><a href="https://council.example/minutes">Council minutes</a></li><li><a href="https://cyclists.example/plan">Union plan</a></li><li><a href="https://stats.example/traffic">Traffic counts</a></li></ul>',
    );
    expect(text).toContain('Union plan');
  });

  it('stays as a list of other sites’ front pages (the outlets a story draws on)', () => {
    const { text } = readWithLead(
      '<ul><li><a href="https://council.example/">City council</a></li><li><a href="https://cyclists.example/">Cyclists union</a></li><li><a href="https://stats.example/">Statistics office</a></li></ul>',
    );
    expect(text).toContain('Cyclists union');
  });

  it('stays after the first paragraph, where a list of the site’s pages is the article’s own (a guide’s picks)', () => {
    const { text } = readArticlePage(
      '<ul><li><a href="/reviews/acme-x200">Acme X200</a></li><li><a href="/reviews/brio-3">Brio 3</a></li><li><a href="/reviews/cargo-one">Cargo One</a></li></ul>',
    );
    expect(text).toContain('Brio 3');
  });

  it('stays when an item says more than its link', () => {
    const { text } = readWithLead(
      '<ul><li><a href="/2024/01/lanes">Lanes</a> opened in January</li><li><a href="/2024/02/parking">Parking</a> rules changed</li><li><a href="/2024/03/budget">Budget</a> approved</li></ul>',
    );
    expect(text).toContain('opened in January');
  });
});
