/**
 * Russian news names a speaker after a hyphenated role and its organisation in the genitive: "«…», — заявил
 * пресс-секретарь Кремля Дмитрий Песков." The role's hyphen stopped the reading (no one was shown), and read past it the
 * genitive "Кремля" joined the name. Written as such papers write; each failed before its rule. The guards: a full name
 * with its patronymic keeps all three words, and a Czech role in lower case still stands before the name.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf } from '../helpers/quotes.ts';

describe('a role and its organisation in the genitive before the name', () => {
  it('shows the given name and surname', () =>
    expect(speakerOf('«Мы готовы к переговорам в любой момент», — заявил пресс-секретарь Кремля Дмитрий Песков.', 'Мы готовы', 'ru')).toBe('Дмитрий Песков'));

  it('keeps a name with its patronymic whole', () =>
    expect(speakerOf('«Мы готовы к переговорам в любой момент», — заявил Владимир Владимирович Путин.', 'Мы готовы', 'ru')).toBe(
      'Владимир Владимирович Путин',
    ));

  it('reads a Czech role in lower case before the name', () =>
    expect(speakerOf('„Jsme na to připraveni“, řekl ministr vnitra Vít Rakušan.', 'Jsme na to', 'cs')).toBe('Vít Rakušan'));
});
