/**
 * A labelled photo credit that holds a date or closes with a full stop: "Beitragsbild: Titelseite der FAZ vom
 * 2.4.2019, Ausriss." under a blog post (extraction-dev) was kept as a line of the article, since the credit rule
 * took no full stop at all, to keep sentences out; the dots of a date and one closing stop are no sentence.
 */
import { describe, expect, it } from 'vitest';
import { isPhotoCredit } from '../../utils/pipeline/clutter.ts';

describe('a labelled photo credit with a date or a closing full stop', () => {
  it.each(['Titelbild: Ausschnitt der Lokalzeitung vom 3.5.2020, Scan.', 'Foto: Stadtarchiv, 12.10.1965', 'Photo: city archive.', 'Bild: dpa.'])(
    'is a credit: %s',
    (line) => {
      expect(isPhotoCredit(line)).toBe(true);
    },
  );

  it.each(['Foto: Die Brücke im Winter. Sie wurde 1920 gebaut.', 'Bild: Der Bürgermeister sagte. Das war am 3. Mai.'])(
    'two sentences after a label stay: %s',
    (line) => {
      expect(isPhotoCredit(line)).toBe(false);
    },
  );
});
