/**
 * Dutch, Finnish, Romanian and Polish put the verb of saying first after a quotation, as German and the Nordic
 * languages do ("“…”, zegt burgemeester Femke Halsema."), and their verbs were in no list, so such a quotation had no
 * speaker; Polish sets a dash before the verb ("“…” – mówi Anna Nowak"). Written as these papers write, not copied from a
 * page; each name test failed before its rule, and the guard is a dash that opens no attribution.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf } from '../helpers/quotes.ts';

describe('the verb before its subject after a quotation', () => {
  it.each([
    ['"We gaan dit niet zomaar accepteren", zegt burgemeester Femke Halsema.', 'We gaan dit', 'nl', 'Femke Halsema'],
    ['"Dit is een zwarte dag voor Nederland," zei premier Dick Schoof.', 'Dit is een zwarte dag', 'nl', 'Dick Schoof'],
    ['"Tämä on erittäin vakava tilanne", sanoo pääministeri Petteri Orpo.', 'Tämä on erittäin', 'fi', 'Petteri Orpo'],
    ['„Ne vom opune acestei decizii”, a declarat premierul Marcel Ciolacu.', 'Ne vom opune', 'ro', 'Marcel Ciolacu'],
    ['„Nie zgadzamy się na takie rozwiązania” – mówi Anna Nowak, mieszkanka Krakowa.', 'Nie zgadzamy się', 'pl', 'Anna Nowak'],
  ])('%s', (text, quote, lang, speaker) => expect(speakerOf(text, quote, lang)).toBe(speaker));

  it('reads no attribution after a dash that opens none', () =>
    expect(
      speakerOf('The new lanes are "a network that reaches every single district" – and more are planned for the spring.', 'a network that reaches', 'en') ??
        '',
    ).toBe(''));
});
