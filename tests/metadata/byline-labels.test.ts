/**
 * What a byline prints around the name that is no part of it: the kind of piece before the "by" ("Opinion by",
 * "Ein Kommentar von"), a follow button's label before the name ("Follow Jane Doe"). Each case failed before the rule
 * (the label stayed in the name a citation printed).
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/parse-html.ts';
import { splitByline } from '../../utils/metadata/authors.ts';
import { extractMetadata } from '../../utils/metadata/index.ts';
import { displayName } from '../../utils/metadata/names.ts';

const STORY = '<p>The council voted on Tuesday to approve the plan for a new bridge across the river, after months of debate.</p>';

function authorsOf(byline: string, lang = 'en'): string[] {
  const url = 'https://www.news.example/2026/01/06/the-new-bridge/';
  const page = parseHtml(
    `<!doctype html><html lang="${lang}"><head><title>The new bridge</title></head><body><article><h1>The new bridge</h1><p class="byline">${byline}</p>${STORY}</article></body></html>`,
    url,
  );
  const authors = extractMetadata(page.document, url).authors.map(displayName);
  page.close();
  return authors;
}

describe('the kind of piece named before the "by"', () => {
  it('drops it in several languages', () => {
    expect(splitByline('Opinion by Jane Doe')).toEqual(['Jane Doe']);
    expect(splitByline('Analysis by Jane Doe and John Roe')).toEqual(['Jane Doe', 'John Roe']);
    expect(splitByline('A guest essay by Jane Doe')).toEqual(['Jane Doe']);
    expect(splitByline('Kommentar von Anna Muster')).toEqual(['Anna Muster']);
    expect(splitByline('Ein Kommentar von Anna Muster')).toEqual(['Anna Muster']);
    expect(splitByline('Eine Analyse von Anna Muster')).toEqual(['Anna Muster']);
    expect(splitByline('Un análisis de Ana López')).toEqual(['Ana López']);
    expect(splitByline('Kommentar: Anna Muster')).toEqual(['Anna Muster']);
    expect(splitByline('Opinion | Jane Doe')).toEqual(['Jane Doe']);
  });

  it('reads the writer from a printed byline', () => {
    expect(authorsOf('Opinion by Jane Doe')).toEqual(['Jane Doe']);
    expect(authorsOf('Ein Kommentar von Anna Muster', 'de')).toEqual(['Anna Muster']);
  });

  it('keeps names and papers that hold such a word', () => {
    expect(splitByline('Ursula von der Leyen')).toEqual(['Ursula von der Leyen']);
    expect(splitByline('Maria Kritik')).toEqual(['Maria Kritik']);
    expect(splitByline('Tribune de Genève')).toEqual(['Tribune de Genève']);
    expect(splitByline('Von Anna Muster')).toEqual(['Anna Muster']);
  });
});

describe('a follow button before the name', () => {
  it('drops its label', () => {
    expect(splitByline('Follow Jane Doe')).toEqual(['Jane Doe']);
    expect(splitByline('Folgen Sie Anna Muster')).toEqual(['Anna Muster']);
    expect(authorsOf('Follow Jane Doe')).toEqual(['Jane Doe']);
  });

  it('leaves a label alone as no author', () => {
    expect(authorsOf('Follow')).toEqual([]);
  });
});

describe('a conjunction after the list’s last comma', () => {
  it('opens the last name, which stays', () => {
    expect(splitByline('Jane Doe, John Roe, and Max Moe')).toEqual(['Jane Doe', 'John Roe', 'Max Moe']);
    expect(splitByline('Anna Muster, Erika Beispiel, und Max Moe')).toEqual(['Anna Muster', 'Erika Beispiel', 'Max Moe']);
    expect(authorsOf('By Jane Doe, John Roe, and Max Moe')).toEqual(['Jane Doe', 'John Roe', 'Max Moe']);
  });

  it('leaves a description after a comma out', () => {
    expect(splitByline('Jan Fleischhauer, deutscher Journalist')).toEqual(['Jan Fleischhauer']);
  });
});
