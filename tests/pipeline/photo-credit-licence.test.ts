/**
 * A photo credit that names only the picture's licence: "/domena publiczna" under a Polish portal's photos
 * (extraction-dev, Interia) was kept as a line of the article, since the credit rule knew agencies and labels
 * ("Foto: …") but not a licence standing alone.
 */
import { describe, expect, it } from 'vitest';
import { isPhotoCredit } from '../../utils/pipeline/clutter.ts';

describe('a licence alone on its line is a photo credit', () => {
  it.each(['/domena publiczna', 'Public domain', '© Wikimedia Commons', 'CC BY-SA 4.0', 'Domaine public', 'gemeinfrei', 'CC0'])('%s', (line) => {
    expect(isPhotoCredit(line)).toBe(true);
  });

  it.each([
    'The photograph entered the public domain in 1996.',
    'Wikimedia Commons hosts the scans of the letters.',
    'Das Werk ist seit 2020 gemeinfrei und darf gedruckt werden.',
  ])('a sentence about a licence stays: %s', (sentence) => {
    expect(isPhotoCredit(sentence)).toBe(false);
  });
});
