/**
 * Spanish, French, Italian and Portuguese news name a speaker after a description of them, in apposition: "«…», aseguró el
 * entrenador del Real Madrid, Carlo Ancelotti." The description was read as "he" pointing back, and with no one named
 * before it the quotation had no speaker. A time and a place between the verb and its subject ("reconoció ayer en el
 * Congreso el líder del PP, …") hid the subject, and "Selon le procureur, Laure Beccuau, « … »" credited no one. Written
 * in the way these papers write, not copied from the labelled pages. Each test that expects a name failed before its rule,
 * except "Según Ana Ruiz", read right before and kept beside the new pattern; the guards are forms that must give no name.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf } from '../helpers/quotes.ts';

describe('a name in apposition after the description that follows the verb', () => {
  it.each([
    [
      '«Vamos a ganar el domingo y lo haremos con nuestra gente», aseguró el entrenador del Real Madrid, Carlo Ancelotti.',
      'Vamos a ganar',
      'es',
      'Carlo Ancelotti',
    ],
    [
      '«No habrá más recortes en sanidad ni en educación este año», ha afirmado la ministra de Hacienda, María Jesús Montero, en rueda de prensa.',
      'No habrá más recortes',
      'es',
      'María Jesús Montero',
    ],
    [
      '«Estamos muy preocupados por lo que pasa en el barrio», explicó a EFE la portavoz de la asociación, Ana García.',
      'Estamos muy preocupados',
      'es',
      'Ana García',
    ],
    ['“Não vamos desistir desta luta tão cedo”, afirmou o presidente do sindicato, João Silva, aos jornalistas.', 'Não vamos desistir', 'pt', 'João Silva'],
    [
      '«No habrá cambios en el calendario previsto», dijo a los periodistas la portavoz del Gobierno, Pilar Alegría.',
      'No habrá cambios',
      'es',
      'Pilar Alegría',
    ],
    [
      '« Nous ne lâcherons rien sur les salaires », a déclaré la secrétaire générale du syndicat, Sophie Binet.',
      'Nous ne lâcherons rien',
      'fr',
      'Sophie Binet',
    ],
  ])('%s', (text, quote, lang, speaker) => expect(speakerOf(text, quote, lang)).toBe(speaker));

  it('reads past a time and a place between the verb and the description', () =>
    expect(
      speakerOf('«Fue un error que no volveremos a cometer», reconoció ayer en el Congreso el líder del PP, Alberto Núñez Feijóo.', 'Fue un error', 'es'),
    ).toBe('Alberto Núñez Feijóo'));

  it('gives no name where a relative clause, not a name, follows the comma', () => {
    const speaker = speakerOf('«La obra estará lista en junio», dijo el portavoz del ayuntamiento, que no dio más detalles.', 'La obra estará lista', 'es');
    expect(speaker ?? '').not.toMatch(/que|detalles/u);
  });

  it('gives a report no speaker, though a name follows its comma', () =>
    expect(
      speakerOf('«La situación es grave», señala el informe del Banco de España, Pablo Hernández de Cos lo presentó ayer.', 'La situación es grave', 'es') ??
        '',
    ).toBe(''));
});

describe('a role with an elided article, a weekday and a party before the name', () => {
  it('reads "il ministro dell’Economia" as the role before the name', () =>
    expect(
      speakerOf(
        '«Non ci sono le condizioni per andare avanti così», ha detto il ministro dell’Economia Giancarlo Giorgetti ai giornalisti.',
        'Non ci sono le condizioni',
        'it',
      ),
    ).toBe('Giancarlo Giorgetti'));

  it('reads past "jeudi à l’Assemblée" and leaves the party’s letters out of the name', () =>
    expect(
      speakerOf(
        '« Cette décision est une faute grave », a estimé jeudi à l’Assemblée le député LFI Éric Coquerel.',
        'Cette décision est une faute grave',
        'fr',
      ),
    ).toBe('Éric Coquerel'));

  it('keeps an organisation’s letters that end a sentence as its name', () =>
    expect(
      speakerOf(
        'Palästinensische Gruppen haben laut Human Rights Watch (HRW) systematisch Zivilisten angegriffen. Die Taten seien «kein spontan gefasster Entschluss und keine isolierte Handlung» gewesen, betont HRW. Die Hamas bestreitet das.',
        'kein spontan gefasster Entschluss',
        'de',
      ),
    ).toBe('Human Rights Watch'));
});

describe('"according to" a name, before the quotation', () => {
  it.each([
    ['Selon le procureur de Paris, Laure Beccuau, « l’enquête se poursuit sur plusieurs pistes sérieuses ».', 'l’enquête se poursuit', 'fr', 'Laure Beccuau'],
    ['Según Ana Ruiz, «el plan llega tarde y sin dinero suficiente».', 'el plan llega tarde', 'es', 'Ana Ruiz'],
  ])('%s', (text, quote, lang, speaker) => expect(speakerOf(text, quote, lang)).toBe(speaker));

  it.each([
    ['Para el economista Juan Pérez, «la inflación seguirá alta durante todo el año».', 'la inflación seguirá', 'es', 'Juan Pérez'],
    ['Pour l’économiste Jean Dupont, « la croissance restera faible cette année ».', 'la croissance restera', 'fr', 'Jean Dupont'],
  ])('credits the one whose view it is: %s', (text, quote, lang, speaker) => expect(speakerOf(text, quote, lang)).toBe(speaker));

  it('credits no place after "para"', () =>
    expect(speakerOf('Para Madrid, «el nuevo plan de movilidad llega demasiado tarde».', 'el nuevo plan', 'es') ?? '').toBe(''));

  it('credits no pronoun and no document', () => {
    expect(speakerOf('Selon lui, « la réforme est une erreur historique pour le pays ».', 'la réforme est une erreur', 'fr') ?? '').toBe('');
    expect(speakerOf('Selon le rapport, « les délais ne seront pas tenus cette année ».', 'les délais ne seront pas tenus', 'fr') ?? '').toBe('');
  });
});
