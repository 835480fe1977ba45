/**
 * Cases from the third read of the sixth session's quote changes, each failing before its fix: guillemets used as
 * arrows on German pages, a Portuguese perfect of saying, a German given name that is also a month, and one long
 * run of text before many short sentences.
 */
import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../utils/reading/quotes/marks.ts';
import { splitSentences } from '../../utils/reading/sentences.ts';
import { quoteOf } from '../helpers/quotes.ts';

const spans = (text: string, lang: string) => findQuoteSpans(text, lang).map((span) => span.text);

describe('a guillemet used as an arrow', () => {
  it('as a bullet opening a line, or between two steps of a path, opens no quotation on a German page', () => {
    expect(spans('» Lesen Sie auch: Die Brücke wird gesperrt. Die Bürgermeisterin sagte: »Wir bauen sie neu.« Dann ging sie.', 'de')).toEqual([
      'Wir bauen sie neu.',
    ]);
    expect(spans('Startseite » Region » Stadt. Die Bürgermeisterin sagte: »Wir bauen sie neu.« Dann ging sie.', 'de')).toEqual(['Wir bauen sie neu.']);
  });

  it('while quotations with spaces inside still pair', () => {
    expect(spans('Han sagde: » Broen er lukket «, og gik. Så sagde hun: » Vi bygger en ny «.', 'da')).toEqual(['Broen er lukket', 'Vi bygger en ny']);
    expect(spans('« Nous restons », confie-t-elle. Après la réforme, « rien » ne change.', 'fr')).toEqual(['Nous restons', 'rien']);
  });
});

describe('speakers', () => {
  it('a Portuguese perfect of saying ("tem dito") attributes the quotation after it', () => {
    expect(quoteOf('A reunião durou horas. Carla Mendes tem dito: «Não há tempo a perder com esta obra.»', 'Não há tempo', 'pt').speaker).toBe('Carla Mendes');
  });

  it('a German given name that is also a month is a name at the start of a sentence', () => {
    const text = 'Mai Lindner sprach am Montag vor dem Rat. „Wir müssen über die Zukunft der Brücke reden“, sagte Lindner.';
    expect(quoteOf(text, 'Zukunft der Brücke', 'de').speaker).toBe('Mai Lindner');
  });
});

describe('one long run of text before many short sentences', () => {
  it('is split in time and memory in proportion to its length', () => {
    // A 65,000-character run with no sentence end, then 20,000 short sentences in the same paragraph: a window doubled
    // until it held the run (to 128,000 characters) was read whole, short sentences and all, at a cost that grew with
    // its square (it ran out of memory on a 290,000-character paragraph of this kind).
    const text = `${'x'.repeat(65_000)}. ${'Ab. '.repeat(20_000)}`;
    const start = performance.now();
    const sentences = splitSentences(text, 'en');
    expect(sentences).toHaveLength(20_001);
    expect(performance.now() - start).toBeLessThan(1500);
  });
});

describe('fourth read', () => {
  it('a French quotation nested in another keeps its outer opening mark', () => {
    // Nesting is not paired whole, but the quotation starts where the speaker's words start, as before the arrow rule.
    expect(spans('« Il a dit « non » puis il est parti », raconte sa mère.', 'fr')[0]).toMatch(/^Il a dit/u);
  });

  it('a paragraph of sentences just over half a window long is split in time in proportion to its length', () => {
    // Each such sentence sent the segmenter the whole rest of the paragraph: 3.2 s for these 2 MB.
    const sentence = `${'Word '.repeat(400)}end. `;
    const text = sentence.repeat(1000);
    const start = performance.now();
    expect(splitSentences(text, 'en')).toHaveLength(1000);
    expect(performance.now() - start).toBeLessThan(1500);
  });
});
