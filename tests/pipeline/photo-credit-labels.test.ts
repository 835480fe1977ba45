/**
 * A photo credit whose label is a word the credit rule did not list, before the copyright sign: "Fotos © Burkard
 * Meyer" and "Zeichnungen © Burkard Meyer" over an architecture report, "Rubriklistenbild: © KCNA/dpa" under a news
 * story, "Symbolgrafik:© Butch - stock.adobe.com" under a legal news item (extraction-dev, tune half), each kept as a
 * line of the article. One word, a colon or none, then "©" and a short credit (a stock site's address may hold dots).
 */
import { describe, expect, it } from 'vitest';
import { isPhotoCredit } from '../../utils/pipeline/clutter.ts';

describe('a one-word label before the copyright sign', () => {
  it.each([
    'Fotos © Burkard Meyer',
    'Zeichnungen © Burkard Meyer',
    'Rubriklistenbild: © KCNA/dpa',
    'Symbolgrafik:© Butch - stock.adobe.com',
    'Illustration © Jane Roe',
  ])('is a credit: %s', (line) => {
    expect(isPhotoCredit(line)).toBe(true);
  });

  it.each([
    'Fotos © Burkard Meyer. Die Halle wurde 2019 eröffnet.',
    'Der Verlag © hält die Rechte an allen Bildern',
    'Alle Rechte liegen beim Verlag © 2020',
    'Foto © dpa. Der Minister sprach am Montag.',
  ])('stays: %s', (line) => {
    expect(isPhotoCredit(line)).toBe(false);
  });
});
