/**
 * Danish, Norwegian and Swedish put the verb of saying before its subject after a quotation, as German does ("»…«,
 * siger borgmester Sophie Andersen."), and their verbs were in no list: such a quotation had no speaker. With the verbs
 * read, "skriver presidenten på X" took the platform after the preposition for the speaker, so the prepositions end a
 * role as German and Romance ones do. Written as these papers write, not copied from the labelled page; each name
 * test failed before its rule, and the guard keeps the platform out now that the verbs are read.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf } from '../helpers/quotes.ts';

describe('the verb before its subject after a quotation', () => {
  it.each([
    ['»Vi er klar til at tage ansvar for det her«, siger borgmester Sophie Andersen.', 'Vi er klar', 'da', 'Sophie Andersen'],
    ['«Dette er en svært alvorlig situasjon for oss», sier statsminister Jonas Gahr Støre til NRK.', 'Dette er en svært alvorlig', 'nb', 'Jonas Gahr Støre'],
    ['”Vi behöver fler luftvärnssystem redan nu”, skriver Volodymyr Zelenskyj på X.', 'Vi behöver fler', 'sv', 'Volodymyr Zelenskyj'],
  ])('%s', (text, quote, lang, speaker) => expect(speakerOf(text, quote, lang)).toBe(speaker));

  it('does not take the platform after "på" for the speaker', () =>
    expect(
      speakerOf('Volodymyr Zelenskyj talade i Kiev. ”Vi behöver fler luftvärnssystem redan nu”, skriver presidenten på X.', 'Vi behöver fler', 'sv'),
    ).not.toBe('X'));
});
