/**
 * Attribution classes of English news that the readers missed or misread (real sentences from PolNeAR train); each
 * test failed before its fix: a question put to someone who "was asked", a description that closes the sentence after
 * a quoted phrase ("…, the rights group says."), an age before a name ("81-year-old Parker Eaton"), and a verb of
 * saying first with the speaker's home after "of" ("beamed Donald Hartley of Madison, Alabama, who …").
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../utils/reading/quotes/index.ts';
import { quoteOf } from '../helpers/quotes.ts';

describe('a question put to someone who "was asked"', () => {
  it('is not the words of the one asked, nor given to the people around it', () => {
    const text =
      'Former Clinton Senior Adviser Sidney Blumenthal said that he has “no idea” if he would have told Hillary Clinton not to use a personal server. ' +
      'Blumenthal was asked, “If you had known she had a personal server, would you have told her it’s not a good idea?” ' +
      'He answered, “I have no idea. We’re old friends, and when you’re friend of somebody who’s in the middle of politics, you help.”';
    expect(quoteOf(text, 'If you had known').speaker).toBe('');
    expect(quoteOf(text, 'I have no idea').speaker).toMatch(/Sidney Blumenthal$/u);
  });

  it('is the asker\'s when "asked by" names them', () => {
    const text =
      'Sanders was asked by host Bill Maher, who is supporting Sanders, but has previously dismissed the story about Clinton’s emails, ' +
      '“Now, you famously said, in one of the first debates with Hillary Clinton, oh, I’m tired of hearing about the emails.” ' +
      'Sanders responded, “It has. But this is what I also think, there is enormous frustration on the part of the American people.”';
    expect(quoteOf(text, 'you famously said').speaker).toMatch(/Bill Maher$/u);
    expect(quoteOf(text, 'It has.').speaker).toBe('Sanders');
  });

  it('not when the one asked then answers in the same sentence', () => {
    const text = 'In a telephone interview, Pence was asked about the comment and said, “These are two men that are building a relationship.”';
    expect(quoteOf(text, 'These are two men').speaker).toBe('Pence');
  });
});

describe('a description that closes the sentence after a quoted phrase', () => {
  it('"…, the rights group says." is not the subject\'s', () => {
    const text =
      'U.N. PANEL RULES FOR WIKILEAKS FOUNDER. Julian Assange has been “arbitrarily detained” by Britain and Sweden since December 2010, ' +
      'and should be freed and compensated, the rights group says.';
    expect(quoteOf(text, 'arbitrarily detained').speaker).not.toBe('Julian Assange');
  });
});

describe('an age before a name', () => {
  it('"76-year-old Morton Blackwell, founder of …, endorsed Cruz last week, saying he “…”"', () => {
    const text =
      'Conservatives have lined up.\n\n76-year-old Morton Blackwell, founder of the Leadership Institute, endorsed Cruz last week, saying he ' +
      '“has consistently demonstrated his deep commitment to conservative principles.” “Yes, I support Ted Cruz,” Brent Bozell III, founder of ' +
      'the Media Research Center, tells Breitbart News.';
    expect(quoteOf(text, 'has consistently demonstrated').speaker).toBe('Morton Blackwell');
  });
});

describe('a verb of saying first, the speaker\'s home after "of"', () => {
  it('"“This is fantastic!” beamed Donald Hartley of Madison, Alabama, who snuck onto the floor"', () => {
    const text =
      'One thousand supporters snapped his picture in unison, while a delegate in a pink elephant-print shirt climbed atop her chair. ' +
      '“This is fantastic!” beamed Donald Hartley of Madison, Alabama, who snuck onto the floor from the guest seats to be closer to the action.';
    expect(quoteOf(text, 'This is fantastic').speaker).toBe('Donald Hartley');
  });

  it('"opined Cleveland\'s Plain Dealer"', () => {
    const text =
      'Newspapers warned that the sky was falling because of legal gun carriers. "Gun owners should leave their weapons at home," opined Cleveland\'s Plain Dealer. ' +
      'The warnings amounted to nothing.';
    expect(quoteOf(text, 'Gun owners should').speaker).toMatch(/Plain Dealer$/u);
  });
});

describe('a description that is only the guessed subject of the sentence', () => {
  // On PolNeAR train such a description was right 19 times in 41: below what a shown speaker must reach.
  it('"a basketball team … was met with chants of “…”" names no speaker', () => {
    const text =
      'On Feb. 22, a basketball team from Perry High, a school unusually diverse for the region, was met with chants of “Trump, Trump, Trump” ' +
      'and direct quotes about Trump’s plan to deport immigrants.';
    expect(quoteOf(text, 'Trump, Trump').speaker).toBe('');
  });

  it('"An all-out internal power struggle has erupted …, as the head of … has accused his own party leadership of a “…”"', () => {
    const text =
      'An all-out internal power struggle has erupted at the Republican National Committee, just days before a critical party gathering in ' +
      'Florida, as the head of the RNC’s powerful rules committee has accused his own party leadership of a “major breach of trust” in trying ' +
      'to block a rule change.';
    expect(quoteOf(text, 'major breach').speaker).toBe('');
  });

  it('"All the messages … were designated as “Confidential,”"', () => {
    const text = 'All the messages classified in the new set were designated as "Confidential," the lowest tier of classification.';
    expect(quoteOf(text, 'Confidential').speaker).toBe('');
  });

  it('but a description that an attribution gives is shown whole', () => {
    const text = 'Members of the family soured on him. “The kids do not like him,” this source told the Post. When reached, he had little to say.';
    expect(quoteOf(text, 'The kids do not like him').speaker).toBe('this source');
  });
});

describe('"As X told Y, “…”"', () => {
  it('"As one employee told Palo Alto Weekly," is the employee\'s, not the paper\'s', () => {
    const text =
      'Fiorina announced 6,000 layoffs. As one employee told Palo Alto Weekly, "She wants to put fear in our hearts, and she\'s done that." ' +
      'But Fiorina believed she was running out of time.';
    const quote = findQuotes(text, { lang: 'en', trace: true }).find((entry) => entry.text.includes('fear in our hearts'));
    expect(quote?.via).toBe('as-put-it-before');
    expect(quote?.speaker).not.toBe('Palo Alto Weekly');
  });
});

describe('an office with "of" before its holder\'s name, and a home town before its state', () => {
  it('"Former Secretary of State Hillary Clinton said" is Hillary Clinton, not "Former Secretary"', () => {
    const text = 'Former Secretary of State Hillary Clinton said the plan was “a disaster for working families.” Others disagreed.';
    expect(quoteOf(text, 'a disaster').speaker).toBe('Hillary Clinton');
  });

  it('"Former Secretary of State Madeleine Albright recently urged women …, saying, “…”"', () => {
    const text =
      'Gov. Chris Christie has a curt reply. Former Secretary of State Madeleine Albright recently urged women to vote for Hillary Clinton, ' +
      'saying, “There’s a special place in hell for women who don’t help each other.”';
    expect(quoteOf(text, 'special place in hell').speaker).toBe('Madeleine Albright');
  });

  it('"Stacy Baker of Columbia, South Carolina says" is Stacy Baker, not South Carolina', () => {
    const text =
      'Cruz will “blow away people’s expectations.” Stacy Baker of Columbia, South Carolina says she really thinks Cruz can pull off a win ' +
      'if he keeps “doing what he’s doing.” Donald Trump won.';
    expect(quoteOf(text, 'doing what he').speaker).toBe('Stacy Baker');
  });

  it('still "Joel Pollak of Breitbart California said": the name before "of"', () => {
    const text = 'Joel Pollak of Breitbart California said: “The clear winner of Tuesday night’s debate was the network.”';
    expect(quoteOf(text, 'clear winner').speaker).toBe('Joel Pollak');
  });
});

describe('an office with "of" as the subject of the sentence', () => {
  it('"Former Secretary of State Hillary Clinton, who …, said on Monday that the deal was “…”"', () => {
    const text =
      'Former Secretary of State Hillary Clinton, who is running for president, said on Monday that the deal was “a disaster for working families.” ' +
      'Others disagreed.';
    const quote = quoteOf(text, 'a disaster');
    // The attribution's own words name her, not the office ("Former Secretary", which named no one).
    expect(quote.mention).toMatch(/Hillary Clinton$/u);
    expect(quote.speaker).toBe('Hillary Clinton');
  });
});

describe('a poll\'s question: "Asked if Sanders is “…”, 72 percent of Democrats said yes"', () => {
  it('"Asked whether Clinton “has the integrity …,” 75 percent of Democrats said yes" after a paragraph about Clinton', () => {
    const text =
      'For the first time, a poll shows upstart Sen. Bernie Sanders (I-VT) leading establishment favorite Hillary Clinton nationally.\n\n' +
      'Sanders is up from 37 percent in January and Clinton is down from 49 percent.\n\n' +
      'Republican pollster Daron Shaw told Fox that he credits the change to a large defection among “blue-collar, white Democrats” from the ' +
      'Clinton camp. In contrast, Clinton has maintained support among black voters and those with a college degree, Fox found.\n\n' +
      'Clinton’s low rating on trust is is damaging. Asked whether Clinton “has the integrity to serve effectively as president,” 75 percent ' +
      'of Democrats said yes, but 55 percent of all voters say she does not.';
    expect(quoteOf(text, 'has the integrity').speaker).toBe('');
  });

  it('but "Asked about the attack, Trump said it was “…”" is Trump\'s', () => {
    const text = 'Asked about the attack, Trump said it was “a disgrace to the country and to the people of this city.”';
    expect(quoteOf(text, 'a disgrace').speaker).toBe('Trump');
  });
});

describe("a newsletter's shouted headline run into the next sentence", () => {
  it('"AUSTRALIAN OLYMPIC TEAM REFUSES TO STAY IN OLYMPIC VILLAGE The team cited “…”" names no shouted words', () => {
    const text =
      'RUSSIANS SPARED FULL BAN FROM OLYMPICS The International Olympic Committee refused to ban all the country’s athletes from participating ' +
      'in Rio after the World Anti-Doping Agency and 14 national anti-doping organizations called for the ban. [Reuters]\n' +
      'AUSTRALIAN OLYMPIC TEAM REFUSES TO STAY IN OLYMPIC VILLAGE The team cited “blocked toilets, leaking pipes, exposed wiring, darkened ' +
      'stairwells where no lighting has been installed and dirty floors in need of a massive clean.” [CNN]\n' +
      'VERIZON TO BUY YAHOO FOR $4.83 BILLION The sale is expected to expand the company’s move into internet assets.';
    expect(quoteOf(text, 'blocked toilets').speaker).not.toMatch(/\p{Lu}{3,}\s+\p{Lu}{3,}/u);
  });
});

describe('a relative clause of saying, and "with X noting"', () => {
  it('"from Mike Lee, who declared in the debate spin room, “…”" is Mike Lee\'s, not the subject Cruz\'s', () => {
    const text =
      'It’s a case that Cruz has pushed for months, but he was armed with fresh evidence after Tuesday’s contests. On Thursday, Cruz scored his ' +
      'first endorsement from a Senate colleague, from Mike Lee, who declared in the debate spin room, “I’m sending the signal that it’s time to unite.” ' +
      'Cruz was also endorsed the day before by former rival Carly Fiorina.';
    expect(quoteOf(text, 'sending the signal').speaker).toBe('Mike Lee');
  });

  it('"Both Bolton and Gorka saw …, with Gorka noting the absurdity of positioning “…”" is Gorka\'s', () => {
    const text =
      'Former U.N. Ambassador John Bolton and Breitbart News National Security editor Dr. Sebastian Gorka both denounced the nascent ' +
      '“Neocons For Hillary” movement in their appearances Thursday morning.\n\n' +
      '“I’m really very disturbed about how we have people who say they are conservatives,” Gorka declared.\n\n' +
      'Gorka similarly warned that military officers he has spoken with “understand that we don’t have a strategy.”\n\n' +
      'Both Bolton and Gorka saw the death of Navy SEAL Charles Keating IV during an unexpected Islamic State counter-attack from Mosul as a sign ' +
      'of the Obama Administration’s strategic disarray, with Gorka noting the absurdity of positioning “a couple of hundred SF guys here, a couple ' +
      'of hundred Marines there” around a beehive of 80,000 jihadis.';
    expect(quoteOf(text, 'a couple of hundred SF guys').speaker).toMatch(/Gorka$/u);
  });
});
