/**
 * English speaker errors read on PolNeAR train (fifth session): the clause a quotation stands in names its speaker, and
 * the one spoken to is not. Each fixture is written in our own words the way the failing articles were, and failed
 * before the fix that names it.
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../utils/reading/quotes/index.ts';
import { clauseSubject } from '../../utils/reading/quotes/subject.ts';

const quoteOf = (text: string, quote: string) => {
  const found = findQuotes(text, { lang: 'en', trace: true }).find((entry) => entry.text.includes(quote));
  expect(found, `no quotation "${quote}"`).toBeDefined();
  return found!;
};

describe('a possessive apposition after the subject', () => {
  it('keeps the name before "New Jersey’s sitting governor," as the subject', () => {
    expect(clauseSubject('Christie, New Jersey’s sitting governor, repeated the charge that Rubio recites the same lines')?.text).toBe('Christie');
    expect(clauseSubject('Bush, Florida’s former governor, also attacked the front-runner')?.text).toBe('Bush');
  });

  it('still skips a place that closes an opening phrase: "In Salem, New Hampshire, Trump went …"', () => {
    expect(clauseSubject('In Salem, New Hampshire, Trump went after Bush')?.text).toBe('Trump');
  });

  it('credits the quotation to the name, not to the place in the apposition nor to the one attacked', () => {
    const text =
      'Jeb Bush called Rubio “a bright, charismatic leader” on Monday, and Chris Christie agreed with the charge. Christie, New Jersey’s ' +
      'sitting governor, repeated the charge that Rubio recites the same lines, calling him a “talented guy” only when he reads a teleprompter. ' +
      'Bush, Florida’s former governor, also attacked billionaire Donald Trump, with whom he clashed at the debate, calling him a “loser.” ' +
      'Christie and Bush trail in the polls.';
    expect(quoteOf(text, 'talented guy').speaker).toBe('Chris Christie');
    expect(quoteOf(text, 'loser').speaker).toBe('Jeb Bush');
  });
});

describe('the one told before a colon', () => {
  it('is not the speaker: "Priebus later Thursday told Fox News: “…”"', () => {
    const text =
      'Reince Priebus, the party chairman, urged calm. Ryan and Trump will meet next week. Priebus later Thursday told Fox News: ' +
      '“Both of them are meeting up next week to talk about these things, and I think it is going to work out.”';
    const quote = quoteOf(text, 'Both of them');
    expect(quote.speaker).not.toBe('Fox News');
    expect(quote.speaker).toBe('Reince Priebus');
  });

  it('is not the speaker after "telling": "…, telling Breitbart London: “…”"', () => {
    const text =
      'Sen. Ted Cruz was critical of the president, telling Breitbart London: “The comments today are typical of an administration that has lost its way.”';
    expect(quoteOf(text, 'typical of an administration').speaker).not.toBe('Breitbart London');
  });
});

describe('a clause of saying inside the sentence', () => {
  it('credits a described speaker who said it in a relative clause: "…, which an FBI inquiry said was “…”"', () => {
    const text =
      'Michael Mukasey spoke to the delegates on Tuesday. Mukasey, a former attorney general, criticized the use of a private server, ' +
      'which an FBI inquiry said was “extremely careless” but not criminal.';
    const quote = quoteOf(text, 'extremely careless');
    expect(quote.via).toBe('subject-said');
    expect(quote.mention).toBe('an FBI inquiry');
    expect(quote.speaker).not.toMatch(/Mukasey/u);
  });

  it('credits a described speaker in a clause after "when": "…, when a man tells a woman that she is “…”"', () => {
    const text =
      'Sanders answered the reporter sharply on Tuesday. Whatever their shared goals, when a man tells a woman that she is “moaning,” ' +
      'as Sanders did to the reporter, he dismisses what she says.';
    const quote = quoteOf(text, 'moaning');
    expect(quote.via).toBe('subject-said');
    expect(quote.mention).toBe('a man');
  });

  it('does not read a clause opener inside an earlier quotation of the sentence', () => {
    const text =
      'Elijah Cummings spoke after the hearing. “They are unloading on her with everything they have right before the conventions,” said ' +
      'Rep. Elijah Cummings. “They are spending millions of taxpayer dollars on this.”';
    expect(quoteOf(text, 'spending millions').speaker).toBe('Elijah Cummings');
  });
});

describe('clauses that open inside what was said (second read)', () => {
  it('reads no clause from an opener inside an earlier quotation: "Berg argued “…, while the council says …” and called the plan “…”"', () => {
    const text =
      'Anna Berg spoke on Monday. Berg argued “we should act now, while the council says it can still pay” and called the plan “a fair one for the town.”';
    expect(quoteOf(text, 'fair one').speaker).toBe('Anna Berg');
  });

  it('takes no described subject after "that", which after a verb of saying opens what was said', () => {
    const text = 'Jerome Powell spoke on Monday. Powell complained that the press wrote about rates all week and called the coverage “wildly overblown.”';
    expect(quoteOf(text, 'overblown').speaker).toBe('Jerome Powell');
  });

  it('keeps a rank before the surname He: "Mr. He said" is not the pronoun', () => {
    const text = 'He Lifeng met Janet Yellen in Zurich. Mr. He said “the talks were candid and constructive” after the meeting.';
    const quote = quoteOf(text, 'talks were');
    expect(quote.mention).toBe('Mr. He');
    expect(quote.speaker).not.toBe('Janet Yellen');
  });
});

describe('a straight closing mark set off by a space after a nested quotation', () => {
  it('closes the quotation: "…like, \'Oh, this matters,\' " Magel said', () => {
    const text =
      'David Magel came to the rally with his sons. "They dig up something he said years ago and treat it like, \'Oh, this matters,\' " ' +
      'Magel said at the rally. "But nobody minds when others do it."';
    const quote = quoteOf(text, 'They dig up');
    expect(quote.text.endsWith("this matters,'")).toBe(true);
    expect(quote.speaker).toBe('David Magel');
  });

  it('leaves a straight mark between spaces that follows no nested quotation unpaired: a 12 " rule', () => {
    expect(findQuotes('The board was cut to a 12 " length by the carpenter before noon.', { lang: 'en' })).toEqual([]);
  });
});

describe('an adverb between a described speaker and the verb', () => {
  it('is no word of the description: "the Clinton campaign also called for …"', () => {
    const text = 'Last week, the Clinton campaign also called on the agency to conduct an “expedited review of the water system in the city” at once.';
    expect(quoteOf(text, 'expedited review').mention).toBe('the Clinton campaign');
  });
});

describe('a dateline with a state abbreviated in mixed case', () => {
  it('is no part of the subject: "PORTLAND, Ore. - Peter Santilli …"', () => {
    expect(clauseSubject('PORTLAND, Ore. - Peter Santilli was charged with conspiracy on Friday')?.text).toBe('Peter Santilli');
    expect(clauseSubject('DECATUR, Ill. — Sen. Ted Cruz weighed in on the allegations')?.text).toBe('Sen. Ted Cruz');
  });
});

describe('an age before the subject after a place that closes the opening phrase', () => {
  it('reads "… in Bend, Oregon, 58-year-old Carla Reyes also …" as Carla Reyes, and "she said" after it as hers', () => {
    const text =
      'Views like these are common. At a rally in Bend, Oregon, 58-year-old Carla Reyes also complained about the cost of housing, ' +
      'and explained how much it worried her to see rents rise. “We cannot keep up with this anymore,” she said.';
    expect(clauseSubject('At a rally in Bend, Oregon, 58-year-old Carla Reyes also complained about the cost')?.text).toBe('Carla Reyes');
    expect(quoteOf(text, 'We cannot keep up').speaker).toBe('Carla Reyes');
  });
});

describe('an attribution that ends with a participle introducing the next quotation', () => {
  it('attributes the quotation before it: "“…,” Lewandowski said, adding: “…”"', () => {
    const text =
      'Corey Lewandowski dismissed the worry. "What you see is that people are turning out in huge numbers to support the campaign," ' +
      'Lewandowski said, adding: "They are going to help everybody down the ballot." Others were less sure.';
    const first = quoteOf(text, 'What you see');
    expect(first.mention).toBe('Lewandowski');
    expect(first.via).toBe('speaker-verb');
    expect(quoteOf(text, 'help everybody').speaker).toBe('Corey Lewandowski');
  });
});

describe('an intensifying pronoun between the speaker and the verb', () => {
  it('keeps the speaker: "Cruz himself said Tuesday that “…”"', () => {
    const text = 'Ted Cruz held several rallies. Cruz himself said Tuesday that “the only way to win the state is to go and ask, one on one, for support.”';
    const quote = quoteOf(text, 'the only way to win');
    expect(quote.mention).toBe('Cruz');
    expect(quote.speaker).toBe('Ted Cruz');
  });
});

describe('words of a run before the name', () => {
  it('drops a party member\'s description: "Senate Intelligence Ranking Democrat Dianne Feinstein said …"', () => {
    const text =
      'Republicans have two questions about the emails. Senate Intelligence Ranking Democrat Dianne Feinstein (D-Calif.) last week said ' +
      'Clinton was not the originator of any "top secret" email chains. Others disagreed.';
    expect(quoteOf(text, 'top secret').speaker).toBe('Dianne Feinstein');
  });

  it('reads a pronoun after an abbreviation the segmenter did not end as the pronoun: "… in the U.S. He says …"', () => {
    const text =
      'Chris Cox runs the lobbying arm. Cox says the president is trying to distract from attacks in the U.S. He says Americans do not need ' +
      'any more “emotional, condescending lectures that are completely devoid of facts.” The group is quiet.';
    const quote = quoteOf(text, 'condescending lectures');
    expect(quote.mention).toBe('He');
    expect(quote.speaker).toBe('Chris Cox');
  });
});

describe('a subject opened by "each", "every", "that" or "those"', () => {
  it('is a description that cannot speak, not the name "election cycle"', () => {
    const text =
      'Cape Breton Will Welcome Refugees.\n\nEach election cycle, there is a threat many people make but few keep: “If so-and-so wins, I am moving to Canada.” ' +
      'This time an island is ready.';
    expect(quoteOf(text, 'I am moving').speaker).toBe('');
  });
});

describe('a subordinator before a name after the quotation', () => {
  it('is no role: "… was “kind of riding the fence” until Haley said she …" is not Haley\'s', () => {
    const text =
      'Jason Sims, a teacher, says he made a late decision to vote for Rubio. Sims says he was “kind of riding the fence” until Haley said she was ' +
      'backing the Florida senator.';
    const quote = quoteOf(text, 'riding the fence');
    expect(quote.mention).not.toMatch(/Haley/u);
    expect(quote.speaker).toBe('Jason Sims');
  });
});

describe('a poll share before the verb', () => {
  it('names no one: "21 percent said “not too likely”" is not the candidate\'s', () => {
    const text =
      'Exit polls asked Democrats how likely Hillary Clinton was to defeat Donald Trump in the general election, to which 21 percent said ' +
      '“not too likely” and 14 percent said “not at all likely.” Clinton still leads.';
    const first = quoteOf(text, 'not too likely');
    expect(first.mention).toBe('21 percent');
    expect(first.speaker).toBe('');
    expect(quoteOf(text, 'not at all likely').speaker).toBe('');
  });
});
