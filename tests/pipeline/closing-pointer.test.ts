/**
 * A closing pointer (closing-pointer.ts), through the whole pipeline: the article's last paragraph sends the reader
 * to another story, the next page or the print issue through a link. Each page is modelled on one that kept such a
 * paragraph before: a teaser for another project with "lesen Sie hier:", a pitch for the print issue with a shop
 * link, a "weiter zu" link to the next chapter.
 */
import { describe, expect, it } from 'vitest';
import { readArticlePage } from '../helpers/article-page.ts';

describe('a closing pointer', () => {
  it('goes when it promotes another story with "lesen Sie hier" and a link', () => {
    const { text, rules } = readArticlePage(
      '<p><i>Nicht neu gebaut, sondern umgebaut wurde ein altes Hallenbad in Leipzig, das heute als Kulturzentrum dient. Mehr zu diesem Umbau lesen Sie hier: </i><a href="https://news.example/2023/11/hallenbad-leipzig">Kulturbad Leipzig</a><i>.</i></p>',
      { lang: 'de' },
    );
    expect(text).not.toContain('Kulturzentrum dient');
    expect(rules).toContain('closing-pointer');
  });

  it('goes when it pitches the print issue, its shop link on the last sentence', () => {
    const { text } = readArticlePage(
      '<p>Radwege brauchen Pflege, doch viele Städte sparen daran. Wie das besser geht, lesen Sie in unserer Märzausgabe. <a href="https://shop.news.example/heft-3">Das Heft können Sie hier bestellen.</a></p>',
      { lang: 'de' },
    );
    expect(text).not.toContain('Radwege brauchen Pflege');
  });

  it('goes when it is a link to the next chapter', () => {
    const { text } = readArticlePage('<p>… weiter zu „<a href="https://news.example/guide/chapter-2">die Planung</a>“</p>', { lang: 'de' });
    expect(text).not.toContain('die Planung');
  });

  it('goes in Spanish, where the place word ends in a letter outside ASCII ("aquí")', () => {
    const { text } = readArticlePage('<p>Sobre el nuevo carril bici, lea la nota completa <a href="https://news.example/2024/02/carril">aquí</a>.</p>', {
      lang: 'es',
    });
    expect(text).not.toContain('lea la nota completa');
  });

  it('stays when it offers a press release’s own pictures: material of the release, not a pointer to read on', () => {
    const { text } = readArticlePage(
      '<p>Hinweis für Redaktionen: Bilder der Eröffnung finden Sie hier zum Herunterladen: <a href="https://news.example/presse/bilder">Pressebilder</a></p>',
      { lang: 'de' },
    );
    expect(text).toContain('Bilder der Eröffnung finden Sie hier');
  });

  it('stays without a link: the article speaks of itself', () => {
    const { text } = readArticlePage('<p>Was die Anwohner davon halten, lesen Sie hier in ihren eigenen Worten, wie sie uns geschrieben haben.</p>', {
      lang: 'de',
    });
    expect(text).toContain('lesen Sie hier in ihren eigenen Worten');
  });

  it('stays in the middle of the article, where it may be the story’s own reference', () => {
    const { text, rules } = readArticlePage(
      '<p>Wie die Kosten verteilt werden, lesen Sie hier: <a href="https://news.example/2024/02/budget">Haushalt 2024</a>.</p>' +
        '<p>Die Anwohner wurden im Januar in einer Versammlung informiert, zu der mehr als zweihundert Menschen kamen.</p>' +
        '<p>Die Bauarbeiten beginnen im Norden der Stadt und sollen bis zum Herbst dieses Jahres abgeschlossen sein.</p>',
      { lang: 'de' },
    );
    expect(text).toContain('Wie die Kosten verteilt werden, lesen Sie hier');
    expect(rules).not.toContain('closing-pointer');
  });
});
