/**
 * A definite description of a role ("the senator", "the New Jersey governor", "the judge") points back to the person
 * the article has just named with that role; real sentences from PolNeAR train. Each failed before roles.ts.
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../utils/reading/quotes/index.ts';

const speakerOf = (text: string, quote: string) => {
  const found = findQuotes(text, { lang: 'en' }).find((entry) => entry.text.includes(quote));
  expect(found, `no quotation "${quote}"`).toBeDefined();
  return found!.speaker;
};

describe('a description of a role named just before', () => {
  it('"the senator" after "Sen. Bernie Sanders (I-Vt.)"', () => {
    const text =
      'WASHINGTON — Sen. Bernie Sanders (I-Vt.) defended his call to raise the federal minimum wage to $15 an hour, saying the positives ' +
      'would outweigh the potential in job losses. “I apologize to nobody for that,” the senator said during Saturday night’s Democratic debate.';
    expect(speakerOf(text, 'I apologize to nobody')).toBe('Bernie Sanders');
  });

  it('"the New Jersey governor" after "New Jersey Gov. Chris Christie"', () => {
    const text =
      "New Jersey Gov. Chris Christie accused Cruz of opposing the NSA's bulk collection of metadata for political reasons. " +
      '"He went for the easy political vote at a time when it looked like it was a popular thing to do," the New Jersey governor said.';
    expect(speakerOf(text, 'easy political vote')).toBe('Chris Christie');
  });

  it('not a senator of another state: "The Florida senator" is not "Sen. Joni Ernst, R-Iowa"', () => {
    const text =
      'Rubio stressed defense issues during an appearance with Sen. Joni Ernst, R-Iowa. The Florida senator told reporters he feels good ' +
      'about his campaign in Iowa, and "we feel very good about where we are headed in this state."';
    expect(speakerOf(text, 'we feel very good')).not.toBe('Joni Ernst');
  });

  it('not the name its own apposition describes: "Mika Brzezinski, the Democratic presidential candidate stated"', () => {
    const text =
      'In an interview with Morning Joe hosts Joe Scarborough and Mika Brzezinski, the Democratic presidential candidate stated that ' +
      'Trump’s “divisive and mean-spirited comments do not reflect who we are as a country.”';
    expect(speakerOf(text, 'divisive')).not.toBe('Mika Brzezinski');
  });
});
