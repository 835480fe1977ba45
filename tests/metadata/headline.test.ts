/**
 * Which printed heading is the headline (utils/metadata/headline.ts): a breadcrumb step marked <h1> with the story's
 * headline in an <h2>, a theme's body classes, several <h1>s, a masthead, a kicker set apart. Each page is a cut-down
 * copy, in our own words, of a template where the rule failed before.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/parse-html.ts';
import { extractMetadata } from '../../utils/metadata/index.ts';

const URL = 'https://news.example.de/politik/stadtrat-beschliesst-neuen-haushalt-100.html';

function titleOf(head: string, body: string, { url = URL, bodyClass = '' } = {}): string {
  const page = parseHtml(`<!doctype html><html lang="de"><head>${head}</head><body class="${bodyClass}">${body}</body></html>`, url);
  const { title } = extractMetadata(page.document, url);
  page.close();
  return title;
}

const jsonLd = (headline: string) => `<script type="application/ld+json">{"@type":"NewsArticle","headline":"${headline}"}</script>`;
const og = (title: string) => `<meta property="og:title" content="${title}">`;
const trail = (seoHeadline: string) =>
  `<nav class="breadcrumb"><ol><li><a href="/">Start</a></li><li><a href="/politik/">Politik</a></li><li><h1>${seoHeadline}</h1></li></ol></nav>`;

describe('the headline printed in the story when the <h1> is a breadcrumb step', () => {
  const seo = 'Stadtrat beschliesst Haushalt 2025 mit knapper Mehrheit';

  it('takes the stated title the article prints as its headline, without the kicker printed before it', () => {
    const heading =
      '<article><header><h2><span class="s-red">"Das wird teuer"</span><span class="s-xxl">Stadtrat ringt bis Mitternacht um neuen Haushalt</span></h2></header><p>Text.</p></article>';
    // The JSON-LD repeats the breadcrumb's SEO form; og:title is the headline the article prints.
    expect(titleOf(jsonLd(seo) + og('Stadtrat ringt bis Mitternacht um neuen Haushalt'), trail(seo) + heading)).toBe(
      'Stadtrat ringt bis Mitternacht um neuen Haushalt',
    );
  });

  it('takes the stated form of the whole printed heading where no stated title is its last part alone', () => {
    const heading =
      '<article><header><h2><span data-role="k">Haushalt 2025</span> <span>Stadtrat ringt bis Mitternacht – „Es wird teuer“</span></h2></header><p>Text.</p></article>';
    expect(titleOf(jsonLd(seo) + og('Haushalt 2025: Stadtrat ringt bis Mitternacht – „Es wird teuer“'), trail(seo) + heading)).toBe(
      'Haushalt 2025: Stadtrat ringt bis Mitternacht – „Es wird teuer“',
    );
  });
});

describe('a stated title that is the kicker printed above the headline', () => {
  const seo = 'Haushalt 2025: Stadtrat beschliesst';
  const heading =
    '<article><header><h2><span class="a-subline">Streit um den Haushalt</span> <span class="a-headline">Stadtrat ringt bis Mitternacht um jeden Euro</span></h2></header><p>Text.</p></article>';

  it("takes the heading's own headline, not the kicker the JSON-LD states as the headline", () => {
    expect(titleOf(jsonLd('Streit um den Haushalt'), trail(seo) + heading)).toBe('Stadtrat ringt bis Mitternacht um jeden Euro');
  });

  it('keeps a stated title that is not the kicker', () => {
    expect(titleOf(jsonLd('Stadtrat stimmt über Haushalt ab'), trail(seo) + heading)).toBe('Stadtrat stimmt über Haushalt ab');
  });
});

describe('the one printed <h1>', () => {
  const stated = jsonLd('Stadtrat und Haushalt');
  const heading =
    '<article><div class="post-title-wrap"><h1 class="entry-title">Der Stadtrat ringt bis Mitternacht um den neuen Haushalt</h1></div><p>Text.</p></article>';

  it("is not taken for a breadcrumb step because of a theme's setting in the <body>'s classes", () => {
    expect(titleOf(stated, heading, { bodyClass: 'theme-has-breadcrumb-mobile-hidden single-post' })).toBe(
      'Der Stadtrat ringt bis Mitternacht um den neuen Haushalt',
    );
  });

  it('is not taken for a breadcrumb step in a box so named that links nowhere', () => {
    const box =
      '<div class="article-teaser-breadcrumb"><span>Frei bis 18 Uhr</span><h1><span>Der Stadtrat ringt bis Mitternacht um den neuen Haushalt</span></h1></div>';
    expect(titleOf(stated, box)).toBe('Der Stadtrat ringt bis Mitternacht um den neuen Haushalt');
  });

  it('is the one inside the <article> where a list of more stories or a newsletter box has its own <h1>', () => {
    const more = '<section class="list"><h1><a href="/politik/">Mehr aus der Politik</a></h1><ul><li>…</li></ul></section>';
    const box = '<div class="newsletter"><h1>Jeden Morgen in deinem Postfach: unser Newsletter!</h1></div>';
    expect(titleOf(stated, heading + more + box)).toBe('Der Stadtrat ringt bis Mitternacht um den neuen Haushalt');
  });

  it('leaves out a kicker in front, with soft hyphens in the headline that the stated title does not have', () => {
    expect(
      titleOf(
        og('Erinnerung an die Opfer des Hochwassers'),
        '<main><h1><em>Gedenktag </em>Er&shy;in&shy;ne&shy;rung an die Op&shy;fer des Hoch&shy;was&shy;sers</h1></main>',
      ),
    ).toBe('Erinnerung an die Opfer des Hochwassers');
  });

  it('leaves out a kicker set apart as a "sub-heading" before a line break', () => {
    expect(
      titleOf(
        og('Solarpflicht kommt? - Seetaler Bote'),
        '<h1 class="entry-title"><span class="sub-heading">Bauen auf dem Land:</span><br> Solarpflicht kommt?</h1>',
        { url: 'https://seetaler-bote.example.de/solarpflicht/' },
      ),
    ).toBe('Solarpflicht kommt?');
  });
});

describe("a headline that opens or ends with words of the site's name", () => {
  it('keeps them where the page prints, word for word, what its title tags state', () => {
    // The site states its name as "Gartenfreunde"; the headline opens with those words, and the host's name with
    // the other ones: only the <title> tag adds the site's name, at its end.
    const head =
      '<title>Gartenfreunde finden – Tipps für jeden Verein | Gartenfreunde24</title>' +
      '<meta property="og:site_name" content="Gartenfreunde">' +
      og('Gartenfreunde finden – Tipps für jeden Verein');
    const body = '<article><h1 class="content-headline">Gartenfreunde finden – Tipps für jeden Verein</h1><p>Text.</p></article>';
    expect(titleOf(head, body, { url: 'https://www.gartenfreunde24.example.de/tipps/' })).toBe('Gartenfreunde finden – Tipps für jeden Verein');
  });

  it('keeps the host\'s name opening the headline\'s second part ("Hilfswerk: Immer mehr …" on hilfswerk.example)', () => {
    const second = 'Klimakonferenz in Glasgow - Hilfswerk: Immer mehr Menschen brauchen Hilfe';
    expect(titleOf(og(second), `<article><h1>${second}</h1><p>Text.</p></article>`, { url: 'https://www.hilfswerk.example/klima/' })).toBe(second);
  });
});

describe('pages that state no title', () => {
  it("takes neither a masthead <h1> linking to the front page nor its words at the <title>'s end", () => {
    const masthead = '<h1><a href="/"><span>Tanzfiguren - Tanzschule am Kanal</span></a></h1>';
    expect(titleOf('<title>Dile que no - Tanzfiguren - Tanzschule am Kanal</title>', masthead, { url: 'https://salsa.example.org/dile-que-no' })).toBe(
      'Dile que no',
    );
    const logo = '<h1><a href="https://www.windstiftung.example.de/" class="ir">Stiftung Windkraft auf See</a></h1>';
    expect(
      titleOf('<title>Windkraft auf See – Strom vom Meer | Stiftung WINDKRAFT</title>', logo, { url: 'https://www.windstiftung.example.de/windkraft' }),
    ).toBe('Windkraft auf See – Strom vom Meer');
  });

  it('cuts a CMS\'s topic and module labels after the headline ("Site - Headline - Topic - Module")', () => {
    const title = '<title>TV Musterstadt 1890 - Neue Trainer für die Jugendabteilung gesucht - Vereins Presse - News</title>';
    expect(titleOf(title, '<div id="content"><p>Text.</p></div>', { url: 'https://www.tv-musterstadt.example/modules/news/article.php?storyid=504' })).toBe(
      'Neue Trainer für die Jugendabteilung gesucht',
    );
    // A headline of three words or fewer may hold dashes of its own: it stays whole.
    expect(titleOf('<title>Kiew - Moskau - Berlin</title>', '<p>Text.</p>', { url: 'https://www.reise.example/kiew' })).toBe('Kiew - Moskau - Berlin');
  });

  it("takes the text's first <h2> on an inner page whose <title> is only the site's name", () => {
    const body =
      '<header><h1 class="sifr"></h1><nav><h2>Menü</h2></nav></header><div id="content"><h2><span>Schienenersatzverkehr am Wochenende</span></h2><p>Busse ersetzen die Züge.</p><h2>Weitere Hinweise</h2></div>';
    const title = '<title>Bahnauskunft Nord -</title>';
    expect(titleOf(title, body, { url: 'https://www.bahnauskunft-nord.example/stoerungen/4711.aspx' })).toBe('Schienenersatzverkehr am Wochenende');
    // The front page is the site itself: its name is its title.
    expect(titleOf(title, body, { url: 'https://www.bahnauskunft-nord.example/' })).toBe('Bahnauskunft Nord');
    // A <title> that names the page is kept over any heading.
    expect(titleOf('<title>Störungen im Netz - Bahnauskunft Nord</title>', body, { url: 'https://www.bahnauskunft-nord.example/stoerungen/4711.aspx' })).toBe(
      'Störungen im Netz',
    );
  });

  it('takes the <title> where several <h1>s (one per language) name none of them', () => {
    const body = '<div><h1>Bilder vom Land</h1><p>Text.</p></div><div><h1>Pictures of the country</h1></div><div><h1>Images du pays</h1></div>';
    expect(titleOf('<title>bildarchiv-land</title>', body, { url: 'https://www.bildarchiv-land.example/' })).toBe('bildarchiv-land');
    // One <h1> alone is the page's headline.
    expect(titleOf('<title>bildarchiv-land</title>', '<div><h1>Bilder vom Land</h1><p>Text.</p></div>', { url: 'https://www.bildarchiv-land.example/' })).toBe(
      'Bilder vom Land',
    );
  });

  it("takes the <h1> the <title> opens with, before a site's name the host does not spell", () => {
    const body = '<h1 class="firstHeading"><span>BY:Landshut/Treffen</span></h1><div><h1><span class="mw-headline">Treffen</span></h1><p>Text.</p></div>';
    expect(titleOf('<title>BY:Landshut/Treffen – Vereinswiki</title>', body, { url: 'https://wiki.verein.example/BY:Landshut/Treffen' })).toBe(
      'BY:Landshut/Treffen',
    );
  });

  it('leaves out a kicker where og:title and <title> print different ones before the same headline', () => {
    const url = 'https://spielewelt.example/vorschau,id42,anno_2205.html';
    const body = '<div class="review"><span class="title">Anno 2205 Beta</span><p>Text.</p></div>';
    expect(titleOf('<title>spielewelt | Vorschau: Anno 2205 Beta</title>' + og('Ab in den Weltraum?: Anno 2205 Beta'), body, { url })).toBe('Anno 2205 Beta');
    // The same kicker in both is part of the headline.
    expect(titleOf('<title>spielewelt | Brexit: May tritt zurück</title>' + og('Brexit: May tritt zurück'), body, { url })).toBe('Brexit: May tritt zurück');
    // A headline that differs after the colon is the stated one.
    expect(titleOf('<title>Vorschau: Anno 2205</title>' + og('Ab in den Weltraum?: Anno 2205 Beta'), body, { url })).toBe(
      'Ab in den Weltraum?: Anno 2205 Beta',
    );
  });

  it('takes, of several <h1>s (menus, boxes), the one the <title> names', () => {
    const body = '<div><h1>Sections</h1><ul><li>World</li></ul></div><div><h1>About</h1></div><main><h1 class="h2">Morning Briefing</h1><p>Text.</p></main>';
    expect(titleOf('<title>Morning Briefing</title>', body, { url: 'https://www.example.com/newsletters/morning-briefing-1234' })).toBe('Morning Briefing');
  });
});

describe("a live ticker's heading that strings its latest items together", () => {
  const ticker =
    '<main><div class="live-flag">Live</div><h1><span>Hochwasser im Süden: Pegel am Rhein steigt weiter +++ Bahnstrecke bei Kehl gesperrt</span></h1><p>Die neuesten Meldungen.</p></main>';

  it('gives way to the title the page states for the ticker', () => {
    expect(titleOf(jsonLd('Hochwasser im Süden: Alle Entwicklungen im Liveticker') + og('Hochwasser im Süden: Liveticker'), ticker)).toBe(
      'Hochwasser im Süden: Alle Entwicklungen im Liveticker',
    );
  });

  it('stays where the stated titles string the same items together', () => {
    const stated = jsonLd('Hochwasser im Süden: Pegel am Rhein steigt weiter +++ Bahnstrecke bei Kehl gesperrt');
    expect(titleOf(stated, ticker)).toBe('Hochwasser im Süden: Pegel am Rhein steigt weiter +++ Bahnstrecke bei Kehl gesperrt');
  });

  it('leaves a heading with pluses of another kind the printed headline', () => {
    const body = '<main><h1>Neue Sprachversion: Was C++ 26 für Entwickler ändert</h1><p>Text.</p></main>';
    expect(titleOf(jsonLd('C++ 26 ist fertig'), body)).toBe('Neue Sprachversion: Was C++ 26 für Entwickler ändert');
  });
});
