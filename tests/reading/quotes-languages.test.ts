/**
 * Attribution outside English (issue 11): each language's word order, speech verbs and quotation marks. Short texts
 * written the way the hand-labelled tune pages (tests/fixtures/quote-labels, split "tune") are; each failed before the
 * rule it names.
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../utils/reading/quotes/index.ts';
import { findQuoteSpans } from '../../utils/reading/quotes/marks.ts';

const speakerOf = (text: string, quote: string, lang: string) => {
  const found = findQuotes(text, { lang }).find((entry) => entry.text.includes(quote));
  expect(found, `no quotation "${quote}"`).toBeDefined();
  return found!.speaker;
};

describe('French « … » on a page whose menu uses » as an arrow', () => {
  it('reads the guillemets as French pairs, not the narrative between two quotations', () => {
    const text =
      'Toutes les infos de ce jeudi sont à suivre ici.\n\n» Le direct de la veille\n\n» Les marchés en continu\n\n' +
      'Keir Starmer affirme qu’il souhaite « donner un nouvel élan » à la relation entre les deux pays.\n\n' +
      '« Le président Macron et moi-même nous pencherons sur les questions de défense », écrit le chef du gouvernement travailliste.';
    const texts = findQuoteSpans(text).map((span) => span.text);
    expect(texts).toContain('donner un nouvel élan');
    expect(texts).toContain('Le président Macron et moi-même nous pencherons sur les questions de défense');
    expect(texts.some((quoted) => quoted.includes('à la relation'))).toBe(false);
  });

  it('still reads German »…« when the text opens with one', () => {
    const texts = findQuoteSpans('Er sagte: »Das ist gut«, und ging. Dann kam »viel Bewegung« in die Sache.').map((span) => span.text);
    expect(texts).toEqual(['Das ist gut', 'viel Bewegung']);
  });
});
