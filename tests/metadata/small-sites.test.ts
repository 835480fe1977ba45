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
import { authorFromCandidate, cleanCandidates } from '../../utils/metadata/authors.ts';

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

  it('takes the user name a blog signs with, digits and all, but no date or count', () => {
    const byline = (name: string) =>
      `<article><h1>Was wurde eigentlich aus Six Sigma?</h1><div class="byline">10. Dezember 2019 · von <span class="author vcard"><a href="${URL}author/x/" rel="author">${name}</a></span></div><p>x</p></article>`;
    expect(metadataOf('', byline('freeman1984')).names).toEqual(['freeman1984']);
    expect(metadataOf('', byline('12 Kommentare')).names).toEqual([]);
    expect(metadataOf('', byline('2019')).names).toEqual([]);
    // Capitals and a number are a brand's code ("TAG24"), not a user's name: not taken for one.
    expect(
      metadataOf(
        '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"TAG24"}}</script>',
        '<h1>Ein Brand in der Nacht</h1><p>x</p>',
        'https://www.tag24.de/a/1',
      ).names,
    ).toEqual([]);
  });

  it('takes no "Follow" button beside the name for a second author, in any language', () => {
    const byline = (button: string) =>
      `<h1>松岡大地記者の記事です</h1><div class="byline"><a class="author-name" href="/author/1">松岡大地</a><button class="author-name">${button}</button></div>`;
    expect(metadataOf('', byline('フォロー'), 'https://mainichi.example.jp/articles/1').names).toEqual(['松岡大地']);
    expect(metadataOf('', byline('Folgen')).names).toEqual(['松岡大地']);
  });

  it('drops a profession or role written around the name', () => {
    expect(
      metadataOf('<meta name="author" content="Rechtsanwalt Sebastian Einbock"><title>T</title>', '<h1>B</h1><p>Rechtsanwalt Sebastian Einbock</p>').names,
    ).toEqual(['Sebastian Einbock']);
    expect(
      metadataOf('<meta name="author" content="Christoph Hein Chefredakteur"><title>T</title>', '<h1>B</h1><p>Christoph Hein, Chefredakteur</p>').names,
    ).toEqual(['Christoph Hein']);
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

  it('reads a date and an author printed as label and value, in a box after the text', () => {
    const box =
      '<article><h1>Von Sprachregeln und ganz normalem Deutsch</h1><p>Ein langer Text über Sprache.</p><div class="box"><span class="label">Datum:</span> 19.11.2021 <br><span class="label">Autor:</span> Fritz Imhof<br><span class="label">Quelle:</span> Livenet</div></article>';
    const meta = metadataOf('', box);
    expect(meta.published).toBe('2021-11-19');
    expect(meta.names).toEqual(['Fritz Imhof']);
    // "Text & Fotos:" is a credit for the author; prose that only begins with a label word is not.
    expect(metadataOf('', '<h1>Winterhechte am See</h1><p>Text &amp; Fotos: Ivan Valetny</p><p>Text: so nennt man das.</p>').names).toEqual(['Ivan Valetny']);
    // A label followed by another label ("Auteur :" then "Auteur(s) :") gives no name.
    expect(metadataOf('', '<h1>Non à la mutilation du choeur</h1><p>Auteur :</p><p>Auteur(s) :</p><p>Un long texte.</p>').names).toEqual([]);
    expect(
      metadataOf(
        '',
        '<h1>Winterhechte am See</h1><p>Datum: ein Wort, das viele Sprachen kennen und das hier in einem langen Satz steht, der kein Feld ist.</p>',
      ).published,
    ).toBe('');
  });

  it('reads spaced numeric dates: "26 | 01 | 2022", "4. 2. 2022" with thin spaces', () => {
    expect(metadataOf('', '<h1>Bielersee-Winterhechte im Januar</h1><div class="meta"><span class="date">26 | 01 | 2022</span></div><p>x</p>').published).toBe(
      '2022-01-26',
    );
    expect(metadataOf('', '<h1>Kohlmann nominiert zwei Neulinge</h1><p class="date">4.\u20092.\u20092022</p><p>x</p>').published).toBe('2022-02-04');
    // A score or a range is no date: the year must have four digits.
    expect(metadataOf('', '<h1>Ein Spiel mit vielen Toren</h1><p class="date">3 - 1 - 22</p><p>x</p>').published).toBe('');
  });

  it('does not take an update or a copyright line for the publication date', () => {
    expect(metadataOf('<title>T</title>', '<h1>Beitrag</h1><p>Aktualisiert am 03.05.2023</p><p>Text ohne Datum.</p>').published).toBe('');
    // The label in its own element before a "timestamp" item still says the date is a change's.
    expect(
      metadataOf(
        '<title>T</title>',
        `<main><h1>Neue Präsidentin gewählt</h1><p>${'Ein langer Text. '.repeat(5)}</p><p>Datum: 13.10.2021</p>
         <div class="info"><h4 class="timestamp__title">Zuletzt geändert am:</h4><ul><li class="timestamp-list__item">15.10.2021</li></ul></div></main>`,
      ).published,
    ).toBe('2021-10-13');
    // A headline that speaks of an update is no label for the date after it.
    expect(
      metadataOf('<title>T</title>', '<div class="top"><h1>Das große Update für Windows</h1><span class="date">3.5.2023</span></div><p>Text.</p>').published,
    ).toBe('2023-05-03');
    // A page that prints only when it changed is dated by that change.
    expect(metadataOf('<title>T</title>', '<h1>Kinder und Arbeit</h1><p>Text.</p><p class="info">Aktualisiert: 30.12.2016</p>').published).toBe('2016-12-30');
  });

  it("reads the date in the story's own <article>, though its headline is printed above it and it links to other stories", () => {
    const story = 'Die Schauspielerin erzählte im Interview, wie es zum Streit kam. '.repeat(30);
    const meta = metadataOf(
      '<title>T</title>',
      `<main><div class="story-header"><h1>Streit im Flur des Senders</h1></div>
       <ul class="share">${['Facebook', 'X', 'WhatsApp', 'Telegram', 'E-Mail', 'Drucken', 'Kopieren', 'Merken', 'Teilen', 'Vorlesen', 'Kommentare', 'Abonnieren'].map((label) => `<li><button>${label}</button></li>`).join('')}</ul>
       <article><div class="story-meta"><strong class="date">miércoles, 4 de mayo de 2022</strong></div><p>${story}</p>
       <aside><h3><a href="https://blog.example.de/andere-geschichte/">Eine andere Geschichte</a></h3></aside></article></main>`,
    );
    expect(meta.published).toBe('2022-05-04');
  });

  it('reads a date printed before the headline past the view and comment counts of the info line', () => {
    const meta = metadataOf(
      '<title>T</title>',
      '<div class="subline"><table><tr><td>26 | 01 | 2022</td><td>Schweiz | Praxis</td><td>Text: Ivo Vogt</td><td><img src="c.png">0</td><td><img src="v.png">337</td></tr></table></div><h1>Hechte im Winter</h1><p>Text.</p>',
    );
    expect(meta.published).toBe('2022-01-26');
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

  it('takes the headline the page prints over an SEO or social title that differs from it', () => {
    const head =
      '<title>Wärmepumpe im Altbau - Wann es sich lohnt | Heizung Ratgeber</title><meta property="og:title" content="Wärmepumpe im Altbau - Wann es sich lohnt">';
    expect(metadataOf(head, '<article><h1 class="entry-title">Eignet sich eine Wärmepumpe im Altbau?</h1><p>x</p></article>').title).toBe(
      'Eignet sich eine Wärmepumpe im Altbau?',
    );
    // A label glued in front in the tags only ("Pressemitteilung: …"): the printed headline has none.
    expect(metadataOf('<meta property="og:title" content="Pressemitteilung: Endlich mehr Tempo wagen!">', '<h1>Endlich mehr Tempo wagen!</h1>').title).toBe(
      'Endlich mehr Tempo wagen!',
    );
  });

  it('leaves out a kicker the page prints apart from its headline, though every title tag glues it on', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Klimaschutz: Bohren, bis es heiß wird"}</script>';
    const heading =
      '<h1 class="article-heading"><span class="article-heading__kicker">Klimaschutz</span><span class="visually-hidden">: </span><span class="article-heading__title">Bohren, bis es heiß wird</span></h1>';
    expect(metadataOf(ld, heading).title).toBe('Bohren, bis es heiß wird');
    // The separator written as plain text between the parts goes with the kicker.
    expect(metadataOf(ld, '<h1><span class="kicker">Klimaschutz</span>: <span>Bohren, bis es heiß wird</span></h1>').title).toBe('Bohren, bis es heiß wird');
    // A subtitle in <small> inside the h1, glued on by the title tags without a separator.
    expect(
      metadataOf(
        '<meta property="og:title" content="Fish Cakes, Hot and Fresh Welcome to the Flavor Capital">',
        '<h1><span>Fish Cakes, Hot and Fresh</span> <small>Welcome to the Flavor Capital</small></h1>',
      ).title,
    ).toBe('Fish Cakes, Hot and Fresh');
  });

  it("keeps a news page's JSON-LD headline when its one <h1> is a teaser for another story", () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Brand in Betrieb in Lichterfelde – Starke Rauchentwicklung"}</script>';
    expect(metadataOf(ld, '<aside><h1>Feuer in Tegel: Warnung vor giftigen Brandgasen</h1></aside><article><p>x</p></article>').title).toBe(
      'Brand in Betrieb in Lichterfelde – Starke Rauchentwicklung',
    );
  });

  it('takes the headline the page prints over a different JSON-LD or social title', () => {
    // The SEO headline in JSON-LD and <title>, the printed one in the page's <h1> and og:title.
    const ld =
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Kollaps der Silicon Valley Bank: US-Notenbank räumt Versäumnisse ein"}</script>';
    expect(metadataOf(ld, '<article><h1>Silicon Valley Bank: Federal Reserve räumt Versäumnisse ein</h1><p>x</p></article>').title).toBe(
      'Silicon Valley Bank: Federal Reserve räumt Versäumnisse ein',
    );
    // The printed headline goes on where the title tags cut it short.
    expect(
      metadataOf(
        '<meta property="og:title" content="Ultium Cells erhöht Gigafactory-Kapazität">',
        '<h1>Ultium Cells erhöht Gigafactory-Kapazität in Tennessee</h1>',
      ).title,
    ).toBe('Ultium Cells erhöht Gigafactory-Kapazität in Tennessee');
  });

  it('keeps the punctuation of a stated title that has the same words as the printed <h1>', () => {
    // The <h1> prints kicker and headline in two spans with no colon between them.
    const ld =
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ausschuss zur Ahrtal-Flut: Zwei Rücktritte - und viele offene Fragen"}</script>';
    const heading = '<h1><span class="seitenkopf__topline">Ausschuss zur Ahrtal-Flut</span> <span>Zwei Rücktritte - und viele offene Fragen</span></h1>';
    expect(metadataOf(ld, heading).title).toBe('Ausschuss zur Ahrtal-Flut: Zwei Rücktritte - und viele offene Fragen');
    // Where nothing is lost, the printed typography stays.
    const og = '<meta property="og:title" content="ARD-Doku \'Loriot 100\': Eine Hommage an Vicco von Bülow">';
    expect(metadataOf(og, '<h1>ARD-Doku „Loriot 100“: Eine Hommage an Vicco von Bülow</h1>').title).toBe(
      'ARD-Doku „Loriot 100“: Eine Hommage an Vicco von Bülow',
    );
  });

  it('takes no <h1> from a breadcrumb trail for the printed headline', () => {
    // The last step of the trail is marked <h1> (a short SEO headline); the story's own headline is an <h2>.
    const ld =
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ampeln tot, S-Bahnen stoppen: Wie sicher ist Deutschlands Stromnetz?"}</script>';
    const trail =
      '<nav><ul><li><a href="/">Startseite</a></li><li><a href="/berlin/">Berlin</a></li><li><h1 data-breadcrumb-headline="">Stromausfall Berlin: Ampeln, S-Bahnen – Wie sicher ist unser Stromnetz?</h1></li></ul></nav>';
    expect(metadataOf(ld, `${trail}<article><h2>Ampeln tot, S-Bahnen stoppen: Wie sicher ist Deutschlands Stromnetz?</h2><p>x</p></article>`).title).toBe(
      'Ampeln tot, S-Bahnen stoppen: Wie sicher ist Deutschlands Stromnetz?',
    );
  });

  it('leaves out a section label or kicker printed inside the <h1> in front of the stated headline', () => {
    const og = '<meta property="og:title" content="St. Louis Park elects a new mayor, apparently the first Somali American to lead a U.S. city">';
    expect(metadataOf(og, '<h1>Politics | St. Louis Park elects a new mayor, apparently the first Somali American to lead a U.S. city</h1>').title).toBe(
      'St. Louis Park elects a new mayor, apparently the first Somali American to lead a U.S. city',
    );
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Luftfahrtbranche hebt nach Corona ab - und FACC profitiert"}</script>';
    expect(metadataOf(ld, '<h1><span>Auftragshoch bei FACC</span> : Luftfahrtbranche hebt nach Corona ab - und FACC profitiert</h1>').title).toBe(
      'Luftfahrtbranche hebt nach Corona ab - und FACC profitiert',
    );
  });

  it("does not take a printed <h1> that is the site's name for the headline", () => {
    expect(
      metadataOf(
        '<meta property="og:title" content="Office 365 – die Dritte">',
        `<h1 class="title"><a href="https://damianduchamps.example.com/">Damian Duchamps' Blog</a></h1>`,
        'https://damianduchamps.example.com/2019/08/office/',
      ).title,
    ).toBe('Office 365 – die Dritte');
  });
});

describe('author class names in other languages', () => {
  it('reads a French "auteurs" class and a Spanish "nombre-autor" class as the byline', () => {
    const french = metadataOf(
      '<title>Turpitude et architecture</title>',
      `<div class="article"><h1>Turpitude et architecture</h1><div class="dates_auteurs calcul_date"> par <span class="auteurs">Didier Roy</span>, 21 juin 2018 </div><p>Texte.</p></div>`,
      'https://blog.example.fr/turpitude-et-architecture',
    );
    expect(french.names).toEqual(['Didier Roy']);
    const spanish = metadataOf(
      '<title>Los candidatos</title>',
      `<article><h1>Los candidatos</h1><div class="autor"><span class="nombre-autor">Luana Patriolino</span></div><p>Texto.</p></article>`,
      'https://www.example.com.br/politica/candidatos',
    );
    expect(spanish.names).toEqual(['Luana Patriolino']);
  });

  it('reads the expert a recipe site credits by a "recipe-expert-name" class as the author', () => {
    const meta = metadataOf(
      '<script type="application/ld+json">{"@context":"http://schema.org","@type":"Recipe","name":"Vanille-Hafer-Porridge","author":"EAT SMARTER"}</script><title>Vanille-Hafer-Porridge</title>',
      `<h1>Vanille-Hafer-Porridge</h1><p>Zubereitung.</p>
       <div class="recipe-experts"><div class="recipe-expert"><div class="recipe-expert-image"><img src="/iris.png" alt=""></div>
       <div class="recipe-expert-text"><div class="recipe-expert-name">Iris Lange-Fricke</div><a href="/experten/iris-lange-fricke" class="expert-link">zu allen Rezepten vom Autor</a></div></div></div>`,
      'https://rezepte.example.de/rezepte/vanille-hafer-porridge',
    );
    expect(meta.names).toEqual(['Iris Lange-Fricke']);
  });

  it('takes no "autoradio" or "autorelated" class for an author', () => {
    const meta = metadataOf(
      '<title>Leasen oder kaufen</title>',
      `<article><h1>Leasen oder kaufen</h1><p>Text.</p><ul class="timeline autorelated"><li><a class="ps-trackingname_autoradio" href="/vergleich">Klaus Berger</a></li></ul></article>`,
    );
    expect(meta.names).toEqual([]);
  });
});

describe('organisations and the byline behind them', () => {
  it('reads the name after "Redacción" and a separator, and keeps a newsroom named "Redacción …" whole', () => {
    const byline = (text: string) =>
      metadataOf('<title>T</title>', `<h1>Noticia</h1><span class="byline">${text}</span><p>Texto.</p>`, 'https://diario.example.pe/noticia/1').names;
    expect(byline('Redacción - Ana María Quispe')).toEqual(['Ana María Quispe']);
    expect(byline('Redacción | Ana María Quispe')).toEqual(['Ana María Quispe']);
    expect(byline('Redacción – Ana María Quispe')).toEqual(['Ana María Quispe']);
    expect(byline('Redacción Ana María Quispe')).toEqual(['Ana María Quispe']);
    expect(byline('Redacción / EFE')).toEqual(['EFE']);
    expect(byline('Redacción EC')).toEqual(['Redacción EC']);
    expect(byline('Redacción del Diario')).toEqual(['Redacción del Diario']);
  });

  it('reads an agency or association as one organisation, never as given and family names', () => {
    const asAuthors = (name: string, type = 'Person') => cleanCandidates([{ name, type }]).map((candidate) => authorFromCandidate(candidate, { lang: 'de' }));
    expect(asAuthors('Landesamt für Forst und Jagd')).toEqual([{ literal: 'Landesamt für Forst und Jagd' }]);
    expect(asAuthors('Department of Parks and Recreation', '')).toEqual([{ literal: 'Department of Parks and Recreation' }]);
    expect(asAuthors('Hermann-Kolb-Stiftung e.V.')).toEqual([{ literal: 'Hermann-Kolb-Stiftung e.V.' }]);
    expect(asAuthors('kluge köpfe eG', '')).toEqual([{ literal: 'kluge köpfe eG' }]);
    expect(asAuthors('Landesverband Solarstrom', '')).toEqual([{ literal: 'Landesverband Solarstrom' }]);
    // JSON-LD types the newsroom a Person: its "Redaktion" says otherwise.
    expect(asAuthors('Oberland Redaktion')).toEqual([{ literal: 'Oberland Redaktion' }]);
    // A Spanish newsroom names itself "Redacción" first: the word is part of the name ("Redacción EC" is not "Ec").
    expect(asAuthors('Redacción Diario del Valle')).toEqual([{ literal: 'Redacción Diario del Valle' }]);
    expect(asAuthors('Redacción EC')).toEqual([{ literal: 'Redacción EC' }]);
    // With a colon it is a label before the writer's name.
    expect(asAuthors('Redacción: Ana María Quispe', '')).toEqual([{ given: 'Ana María', family: 'Quispe' }]);
    // People stay people: two authors joined by "und", a surname that is also a word, a reporter and her newsroom.
    expect(asAuthors('Hanna Berg und Tom Kammer', '')).toEqual([
      { given: 'Hanna', family: 'Berg' },
      { given: 'Tom', family: 'Kammer' },
    ]);
  });

  it('reads on to the printed byline when the stated author is an institution', () => {
    const meta = metadataOf(
      '<meta name="author" content="Landesamt für Forst und Jagd - LFJ"><title>Der Flößerweg</title>',
      '<header><div class="site-title">Landesamt für Forst und Jagd</div></header><main><article><h1>Der Flößerweg</h1><p>Text.</p><p class="article-footer">Autor: <span itemprop="author">Jonas Eibel</span></p></article></main>',
    );
    expect(meta.names).toEqual(['Jonas Eibel']);
  });

  it('takes a name the JSON-LD types Organization for an organisation in the other sources too', () => {
    const meta = metadataOf(
      '<script type="application/ld+json">{"@type":"Article","headline":"Kein Wendepunkt","author":{"@type":"Organization","name":"Nordlicht Wissen"}}</script><meta property="og:site_name" content="Nordlicht Wissen"><meta name="author" content="Nordlicht Wissen"><title>Kein Wendepunkt</title>',
      '<article><h1>Kein Wendepunkt</h1><div class="meta"><h5 class="field field--name-field-term-author field--type-entity-reference field--label-hidden">Carla Wendt</h5></div><p>Text.</p></article>',
      'https://www.nordlicht-wissen.example/artikel/wendepunkt',
    );
    expect(meta.names).toEqual(['Carla Wendt']);
  });

  it('passes over an author card the theme hides by class, and reads a name set with soft hyphens', () => {
    const meta = metadataOf(
      '<script type="application/ld+json">{"@type":"BlogPosting","headline":"Erfinderinnen","author":{"@type":"Person","name":"Lena Konto"}}</script><title>Erfinderinnen</title>',
      `<article><h1>Erfinderinnen</h1><div class="post-meta"><span class="vcard rich-snippet-hidden"><span class="fn"><a href="/author/lena/">Lena Konto</a></span></span></div>
       <p><span><strong>von Ma&shy;xi&shy;mi&shy;lian Roth</strong></span></p><p>Ein langer Text über die Forscherin.</p></article>`,
    );
    expect(meta.names).toEqual(['Maximilian Roth']);
  });

  it('takes no "Zuletzt geändert am …" or "Last updated …" line in the author box for a name', () => {
    const box = (line: string) =>
      metadataOf('<title>T</title>', `<article><h1>Beitrag</h1><p>Text.</p><div class="author"><h4 class="timestamp__title">${line}</h4></div></article>`)
        .names;
    expect(box('Zuletzt geändert am: 15.10.2021')).toEqual([]);
    expect(box('Last updated on May 3, 2021')).toEqual([]);
    expect(box('Lea Brandt, zuletzt geändert am 15.10.2021')).toEqual(['Lea Brandt']);
  });

  it('reads a capitalised "Von Name" line under the headline, but not a teaser\'s further down', () => {
    const story = '<p>Ein langer Absatz über die Forscherin und ihre Arbeit im Labor.</p>'.repeat(20);
    expect(metadataOf('<title>T</title>', `<article><h1>Erfinderinnen</h1><p><strong>Von Maximilian Roth</strong></p>${story}</article>`).names).toEqual([
      'Maximilian Roth',
    ]);
    expect(
      metadataOf(
        '<title>T</title>',
        `<article><h1>Erfinderinnen</h1>${story}</article><div class="most-read"><div class="item"><span>Ein Kommentar zur Lage.</span><div class="teaser-credit">Von Karla Winter</div></div></div>`,
      ).names,
    ).toEqual([]);
  });

  it("keeps the site's name as the author when the page prints it as a plain byline with its date", () => {
    const head =
      '<meta property="og:site_name" content="Landesverband Kegeln"><meta name="author" content="Landesverband Kegeln"><title>Kader nominiert</title>';
    const url = 'https://www.landesverband-kegeln.example/news/kader';
    // "Von <span>Name</span> 4. 2. 2022.": the byline's element goes on with the date, nothing else.
    expect(
      metadataOf(head, '<h1>Kader nominiert</h1><div class="att-date">Von <span>Landesverband Kegeln</span> 4.&thinsp;2.&thinsp;2022.</div><p>Text.</p>', url)
        .names,
    ).toEqual(['Landesverband Kegeln']);
    // Printed only in the address block, it is still no byline.
    expect(metadataOf(head, '<h1>Kader nominiert</h1><p>Text.</p><div class="contact">Landesverband Kegeln, Hauptstraße 1</div>', url).names).toEqual([]);
    // A line that goes on with words, not a date, credits something else.
    expect(metadataOf('<title>T</title>', '<h1>T</h1><p>von <span>Petra Lindner</span> und anderen Autorinnen des Vereins gesammelt</p>').names).toEqual([]);
  });

  it('reads the one-word user name after "Geschrieben von", as an old CMS prints its poster', () => {
    const meta = metadataOf(
      '<title>Fanclub - Neuer Vorstand gewählt - Vereinsnews</title>',
      '<table><tr><td class="itemHead"><span class="itemTitle"><a href="/news/?topic=3">Vereinsnews</a> : Neuer Vorstand gewählt</span></td></tr><tr><td class="itemInfo"><span class="itemPoster">Geschrieben von <a href="/userinfo.php?uid=6">Kiebitz</a></span> <span class="itemPostDate">am 25.08.2015 22:30</span></td></tr><tr><td><p>Text.</p></td></tr></table>',
    );
    expect(meta.names).toEqual(['Kiebitz']);
    // "von" alone still needs a name of two words: "von Kiebitz" in running text is no byline.
    expect(metadataOf('<title>T</title>', '<h1>T</h1><p><span>von</span> <a href="/u/6">Kiebitz</a></p>').names).toEqual([]);
  });

  it('reads "by <user> on <date>" after the theme\'s "Posted in <category>", and writes the user name as its owner does', () => {
    const meta = metadataOf(
      '<title>Schulcloud, die Zweite</title>',
      '<h1><a href="https://blog.example.de/">Mein Schulblog</a></h1><div class="post"><h2>Schulcloud, die Zweite</h2><div class="meta">Posted in <a href="/category/schule/" rel="category tag">Schule</a> by kaffeetante on August 3, 2019</div><div class="main"><p>Text.</p></div></div>',
    );
    expect(meta.names).toEqual(['kaffeetante']);
    // Without the date after it, "by" and a word in running text is no byline.
    expect(metadataOf('<title>T</title>', '<h1>T</h1><p>Posted in <a href="/c/">Schule</a> by kaffeetante on the bus</p>').names).toEqual([]);
  });

  it('takes no "by <word> on <date>" from running text, a sidebar or a list of other posts', () => {
    const names = (body: string) => metadataOf('<title>T</title>', `<h1>T</h1>${body}`).names;
    expect(names('<p>The ministry answered <a href="/x">our request</a> by email on 12 May 2020.</p>')).toEqual([]);
    expect(names('<p>The council replied to <a href="/x">the letter</a> by phone on May 3, 2020.</p>')).toEqual([]);
    expect(names('<p>Le ministère a répondu à <a href="/x">notre demande</a> par courrier le 3 mai 2020.</p>')).toEqual([]);
    const otherPost = '<li><a href="/2019/other/">Other post</a> by guestwriter on May 3, 2019</li>';
    expect(names(`<p>Text.</p><aside><ul>${otherPost}</ul></aside>`)).toEqual([]);
    expect(names(`<p>Text.</p><div class="widget"><ul>${otherPost}</ul></div>`)).toEqual([]);
    expect(names('<p>Text.</p><ul><li><a href="/2019/other/">Other post</a> <span>by guestwriter on May 3, 2019</span></li></ul>')).toEqual([]);
    // The post's own meta line, as a list item or a line of its own, is still its byline.
    expect(names('<ul class="meta"><li>Filed under <a href="/tag/schule/">Schule</a> by kaffeetante on August 3, 2019</li></ul><p>Text.</p>')).toEqual([
      'kaffeetante',
    ]);
    expect(names('<div class="meta"><span>by kaffeetante on August 3, 2019</span></div><p>Text.</p>')).toEqual(['kaffeetante']);
  });

  it('takes no share button, menu or newsroom word printed after "Geschrieben von" for a one-word user name', () => {
    const names = (body: string) => metadataOf('<title>T</title>', `<h1>T</h1>${body}<p>Text.</p>`).names;
    expect(names('<div><span>Geschrieben von</span> <a href="https://www.facebook.com/sharer.php?u=x">Teilen</a></div>')).toEqual([]);
    expect(names('<div><span>Geschrieben von</span> <a href="/author/x/"></a> <a href="#share">Teilen</a></div>')).toEqual([]);
    expect(names('<div><span>Written by</span></div><nav><a href="/">Menü</a></nav>')).toEqual([]);
    expect(names('<div><span>Geschrieben von</span> <span>Redaktion</span></div>')).toEqual([]);
    expect(names('<div>Written by <button>Share</button></div>')).toEqual([]);
    // A link to the user's page is the poster's name, in the label's element or after it.
    expect(names('<div><span>Written by</span> <a href="/members/kiebitz/">Kiebitz</a></div>')).toEqual(['Kiebitz']);
    expect(names('<div>Geschrieben von <b>Kiebitz</b></div>')).toEqual(['Kiebitz']);
    // A blog platform keeps its users' profiles on its own host; a share dialog on another host names no one.
    expect(names('<span>Eingestellt von <a href="https://www.blogplatform.example/profile/1703">Weinrebe</a></span>')).toEqual(['Weinrebe']);
    expect(names('<div>Written by <a href="https://www.facebook.com/sharer.php?u=x">Share</a></div>')).toEqual([]);
  });

  it('takes no name from a line that goes on after its date: a book credit, a clause about the person', () => {
    const names = (line: string) => metadataOf('<title>T</title>', `<h1>T</h1><p>Text.</p><p>${line}</p>`).names;
    expect(names('von <span>Josef Kastner</span>, Residenz Verlag, 12.3.2019')).toEqual([]);
    expect(names('by <span>Jane Doe</span>, die am 12. Mai 2020 starb')).toEqual([]);
    // A weekday and a month are a date's own words.
    expect(names('Von <span>Jane Doe</span> am Dienstag, 12. Mai 2020')).toEqual(['Jane Doe']);
    expect(names('By <span>Jane Doe</span>, Tuesday, May 12, 2020')).toEqual(['Jane Doe']);
  });

  it("takes an author's card that links the name to the author's own site for the byline, not for a masthead", () => {
    const names = (body: string) => metadataOf('<title>Ein Beitrag über das Thema</title>', `<h1>Ein Beitrag über das Thema</h1>${body}<p>Text.</p>`).names;
    expect(names('<div class="author-box"><h4 class="author-name"><a href="https://janedoe.example/">Jane Doe</a></h4></div>')).toEqual(['Jane Doe']);
    expect(names('<h3 itemprop="author"><a href="https://www.janedoe.example">Jane Doe</a></h3>')).toEqual(['Jane Doe']);
  });

  it("keeps the site's name as the author when the page prints it as a labelled byline", () => {
    const head =
      '<meta property="og:site_name" content="Landesverband Kegeln"><meta name="author" content="Landesverband Kegeln"><title>Kader nominiert</title>';
    const url = 'https://www.landesverband-kegeln.example/news/kader';
    expect(metadataOf(head, '<h1>Kader nominiert</h1><p>Text.</p><p><b>Autor:</b> Landesverband Kegeln</p>', url).names).toEqual(['Landesverband Kegeln']);
  });

  it("takes no masthead that the theme marks as the author's card for an author", () => {
    const meta = metadataOf(
      '<title>Ein Musikvideo : Krimi-Archiv</title>',
      '<h1 class="vcard author"><a href="https://blog.example.de/" title="Home" class="fn">Krimi-Archiv</a></h1><div class="post"><h3 class="entry-title">Ein Musikvideo</h3><h4 class="vcard author">vom <span class="fn">Krimileser</span></h4><p>Text.</p></div>',
    );
    expect(meta.names).toEqual(['Krimileser']);
  });

  it('takes the name from a labelled author line that goes on to describe its bearer', () => {
    const meta = metadataOf(
      '<meta name="author" content="Beispiel-Stiftung e.V."><title>Große Aufgaben</title>',
      '<article><h1>Große Aufgaben</h1><p>Text.</p><p><strong>Autorin: Ute Sander, Projektleiterin der Stiftung in Tunis.</strong></p></article>',
    );
    expect(meta.names).toEqual(['Ute Sander']);
  });
});
