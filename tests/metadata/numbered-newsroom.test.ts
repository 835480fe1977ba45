/**
 * A newsroom whose brand carries a number signs as an organisation ("BR24 Redaktion", issue 12), where digits in a
 * byline otherwise say a date or a count leaked in. Failed before: every digit made the byline no name at all.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/parse-html.ts';
import { extractMetadata } from '../../utils/metadata/index.ts';

const URL = 'https://www.example.org/nachrichten/neue-regeln-100.html';
const STORY = `<p>${'Die Stadt hat am Montag neue Regeln für den Verkehr beschlossen, die ab dem kommenden Jahr gelten. '.repeat(6)}</p>`;

function authorsOf(byline: string) {
  const page = parseHtml(
    `<!doctype html><html lang="de"><head><title>Neue Regeln</title></head><body><article><h1>Neue Regeln</h1><p class="byline">${byline}</p>${STORY}</article></body></html>`,
    URL,
  );
  const meta = extractMetadata(page.document, URL);
  page.close();
  return meta.authors;
}

describe('a newsroom whose name carries a number', () => {
  it('is the author, whole and as an organisation', () => {
    expect(authorsOf('Von BR24 Redaktion')).toEqual([{ literal: 'BR24 Redaktion' }]);
    expect(authorsOf('Von t3n Redaktion')).toEqual([{ literal: 't3n Redaktion' }]);
    expect(authorsOf('By Channel 4 News')).toEqual([{ literal: 'Channel 4 News' }]);
  });

  it('is no licence for a date, a year or a count in the byline', () => {
    expect(authorsOf('Redaktion 12.05.2023')).toEqual([]);
    expect(authorsOf('Von News 2023')).toEqual([]);
    expect(authorsOf('12 Kommentare')).toEqual([]);
  });
});
