/**
 * Where a reporter writes from is printed in the byline, after the name: "Atli Steinn Guðmundsson skrifar frá
 * Porsgrunn", "Von Anna Muster aus Berlin", "Jane Doe reports from Kyiv". The place is no part of the name. Each case
 * failed before the rule (the place stayed in the name, or the name was lost with it as a phrase).
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/parse-html.ts';
import { splitByline } from '../../utils/metadata/authors.ts';
import { extractMetadata } from '../../utils/metadata/index.ts';
import { displayName } from '../../utils/metadata/names.ts';

describe('a place after the name in a byline', () => {
  it('drops "writes from …" in several languages', () => {
    expect(splitByline('Atli Steinn Guðmundsson skrifar frá Porsgrunn')).toEqual(['Atli Steinn Guðmundsson']);
    expect(splitByline('Jane Doe reports from Kyiv')).toEqual(['Jane Doe']);
    expect(splitByline('Anna Muster berichtet aus Kiew')).toEqual(['Anna Muster']);
    expect(splitByline('Kari Nordmann skriver fra Oslo')).toEqual(['Kari Nordmann']);
  });

  it('drops a preposition of place and the place', () => {
    expect(splitByline('Von Anna Muster aus Berlin')).toEqual(['Anna Muster']);
    expect(splitByline('By Jane Doe in Washington')).toEqual(['Jane Doe']);
    expect(splitByline('Por Ana López desde Madrid')).toEqual(['Ana López']);
    expect(splitByline('Anna Muster und Max Beispiel aus Brüssel')).toEqual(['Anna Muster', 'Max Beispiel']);
  });

  it('keeps surnames with a particle', () => {
    expect(splitByline('Maria da Silva')).toEqual(['Maria da Silva']);
    expect(splitByline('Jan de Vries')).toEqual(['Jan de Vries']);
  });

  it('keeps an organisation’s own "in"', () => {
    expect(splitByline('Verband der Chemischen Industrie in Bayern')).toEqual(['Verband der Chemischen Industrie in Bayern']);
  });

  it('reads the reporter, not the place, from a printed byline', () => {
    const url = 'https://www.frettir.example/frettir/2026/01/06/sumar-i-noregi/';
    const page = parseHtml(
      `<!doctype html><html lang="is"><head><title>Sumar í Noregi</title></head><body><article><h1>Sumar í Noregi</h1>
      <p class="byline">Atli Steinn Guðmundsson skrifar frá Porsgrunn</p><p>Það var heitt í Noregi í sumar.</p></article></body></html>`,
      url,
    );
    expect(extractMetadata(page.document, url).authors.map(displayName)).toEqual(['Atli Steinn Guðmundsson']);
    page.close();
  });
});
