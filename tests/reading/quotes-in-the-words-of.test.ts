/**
 * Other ways Spanish and French news say "according to" around a quotation: "«…», en palabras de la consejera Marta Gil",
 * "« … », d’après le préfet Jean Martin", "De acuerdo con Ana Ruiz, «…»". Only "según" and "selon" were read, and these
 * quotations had no speaker. Written for issue 11; each test that expects a name failed before, the guards keep sources
 * and institutions without a person's name.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf } from '../helpers/quotes.ts';

describe('"in the words of" and "according to" credit the one named', () => {
  it.each([
    ['es', '«La sanidad pública no está en venta», en palabras de la consejera Marta Gil.', 'La sanidad pública', 'Marta Gil'],
    ['fr', '« Les routes resteront fermées toute la nuit », d’après le préfet Jean Martin.', 'Les routes resteront', 'Jean Martin'],
    ['es', 'De acuerdo con Ana Ruiz, «la obra estará lista en junio sin más retrasos».', 'la obra estará lista', 'Ana Ruiz'],
    ['es', 'En palabras de Luis Ortega, «el club vive el mejor momento de su historia reciente».', 'el club vive', 'Luis Ortega'],
  ])('%s: %s', (lang, text, quote, speaker) => expect(speakerOf(text, quote, lang)).toBe(speaker));
});

describe('guards: sources and institutions are no person', () => {
  it.each([
    ['es', '«La obra estará lista en junio sin más retrasos», de acuerdo con fuentes municipales.', 'La obra estará lista'],
    ['fr', '« Les routes resteront fermées toute la nuit », d’après la préfecture.', 'Les routes resteront'],
  ])('%s: %s', (lang, text, quote) => expect(speakerOf(text, quote, lang) ?? '').toBe(''));
});
