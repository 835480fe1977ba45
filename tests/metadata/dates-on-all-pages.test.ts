/**
 * Publication dates on pages other than news sites' (press portals, forums, themes with a dated masthead, pages
 * in many languages). Each page is a cut-down copy of markup of the kind that failed before the rule it tests,
 * written anew.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/parse-html.ts';
import { extractMetadata } from '../../utils/metadata/index.ts';
import { parseDate } from '../../utils/metadata/dates.ts';

const URL = 'https://portal.example.org/news/4711';

function publishedOf(head: string, body: string, lang = 'de', url = URL): string {
  const page = parseHtml(`<!doctype html><html lang="${lang}"><head>${head}</head><body>${body}</body></html>`, url);
  const meta = extractMetadata(page.document, url);
  page.close();
  return meta.published;
}

describe('the headline a date is printed beside', () => {
  it('finds the date beside a headline set in an h4 on a page without an h1', () => {
    // A press portal: the release's time in an <em> right above its headline, no <h1> anywhere.
    const body = `<div class="release"><p><em> 14.03.2022 09:15 </em></p><h4>Neue Speicher für Solarstrom</h4>
      <h5>Pressestelle <em>Kommunikation</em></h5><p>Forschende zeigen einen Speicher, der schneller lädt.</p></div>`;
    expect(publishedOf('<title>Neue Speicher für Solarstrom</title>', body)).toBe('2022-03-14');
  });

  it('does not take a heading that is not the title for the headline', () => {
    const body = `<h4>Weitere Meldungen</h4><p><em>14.03.2022</em></p><p>Forschende zeigen einen Speicher.</p>`;
    expect(publishedOf('<title>Neue Speicher für Solarstrom</title>', body)).toBe('');
  });
});

describe('where a date is printed', () => {
  it("reads a forum post's date from its author line", () => {
    // A board's first post: "Beitrag von <user> » <date>" in an element classed "author", no other date markup.
    const body = `<h2><a href="./thread.php?t=9">Was ist freie Software?</a></h2>
      <div class="post"><div class="postbody"><p class="author"><span>von <strong><a href="./member.php?u=5">kiwi</a></strong> &raquo; </span>21.01.2009, 05:42 </p>
      <div class="content">Freie Software darf jeder nutzen, ändern und weitergeben.</div></div></div>
      <div class="footer"><p>Aktuelle Zeit: 14.10.2020, 12:18</p></div>`;
    expect(publishedOf('<title>Was ist freie Software? - Forum</title>', body)).toBe('2009-01-21');
  });

  it("passes over today's date in the site's header for the article's own", () => {
    // The theme prints the day of the visit over every page, before the article's own date line.
    const body = `<header id="masthead" class="site-header"><div class="top-bar"><div class="date-section">October 12, 2020</div></div>
      <a href="/" class="logo">The Valley Paper</a></header>
      <main><article><h1>Court rules on liability</h1><div class="entry-meta"><span class="posted-on">August 14, 2020</span></div>
      <p>The court ruled on Thursday.</p></article></main>`;
    expect(publishedOf('<title>Court rules on liability</title>', body, 'en-us')).toBe('2020-08-14');
  });

  it('reads the other names CMSs give the publication tag', () => {
    expect(publishedOf('<meta name="publication_date" content="2021-03-04">', '<h1>H</h1><p>Text.</p>')).toBe('2021-03-04');
    expect(publishedOf('<meta name="dc:date" content="2021-03-05">', '<h1>H</h1><p>Text.</p>')).toBe('2021-03-05');
  });
});

describe('dates as more pages write them', () => {
  it.each([
    ['5. desember 2023', '2023-12-05'],
    ['12. ágúst 2021', '2021-08-12'],
    ['3 augusti 2022', '2022-08-03'],
    ['19. tammikuuta 2020', '2020-01-19'],
    ["7 d'octubre de 2022", '2022-10-07'],
    ['12 Agustus 2023', '2023-08-12'],
    ['15 Δεκεμβρίου 2023', '2023-12-15'],
    ['15 ΔΕΚΕΜΒΡΙΟΥ 2023', '2023-12-15'],
    ['2 листопада 2023', '2023-11-02'],
    ['9 септември 2022', '2022-09-09'],
    ['15 نوفمبر 2023', '2023-11-15'],
    ['الجمعة 8 فيفري 2019', '2019-02-08'],
    ['ngày 15 tháng 11 năm 2023', '2023-11-15'],
    ['3. Marz 2020', '2020-03-03'],
    ['3rd March 2020', '2020-03-03'],
    ['21st of June, 2019', '2019-06-21'],
    ['Posted on 2019-03-12 by admin', '2019-03-12'],
    ['입력 2023. 11. 15. 10:12', '2023-11-15'],
  ])('reads "%s"', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });
});

describe('second read of these rules', () => {
  it("keeps the date of an article's own header that follows its headline or holds an h2-h6 headline", () => {
    const after = `<div class="post"><h1>Brücke wird gesperrt</h1><header class="entry-meta"><span>Von Eva Kern</span> · <time datetime="2021-04-05T10:00">Montag</time></header><p>Die Brücke über den Fluss wird ab Mai gesperrt.</p></div>`;
    expect(publishedOf('<title>Brücke wird gesperrt</title>', after)).toBe('2021-04-05');
    const headed = `<div class="post"><header class="post-header"><h2 class="post-title">Brücke wird gesperrt</h2><span class="date">5. April 2021</span></header><p>Die Brücke über den Fluss wird ab Mai gesperrt.</p></div>`;
    expect(publishedOf('<title>Brücke wird gesperrt | Die Talzeitung</title>', headed)).toBe('2021-04-05');
  });

  it('takes the date beside the headline before a date in an author box or a related teaser', () => {
    const body = `<h1>Brücke wird gesperrt</h1><p>5. April 2021</p><p>Die Brücke über den Fluss wird ab Mai gesperrt.</p>
      <div class="author-box"><b>Eva Kern</b>, dabei seit 3. März 2015</div>
      <div class="related"><div class="item"><a href="/x">Schulen öffnen</a> <span class="author">von Eva, 12. Mai 2021</span></div></div>`;
    expect(publishedOf('<title>Brücke wird gesperrt</title>', body)).toBe('2021-04-05');
  });

  it('reads no date in French prose with "des", nor in given names that are month names without their accents', () => {
    expect(parseDate('Plus de 30 des 2000 salariés ont signé', 'fr')).toBe('');
    expect(parseDate('Marc 5, 2019', 'en')).toBe('');
    expect(parseDate('Marta 12, 2019', 'en')).toBe('');
    // Capitals drop the accents: there the month is still read.
    expect(parseDate('10 MARCO 2020', 'pt')).toBe('2020-03-10');
  });

  it('reads no date inside a longer hyphenated number', () => {
    expect(parseDate('ISBN 978-2019-12-3', 'en')).toBe('');
    expect(parseDate('Telefon 0221-2019-12-03', 'de')).toBe('');
  });
});

describe('third read of these rules', () => {
  it("passes over today's date in a site header that holds only a screen readers' heading, before the page's h1", () => {
    const body = `<header><h2 class="visually-hidden">Hauptnavigation</h2><nav><a href="/">Start</a></nav><div class="date">Montag, 30. November 2026</div></header>
      <div><h1>Brücke wird gesperrt</h1><p>Von Eva Kern · <span class="posted">12. März 2019</span></p><p>Die Brücke über den Fluss wird ab Mai gesperrt.</p></div>`;
    expect(publishedOf('<title>Brücke wird gesperrt</title>', body)).toBe('2019-03-12');
  });

  it('reads "des" as December where the language writes it so, and accent-free Turkish months', () => {
    expect(parseDate('12. des. 2019', 'nb')).toBe('2019-12-12');
    expect(parseDate('12 Des 2019 10:00 WIB', 'id')).toBe('2019-12-12');
    expect(parseDate('3 Subat 2021', 'tr')).toBe('2021-02-03');
  });
});

describe("a wiki page's footer", () => {
  // A club's wiki page: a heading and text without a date; the wiki's footer says when the page last changed.
  // Written anew after a party wiki's page of the tune half.
  const text = `<p>Wir treffen uns meist am ersten Mittwoch des Monats im <a href="https://map.example/1">Gasthaus Linde</a>.</p>
    <p>Neue Gäste sind herzlich willkommen!</p>`;
  const wikiFooter = `<div id="footer" role="contentinfo"><ul id="footer-info">
    <li id="footer-info-lastmod"> Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert.</li>
    <li id="footer-info-viewcount">Diese Seite wurde bisher 2.385 mal abgerufen.</li></ul></div>`;
  const wikiPage = (inFooter: string) =>
    `<div id="content" role="main"><h1 id="firstHeading">Ortsgruppe/Treffen</h1><div id="bodyContent">${text}</div></div>${inFooter}`;

  it('dates a page that prints no other date by the change its footer reports', () => {
    expect(publishedOf('<title>Ortsgruppe/Treffen</title>', wikiPage(''))).toBe('');
    expect(publishedOf('<title>Ortsgruppe/Treffen</title>', wikiPage(wikiFooter))).toBe('2020-01-29');
    const english = wikiFooter.replace(
      ' Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert.',
      'This page was last edited on 29 January 2020, at 13:22.',
    );
    expect(publishedOf('<title>Ortsgruppe/Treffen</title>', wikiPage(english), 'en')).toBe('2020-01-29');
  });

  it('keeps a date line beside the headline over the footer', () => {
    const dateLine = `<h1>Neue Speicher</h1><p>Veröffentlicht am 3. März 2020 von <a href="/autor/anna">Anna Berg</a></p>${text}`;
    expect(publishedOf('<title>Neue Speicher</title>', dateLine + wikiFooter)).toBe('2020-03-03');
  });

  it("does not read a site footer's other dates as the page's change", () => {
    // Past the lines read beside the headline, as on a page with some text.
    const more = Array.from({ length: 10 }, (_, index) => `<p>Absatz ${index + 1} der Seite.</p>`).join('');
    const footer = `${more}<footer><p class="info">Unser Newsletter vom 4. Mai 2020 ist da.</p></footer>`;
    expect(publishedOf('<title>Ortsgruppe/Treffen</title>', wikiPage(footer))).toBe('');
    // Lines that name a page, or say "last", without saying the page was changed (the second read's examples).
    for (const line of [
      'Side projects by our assistant editors, 4 May 2020',
      'This page consists of archived items from 4 May 2020',
      'Front page: the last days of summer, 4 May 2020',
    ]) {
      const teaser = `${more}<footer><p class="info">${line}</p></footer>`;
      expect(publishedOf('<title>Ortsgruppe/Treffen</title>', wikiPage(teaser), 'en'), line).toBe('');
    }
  });
});

describe('a stated date that is the last change', () => {
  // A charity's press release: its CMS writes the day of the last change into "date" and "DC.date"; the page prints
  // that day as the change's and the release's own day under "Erschienen am:". Written anew after a tune page.
  const head = '<meta name="date" content="2021-10-15"><meta name="DC.date" content="2021-10-15"><title>Neue Präsidentin gewählt</title>';
  const release = `<h1>Neue Präsidentin gewählt</h1><p>Die Delegierten wählten am Mittwoch eine neue Präsidentin.</p>
    <div class="eventbox"><span class="eventbox__label">Erschienen am:</span><h2 class="eventbox__headline">13.10.2021</h2>
    <strong>Herausgeber:</strong> Pressestelle</div>`;
  const changed = `<div class="timestamp"><h4 class="timestamp__title">Zuletzt geändert am:</h4>
    <ul class="timestamp-list"><li class="timestamp-list__item">15.10.2021</li></ul></div>`;

  it('takes the printed publication where the stated day is printed as the last change', () => {
    expect(publishedOf(head, release + changed)).toBe('2021-10-13');
  });

  it('keeps the stated day where the page does not print it as a change', () => {
    expect(publishedOf(head, release)).toBe('2021-10-15');
    const otherChange = changed.replace('15.10.2021', '20.10.2021');
    expect(publishedOf(head, release + otherChange)).toBe('2021-10-15');
  });
});
