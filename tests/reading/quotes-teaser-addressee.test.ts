/**
 * A teaser headline names who speaks and to whom before its colon: "Boric a Kast: “…”", "Macron à Poutine : « … »", "Lula
 * ao Congresso: “…”". The colon rule took the last name before the colon, the one spoken to, for the speaker: a wrong
 * name. A name after "to" ("a", "à", "al", "ao", "au", "ante", "devant") before the colon is no speaker, as one after
 * "with" or "about" was not. Written for issue 11; the three tests that expect no wrong name failed before.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf } from '../helpers/quotes.ts';

describe('the name after "to" before a teaser’s colon is not the speaker', () => {
  it.each([
    ['es', 'Boric a Kast: “No vamos a retroceder en derechos sociales”', 'No vamos a retroceder', 'Kast'],
    ['fr', 'Macron à Poutine : « La France ne reconnaîtra jamais cette annexion illégale »', 'La France ne reconnaîtra', 'Poutine'],
    ['pt', 'Lula ao Congresso: “O Brasil voltou a crescer com responsabilidade fiscal”', 'O Brasil voltou', 'Congresso'],
  ])('%s: %s', (lang, text, quote, wrong) => expect(speakerOf(text, quote, lang)).not.toBe(wrong));
});

describe('guards', () => {
  it('still reads a name alone before the colon as the speaker', () =>
    expect(speakerOf('Gabriel Boric: “No vamos a retroceder en derechos sociales”', 'No vamos a retroceder', 'es')).toBe('Gabriel Boric'));

  it('still reads the subject before a verb of saying and a colon', () =>
    expect(speakerOf('Gabriel Boric respondió a José Antonio Kast: “No vamos a retroceder en derechos sociales”.', 'No vamos a retroceder', 'es')).toBe(
      'Gabriel Boric',
    ));

  it('gives an interview teaser’s guest no wrong name', () =>
    expect(['', 'Carlos Alcaraz']).toContain(
      speakerOf('Entrevista a Carlos Alcaraz: “Quiero ganar todos los torneos de esta temporada”', 'Quiero ganar', 'es') ?? '',
    ));
});
