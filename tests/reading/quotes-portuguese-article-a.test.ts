/**
 * Portuguese "a" is the feminine article as well as "to": "to the" contracts ("à Lusa", "ao Público"), so a bare "a" after
 * the verb opens its subject ("disse a ministra da Saúde, Ana Paula Martins"). Read as the one spoken to, it hid the
 * subject, and the word after its "da" became the speaker ("Saúde", "Câmara"). Written for issue 11; the tests that expect
 * a name or none failed before the rule, the guards keep "à"/"ao" and Spanish "a" read as the one spoken to.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf } from '../helpers/quotes.ts';

describe('Portuguese: a bare "a" after the verb is the subject’s article', () => {
  it.each([
    [
      '“Vamos reforçar o número de médicos em todos os centros de saúde”, disse a ministra da Saúde, Ana Paula Martins, esta terça-feira.',
      'Vamos reforçar',
      'Ana Paula Martins',
    ],
    [
      '“O país precisa de estabilidade política e de um Governo forte”, disse a presidente da Câmara, Ana Lopes, aos jornalistas.',
      'O país precisa',
      'Ana Lopes',
    ],
    [
      '“Os hospitais estão preparados para o inverno que aí vem”, afirmou a diretora executiva do SNS, Maria Fernandes.',
      'Os hospitais estão',
      'Maria Fernandes',
    ],
  ])('%s', (text, quote, speaker) => expect(speakerOf(text, quote, 'pt')).toBe(speaker));

  it('never shows the ministry’s name after a role as the speaker', () =>
    expect(
      speakerOf('“A greve vai continuar até sexta-feira em todo o país”, disse a líder da Fenprof aos jornalistas.', 'A greve vai continuar', 'pt'),
    ).not.toBe('Fenprof'));
});

describe('guards: the one spoken to', () => {
  it('reads "à Lusa" as the one spoken to and the name after it as the subject', () =>
    expect(
      speakerOf(
        '“Não aceitamos estas condições de trabalho em nenhuma circunstância”, afirmou à Lusa a dirigente sindical Joana Marques.',
        'Não aceitamos',
        'pt',
      ),
    ).toBe('Joana Marques'));

  it('keeps Spanish "a" the one spoken to', () =>
    expect(speakerOf('«No habrá cambios en el calendario previsto», dijo a Reuters la portavoz del Gobierno, Pilar Alegría.', 'No habrá cambios', 'es')).toBe(
      'Pilar Alegría',
    ));
});
