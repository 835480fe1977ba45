/**
 * post-clean.ts: brackets a removed e-mail address leaves empty ("By Choi Si-young ()") go; a call's or an
 * index's brackets in the article's own words ("dict() can build one") and anything inside code stay.
 */
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../helpers/pages.ts';

const filler = (lang: string) =>
  Array.from({ length: 4 }, (_, index) =>
    lang === 'de'
      ? `<p>Abschnitt ${index}: Wer Diagramme in R baut, ändert Schriftgrößen, Achsen und Legenden oft erst ganz am Ende, wenn die Daten schon stimmen.</p>`
      : lang === 'fr'
        ? `<p>Partie ${index} : une liste en Python grandit quand on lui ajoute des éléments, et la mémoire qu’elle occupe grandit avec elle, par paliers.</p>`
        : `<p>Part ${index}: tuples take a little less memory than lists, and the saving grows smaller as the number of elements in them grows.</p>`,
  ).join('');

const page = (lang: string, body: string) =>
  `<!DOCTYPE html><html lang="${lang}"><head><title>Notes on memory</title></head><body><main><article><h1>Notes on memory</h1>${filler(lang)}${body}${filler(lang)}</article></main></body></html>`;

function textOf(lang: string, body: string): string {
  const { result } = extractHtml(page(lang, body), 'https://blog.example/notes');
  expect(result.ok).toBe(true);
  return result.ok ? result.article.text : '';
}

describe('brackets in the article', () => {
  it('keeps a call written in the prose, in several languages', () => {
    expect(textOf('en', '<p>Tuples can also replace dictionaries; in fact dict() can build a dictionary from a tuple of pairs.</p>')).toContain(
      'in fact dict() can build a dictionary',
    );
    expect(textOf('de', '<p>Die Funktion ggplot() zeichnet das Diagramm, und mit theme() ändert man danach die Schriftgröße der Achsen.</p>')).toContain(
      'Die Funktion ggplot() zeichnet das Diagramm, und mit theme() ändert',
    );
    expect(textOf('fr', '<p>La méthode append() ajoute un élément à la fin de la liste, et un tableau args[] reçoit les arguments.</p>')).toContain(
      'La méthode append() ajoute un élément à la fin de la liste, et un tableau args[] reçoit',
    );
  });

  it('keeps empty brackets inside code', () => {
    expect(textOf('en', '<pre><code>pairs = []\nresult = dict( )\n</code></pre>')).toContain('pairs = []');
  });

  it('still drops the brackets an address left empty, in the same words', () => {
    const text = textOf('en', '<p>Reporting by Choi Si-young () and Kim Min-ji [ ], with Lee Jae-won (jaewon@news.example).</p>');
    expect(text).toContain('Reporting by Choi Si-young and Kim Min-ji, with Lee Jae-won.');
    expect(text).not.toContain('jaewon@news.example');
  });
});
