/**
 * Blogs, shops and small sites: what their themes print around the article
 * (comment threads, "Veröffentlicht von" labels, the site's own name as the
 * author, a date line beside the headline, a site label in the h1). Each page
 * is a cut-down copy of the markup such themes write; each case failed before
 * the rule it tests.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/parse-html.ts';
import { extractMetadata } from '../../utils/metadata/index.ts';
import { displayName } from '../../utils/metadata/names.ts';

const URL = 'https://blog.example.de/2019/kleiner-beitrag/';

function metadataOf(head: string, body: string, url = URL) {
  const page = parseHtml(`<!doctype html><html lang="de"><head>${head}</head><body>${body}</body></html>`, url);
  const meta = extractMetadata(page.document, url);
  page.close();
  return { ...meta, names: meta.authors.map(displayName) };
}

describe('authors on small sites', () => {
  it('takes no commenter and no comment-form label for the author', () => {
    const meta = metadataOf(
      '<title>Sternfusion am Teilchenbeschleuniger</title>',
      `<article><h1>Sternfusion am Teilchenbeschleuniger</h1><p>Text der Folge.</p></article>
       <div id="comments"><ol class="commentlist"><li><div class="comment-author vcard"><cite class="fn">Peter</cite> <span class="says">sagt:</span></div><p>Tolle Folge!</p></li>
       <li><div class="comment-author"><span class="comment-author-link">Martin</span></div></li></ol>
       <form id="commentform"><p class="comment-form-author"><label for="author">Name *</label><input id="author"></p></form></div>`,
    );
    expect(meta.names).toEqual([]);
  });

  it('keeps the post author beside a comment thread', () => {
    const meta = metadataOf(
      '<title>Office 365</title>',
      `<article><h1>Office 365</h1><span class="byline"><span class="author vcard"><a class="url fn n" href="/author/hansg/">HansG</a></span></span><p>Text.</p></article>
       <div class="comments-area"><div class="comment-author"><b class="fn">stephan</b> said:</div></div>`,
    );
    expect(meta.names).toEqual(['HansG']);
  });

  it('cuts the theme label from the name: "Veröffentlicht von", "Zeige alle Beiträge von", "SHOW ALL ARTICLES OF"', () => {
    const byline = (text: string) => metadataOf('<title>T</title>', `<h1>Beitrag</h1><div class="author-link">${text}</div>`).names;
    expect(byline('Veröffentlicht von HansG')).toEqual(['HansG']);
    expect(byline('Zeige alle Beiträge von Petra Ruland')).toEqual(['Petra Ruland']);
    expect(byline('SHOW ALL ARTICLES OFHeiko Sauer')).toEqual(['Heiko Sauer']);
  });

  it('takes neither the category ("in Uncategorized") nor a bare label ("Posted", "Unknown") for an author', () => {
    expect(
      metadataOf('<title>T</title>', '<h1>Beitrag</h1><span class="author">Aureliana</span><span class="author-category">in Gefühle</span>').names,
    ).toEqual(['Aureliana']);
    expect(metadataOf('<title>T</title>', '<h1>Beitrag</h1><span class="post-author">Posted</span>').names).toEqual([]);
    expect(metadataOf('<meta name="author" content="Unknown"><title>T</title>', '<h1>Beitrag</h1>').names).toEqual([]);
  });

  it('drops a profession or role written around the name', () => {
    expect(metadataOf('<meta name="author" content="Rechtsanwalt Sebastian Einbock"><title>T</title>', '<h1>B</h1>').names).toEqual(['Sebastian Einbock']);
    expect(metadataOf('<meta name="author" content="Christoph Hein Chefredakteur"><title>T</title>', '<h1>B</h1>').names).toEqual(['Christoph Hein']);
  });

  it('reads a name the JSON-LD writes with HTML entities', () => {
    const meta = metadataOf(
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":{"@type":"Person","name":"Ram&oacute;n Pe&ntilde;a"}}</script>',
      '<h1>H</h1>',
    );
    expect(meta.names).toEqual(['Ramón Peña']);
  });

  it("does not make the site's own name the author when the page prints no byline", () => {
    const url = 'https://www.hildesheimer-nachrichten.example/hund/';
    expect(
      metadataOf(
        '<meta property="og:site_name" content="Hildesheimer Nachrichten"><meta name="author" content="Hildesheimer Nachrichten"><title>Hund vertreibt Einbrecher</title>',
        '<h1>Hund vertreibt Einbrecher</h1><p>Text.</p>',
        url,
      ).names,
    ).toEqual([]);
    // JSON-LD that calls the newsroom a Person changes nothing.
    expect(
      metadataOf(
        '<script type="application/ld+json">{"@type":"BlogPosting","headline":"H","author":{"@type":"Person","name":"Land-Bote Redaktion"}}</script><meta property="og:site_name" content="Land-Bote">',
        '<h1>H</h1>',
        'https://www.land-bote.example/a',
      ).names,
    ).toEqual([]);
  });

  it("keeps the site's name as the author when the page prints it as the byline", () => {
    const meta = metadataOf(
      '<script type="application/ld+json">{"@type":"BlogPosting","headline":"H","author":{"@type":"Organization","name":"DER BOTE"}}</script><meta property="og:site_name" content="DER BOTE">',
      '<h1>H</h1><div class="article-author">DER BOTE</div>',
      'https://www.bote.example/a',
    );
    expect(meta.authors).toEqual([{ literal: 'DER BOTE' }]);
  });

  it("keeps a news article's credit to its own newsroom: that is how newsrooms sign", () => {
    const meta = metadataOf(
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":{"@type":"Organization","name":"DER BOTE"}}</script><meta property="og:site_name" content="DER BOTE">',
      '<h1>H</h1>',
      'https://www.bote.example/a',
    );
    expect(meta.authors).toEqual([{ literal: 'DER BOTE' }]);
  });
});

describe('dates on small sites', () => {
  it('reads the date printed beside the headline', () => {
    expect(
      metadataOf('<title>T</title>', '<h1>Ohne Bewerbung kein Wohngeld</h1><div class="articleinfos">18.02.2022, 10:27 | Recht &amp; Gesetz</div><p>Text.</p>')
        .published,
    ).toBe('2022-02-18');
    expect(metadataOf('<title>T</title>', '<figcaption><small>31.01.2022 2. Liga</small></figcaption><h1>Neuer Cheftrainer</h1><p>Text.</p>').published).toBe(
      '2022-01-31',
    );
    expect(metadataOf('<title>T</title>', '<h1>Augusta</h1><p class="x"> 1. Februar 2022 , Daniel Dillenburg </p>').published).toBe('2022-02-01');
  });

  it('does not take an update or a copyright line for the publication date', () => {
    expect(metadataOf('<title>T</title>', '<h1>Beitrag</h1><p>Aktualisiert am 03.05.2023</p><p>Text ohne Datum.</p>').published).toBe('');
  });
});

describe('titles on small sites', () => {
  it('completes a JSON-LD headline cut short without an ellipsis', () => {
    const whole = 'Sanna Marin tapasi Angela Merkelin: Myös Saksa haluaa pitää kiinni maataloustuista otettu huomioon';
    const meta = metadataOf(
      `<script type="application/ld+json">{"@type":"NewsArticle","headline":"${whole.slice(0, 80)}"}</script><meta property="og:title" content="${whole}">`,
      '<p>x</p>',
    );
    expect(meta.title).toBe(whole);
  });

  it('skips a printed heading that is the site name, and a short label after a bar', () => {
    expect(
      metadataOf('<title>Das schönste Musikvideo der Welt : Krimi-Archiv</title>', '<h1>Krimi-Archiv</h1>', 'https://archiv.krimi-archiv.example/2895').title,
    ).toBe('Das schönste Musikvideo der Welt');
    expect(metadataOf('<title>Alles Neue macht der Mai | Bibliothek 2.0 und mehr</title>', '<p>x</p>').title).toBe('Alles Neue macht der Mai');
  });
});
