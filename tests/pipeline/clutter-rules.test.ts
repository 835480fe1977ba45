/**
 * The clutter rules as a table: each row is a block placed inside (or beside)
 * an ordinary article, the rule that must remove it, or null where it is
 * article text that must stay.
 */
import { describe, expect, it } from 'vitest';
import { LEAD_PARAGRAPHS, articlePage } from '../helpers/article-page.ts';
import { extractHtml } from '../helpers/pages.ts';

interface Row {
  name: string;
  inside?: string;
  after?: string;
  before?: string;
  /** Text that identifies the block in the output. */
  probe: string;
  /** The rule that removes it, or null when it stays. */
  rule: string | null;
  lang?: string;
}

const ROWS: Row[] = [
  // page chrome by structure
  {
    name: 'site navigation',
    before: '<nav><a href="/a">World</a> <a href="/b">Business</a> <a href="/c">Sports news</a></nav>',
    probe: 'Business',
    rule: 'navigation',
  },
  {
    name: 'cookie notice',
    after:
      '<div class="cookie-banner"><p>We use cookies to improve your experience on our site and to show you relevant advertising.</p><button>Accept</button></div>',
    probe: 'We use cookies',
    rule: 'cookie-notice',
  },
  {
    name: 'comment section',
    after: '<section id="comments"><h3>Comments</h3><p>Great article, thanks for writing it, I learned a lot from this piece today!</p></section>',
    probe: 'Great article',
    rule: 'comments',
  },
  // furniture by class and id words
  { name: 'share bar', inside: '<div class="article-share"><a href="#">Facebook</a><a href="#">Twitter</a></div>', probe: 'Facebook', rule: 'share-bar' },
  { name: 'newsletter box', inside: '<div class="newsletter-signup"><p>Get the morning briefing.</p></div>', probe: 'morning briefing', rule: 'newsletter' },
  {
    name: 'most popular list (camelCase id)',
    after: '<div id="mostPopular"><ol><li><a href="/x">Other story one</a></li><li><a href="/y">Other story two</a></li></ol></div>',
    probe: 'Other story one',
    rule: 'most-popular',
  },
  { name: 'advertisement slot', inside: '<div class="ad-slot"><span>Anzeige</span></div>', probe: 'Anzeige', rule: 'advertisement' },
  { name: 'back to top link', after: '<a class="back-to-top" href="#top">Back to top</a>', probe: 'Back to top', rule: 'back-to-top' },
  // furniture by heading, whatever the classes
  {
    name: 'Related articles heading with its list',
    inside:
      '<div><h3>Related articles</h3><ul><li><a href="/1">First related story here</a></li><li><a href="/2">Second related story here</a></li></ul></div>',
    probe: 'First related story',
    rule: 'list-under-heading',
  },
  {
    name: 'Lesen Sie auch (German)',
    inside: '<div><h4>Lesen Sie auch</h4><ul><li><a href="/1">Ein anderer Artikel zum Thema</a></li><li><a href="/2">Noch ein Artikel</a></li></ul></div>',
    probe: 'Ein anderer Artikel',
    rule: 'list-under-heading',
    lang: 'de',
  },
  {
    name: '관련기사 (Korean)',
    inside: '<div><strong>관련기사</strong><ul><li><a href="/1">다른 기사 제목입니다</a></li><li><a href="/2">또 다른 기사 제목</a></li></ul></div>',
    probe: '다른 기사',
    rule: 'list-under-heading',
  },
  // furniture by its words
  { name: 'ADVERTISEMENT label', inside: '<p>ADVERTISEMENT</p>', probe: 'ADVERTISEMENT', rule: 'ad-label' },
  {
    name: 'Read more teaser',
    inside: '<p>Read more: <a href="/other">Council approves the new budget</a></p>',
    probe: 'Council approves the new budget',
    rule: 'read-more-teaser',
  },
  {
    name: 'Lea también teaser (Spanish)',
    inside: '<p>Lea también: <a href="/otra">Otra noticia importante</a></p>',
    probe: 'Otra noticia',
    rule: 'read-more-teaser',
    lang: 'es',
  },
  {
    name: 'newsletter pitch',
    inside: '<p>Sign up for our newsletter to get the latest news delivered to your inbox.</p>',
    probe: 'Sign up for our newsletter',
    rule: 'newsletter',
  },
  { name: 'photo credit alone', inside: '<p>Photo: Getty Images</p>', probe: 'Getty Images', rule: 'photo-credit' },
  { name: 'copyright line', after: '<p>© 2024 Example Media. All rights reserved.</p>', probe: 'All rights reserved', rule: 'copyright' },
  { name: 'share prompt', inside: '<p>Share this article</p>', probe: 'Share this article', rule: 'share-bar' },
  { name: 'comment prompt', inside: '<p>Leave a comment</p>', probe: 'Leave a comment', rule: 'comment-prompt' },
  { name: 'labelled date line', inside: '<p>Updated: 15 November 2023, 10:12</p>', probe: 'Updated: 15 November', rule: 'dateline' },
  // article text that only resembles furniture stays
  {
    name: 'a sentence that mentions advertising',
    inside: '<p>Advertising revenue at the city-owned newspaper fell by a third last year, the council heard.</p>',
    probe: 'Advertising revenue',
    rule: null,
  },
  {
    name: 'a paragraph that starts with "More"',
    inside: '<p>More than two thousand residents signed the petition that forced the council to hold the vote.</p>',
    probe: 'More than two thousand',
    rule: null,
  },
  {
    name: 'a quoted "share" in prose',
    inside: '<p>“We want to share the road,” said a cyclist who has campaigned for the lanes for a decade.</p>',
    probe: 'share the road',
    rule: null,
  },
  {
    name: 'a subheading',
    inside: '<h2>What happens next</h2><p>Work on the first lanes begins in March, the transport department said in a statement on Wednesday.</p>',
    probe: 'What happens next',
    rule: null,
  },
  { name: 'an article wrapped in a "share" class', inside: '', probe: LEAD_PARAGRAPHS[1]!, rule: null },
];

describe('clutter rules', () => {
  for (const row of ROWS) {
    it(`${row.rule ?? 'keeps'}: ${row.name}`, () => {
      const html = articlePage(row.inside ?? '', { after: row.after, before: row.before, lang: row.lang });
      const { result } = extractHtml(html, 'https://news.example/story');
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      if (row.rule === null) {
        expect(result.article.text).toContain(row.probe);
      } else {
        expect(result.article.text).not.toContain(row.probe);
        const removal = result.article.removed.find((entry) => entry.text.includes(row.probe.slice(0, 20)));
        expect(removal?.rule, `recorded rule for "${row.probe}"`).toBe(row.rule);
      }
      // The article itself always survives.
      for (const paragraph of LEAD_PARAGRAPHS) expect(result.article.text).toContain(paragraph);
    });
  }

  it('spares an article whose wrapper carries a furniture class', () => {
    const html = articlePage('').replace('<article>', '<article class="share-wrapper trending">');
    const { result } = extractHtml(html, 'https://news.example/story');
    expect(result.ok && result.article.text).toContain(LEAD_PARAGRAPHS[0]);
  });

  it('spares an article hidden with aria-hidden while a consent dialog is open', () => {
    const html = articlePage('', {
      after:
        '<div role="dialog" aria-modal="true"><p>We value your privacy. We and our partners use cookies to store and access personal data on your device.</p></div>',
    }).replace('<main>', '<main aria-hidden="true">');
    const { result } = extractHtml(html, 'https://news.example/story');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.text).toContain(LEAD_PARAGRAPHS[0]);
    expect(result.article.text).not.toContain('We value your privacy');
  });
});
