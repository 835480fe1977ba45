/**
 * "« … », peut-on lire dans Les Échos": the publication the words are read in is their source (issue 11). The inverted
 * "on" names no one, so these quotations had no speaker. The first two fragments are from a tune page (a review of the
 * cases against a party's members, quoting the papers), shortened; each failed before. The guards name no paper.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf } from '../helpers/quotes.ts';

describe('"peut-on lire dans" the paper', () => {
  it.each([
    [
      'Le 6 décembre 2019, c’est François Bayrou qui est mis en examen à son tour. « Au total, une douzaine de responsables du Modem ont été mis en examen dans cette affaire », peut-on lire dans Les Échos. Par fair-play, nous n’intégrons dans la Macronie que les capitaines.',
      'Au total',
      'Les Échos',
    ],
    [
      'Son directeur financier Alexandre Nardella – « premier responsable du parti centriste à être entendu par les juges d’instruction chargés de l’enquête », peut-on lire dans Le Monde – est mis en examen.',
      'premier responsable',
      'Le Monde',
    ],
  ])('%s', (text, quote, speaker) => expect(speakerOf(text, quote, 'fr')).toBe(speaker));
});

describe('guards', () => {
  // The same tune page: an offence's name after the passage read in the paper is the article's own, not the paper's (nor,
  // once it continued the paper's passage, the model's pick of the man named before).
  it("an offence named after the passage is no one's", () =>
    expect(
      speakerOf(
        'Son directeur financier Alexandre Nardella – « premier responsable du parti centriste à être entendu par les juges d’instruction chargés de l’enquête », peut-on lire dans Le Monde – est mis en examen pour « complicité de détournement de fonds publics » et « recel de détournement de fonds publics ».',
        'recel de',
        'fr',
      ) ?? '',
    ).toBe(''));

  it.each([
    'Le député est soupçonné de « détournement de fonds publics liés à un usage illicite de ses indemnités », peut-on lire dans le quotidien du soir.',
    'Le député est « visé par une enquête préliminaire pour concussion », peut-on lire.',
  ])('no paper named: %s', (text) => expect(speakerOf(text, text.includes('visé') ? 'visé par' : 'détournement', 'fr') ?? '').not.toMatch(/quotidien|lire/u));
});
