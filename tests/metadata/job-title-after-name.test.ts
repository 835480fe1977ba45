/**
 * A job title printed after the name with no comma between them (the title in its own element, its text run
 * together with the name's): "Anna Muster Redakteurin Politik", "Jane Doe Staff Writer". The title and its desk are
 * no part of the name. The first case failed before the rule; the second guards the names that look like titles.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/parse-html.ts';
import { cleanCandidates } from '../../utils/metadata/authors.ts';
import { extractMetadata } from '../../utils/metadata/index.ts';
import { displayName } from '../../utils/metadata/names.ts';

const namesIn = (byline: string) => cleanCandidates([{ name: byline, type: '' }]).map((candidate) => candidate.name);

describe('a job title after the name', () => {
  it('is cut with its desk, in several languages', () => {
    expect(namesIn('Anna Muster Redakteurin Politik')).toEqual(['Anna Muster']);
    expect(namesIn('Anna Muster Freie Autorin')).toEqual(['Anna Muster']);
    expect(namesIn('Dr. Karla Beispiel Abteilung Öffentlichkeitsarbeit')).toEqual(['Dr. Karla Beispiel']);
    expect(namesIn('Jane Doe Senior Correspondent')).toEqual(['Jane Doe']);
    expect(namesIn('Ana López Periodista')).toEqual(['Ana López']);
  });

  it('keeps surnames that are also words for a job, and a title with no name before it', () => {
    expect(namesIn('Hans Sprecher')).toEqual(['Hans Sprecher']);
    expect(namesIn('Eva Leiter')).toEqual(['Eva Leiter']);
    expect(namesIn('Tom Reporter')).toEqual(['Tom Reporter']);
  });

  it('is read out of an author box whose title sits in its own element', () => {
    const url = 'https://verein.example/aktuelles/sommerfest/';
    const page = parseHtml(
      `<!doctype html><html lang="de"><head><title>Sommerfest</title></head><body><article><h1>Sommerfest am See</h1>
      <div class="byline"><span>Anna Muster</span> <span>Redakteurin Lokales</span></div>
      <p>Das Fest begann am Samstag mit Musik am Ufer.</p></article></body></html>`,
      url,
    );
    expect(extractMetadata(page.document, url).authors.map(displayName)).toEqual(['Anna Muster']);
    page.close();
  });
});
