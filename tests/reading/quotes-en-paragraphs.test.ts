/**
 * A statement quoted paragraph by paragraph, each paragraph reopening the quotation and none closing it (a transcript
 * on PolNeAR train, "Transcript as follows:"; and the dev split holds more): before, the whole run was dropped as one
 * unclosed quotation, and every paragraph of it was missed. Each paragraph is now a quotation of its own; a lone
 * unclosed mark still opens none. The same where a page lost its paragraph breaks: an opening mark after a sentence's end
 * while a quotation of its family is open starts a new quotation ("…principles? "Is the candidate …").
 */
import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../utils/reading/quotes/marks.ts';
import { findQuotes } from '../../utils/reading/quotes/index.ts';

const transcript =
  'Tuesday at Baldwin Wallace University in Berea, OH, after winning Ohio in the Republican presidential primary, Gov. John Kasich (R-OH) spoke to supporters. Transcript as follows:\n\n' +
  '"Tonight we arrived in Cleveland, and we went to a restaurant. We thought we could kind of sneak in and grab a quick meal, and when we walked through the restaurant, people started to cheer.\n\n' +
  '"We’re now up 400,000 plus jobs. We’re running a $2 billion surplus. Our pensions are secure. We have cut taxes by more than any governor in this country.\n\n' +
  '"And you know, ladies and gentlemen, my whole life has been about trying to create a climate of opportunity for people.';

describe('a quotation reopened in each paragraph and never closed', () => {
  it('gives each paragraph as a quotation', () => {
    const spans = findQuoteSpans(transcript);
    expect(spans.map((span) => span.text.slice(0, 20))).toEqual(['Tonight we arrived i', 'We’re now up 400,000', 'And you know, ladies']);
    expect(findQuotes(transcript, { lang: 'en' })).toHaveLength(3);
  });

  it('but a stray mark left open in one paragraph opens nothing', () => {
    const text = 'He called the plan "a disaster at every level.\n\nThe committee meets again on Monday to vote on the bill.';
    expect(findQuoteSpans(text)).toEqual([]);
  });
});

describe('quotations reopened after a sentence end where the paragraph breaks were lost', () => {
  it('are one quotation each, not one running to the last closing mark', () => {
    const text =
      'He listed the factors important in a successful Republican presidential nominee in 2016: "Has the candidate a record of personal activism and leadership for conservative principles? ' +
      '"Is the candidate surrounded by people notable for their firm commitment to conservative principles? ' +
      '"Can the liberal media destroy any truly conservative presidential candidate?" He then applied them to the field.';
    expect(findQuoteSpans(text).map((span) => span.text.slice(0, 20))).toEqual(['Has the candidate a ', 'Is the candidate sur', 'Can the liberal medi']);
  });

  it('while a quotation that quotes a sentence and goes on is left whole', () => {
    const text = '"I said no. I meant it," she told the board.';
    expect(findQuoteSpans(text).map((span) => span.text)).toEqual(['I said no. I meant it,']);
  });
});

describe('a quotation that ends its paragraph', () => {
  it('is not attributed by the next paragraph’s first sentence (a reporter’s credit line)', () => {
    const text =
      'The mayor said he has not thought about stepping down.\n\n' +
      '"There is a way to settle this," he said. "It is called the ballot box."\n\n' +
      'Novak reported from Springfield.';
    const found = findQuotes(text, { lang: 'en' }).find((quote) => quote.text.includes('ballot box'));
    expect(found?.speaker).not.toBe('Novak');
  });

  it('keeps a signature on the next line that opens with a dash', () => {
    const text =
      'Readers wrote in after the debate.\n\n"The whole idea of a rigged election is nonsense to me and to my neighbours."\n\n- Dana Whitfield, Harrisburg.';
    const found = findQuotes(text, { lang: 'en' }).find((quote) => quote.text.includes('rigged election'));
    expect(found?.speaker).toBe('Dana Whitfield');
  });
});
