/**
 * A paragraph that continues the previous speaker's words, and quotations whose marks mix curly and straight double
 * quotes: two classes of unshown speakers read by hand on PolNeAR train (fourth session). Real sentences from the data;
 * each test failed before its fix.
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../utils/reading/quotes/index.ts';
import { findQuoteSpans } from '../../utils/reading/quotes/marks.ts';

const quotesOf = (text: string) => findQuotes(text, { lang: 'en', trace: true });

describe('a paragraph that is only a quotation', () => {
  it('continues the speaker of the paragraph before, though the next paragraph opens with words of its own', () => {
    const text =
      'Scarborough Shoal, an outcrop in the disputed sea, would have consequences, Ash Carter said.\n\n' +
      '“I hope that this development doesn’t occur, because it will result in actions being taken by the United States and by others in ' +
      'the region which would have the effect of isolating China,” Carter told the Shangri-La Dialogue, a regional security forum in Singapore.\n\n' +
      '“The United States will remain the most powerful military and main underwriter of security in the region for decades to come.”\n\n' +
      'The South China Sea has become a flashpoint between the United States and China.';
    const continued = quotesOf(text).find((quote) => quote.text.startsWith('The United States will remain'));
    expect(continued?.via).toBe('continued');
    expect(continued?.speaker).toBe('Ash Carter');
  });
});

describe('curly and straight double marks mixed', () => {
  const text =
    'Clinton delivered a message Sunday that resonates for many mayors. “Our roads and bridges are potholed and crumbling," she said. ' +
    '"Families endure blackouts because our electric grid fails in extreme weather. Our airports are a mess.” Clinton promised her program would be paid for.';

  it('closes “…" and opens "…” as two quotations, not one that swallows the attribution between them', () => {
    const spans = findQuoteSpans(text).map((span) => span.text);
    expect(spans).toEqual([
      'Our roads and bridges are potholed and crumbling,',
      'Families endure blackouts because our electric grid fails in extreme weather. Our airports are a mess.',
    ]);
  });

  it('gives both to the speaker the attribution between them names', () => {
    const text2 =
      'State Senate President Steve Sweeney said contractors built a Trump cushion into their bids. “As a construction guy, he put a lot of ' +
      'people out of business, too" Sweeney said after an event in Edison on Wednesday. "In fact, there was an old saying down there, when ' +
      'people would bid his projects, you would bid him 20 percent higher.” Clinton spoke just down the street.';
    const quotes = quotesOf(text2);
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Steve Sweeney', 'Steve Sweeney']);
  });

  it('still reads a straight quotation inside a curly one as its text', () => {
    const nested = 'He added: “The sign said "Stop" and we did.” Then he left.';
    expect(findQuoteSpans(nested).map((span) => span.text)).toEqual(['The sign said "Stop" and we did.']);
  });
});

describe('a quotation inside a sentence about someone else', () => {
  it('does not continue the last speaker: "They argue that Clinton should “lead by example”", "The cable indicated … the “minimum”"', () => {
    const groups =
      'Muslim groups wrote to Clinton on Thursday. Retired Gen. Wesley Clark said on MSNBC that disloyal Americans should be put in camps ' +
      '“for the duration of the conflict.” They argue that Clinton should “lead by example” by condemning those remarks.';
    expect(quotesOf(groups).find((quote) => quote.text.startsWith('lead by example'))?.via).not.toBe('continued');
    const cable =
      'The cable was sent to Washington in July 2012. In the cable, Ambassador Chris Stevens reported that security conditions continue to be ' +
      '“unpredictable, with large numbers of armed groups.” The cable indicated 13 security personnel would be the “minimum” needed for transportation security.';
    const minimum = quotesOf(cable).find((quote) => quote.text.startsWith('minimum'));
    expect(minimum?.via).toBe('subject-guess');
    expect(minimum?.mention).toBe('The cable');
  });

  it('still continues the speaker through "His assumption …" and a sentence that opens with the speaker’s own words', () => {
    const text =
      'At the time, Sen. Ted Cruz told NBC News that Trump’s success had been “immensely beneficial for our campaign.” His assumption, confidently ' +
      'stated on live TV, was that “as voters get more educated,” they would graduate from Trump’s campaign to his.';
    expect(quotesOf(text).find((quote) => quote.text.startsWith('as voters'))?.via).toBe('continued');
  });
});

describe('a pull quote', () => {
  it('has the speaker of the statement it repeats, not the speaker of the quotation before it', () => {
    const text =
      '“Climate change is a phenomenon that is measured over a long period of time,” explains Marcelo Leppe, director of the Chilean ' +
      'Antarctic Institute.\n\n' +
      'Francisco Navarro, a glaciologist at the Polytechnic University of Madrid, explains the readings. “The record day surprised us all,” ' +
      'Navarro said.\n\n' +
      '“Climate change is a phenomenon that is measured over a long period of time. When you look at the yearly variation you find peaks.”\n\n' +
      'The station recorded 18 degrees.';
    const pull = quotesOf(text).find((quote) => quote.text.includes('When you look at the yearly variation'));
    expect(pull?.speaker).toBe('Marcelo Leppe');
  });
});
