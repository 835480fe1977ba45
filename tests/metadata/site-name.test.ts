/**
 * The site's name a citation prints (APA's site, MLA's container), from pages whose tags state a wrong one.
 * Each page is a cut-down copy, in our own words, of the markup a citation read wrong; each case failed before
 * the rule in utils/metadata/site-name.ts that it tests.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/parse-html.ts';
import { extractMetadata } from '../../utils/metadata/index.ts';
import { displayName } from '../../utils/metadata/names.ts';

function metadataOf(head: string, body: string, url: string) {
  const page = parseHtml(`<!doctype html><html lang="de"><head>${head}</head><body>${body}</body></html>`, url);
  const meta = extractMetadata(page.document, url);
  page.close();
  return { ...meta, names: meta.authors.map(displayName) };
}

const STORY = '<article><h1>Neue Messstation am Deich</h1><p>Die Station misst seit Montag Wind und Pegel.</p></article>';

describe('the site name', () => {
  it('passes over a template variable nobody filled in', () => {
    const meta = metadataOf(
      '<title>Neue Messstation am Deich</title><meta property="og:site_name" content="{$plugin.tx_news.opengraph.site_name}">',
      STORY,
      'https://www.klimainstitut.example/news/messstation',
    );
    expect(meta.siteName).toBe('klimainstitut.example');
  });

  it('takes the publisher where og:site_name is an address', () => {
    const meta = metadataOf(
      `<title>Neue Messstation am Deich | Politik</title><meta property="og:site_name" content="https://www.rundschau.example">
       <script type="application/ld+json">{"@type":"NewsArticle","headline":"Neue Messstation am Deich","publisher":{"@type":"Organization","name":"Nordsee Rundschau"}}</script>`,
      STORY,
      'https://www.rundschau.example/politik/messstation',
    );
    expect(meta.siteName).toBe('Nordsee Rundschau');
  });

  it('is not the page’s own title copied into og:site_name', () => {
    const meta = metadataOf(
      '<title>Bürgerfonds für den Solarpark Nord | Stadtwerke Beispiel</title><meta property="og:site_name" content="Bürgerfonds für den Solarpark Nord">',
      '<article><h1>Bürgerfonds für den Solarpark Nord</h1><p>Anteile ab 500 Euro.</p></article>',
      'https://www.stadtwerke-beispiel.example/solarpark',
    );
    expect(meta.siteName).toBe('stadtwerke-beispiel.example');
    expect(meta.title).toBe('Bürgerfonds für den Solarpark Nord');
  });

  it('keeps a site whose name opens its title ("BeFifty - Der Blog …" on befifty)', () => {
    const meta = metadataOf(
      '<title>Gartenfreund - Der Blog für Balkon und Beet</title><meta property="og:site_name" content="Gartenfreund">',
      '<article><h1>Tomaten im Kübel</h1><p>So gelingt es.</p></article>',
      'https://www.gartenfreund.example/tomaten',
    );
    expect(meta.siteName).toBe('Gartenfreund');
  });

  it('is not the front page’s menu label that the breadcrumb starts with ("Start")', () => {
    const meta = metadataOf(
      '<title>Unser Programm - Bürgerliste</title><meta property="og:site_name" content="Start">',
      `<nav aria-label="breadcrumb"><ol class="breadcrumb"><li><a href="/">Start</a></li><li><a href="/programm">Unser Programm</a></li></ol></nav>
       <article><h1>Unser Programm</h1><p>Wofür wir stehen.</p></article>`,
      'https://www.buergerliste.example/programm',
    );
    expect(meta.siteName).toBe('buergerliste.example');
  });

  it('takes no person’s name from a Dublin Core publisher that does not name the host', () => {
    const meta = metadataOf(
      '<title>Disketten am Linux-Rechner lesen</title><meta name="author" content="Jan"><meta name="DC.publisher" content="Jan">',
      '<article><h1>Disketten am Linux-Rechner lesen</h1><p>Mit einem USB-Adapter geht es.</p></article>',
      'http://www.jan-retro.example/art/disketten.html',
    );
    expect(meta.siteName).toBe('jan-retro.example');
  });

  it('keeps an app name the host confirms', () => {
    const meta = metadataOf(
      '<title>Segen zum Fest | Bistum Beispielstadt</title><meta name="application-name" content="Bistum Beispielstadt">',
      '<article><h1>Segen zum Fest</h1><p>Am Sonntag.</p></article>',
      'https://www.bistum-beispielstadt.example/segen',
    );
    expect(meta.siteName).toBe('Bistum Beispielstadt');
  });

  it('spells the host’s label as the publisher does ("nationalpost" → "National Post")', () => {
    const meta = metadataOf(
      `<title>Rail strike ends | Northern Post</title><meta property="og:site_name" content="northernpost">
       <script type="application/ld+json">{"@type":"NewsArticle","headline":"Rail strike ends","publisher":{"@type":"Organization","name":"Northern Post"}}</script>`,
      '<article><h1>Rail strike ends</h1><p>Trains run again.</p></article>',
      'https://northernpost.example/news/rail-strike',
    );
    expect(meta.siteName).toBe('Northern Post');
  });

  it('drops a tagline after the name', () => {
    const meta = metadataOf(
      '<title>Storm closes bridge</title><meta property="og:site_name" content="KXYZ 9News | Coastal News, Weather, Sports | Bayport">',
      '<article><h1>Storm closes bridge</h1><p>Drivers must detour.</p></article>',
      'https://kxyz.example/storm-closes-bridge',
    );
    expect(meta.siteName).toBe('KXYZ 9News');
  });

  it('keeps a site’s name that opens the title tag when the rest does not name the host ("Diario HOY | …")', () => {
    const meta = metadataOf(
      '<title>Diario SOL | Bendicen vehículos este sábado</title><meta property="og:site_name" content="Diario SOL">',
      '<article><h1>Bendicen vehículos este sábado</h1><p>En la parroquia.</p></article>',
      'https://www.sol.com.example/nacionales/bendicion',
    );
    expect(meta.siteName).toBe('Diario SOL');
  });

  it('keeps a site’s name that the breadcrumb starts with when the title tag prints it too', () => {
    const meta = metadataOf(
      `<title>Acuerdo en el Congreso - EL DIARIO SUR</title><meta property="og:site_name" content="EL DIARIO SUR">`,
      `<nav class="com-breadcrumb"><a href="https://www.diariosur.com.example/">EL DIARIO SUR</a><a href="/politica/">Política</a></nav>
       <article><h1>Acuerdo en el Congreso</h1><p>Se votó anoche.</p></article>`,
      'https://www.otrodominio.com.example/politica/acuerdo',
    );
    expect(meta.siteName).toBe('EL DIARIO SUR');
  });

  it('prefers the brand’s spelling to its address ("euronews" → "Euronews", not "Euronews.com")', () => {
    const meta = metadataOf(
      `<title>Storm warning | Globenews</title><meta property="og:site_name" content="globenews"><meta name="application-name" content="Globenews.com">
       <script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm warning","publisher":{"@type":"Organization","name":"Globenews"}}</script>`,
      '<article><h1>Storm warning</h1><p>Winds of 120 km/h.</p></article>',
      'https://www.globenews.example/storm-warning',
    );
    expect(meta.siteName).toBe('Globenews');
  });

  it('keeps a stated name that does not name the host when nothing contradicts it', () => {
    const meta = metadataOf(
      '<title>Woher kommt das Wort Advent?</title><meta property="og:site_name" content="Wortgeschichten">',
      '<article><h1>Woher kommt das Wort Advent?</h1><p>Aus dem Lateinischen.</p></article>',
      'https://annamueller.blogplatform.example/advent',
    );
    expect(meta.siteName).toBe('Wortgeschichten');
  });
});

describe('an agency code as the author', () => {
  it('keeps "SID" in capitals, not the given name "Sid"', () => {
    const meta = metadataOf(
      `<title>Pokal: Favorit scheidet aus</title>
       <script type="application/ld+json">{"@type":"NewsArticle","headline":"Pokal: Favorit scheidet aus","author":[{"@type":"Person","name":" SID"}]}</script>`,
      '<article><h1>Pokal: Favorit scheidet aus</h1><div class="story-authors"><a href="https://news.example/autoren/123-sid/">SID</a></div><p>Der Favorit verlor 0:1.</p></article>',
      'https://news.example/sport/pokal',
    );
    expect(meta.names).toEqual(['SID']);
  });
});

describe('a title that is the site’s name', () => {
  it('is passed over for the next source that names the page', () => {
    const meta = metadataOf(
      `<title>Nantes vs Brest</title><meta property="og:title" content="Nantes vs Brest"><meta property="og:site_name" content="Sportecho.fr">
       <script type="application/ld+json">{"@type":"WebPage","name":"Sportecho.fr","publisher":{"@type":"Organization","name":"Sportecho.fr"}}</script>`,
      '<div class="score"><h2>Match en direct</h2><p>1:0</p></div>',
      'https://www.sportecho.fr/direct/nantes-brest.html',
    );
    expect(meta.title).toBe('Nantes vs Brest');
  });

  it('leaves the page’s subject when a Dublin Core publisher names it but the host is the site', () => {
    const meta = metadataOf(
      '<title>raumklang.example // » Lena Vogt</title><meta name="DC.Publisher" content="Lena Vogt">',
      '<div class="projects"><p>Ausgewählte Arbeiten von Lena Vogt.</p></div>',
      'http://raumklang.example/lena-vogt/',
    );
    expect(meta.siteName).toBe('raumklang.example');
    expect(meta.title).toBe('Lena Vogt');
  });
});

describe('the site name, second read (each case failed before its fix)', () => {
  it('takes an app or Dublin Core name with accents, "&" or another script where the host or the title tag confirms it', () => {
    const cases: [string, string, string][] = [
      ['<title>Una noticia de hoy</title><meta name="application-name" content="EL PAÍS">', 'https://elpais.example/noticia', 'EL PAÍS'],
      ['<title>Ten summer salads</title><meta name="application-name" content="Food & Wine">', 'https://www.foodandwine.example/salads', 'Food & Wine'],
      ['<title>景気が回復 - 東都経済新聞</title><meta name="application-name" content="東都経済新聞">', 'https://www.toto-keizai.example/a/1', '東都経済新聞'],
    ];
    for (const [head, url, site] of cases) expect(metadataOf(head, '<article><h1>Story</h1><p>Text of the story.</p></article>', url).siteName).toBe(site);
  });

  it('passes over the page title copied into og:site_name on a subdomain whose word opens it', () => {
    const head =
      '<title>Sportler des Jahres gewählt</title><meta property="og:title" content="Sportler des Jahres gewählt"><meta property="og:site_name" content="Sportler des Jahres gewählt">';
    const meta = metadataOf(
      head,
      '<article><h1>Sportler des Jahres gewählt</h1><p>Die Wahl fiel knapp aus.</p></article>',
      'https://sport.rundfunk.example/story/1',
    );
    expect(meta.siteName).toBe('sport.rundfunk.example');
  });

  it('keeps an og:site_name the title tag ends with, though the site also writes it into og:title', () => {
    const head =
      '<title>Ein Artikel über Wahlen | Radio Nordwest</title><meta property="og:title" content="Radio Nordwest"><meta property="og:site_name" content="Radio Nordwest">';
    const meta = metadataOf(
      head,
      '<article><h1>Ein Artikel über Wahlen</h1><p>Die Wahl fiel knapp aus.</p></article>',
      'https://www.nordwest-sender.example/wahlen',
    );
    expect(meta.siteName).toBe('Radio Nordwest');
  });

  it('keeps a site name of two words that also opens the breadcrumb', () => {
    const meta = metadataOf(
      '<title>Der Bus fährt wieder</title><meta property="og:site_name" content="Frankfurter Abendpost">',
      '<nav class="breadcrumb"><a href="/">Frankfurter Abendpost</a> › <a href="/lokal">Lokal</a></nav><article><h1>Der Bus fährt wieder</h1><p>Ab Montag fährt die Linie 12 wieder.</p></article>',
      'https://www.fap.example/lokal/bus',
    );
    expect(meta.siteName).toBe('Frankfurter Abendpost');
  });
});
