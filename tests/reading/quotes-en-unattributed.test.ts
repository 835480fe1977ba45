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

/**
 * A phrase quoted inside a sentence whose subject said it, where the subject reader did not reach the subject: a party and
 * state set off by commas, a dateline with a date, a span of time opening the sentence, a clause opened by "where", and a
 * verb of saying in its -s form that the reader took for more of the noun phrase ("Obama admits").
 */
describe('the subject of a sentence of saying that quotes a phrase', () => {
  const opening = 'Senators Kay Morton and Luis Abad spent the week in Iowa with two other candidates.\n\n';
  /** The rules' reading: the subject is the speaker of a clause of saying (before the fix: a guessed subject, or none). */
  const traced = (text: string, quote: string) => {
    const found = findQuotes(text, { lang: 'en', rulesOnly: true, trace: true }).find((entry) => entry.text.includes(quote));
    return { speaker: found?.speaker, via: found?.via };
  };

  it('reads past a party and state set off by commas', () => {
    const text = opening + 'Sen. Kay Morton, R-Ohio, told a radio host that the polls could be "way off" and had been wrong before.';
    expect(rulesSpeaker(text, 'way off')).toBe('Kay Morton');
  });

  it('reads past a dateline that gives the date', () => {
    const text =
      'DENVER, June 10 (UPI) — Presumptive presidential nominee Kay Morton told a union gathering in Denver she will protect pensions while her opponent, Luis Abad, wants to “take the state backward.”';
    expect(traced(text, 'take the state backward')).toEqual({ speaker: 'Kay Morton', via: 'subject-said' });
  });

  it('reads past a span of time that opens the sentence', () => {
    const text =
      opening + 'Hours later, Kay Morton returned the favour to Abad, telling a local paper, “Luis and I have worked together for years. He is a fine man.”';
    expect(rulesSpeaker(text, 'Luis and I have worked')).toBe('Kay Morton');
  });

  it('takes the subject of a clause opened by "where"', () => {
    const text =
      opening +
      'The dispute reached the Senate floor, where Majority Whip Luis Abad (D-Iowa) told reporters that he had spoken with the governor\'s chief of staff on Tuesday morning and that "a deal is coming by Friday."';
    const { speaker, via } = traced(text, 'a deal is coming');
    expect(via).toBe('subject-said');
    expect(speaker).toContain('Luis Abad');
  });

  it('ends the subject at a verb of saying in its -s form', () => {
    const text =
      opening +
      'In a long interview with a weekly magazine, Sen. Abad admits the 2014 federal farm relief program for the western counties “did not work,” and the growers there have lost their land.';
    expect(traced(text, 'did not work')).toEqual({ speaker: 'Luis Abad', via: 'subject-said' });
  });
});

/**
 * A name that begins with "A" ("Axelrod", "ACLU executive director Anna Ruiz"): the check that keeps an article ("a", "an",
 * "the") out of the front of a role and name applied the word boundary to "another" only, so every name opening with the
 * letters "a", "an", "the" or "one" was refused there.
 */
describe('a role and name that open with the letter A', () => {
  const opening = 'Over five years, Governor Lena Ortiz turned defeat into a political victory on the river bill.\n\n';

  it('is the speaker at the end of the sentence', () => {
    const text = opening + 'Ortiz "felt a moral obligation to do something about" the river, Axelrod said. "This is core stuff for her."';
    expect(rulesSpeaker(text, 'felt a moral obligation')).toBe('Axelrod');
  });

  it('keeps the role out of the name', () => {
    const text = opening + '“This plan does nothing for the families downstream,” ACLU executive director Anna Ruiz said in a statement.';
    expect(rulesSpeaker(text, 'This plan does nothing')).toBe('Anna Ruiz');
  });
});

/** A plural subject with its verb of saying in the plain present ("the Danes state", "the two senators write"). */
describe('a verb of saying in the plain present after a plural subject', () => {
  const opening = 'Prime Minister Mette Olsen and her foreign minister sent a memo to Congress on Thursday.\n\n';

  it('attributes the quotation to the subject', () => {
    const text =
      opening +
      '“Today, the kingdom is one of the closest partners the United States has in the North Sea,” the Danes state in the memo, which was shared with lawmakers.';
    expect(rulesSpeaker(text, 'Today, the kingdom')).toMatch(/Danes$/u);
  });

  it("not where the plain verb follows a headline's plural noun before a colon", () => {
    const text = opening + 'Pollsters agree - Carl Berg: “One of the biggest lessons was a simple one: keep on contacting voters.”';
    expect(rulesSpeaker(text, 'One of the biggest lessons')).not.toBe('Pollsters');
  });
});

/** Verbs of saying the list lacked: "fumed", "questioned", "surmised", "retaliated", "proclaims". */
describe('more verbs of saying', () => {
  const opening = 'Senator Pat Moody met with the leaders of both parties and with Governor Joe Manley on Tuesday.\n\n';

  it.each(['fumed', 'questioned', 'surmised', 'retaliated'])('"…,” Moody %s', (verb) => {
    const text = opening + `“If they were serious about this, they would have gone to the only bill with support from both parties,” Moody ${verb} on Tuesday.`;
    expect(rulesSpeaker(text, 'If they were serious')).toBe('Pat Moody');
  });
});

/** An apposition with commas of its own between the name and its verb: age, home town and state, a relative clause. */
describe('a name, then an apposition holding commas, then the verb', () => {
  it('is the speaker', () => {
    const text =
      'A new poll asked voters in both parties which candidate scares them most.\n\n' +
      '"Both of the front-runners scare me," Harold Pine, 30, of Durham, N.C., who was among those polled, said in a follow-up interview.';
    expect(rulesSpeaker(text, 'Both of the front-runners')).toBe('Harold Pine');
  });
});

/** A block quotation, a paragraph of its own, that the paragraph before introduces with a colon. */
describe('a block quotation introduced by the sentence before', () => {
  const opening = 'Governor Ruth Adler and Mayor Dan Kell both spoke after the flood on Monday.\n\n';

  it('belongs to the subject of an introduction with any verb', () => {
    const text =
      opening +
      'When the dam failed in 1998, Governor Ruth Adler released the following statement:\n\n' +
      '“Our thoughts are with the families of the valley. We will rebuild every road and every home that the river took.”';
    expect(rulesSpeaker(text, 'Our thoughts are with')).toBe('Ruth Adler');
  });

  it('belongs to the subject of a verb of saying', () => {
    const text =
      opening +
      'For many, that candidate is Kell. Paul Brandt, a retired farmer who voted for both parties, said that given the choice:\n\n' +
      '"There is only one: Kell. The reason why, in my opinion: he spends his own money and owes nobody."';
    expect(rulesSpeaker(text, 'There is only one')).toBe('Paul Brandt');
  });

  it('not where the quotation has its own attribution after it', () => {
    const text =
      opening +
      'Kell did back the plan on Thursday, and the local paper has proof:\n\n' +
      '“Should the city build a new dam on the river this year?” a reporter can be heard asking Kell after an event downtown.';
    expect(rulesSpeaker(text, 'Should the city build')).not.toBe('Dan Kell');
  });
});

/** An adverb after the verb (and its addressee) of a long attribution sentence: "…?” Trump asked reporters rhetorically during …". */
describe('an adverb after the verb of a long attribution sentence', () => {
  it('still attributes the quotation that ended its own sentence', () => {
    const text =
      'Senator Ann Lowe and Governor Mark Tate have traded insults for a month.\n\n' +
      '“You think I am going to change?” Tate asked reporters rhetorically during a news conference late last month at the state house.';
    expect(rulesSpeaker(text, 'You think I am going to change')).toBe('Mark Tate');
  });
});

/** A person's campaign or office that speaks in their name: the words are credited to the owner, as the owner's own words are. */
describe('a campaign or office that speaks for its owner', () => {
  const opening = 'Speaker Paul Reardon met the party’s nominee, Donald Frey, on Thursday.\n\n';

  it('after the quotation', () => {
    const text =
      opening +
      '“Having both said we need to unify the party, the speaker has invited the nominee to meet the House leadership,” Reardon’s office said in a statement.';
    expect(rulesSpeaker(text, 'Having both said')).toBe('Paul Reardon');
  });

  it('as the subject of the sentence that quotes', () => {
    const text = opening + 'Frey’s campaign said the speech at the downtown hotel on Wednesday would be “regarding the election.”';
    expect(rulesSpeaker(text, 'regarding the election')).toBe('Donald Frey');
  });

  it('not the people in the owner’s employ', () => {
    const text = opening + '“We will fight this ruling in every court of the land,” Frey’s lawyers said in a statement.';
    expect(rulesSpeaker(text, 'We will fight this ruling')).not.toBe('Donald Frey');
  });

  it('not an organisation’s office', () => {
    const text = opening + '“The plant will stay open through the end of the year,” General Motors’ press office said in a statement.';
    expect(rulesSpeaker(text, 'The plant will stay open')).toBe('');
  });
});

describe('the plain present only where it reads as a verb (second read)', () => {
  it('still reads a plural subject whose verb takes an object ("tell reporters", "warn the governor")', () => {
    expect(quoteOf('“We will not back down from this fight now,” the two senators tell reporters in a letter.', 'back down').speaker).toBe('the two senators');
    expect(quoteOf('“We will not back down from this fight now,” the senators warn the governor.', 'back down').speaker).toBe('the senators');
  });

  it('gives no place the quotation where "state" or "note" is a noun before another', () => {
    for (const text of [
      '“We will appeal this ruling as soon as we can,” Washington state health officials said on Monday.',
      '“We will appeal this ruling as soon as we can,” Michigan state officials wrote.',
      '“We will appeal this ruling as soon as we can,” Apple note cards said nothing.',
    ]) {
      const speakers = findQuotes(text, { lang: 'en' }).map((quote) => quote.speaker);
      expect(
        speakers.filter((speaker) => /^(?:Washington|Michigan|Apple)$/u.test(speaker)),
        text,
      ).toEqual([]);
    }
  });
});
