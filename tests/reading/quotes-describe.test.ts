/**
 * describe.ts: "a New Hampshire Republican" describes an unnamed speaker; a mention whose words are not all
 * capitalised before a name ends in a name ("an Axios reporter Jonathan Swan", "a defensive Brian"). The pattern
 * was case-insensitive, under which `\p{Lu}` matches lower-case letters too, so both were taken for descriptions.
 */
import { describe, expect, it } from 'vitest';
import { isDescription } from '../../utils/reading/quotes/describe.ts';
import { findQuotes } from '../../utils/reading/quotes/index.ts';

describe('an indefinite article and capitalised words of membership', () => {
  it.each(['a New Hampshire Republican', 'an Iowa Democrat', 'another Texas Democrat'])('describe someone unnamed: %s', (mention) => {
    expect(isDescription(mention)).toBe(true);
  });

  it.each(['an Axios reporter Jonathan Swan', 'a defensive Brian'])('end in a name: %s', (mention) => {
    expect(isDescription(mention)).toBe(false);
  });
});

describe('a description whose head is an agent noun in -ee', () => {
  it('is shown whole: “…,” said one attendee', () => {
    const text =
      'The meeting ran past midnight. “Nobody in that room wanted to be the first to say it out loud,” said one attendee. ' +
      'The committee adjourned without a vote.';
    const found = findQuotes(text, { lang: 'en' }).find((quote) => quote.text.includes('first to say it'));
    expect(found?.speaker).toBe('one attendee');
  });
});
