/**
 * An outlet spoken to, written in title case, between the verb and the speaker's name (issue 11): "dijo a Efe Marta
 * Ruiz", "explicó a Europa Press Marta Ruiz", "a confié à Franceinfo Sophie Binet", "disse à Lusa João Silva". The outlet
 * and the name were read as one name spoken to, and the quotation as one whose subject was dropped, so it went to the
 * person named before (or to no one). The speaker is the person, never the outlet; where the article does not name the
 * person elsewhere, the run may be a person spoken to ("dijo a María José García.") and no one is shown. Written in the way
 * agency copy is (no tune page holds one); each test that expects a name failed before, the guards must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf } from '../helpers/quotes.ts';

describe('the outlet spoken to, then the speaker the article names again', () => {
  it.each([
    [
      'es',
      'Pedro Sánchez visitó ayer el barrio. «No vamos a permitir más recortes en el barrio», dijo a Efe Marta Ruiz. Ruiz encabeza la asociación.',
      'Marta Ruiz',
    ],
    [
      'es',
      'Pedro Sánchez visitó ayer el barrio. «No vamos a permitir más recortes en el barrio», explicó a Europa Press Marta Ruiz, portavoz vecinal. Según Marta Ruiz, la protesta seguirá.',
      'Marta Ruiz',
    ],
    [
      'fr',
      'Emmanuel Macron a reçu les syndicats. « Nous ne lâcherons rien sur les salaires », a confié à Franceinfo Sophie Binet. La CGT de Binet appelle à la grève.',
      'Sophie Binet',
    ],
    [
      'pt',
      'O ministro Manuel Pizarro reuniu-se ontem com o sindicato. “Não vamos desistir desta luta tão cedo”, disse à Lusa João Silva. O sindicato de Silva convocou greve.',
      'João Silva',
    ],
  ])('%s: %s', (lang, text, speaker) =>
    expect(speakerOf(text, lang === 'fr' ? 'Nous ne lâcherons' : lang === 'pt' ? 'Não vamos desistir' : 'No vamos a permitir', lang)).toBe(speaker),
  );

  it('shows no one, not the person named before, where the article names the speaker nowhere else', () =>
    expect(
      speakerOf('Pedro Sánchez visitó ayer el barrio. «No vamos a permitir más recortes en el barrio», dijo a Efe Marta Ruiz.', 'No vamos a permitir', 'es') ??
        '',
    ).toBe(''));
});

describe('guards', () => {
  it('a person spoken to, named in two words, is not the speaker', () =>
    expect(
      speakerOf('Pedro Sánchez visitó ayer el barrio. «No vamos a permitir más recortes en el barrio», le dijo a Marta Ruiz.', 'No vamos a permitir', 'es'),
    ).not.toBe('Marta Ruiz'));

  it('an outlet alone leaves the dropped subject to the one named before', () =>
    expect(speakerOf('Pedro Sánchez visitó ayer el barrio. «No vamos a permitir más recortes en el barrio», dijo a Efe.', 'No vamos a permitir', 'es')).toBe(
      'Pedro Sánchez',
    ));
});
