/**
 * Attribution forms the English rules missed (modelled on PolNeAR train failures, written anew); each test failed before
 * its fix, the quotation shown with no one or with the wrong person:
 * - a name set off by commas after its role, then the verb: "Clinton’s spokesman, Brian Fallon, said";
 * - a comma after a name's party and state: "Gov. John Kasich (R-OH), said, “…”";
 * - words of saying owned by a name opening the sentence: "Rubio’s catch phrase … was that Crist “…”";
 * - an office of local government before a name is no part of it ("said Chicago Alderman Jason C. Ervin" showed no one, the
 *   model weighing "Chicago Alderman Jason C Ervin", a name the article never used, below the mayor named before).
 * And the review of those rules (each failed before its fix, with a wrong name where Lucid had shown no one): a role that is
 * a clause ("The walkout hit the carmaker, Nakamura Motor, said …") or a plural ("workers at the company’s parent, …,"), a
 * title and one word for a name ("General Motors"), owned words that another verb takes or others judge, an owner that is a
 * day or a place; and a particle in a name ("Ursula von der Leyen"), a military rank before one ("Lieutenant Colonel").
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../utils/reading/quotes/index.ts';
import { quoteOf } from '../helpers/quotes.ts';

describe('a name in apposition to its role, then the verb of saying', () => {
  it('after the quotation is the speaker, not the one whose role it is', () => {
    const text =
      'The speaker met the nominee on Thursday. Mike Pence was also in the room. ' +
      '“Sooner or later the two of them will find a way to work together,” Indiana Sen. Tom Walsh’s chief of staff, Joe Kaplan, told reporters after the meeting.';
    expect(quoteOf(text, 'find a way to work together').speaker).toBe('Joe Kaplan');
  });

  it('before the quotation is the speaker', () => {
    const text =
      'Hillary Clinton campaigned in Ohio on Monday while Donald Trump held a rally in Florida. ' +
      'Clinton’s press secretary, Brian Fallows, said the tax plan was “a gift to the richest families in the country.”';
    expect(quoteOf(text, 'a gift to the richest families').speaker).toBe('Brian Fallows');
  });

  it('does not take a place set off by commas for a name', () => {
    // The role must end in a common noun: "Concord," ends in a capital, and "New Hampshire" is its state, not the voter.
    const text =
      'Turnout was high across the state on Tuesday, and the lines were long by noon. ' +
      '“I waited two hours and I would wait two more for this,” a voter in Concord, New Hampshire, said.';
    const rules = findQuotes(text, { lang: 'en', rulesOnly: true }).find((quote) => quote.text.includes('waited two hours'));
    expect(rules?.speaker).not.toMatch(/Hampshire/u);
    expect(quoteOf(text, 'waited two hours').speaker).not.toMatch(/Hampshire/u);
  });

  it('takes a name with a particle before its last word', () => {
    const text =
      'The summit in Brussels ended late on Friday after two days of talks. ' +
      'The commission’s president, Ursula von der Leyen, said the agreement was “a turning point for the whole union.”';
    expect(quoteOf(text, 'a turning point for the whole union').speaker).toBe('Ursula von der Leyen');
  });
});

describe('a name set off by commas that is no speaker of the verb after it', () => {
  // Before the fix each of these showed the object or the employer in the role (a wrong name, where Lucid showed no one).
  it('is not the object of a verb in the words before it, with the speaker named after the verb', () => {
    const text =
      'Workers walked out at dawn on Monday in plants across the country. ' +
      'The walkout hit the country’s largest carmaker, Nakamura Motor, said union leader Ken Sato, who called it “a warning to management.”';
    const speaker = quoteOf(text, 'a warning to management').speaker;
    expect(speaker).not.toBe('Nakamura Motor');
    expect(speaker).toBe('Ken Sato');
  });

  it('is not the object of a verb in the words before it, with no other clause before the quotation', () => {
    const text =
      'Workers walked out at dawn on Monday in plants across the country. ' +
      'The walkout hit the country’s largest carmaker, Nakamura Motor, says a union official who called it “a warning to management.”';
    // The rule's own answer (the speaker model may still guess the sentence's subject, as it did before the rule).
    const rules = findQuotes(text, { lang: 'en', rulesOnly: true, trace: true }).find((quote) => quote.text.includes('a warning to management'));
    expect(rules?.via).not.toBe('role-comma-name-verb-before');
    expect(rules?.speaker).not.toBe('Nakamura Motor');
  });

  it('is not the object of a verb where the role begins inside the clause', () => {
    const text =
      'Workers walked out at dawn on Monday in plants across the country. ' +
      // A long clause: the words the pattern may take for a role ("the carmaker’s … board chairman") begin after its verb.
      'Hundreds of workers outside the plant on Monday blamed the carmaker’s long-serving and widely disliked former board chairman, Akio Nakamura, says a union official who called him “a disgrace to the company.”';
    const rules = findQuotes(text, { lang: 'en', rulesOnly: true, trace: true }).find((quote) => quote.text.includes('a disgrace'));
    expect(rules?.speaker).not.toBe('Akio Nakamura');
  });

  it('is not the speaker where another clause, after the verb, holds the quotation', () => {
    const text =
      'Workers walked out at dawn on Monday in plants across the country. ' +
      'They blamed one man, the carmaker’s chairman, Akio Nakamura, said union leader Ken Sato, who called him “a disgrace to the company.”';
    const rules = findQuotes(text, { lang: 'en', rulesOnly: true, trace: true }).find((quote) => quote.text.includes('a disgrace'));
    expect(rules?.speaker).not.toBe('Akio Nakamura');
  });

  it('is not the object of a verb when the speaker is a name and an apposition after the verb', () => {
    const text =
      'Gunmen entered the village before sunrise. ' +
      'The raid killed the village elder, Ahmed Karim, said Ali Raza, a district official, who called it “a massacre of innocent people.”';
    expect(quoteOf(text, 'a massacre of innocent people').speaker).not.toBe('Ahmed Karim');
  });

  it('is not the place or the employer of a plural role after the quotation', () => {
    const text =
      'The plant will close next spring, the company said on Monday. ' +
      '“We are deeply disappointed and we will fight this decision,” workers at the company’s parent, Consolidated Motors, said.\n\n' +
      'Fighting broke out again on Sunday near the border. ' +
      '“The shelling has not stopped since the early morning,” officials in the breakaway region, Upper Varan, said.';
    const rules = findQuotes(text, { lang: 'en', rulesOnly: true, trace: true });
    // (The speaker model may still weigh the names near the quotation; the rule must not give them.)
    expect(rules.find((quote) => quote.text.includes('deeply disappointed'))?.via).not.toBe('role-comma-name-verb');
    expect(rules.find((quote) => quote.text.includes('deeply disappointed'))?.speaker).not.toMatch(/Motors/u);
    expect(rules.find((quote) => quote.text.includes('shelling has not stopped'))?.speaker).not.toMatch(/Varan/u);
  });

  it('is not a title and one word ("General Motors") after a singular role', () => {
    const text =
      'The plant will close next spring, the company said on Monday. ' +
      '“We regret the decision but the market has changed,” a spokesman for the company’s parent, General Motors, said.';
    const rules = findQuotes(text, { lang: 'en', rulesOnly: true }).find((quote) => quote.text.includes('the market has changed'));
    expect(rules?.speaker).not.toMatch(/Motors/u);
    expect(quoteOf(text, 'the market has changed').speaker).not.toMatch(/Motors/u);
  });
});

describe('a place set off after a noun of place', () => {
  // "Des Moines" has two words, as a name there must: only the noun of place before the comma keeps it from being one.
  it('is not the speaker the role names, before the quotation', () => {
    const text =
      'The river crested on Thursday, a foot below the record. ' +
      'The mayor of the state capital, Des Moines, said the flood was “the worst the city has seen in a century.”';
    const rules = findQuotes(text, { lang: 'en', rulesOnly: true }).find((quote) => quote.text.includes('the worst the city'));
    expect(rules?.speaker).not.toBe('Des Moines');
  });
});

describe('a name with its party and state in parentheses', () => {
  it('is the speaker when a comma stands before the verb', () => {
    const text =
      'Donald Trump won Florida and Ted Cruz won no state on Tuesday night, and Marco Rubio left the race. ' +
      'Speaking at a college in Berea, Gov. John Kasich (R-OH), said, “We are going all the way to the convention and we will win there.”';
    expect(quoteOf(text, 'all the way to the convention').speaker).toBe('John Kasich');
    // Read as his attribution, not guessed as the sentence's subject (which the speaker model may or may not show).
    const traced = findQuotes(text, { lang: 'en', trace: true }).find((quote) => quote.text.includes('all the way'));
    expect(traced?.via).toBe('speaker-verb-before');
  });

  it('but not an acronym in parentheses that closes an apposition before the comma', () => {
    const text =
      'The European Union struck a deal with Turkey on refugees. ' +
      'Filippo Grandi, the United Nations High Commissioner for Refugees (UNHCR), reacted with caution to the deal, “I am concerned about any arrangement that sends people back.”';
    const rules = findQuotes(text, { lang: 'en', rulesOnly: true }).find((quote) => quote.text.includes('concerned about any'));
    expect(rules?.speaker).not.toMatch(/Commissioner|Refugees/u);
  });
});

describe('words of saying owned by a name at the start of the sentence', () => {
  it('are the owner’s', () => {
    const text =
      'Marco Rubio ran for the Senate against Charlie Crist in 2010. ' +
      'Rubio’s refrain in that race was that Crist “would say anything at all to win an election.”';
    expect(quoteOf(text, 'say anything at all').speaker).toBe('Marco Rubio');
  });

  it('are the owner’s with a verb of being before the quotation', () => {
    const text =
      'Bernie Sanders lost Nevada to Hillary Clinton, and Harry Reid told reporters the state had chosen. ' +
      'Hillary Clinton’s campaign slogan is “I’m with her.” But now she wants voters to know that she is with them.';
    expect(quoteOf(text, 'I’m with her').speaker).toBe('Hillary Clinton');
  });

  // Each gave the owner before the fix. The rule's own answer is what is tested: with the owner named in full in the article,
  // the speaker model may still guess the sentence's subject, as it did before the rule.
  const ruleFor = (text: string, quote: string) => findQuotes(text, { lang: 'en', rulesOnly: true, trace: true }).find((found) => found.text.includes(quote));

  it('are not the owner’s when they are words about someone else', () => {
    // No attribution after the quotation: only the words' shape keeps it from Trump.
    const text =
      'Donald Trump spoke about the judge on Friday. Paul Ryan answered him a day later. ' +
      'Trump’s comments about the judge were “the textbook definition of a racist comment.”';
    expect(ruleFor(text, 'textbook definition')?.via).not.toBe('possessive-words');
  });

  it('are not the owner’s when another verb takes the quotation', () => {
    const text = 'Donald Trump wrote about the senator late on Friday night. ' + 'Trump’s tweet drew “widespread condemnation” from both parties on Saturday.';
    expect(ruleFor(text, 'widespread condemnation')?.via).not.toBe('possessive-words');
    // Where the article gives no full name for him, no one is shown (before the fix: "Trump").
    expect(
      quoteOf('The president wrote about the senator late on Friday night. Trump’s tweet drew “widespread condemnation” from both parties.', 'widespread')
        .speaker,
    ).toBe('');
  });

  it('are not the owner’s when others judge them', () => {
    const text = 'Donald Trump spoke about the judge on Friday. ' + 'Trump’s remarks were “the textbook definition of a racist comment.”';
    expect(ruleFor(text, 'textbook definition')?.via).not.toBe('possessive-words');
  });

  it('are no one’s when the owner is a day', () => {
    const text = 'The ministry reported ten new cases over the weekend. ' + 'Monday’s statement called the outbreak “under control and slowing.”';
    expect(quoteOf(text, 'under control').speaker).toBe('');
  });

  it('are no one’s when the owner is a place or an organisation', () => {
    const text = 'Shares fell sharply on the news from Tokyo. ' + 'Wall Street’s answer was “sell everything before lunch.”';
    expect(quoteOf(text, 'sell everything').speaker).toBe('');
  });
});

describe('a military rank spelled out before a name', () => {
  it('stays out of the name', () => {
    const text =
      'The hearing lasted all day. “I did what I thought was right,” said Lieutenant Colonel Alexander Vindman. ' +
      '“The order came from the top,” said Major General Mark Hollis.';
    expect(quoteOf(text, 'what I thought was right').speaker).toBe('Alexander Vindman');
    expect(quoteOf(text, 'came from the top').speaker).toBe('Mark Hollis');
  });
});

describe('an office of local government before a name', () => {
  it('stays out of the name, which is the speaker', () => {
    const text =
      'Mayor Rahm Emanuel still faces questions about the delay in releasing the video as he tries to persuade voters that he understands their anger.\n\n' +
      '"People are angry," said Chicago Alderman Jason C. Ervin, who thinks Emanuel and his staff "need to be far more open with the public."';
    const speaker = quoteOf(text, 'People are angry').speaker;
    expect(speaker).toMatch(/^Jason C\.? Ervin$/u);
  });
});
