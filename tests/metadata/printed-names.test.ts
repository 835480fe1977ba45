/**
 * How much evidence names an author on a blog or a small site. An SEO plugin or a CMS states an author in JSON-LD
 * or `<meta name="author">` on every page; where the page itself prints that name nowhere a reader sees it (or
 * only in the site's footer, or in a box it hides), the page names no author. Each page is a cut-down copy of
 * markup seen on real pages (a Yoast graph with its Person, a theme's hidden author box, a byline span that holds
 * only the date); each case failed before its rule.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/parse-html.ts';
import { splitByline } from '../../utils/metadata/authors.ts';
import { extractMetadata, type MetadataHints } from '../../utils/metadata/index.ts';
import { displayName } from '../../utils/metadata/names.ts';

const URL = 'https://www.werkstatt-blog.example/heizjacken-im-test/';

function namesOf(head: string, body: string, hints: MetadataHints = {}): string[] {
  const page = parseHtml(`<!doctype html><html lang="de"><head><title>Heizjacken im Test</title>${head}</head><body>${body}</body></html>`, URL);
  const names = extractMetadata(page.document, URL, hints).authors.map(displayName);
  page.close();
  return names;
}

/** A Yoast-style graph: a WebPage whose author is a Person of the graph. */
const yoastGraph = (type: string, name: string) =>
  `<script type="application/ld+json">${JSON.stringify({
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': type, '@id': `${URL}#article`, headline: 'Heizjacken im Test', author: { '@id': 'https://www.werkstatt-blog.example/#/schema/person/1' } },
      { '@type': 'Person', '@id': 'https://www.werkstatt-blog.example/#/schema/person/1', name },
    ],
  })}</script>`;

const post = '<article><h1>Heizjacken im Test</h1><p>Wer im Winter draußen arbeitet, friert nicht mehr.</p></article>';

describe('a stated author the page does not print', () => {
  it('takes no JSON-LD author that the page prints nowhere', () => {
    expect(namesOf(yoastGraph('Article', 'Josef Schneider'), post)).toEqual([]);
  });

  it('takes no meta author printed only in the site footer’s copyright line', () => {
    const names = namesOf(
      '<meta name="author" content="Paul Sippel">',
      `${post}<footer><div class="footertext">Copyright © 2020 by Paul Sippel - Alle Rechte vorbehalten!</div></footer>`,
    );
    expect(names).toEqual([]);
  });

  it('takes no metadata author that Readability passed on as its byline when the page does not print it', () => {
    expect(namesOf('<meta name="author" content="Sascha Mattke">', post, { byline: 'Sascha Mattke' })).toEqual([]);
  });

  it('keeps a JSON-LD author the page prints', () => {
    const names = namesOf(
      yoastGraph('Article', 'Josef Schneider'),
      '<article><h1>Heizjacken im Test</h1><p class="meta">Josef Schneider, 26. Januar 2022</p><p>Text.</p></article>',
    );
    expect(names).toEqual(['Josef Schneider']);
  });

  it('keeps a JSON-LD author the page prints only inside the template its script renders', () => {
    const names = namesOf(
      yoastGraph('BlogPosting', 'Nathan Parker'),
      `<h1>Heizjacken im Test</h1><div class="post-body"><script type="text/template"><span class="byline-author">Posted by Nathan Parker</span><p>Text.</p></script></div>`,
    );
    expect(names).toEqual(['Nathan Parker']);
  });

  it("keeps a news article's stated author: a newsroom's metadata is kept in step with its byline", () => {
    expect(namesOf(yoastGraph('NewsArticle', 'Jana Berg'), post)).toEqual(['Jana Berg']);
  });
});

describe('byline elements that name no one', () => {
  it('takes no name from an author box the page hides', () => {
    const names = namesOf(
      '',
      `${post}<div class="td-author-name vcard author" style="display: none"><span class="fn"><a href="/author/tkalweit/">tkalweit</a></span></div>`,
    );
    expect(names).toEqual([]);
  });

  it('reads on past a byline-classed element that holds only the date', () => {
    const names = namesOf(
      '',
      `<article><header><h1>Heizjacken im Test</h1><div class="entry-meta"><span class="author vcard"><a class="author url fn" href="/author/heiko-sauer/">Heiko Sauer</a></span><br><span class="byline"><time datetime="2020-04-09">Do 9 Apr 2020</time></span></div></header><p>Text.</p></article>`,
    );
    expect(names).toEqual(['Heiko Sauer']);
  });

  it('reads the name after a date in "Posted on … by …"', () => {
    expect(splitByline('Posted on September 21, 2020  by Adi Tzlil')).toEqual(['Adi Tzlil']);
    expect(splitByline('Veröffentlicht am 3. Mai 2021 von Jana Berg')).toEqual(['Jana Berg']);
  });
});

describe('the page as it is when it is read', () => {
  // The in-page reader reads the same live page again after it changed (a single-page site's next story, a
  // body drawn late): what it prints is read anew each time, never kept from the first reading.
  it('finds a stated author the page prints now, though it did not the first time', () => {
    const page = parseHtml(
      `<!doctype html><html lang="de"><head><title>Heizjacken im Test</title>${yoastGraph('Article', 'Josef Schneider')}</head><body>${post}</body></html>`,
      URL,
    );
    expect(extractMetadata(page.document, URL).authors.map(displayName)).toEqual([]);
    page.document.body.insertAdjacentHTML('afterbegin', '<p>Josef Schneider testet seit Jahren Winterjacken.</p>');
    expect(extractMetadata(page.document, URL).authors.map(displayName)).toEqual(['Josef Schneider']);
    page.close();
  });
});
