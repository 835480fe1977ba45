/**
 * Where a name is printed says whose name it is: an "author" element in a
 * teaser for another story, a quotation box or the site's footer does not name
 * the article's author, and a byline printed as plain words ("von Andreas
 * Kürten") does. Each page is a cut-down copy of markup seen on real pages;
 * each case failed before its rule.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/parse-html.ts';
import { extractMetadata } from '../../utils/metadata/index.ts';
import { displayName } from '../../utils/metadata/names.ts';
import { extractArticle } from '../../utils/pipeline/extract.ts';
import { stripSiteName } from '../../utils/metadata/title.ts';

const URL = 'https://www.example.de/sport/corona-new-york-100.html';

function namesOf(body: string, url = URL): string[] {
  const page = parseHtml(`<!doctype html><html lang="de"><head><title>Titel</title></head><body>${body}</body></html>`, url);
  const names = extractMetadata(page.document, url).authors.map(displayName);
  page.close();
  return names;
}

const teaser = (title: string, href: string, author: string) =>
  `<li><article class="teaser"><h3><a href="${href}">${title}</a></h3><p class="article-listing__author">von ${author}</p><p>Anriss.</p></article></li>`;

describe('names that belong to something other than the article', () => {
  it('takes no author of a teaser for another story, beside the article’s own byline', () => {
    const names = namesOf(
      `<article><h1>Transgenerationales Coaching</h1><p class="article-author">Julia Kern</p><p>Text.</p></article>
       <ul class="listing">${teaser('Biografiearbeit', '/fuehrung/biografiearbeit', 'Petra Basler')}${teaser('Resilienz', '/resilienz', 'Dr. Thomas Hanstein')}</ul>`,
    );
    expect(names).toEqual(['Julia Kern']);
  });

  it('finds no author where the only author elements are in teasers, even inside a meta list item', () => {
    const post = (href: string, name: string) =>
      `<article class="ee-post"><a href="${href}" class="ee-post__title"><h2>Andere Geschichte</h2></a>
       <ul class="ee-post__metas__list"><li class="ee-post__meta ee-post__meta--author"><a href="https://www.example.de/author/${name}/">${name}</a></li></ul></article>`;
    const names = namesOf(
      `<main><h1>Kaisers Wochenrückblick</h1><p>Text.</p></main><aside>${post('/politik/a', 'JF')}${post('/politik/b', 'Redaktion')}</aside>`,
    );
    expect(names).toEqual([]);
  });

  it('keeps a blog post’s byline when its title links to the post itself (a permalink, not a teaser)', () => {
    const url = 'https://blog.example.de/2019/kleiner-beitrag/';
    const names = namesOf(
      `<article><h2 class="entry-title"><a href="${url}">Kleiner Beitrag</a></h2><span class="byline"><span class="author">Hans Meier</span></span><p>Text.</p></article>`,
      url,
    );
    expect(names).toEqual(['Hans Meier']);
  });

  it('takes the person a quotation box credits for no author', () => {
    const names = namesOf(
      `<article><h1>ARD-Doku</h1><p>Text.</p></article>
       <section class="box-zitiert"><blockquote><p>„Ich dachte immer …“</p><span class="zitat-author">Jan Fleischhauer, deutscher Journalist, Kolumnist und Autor</span></blockquote></section>`,
    );
    expect(names).toEqual([]);
  });

  it('takes the site’s maker in its footer for no author', () => {
    const names = namesOf(
      `<div class="node"><h1>Juicio</h1><p>Texto.</p></div>
       <footer><div class="copy">Copyright 2022 Editorial</div><div class="author">Hecho en Bolivia con <a href="http://www.drupal.org">Drupal</a> por <a href="http://www.smarticaweb.com">Smartica</a></div></footer>`,
    );
    expect(names).toEqual([]);
  });

  it('keeps a byline in the article’s own footer', () => {
    const names = namesOf(`<article><h1>Beitrag</h1><p>Text.</p><footer class="entry-footer"><span class="author">Hans Meier</span></footer></article>`);
    expect(names).toEqual(['Hans Meier']);
  });
});

describe('a byline printed as plain words', () => {
  it('reads "von Andreas Kürten" under the headline, with no class or label that says so', () => {
    expect(namesOf(`<h1>New York im Stillstand</h1><div class="details"><span class="teaser-cat"> von Andreas Kürten </span><p>Text.</p></div>`)).toEqual([
      'Andreas Kürten',
    ]);
  });

  it('reads "By" followed by the name in its own element', () => {
    expect(namesOf(`<h1>Heat pumps</h1><p class="meta"><span>By</span> <a href="/team/ar">Alexander Rosenkranz</a></p><p>Text.</p>`)).toEqual([
      'Alexander Rosenkranz',
    ]);
  });

  it('does not take a book’s credit, one line of a paragraph, for the byline', () => {
    expect(
      namesOf(
        `<h1>Vier Übungen</h1><p>Text.</p><p><b>Setz dich in Bewegung</b><br> Funktionelles Bewegungstraining<br> von Josef Kastner, Marieke Hübner und Imke Schlömer<br> 192 Seiten, 39,90 Euro</p>`,
      ),
    ).toEqual([]);
  });

  it('reads a name alone before a separator, with the line’s date in the next element', () => {
    const line = (name: string, date: string) =>
      `<h1>Ladesäulen im ganzen Land</h1><h4>Der Minister nennt neue Zahlen.</h4><div class="row"><span style="float:left">${name} &nbsp;|</span> <span class="tarih">${date}</span></div><p>Text.</p>`;
    expect(namesOf(line('Derya Yılmaz', '05.04.2025 - Güncelleme : 05.04.2025'))).toEqual(['Derya Yılmaz']);
    // Without a date after it, a name and a bar are a menu or a label.
    expect(namesOf(line('Derya Yılmaz', 'Ekonomi'))).toEqual([]);
  });

  it('reads a page of long lines of small words at once (the name-before-separator test backtracked for seconds on each)', () => {
    const lines = ['ayyy y'.repeat(20), 'anyway yet '.repeat(11), `von ${'a, '.repeat(38)}|`].map((text) => `<p>${text}</p>`).join('');
    expect(namesOf(`<h1>Titel</h1>${lines}<p>Text.</p>`)).toEqual([]);
    // A guard against the hang, not a speed figure: 9 s before, 0.3 s now.
  }, 5_000);

  it('does not take a photo credit or a teaser’s "von" line for the byline', () => {
    expect(namesOf(`<h1>Titel</h1><figure><img src="a.jpg"><figcaption>von Max Muster</figcaption></figure><p>Text.</p>`)).toEqual([]);
    expect(namesOf(`<h1>Titel</h1><p>Text.</p><ul>${teaser('Andere', '/andere', 'Petra Basler')}</ul>`)).toEqual([]);
  });
  it('takes no byline from the next story a page appends after a brief, however long that story', () => {
    const paragraph = '<p>Der Gemeinderat hat am Montagabend über den neuen Radweg entlang der Hauptstraße beraten und vertagt.</p>';
    const body = `<main><h1>Kurze Meldung</h1><article>${paragraph}${paragraph}</article>
      <article><h2><a href="/lokal/naechste-meldung-456">Nächste Meldung</a></h2><div class="byline">Max Muster</div>${paragraph.repeat(20)}</article></main>`;
    // The second read found it: passing over every short <article> made the appended story "the story".
    expect(namesOf(body)).toEqual([]);
  });
});

describe('the article’s last line as its signature', () => {
  const articleOf = (last: string) => {
    const paragraphs = Array.from(
      { length: 6 },
      (_, index) => `<p>Der Satz Nummer ${index + 1} erzählt, wie das Studentendorf über die Jahrzehnte gewachsen ist und wer heute darin wohnt.</p>`,
    ).join('');
    const page = parseHtml(
      `<!doctype html><html lang="de"><head><title>Studentendorf</title></head><body><article><h1>Studentendorf Schlachtensee</h1>${paragraphs}${last}</article></body></html>`,
      URL,
    );
    const result = extractArticle(page.document, { url: URL });
    page.close();
    return result.ok ? result.meta.authors.map(displayName) : [];
  };

  it('signs with a name alone on the last line', () => {
    expect(articleOf('<p>Lê Phương</p>')).toEqual(['Lê Phương']);
  });

  it('takes a label and its value on two lines for no name', () => {
    expect(articleOf('<p><strong>Aktuelle Nutzung</strong><br> Studentenwohnanlage</p>')).toEqual([]);
  });

  it('takes a section label or a link for no name, though German capitalises its nouns', () => {
    // "Weitere Meldungen" (more news), "Zur Startseite" (to the front page): capitalised words, but a heading or a link.
    expect(articleOf('<h3>Weitere Meldungen</h3>')).toEqual([]);
    expect(articleOf('<p><a href="/meldungen">Weitere Meldungen</a></p>')).toEqual([]);
    expect(articleOf('<p><strong>Lê Phương</strong></p>')).toEqual(['Lê Phương']);
  });
});

describe('a description after the name', () => {
  it('drops "deutscher Journalist" after the comma, and keeps a name that begins with a particle', () => {
    const page = (byline: string) => namesOf(`<article><h1>Titel</h1><p class="byline">${byline}</p><p>Text.</p></article>`);
    expect(page('Jan Fleischhauer, deutscher Journalist')).toEqual(['Jan Fleischhauer']);
    expect(page('Anna Schmidt, freie Autorin')).toEqual(['Anna Schmidt']);
    expect(page('Hans Meier, van Gogh Zorn')).toEqual(['Hans Meier', 'van Gogh Zorn']);
  });

  it('drops the illustrator credited after the author, and a byline word or label left alone', () => {
    const page = (byline: string) => namesOf(`<article><h1>Titel</h1>${byline}<p>Text.</p></article>`);
    expect(page('<p class="byline">Christian Seiler Illustration von Markus Roost</p>')).toEqual(['Christian Seiler']);
    expect(page('<p class="byline"><span class="author">By</span> <span class="author">Daniel</span></p>')).toEqual(['Daniel']);
    expect(
      page(
        '<div class="entry-meta"><span class="meta-prep meta-prep-author">Veröffentlicht am</span> <span class="entry-date">13. März 2019</span> <span class="by-author"><span class="sep">von</span> <span class="author vcard">Michael Veeser-Dombrowski</span></span></div>',
      ),
    ).toEqual(['Michael Veeser-Dombrowski']);
  });
});

describe('the site’s name in the middle of the title tag', () => {
  it('ends the headline at the site’s name, with the tagline after it', () => {
    expect(
      stripSiteName(
        'Das vermutlich schwulste Musikvideo der Welt :  Krimiblog-Archiv | Ermittlungen zum Verfall eines Genres | Gegründet 2005 | 6. Jahrgang',
        '',
        'archiv.krimiblog.de',
      ),
    ).toBe('Das vermutlich schwulste Musikvideo der Welt');
  });

  it('keeps a headline part that only begins with the site’s word', () => {
    expect(stripSiteName('Brexit: Guardian readers respond | The Guardian | Opinion', 'The Guardian', 'www.theguardian.com')).toBe(
      'Brexit: Guardian readers respond',
    );
  });
});

function publishedOf(body: string, url = URL): string {
  const page = parseHtml(`<!doctype html><html lang="de"><head><title>Titel</title></head><body>${body}</body></html>`, url);
  const published = extractMetadata(page.document, url).published;
  page.close();
  return published;
}

describe('dates that belong to something other than the article', () => {
  it('takes no related story’s <time> in its teaser for the article’s date (the address gives it)', () => {
    const related = (href: string, datetime: string, shown: string) =>
      `<li class="related post-hover"><article class="post type-post"><div class="related-inner"><h4 class="post-title"><a href="${href}">Andere Geschichte</a></h4>
       <div class="post-meta group"><p class="post-date"><time class="published updated" datetime="${datetime}">${shown}</time></p></div></div></article></li>`;
    const url = 'https://www.example.de/2019/10/22/professionell-entloeten/';
    const published = publishedOf(
      `<section class="content"><article><h1>Professionell entlöten</h1><p>Text.</p></article>
       <ul class="related-posts group">${related('/2009/04/11/ssd/', '2009-04-11 18:06:36', '11. April 2009')}${related('/2013/09/27/mac/', '2013-09-27 23:08:48', '27. September 2013')}</ul></section>`,
      url,
    );
    expect(published).toBe('2019-10-22');
  });

  it('takes no comment’s <time>, and reads "Veröffentlicht am 16.08.2019" with no colon after the label', () => {
    const published = publishedOf(
      `<main><article><h1 class="entry-title">RES158 Sternfusion</h1><div class="entry-content"><p>Veröffentlicht am 16.08.2019<br>Dauer: 1 Stunde<br>Downloads: 22.273</p><p>Text.</p></div></article>
       <div id="comments" class="comments-area"><ol class="comment-list"><li class="comment"><article class="comment-body"><footer class="comment-meta"><div class="comment-metadata">
       <a href="#comment-1"><time datetime="2019-08-24T03:36:11+02:00">24. August 2019 um 03:36 Uhr</time></a></div></footer><p>Toll!</p></article></li></ol></div></main>`,
    );
    expect(published).toBe('2019-08-16');
  });

  it('takes no time of a comment in a box with a comment class, but the date printed beside the headline', () => {
    const comment = (datetime: string) =>
      `<div class="kb-comment"><div class="kb-recipe-comment-box-middle"><time datetime="${datetime}">23.09.20 | 18:19</time><p>Lecker.</p></div></div>`;
    const published = publishedOf(
      `<div class="tips"><h1>Tomaten richtig schneiden</h1><div class="kb-author">von Koch am 20.09.2020</div><p>Text.</p>
       <div id="kb-comments">${comment('2020-09-23T18:19:06+02:00')}${comment('2020-09-22T12:45:17+02:00')}</div></div>`,
    );
    expect(published).toBe('2020-09-20');
  });
  it('reads the story’s own <time> where teaser cards printed as <article>s come between the headline and the story', () => {
    const card = (n: number) => `<article class="card"><h3><a href="/otra/${n}/">Otra noticia ${n}</a></h3><p>Un resumen breve.</p></article>`;
    const paragraph =
      'La actriz contó en el programa matinal cómo fue la discusión en los pasillos del canal, y qué pasó después con sus compañeras de elenco.';
    const published = publishedOf(
      `<main><h1>Una pelea en los pasillos</h1><aside>${[1, 2, 3, 4, 5, 6, 7, 8].map(card).join('')}</aside>
       <article><div class="story-meta"><strong class="date">miércoles, 4 de mayo de 2022</strong><time datetime="2022-05-04T07:59:48-04:00">07:59</time></div>
       ${`<p>${paragraph}</p>`.repeat(14)}<div class="related"><h3><a href="/otra/5/">Lea también: otra noticia</a></h3></div></article></main>`,
      'https://www.example.cl/espectaculos/noticia/una-pelea/ABC123/',
    );
    // Before, only the first <article> after the headline could hold the story: a card, so the story was taken for a
    // teaser (a headline in it links to another page) and its date for another story's.
    expect(published).toBe('2022-05-04');
  });
});
