/**
 * Quotations that Lucid found with no attribution at all although their sentence names the speaker (modelled on PolNeAR
 * train failures, written anew): the attribution sits in a long sentence after a quotation that ended its own sentence
 * ("…!” the party's nominee, Jane Doe, wrote Sunday after …"), or an adverb stands between the subject and its verb of
 * saying ("Ellis however said he would …"). These tests failed before their fix.
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../utils/reading/quotes/index.ts';
import { quoteOf } from '../helpers/quotes.ts';

const rulesSpeaker = (text: string, quote: string) => findQuotes(text, { lang: 'en', rulesOnly: true }).find((entry) => entry.text.includes(quote))?.speaker;

describe('a long attribution sentence after a quotation that ended its own', () => {
  const text =
    'Mayor Tom Reyes and Governor Ann Pike spoke after the storm on Saturday.\n\n' +
    '“Will the governor finally admit the levees failed? If she does not, she should step aside!” the city’s former budget chief, ' +
    'Martin Avery, wrote Sunday after a long night of flooding in the eastern districts of the city.';

  it('names the one set off after the role', () => {
    expect(rulesSpeaker(text, 'Will the governor finally admit')).toBe('Martin Avery');
  });

  it('names a description that opens it', () => {
    const described =
      'Mayor Tom Reyes and Governor Ann Pike spoke after the storm on Saturday.\n\n' +
      '“We want the money back now!” the group said in a letter to the council, which meets again on Tuesday to vote on the budget.';
    expect(rulesSpeaker(described, 'We want the money back')).toBe('the group');
  });

  it('shows it', () => {
    expect(quoteOf(text, 'Will the governor finally admit').speaker).toBe('Martin Avery');
  });
});

describe('an adverb between the subject and its verb of saying', () => {
  const text =
    'Defense Secretary Ash Carter met his Chinese counterpart in Singapore, and Admiral Sun Jianguo answered him on Sunday.\n\n' +
    'Carter however said he would welcome China’s part in a “principled security network” for the region.';

  it('leaves the subject the speaker of the phrase it quotes', () => {
    expect(rulesSpeaker(text, 'principled security network')).toBe('Ash Carter');
  });
});
