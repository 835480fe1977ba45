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

describe('a stated name printed only in an address, or a phrase stated as a name', () => {
  // A personal site: its owner's first name as the meta author, printed nowhere but in the site's address, which
  // heads every page. Written anew after a tune page.
  const masthead = '<header><h1><a href="/">jan-muster.de</a></h1><p>Notizen aus der Werkstatt</p></header>';

  it('takes no meta author whose only printing is inside a host name or an e-mail address', () => {
    expect(namesOf('<meta name="author" content="Jan">', masthead + post)).toEqual([]);
    expect(namesOf('<meta name="author" content="Jan">', `${post}<p>Fragen an jan@werkstatt.example</p>`)).toEqual([]);
  });

  it('keeps the meta author where the page prints the name as a word', () => {
    expect(namesOf('<meta name="author" content="Jan">', `${masthead}${post}<p class="signature">Jan</p>`)).toEqual(['Jan']);
  });

  it("takes no magazine slogan a CMS states as its author's name", () => {
    // The JSON-LD Person is the magazine's name, a phrase ("selbst ist der Mann"), printed in a teaser for its subscribers.
    const teaser = '<aside><a href="/abo">Die Vorteilswelt für "werkeln ist des Heimwerkers Lust"-Abonnenten</a></aside>';
    expect(namesOf(yoastGraph('Article', 'werkeln ist des Heimwerkers Lust'), post + teaser)).toEqual([]);
  });

  it('keeps names with particles and names written in small letters', () => {
    for (const name of [
      'Jan van der Berg',
      'bell hooks',
      'Maria da Silva dos Santos',
      'dr. ir. Piet Jansen',
      'Maria do Socorro do Nascimento',
      'Khalid al-Faisal al-Saud',
      'Giovanni degli Alberti dalla Costa',
    ]) {
      expect(namesOf(yoastGraph('Article', name), `${post}<p>Ein Beitrag von ${name}</p>`).map((found) => found.toLowerCase())).toEqual([name.toLowerCase()]);
    }
  });

  it('reads a page whose text runs long without a space (Chinese, Japanese) in linear time', () => {
    // The address pattern was tried from every letter of such a run and read the rest of it each time: 30 000 letters
    // in one line took about 20 s (a run of the second read of this rule).
    const line = '東京'.repeat(15_000);
    const started = performance.now();
    expect(namesOf('<meta name="author" content="Jan">', `${post}<p>${line}</p>`)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(6000);
  });
});
