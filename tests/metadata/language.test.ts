/**
 * The page's language from its words where its markup states another or none: a theme's `<html lang="en-US">` above a
 * German blog post. Each page below is written for the test; the cases on mis-stated and unstated pages failed before.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/parse-html.ts';
import { extractMetadata } from '../../utils/metadata/index.ts';
import { languageOfPage } from '../../utils/metadata/language.ts';
import { analyzeArticle } from '../../utils/reading/analyze.ts';
import { extractHtml } from '../helpers/pages.ts';

const GERMAN = [
  'Am Samstag hat der Verein zum ersten Mal sein Reparaturcafé im Gemeindehaus geöffnet, und die Nachfrage war größer als erwartet.',
  'Schon vor der Öffnung standen die ersten Besucher mit Toastern, Lampen und Fahrrädern vor der Tür, die sonst im Müll gelandet wären.',
  'Die ehrenamtlichen Helfer hatten sich gut vorbereitet: Werkzeug, Ersatzteile und Lötkolben lagen auf den Tischen bereit.',
  'Nicht jedes Gerät ließ sich retten, doch bei den meisten fanden die Tüftler den Fehler nach wenigen Minuten.',
  'Ein Rentner aus dem Nachbarort brachte eine alte Nähmaschine mit, die seit Jahren nicht mehr lief und nun wieder näht.',
  'Auch die Kinder durften mithelfen und lernten, wie man ein Kabel richtig abisoliert und eine Sicherung prüft.',
  'Für den nächsten Termin im Herbst sucht der Verein noch weitere Helfer, die sich mit Elektronik oder Holz auskennen.',
  'Wer mitmachen möchte, kann sich bei der Vorsitzenden melden; Kaffee und Kuchen gibt es wie immer gegen eine Spende.',
  'Die Einnahmen sollen in neue Werkzeuge fließen, damit künftig auch Handys und Computer repariert werden können.',
  'Der Bürgermeister lobte die Idee und versprach, dass die Stadt den Raum auch im nächsten Jahr kostenlos zur Verfügung stellt.',
];
const ENGLISH = [
  'On Saturday the club opened its repair café in the parish hall for the first time, and the queue was longer than anyone had planned for.',
  'Before the doors opened, the first visitors were already waiting with toasters, lamps and bicycles that would otherwise have been thrown away.',
  'The volunteers had prepared well: tools, spare parts and soldering irons were laid out on the tables by nine.',
  'Not every appliance could be saved, but for most of them the tinkerers found the fault within a few minutes.',
  'A pensioner from the next village brought an old sewing machine that had not worked for years and now sews again.',
  'Children were allowed to help as well, and they learned how to strip a cable and test a fuse without hurting themselves.',
  'For the next session in the autumn the club is still looking for helpers who know their way around electronics or wood.',
  'Anyone who wants to join can write to the chair; coffee and cake are served, as always, in return for a donation.',
  'The takings will go into new tools, so that phones and computers can be repaired at the café in future.',
  'The mayor praised the idea and promised that the town would lend the room free of charge next year as well.',
];
const paragraphs = (sentences: string[]) => sentences.map((sentence) => `<p>${sentence}</p>`).join('');

describe('languageOfPage', () => {
  it('reads German words under a stated English, and under no stated language', () => {
    expect(languageOfPage('en-us', () => GERMAN.join(' '))).toBe('de');
    expect(languageOfPage('', () => GERMAN.join(' '))).toBe('de');
  });

  it('keeps a stated language the words bear out, or that it cannot judge, or where the text is short', () => {
    expect(languageOfPage('en-gb', () => ENGLISH.join(' '))).toBe('en-gb');
    expect(languageOfPage('de-at', () => GERMAN.join(' '))).toBe('de-at');
    expect(languageOfPage('ja', () => ENGLISH.join(' '))).toBe('ja');
    expect(languageOfPage('en', () => GERMAN.slice(0, 2).join(' '))).toBe('en');
  });

  it('keeps English for an English article that quotes some German', () => {
    const mixed = [...ENGLISH, ...GERMAN.slice(0, 3)].join(' ');
    expect(languageOfPage('en', () => mixed)).toBe('en');
  });
});

describe('the language a page is read in', () => {
  const url = 'https://verein.example.de/2021/reparaturcafe/';
  const page = (lang: string, body: string) =>
    `<!doctype html><html${lang}><head><title>Reparaturcafé eröffnet</title></head><body><article><h1>Reparaturcafé eröffnet</h1>${body}</article></body></html>`;

  it('is the words’ language on a German post whose theme states English, or nothing', () => {
    for (const lang of [' lang="en-US"', '']) {
      const parsed = parseHtml(page(lang, paragraphs(GERMAN)), url);
      expect(extractMetadata(parsed.document, url).lang).toBe('de');
      parsed.close();
    }
  });

  it('stays English for a short English story under many German comments (second read)', () => {
    const comments = Array.from({ length: 8 }, () => `<div class="comment-body">${paragraphs(GERMAN)}</div>`).join('');
    const html = `<!doctype html><html lang="en"><head><title>Repair café opens</title></head><body><article><h1>Repair café opens</h1>${paragraphs(ENGLISH.slice(0, 3))}</article><section id="comments">${comments}</section></body></html>`;
    const parsed = parseHtml(html, url);
    expect(extractMetadata(parsed.document, url).lang).toBe('en');
    parsed.close();
  });

  it('reads the whole page where the story itself sits in a box named for comments or a form (second read)', () => {
    for (const wrap of ['<form id="aspnetForm">', '<div id="page" class="site single has-comments">', '<div id="comments">']) {
      const html = `<!doctype html><html lang="en"><head><title>Reparaturcafé</title></head><body>${wrap}<article><h1>Reparaturcafé</h1>${paragraphs(GERMAN)}</article>${wrap.startsWith('<form') ? '</form>' : '</div>'}</body></html>`;
      const parsed = parseHtml(html, url);
      expect(extractMetadata(parsed.document, url).lang, wrap).toBe('de');
      parsed.close();
    }
  });

  it('gives a German quotation its speaker by German grammar where the theme states English', () => {
    // German word order puts an adverb of time between the verb and the name; read as English, it is glued to the name.
    const quoted = `<p>„Das ist ein großer Erfolg für die ganze Stadt“, erklärte damals Anna Bergmann bei der Eröffnung.</p>`;
    const { result, page: parsed } = extractHtml(page(' lang="en-US"', paragraphs(GERMAN.slice(0, 5)) + quoted + paragraphs(GERMAN.slice(5))), url);
    parsed.close();
    if (!result.ok) throw new Error(result.message);
    const quote = analyzeArticle(result).quotes.find((found) => found.text.startsWith('Das ist ein großer Erfolg'));
    expect(quote?.speaker).toBe('Anna Bergmann');
  });
});
