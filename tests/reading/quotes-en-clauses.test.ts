/**
 * English speaker errors counted by hand on PolNeAR train (40 wrong and 40 unshown speakers read one by one, fourth
 * session): which clause's subject says the quotation, and words that look like names or verbs but are neither.
 * Each fixture is written the way those articles were and failed before the fix that names it.
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../utils/reading/quotes/index.ts';

const quoteOf = (text: string, quote: string) => {
  const found = findQuotes(text, { lang: 'en', trace: true }).find((entry) => entry.text.includes(quote));
  expect(found, `no quotation "${quote}"`).toBeDefined();
  return found!;
};

describe('the speaker and verb nearest the quotation', () => {
  it('takes the name whose clause holds the quotation, not a name earlier in the sentence: "…Trump says is true, Jamieson said Trump is “…”"', () => {
    const text =
      'Trump’s claims are often false. While not everything Trump says is true, Jamieson said Trump is ' +
      '“telling his supporters what they want to believe is true.” Trump’s most famously false contention came later.';
    const quote = quoteOf(text, 'telling his supporters');
    expect(quote.mention).toBe('Jamieson');
    expect(quote.speaker).toBe('Jamieson');
  });

  it('does not take a name inside what the speaker reports: "Rubio said the United States “…”"', () => {
    const text = 'Bush spoke first. Rubio said the United States “must increase our efforts at home and abroad to improve our defenses.” The debate went on.';
    expect(quoteOf(text, 'must increase').mention).toBe('Rubio');
  });

  it('reads a party, a day or "last week" between the speaker and the verb: "Feinstein (D-Calif.) last week said"', () => {
    const text =
      'Republicans have two questions. Senate Intelligence Ranking Democrat Dianne Feinstein (D-Calif.) last week said Clinton was ' +
      '“not the originator of any of the email chains that were classified.” Sources told Politico otherwise.';
    const quote = quoteOf(text, 'not the originator');
    expect(quote.via).toBe('speaker-verb-before');
    expect(quote.speaker).toMatch(/Dianne Feinstein$/u);
  });

  it('gives no speaker "Thursday" or "Trump’s": a day and a possessive are not the one saying', () => {
    const thursday =
      'While Clinton has condemned the proposal, the groups who wrote to her on Thursday say they are “concerned your campaign is ' +
      'sending mixed messages when it comes to Islamophobia.”';
    expect(quoteOf(thursday, 'concerned your campaign').speaker).not.toBe('Thursday');
    const possessive =
      'Ferguson had two murders in 2014. The Democratic National Convention released a statement Wednesday evening, saying Trump’s ' +
      'comments are “another example of his dangerous and divisive race-baiting.”';
    expect(quoteOf(possessive, 'another example').mention).not.toMatch(/Trump/u);
  });
});

describe('the clause a quotation stands in', () => {
  it('gives the quotation to the subject of the clause it ends: "McCain issued a statement after Donald Trump told a town hall that …"', () => {
    const text =
      'McCain survived five years in a Vietnamese prison. McCain, the GOP’s presidential nominee in 2008, issued a statement after ' +
      'Republican contender Donald Trump told a town hall in Salem, New Hampshire on Monday that waterboarding is “peanuts,” compared to ' +
      'what Islamic State militants are doing.';
    expect(quoteOf(text, 'peanuts').speaker).toBe('Donald Trump');
  });

  it('guesses the subject of a "while" clause, not of the main clause: "Jindal signed an order, while Mike Huckabee … proposed we “…”"', () => {
    const text =
      'The attacks in Paris have inspired a bidding war. Louisiana Gov. Bobby Jindal on Monday signed an order trying to block the ' +
      'settlement of any Syrian refugee, while Mike Huckabee, the former Arkansas governor, proposed we "wake up and smell the falafel" ' +
      'and said the speaker should resign.';
    expect(quoteOf(text, 'wake up').mention).toBe('Mike Huckabee');
  });
});

describe('words that look like names or verbs', () => {
  it('does not read the German "so" after a word as a verb of saying: "…” Even so, the police held Abballa"', () => {
    const text =
      'Abballa first came to the attention of police in 2011. But at the time, as anti-terrorist prosecutor Marc Trévidic put it, ' +
      '"apart from the wrong crowd and some jogging for fitness, there was not much to complain about." Even so, the police held Abballa for a while.';
    const quote = quoteOf(text, 'apart from the wrong crowd');
    expect(quote.speaker).not.toBe('Even');
    expect(quote.mention).not.toBe('Even');
  });

  it('does not take a preposition that opens the sentence for its subject: "Along with the photo, he had posted: “…”"', () => {
    const text =
      'In September, the home of a 26-year-old Berlin man was raided by police after he had posted an image of a dead boy. ' +
      'Along with the photo, he had posted: "We are not mourning, we are celebrating!"';
    expect(quoteOf(text, 'We are not mourning').speaker).not.toBe('Along');
  });
});

describe('an attribution in the sentence after a quotation that ended its own', () => {
  it('reads "said of": "“Perpetual motion!” Rep. Glenn Thompson, R-Pa., said of the swirl of activities."', () => {
    const text =
      'The hall opened its doors to some 40 events, according to spokesman Todd Mesek. "Perpetual motion!" Rep. Glenn Thompson, R-Pa., ' +
      'said of the swirl of convention activities. Thompson started Thursday listening to the nominee.';
    expect(quoteOf(text, 'Perpetual motion').mention).toBe('Rep. Glenn Thompson');
  });

  it('reads any verb of saying before the name: "…?” tweeted Prince Alwaleed, the nephew of the late King Abdullah, on Thursday"', () => {
    const text =
      'Saudi Prince Alwaleed Bin Talal mocked Donald Trump. "Trump: You base your statements on photoshopped pics? I bailed you out twice; a ' +
      '3rd time, maybe?" tweeted Prince Alwaleed, the nephew of the late King Abdullah and fellow real estate investor, on Thursday, hours ' +
      'after Trump retweeted the image.';
    expect(quoteOf(text, 'photoshopped').mention).toBe('Prince Alwaleed');
  });
});

describe('a subject read past its opening and its first verb', () => {
  it('reads past "On Thursday, after …," and "Here in Columbia," to the subject of a clause that ends "…, saying,"', () => {
    const warren =
      'Neither Warren nor Clinton spoke with reporters. On Thursday, after remaining neutral throughout the primary process, Warren appeared ' +
      'with MSNBC’s Rachel Maddow and officially endorsed Clinton, saying, “I think having a fighter in the lead is exactly what this country needs.”';
    expect(quoteOf(warren, 'a fighter in the lead').mention).toBe('Warren');
    const sanders =
      'Sen. Bernie Sanders spoke to black voters. Here in Columbia, Sanders stepped up his emphasis on criminal justice issues, saying, "We have got to achieve the ' +
      'day when young black males and women can walk the streets without being worried."';
    expect(quoteOf(sanders, 'We have got to achieve').mention).toBe('Sanders');
  });

  it('takes a verb of saying joined to the subject’s first verb by "and": "ProPublica obtained a video … and said she “…”"', () => {
    const text =
      'Clinton tends to overstate the significance of her visit to Wall Street. ProPublica obtained a video of the 28-minute speech and said she ' +
      '"steered a middle ground" in addressing the business executives.';
    const quote = quoteOf(text, 'steered a middle ground');
    expect(quote.via).toBe('subject-said');
    expect(quote.mention).toBe('ProPublica');
  });

  it('reads "echoed" as a verb of saying: "17-year-old Jared Potts echoed: “…”"', () => {
    const text =
      'If Trump got in, he doesn’t owe anybody. 17-year-old Jared Potts echoed: “He speaks his mind, and I think that might be what the country needs.”';
    const quote = quoteOf(text, 'He speaks his mind');
    expect(quote.via).toBe('speaker-verb-before');
    expect(quote.speaker).toBe('Jared Potts');
  });
});

describe('more attribution forms read on PolNeAR train', () => {
  it('a sentence that opens "As X explained," credits the quotation it holds', () => {
    const text =
      'For now, the administration waves off the delay. As White House press secretary Josh Earnest explained, three taxes were postponed in ' +
      'the budget deal, depriving the government of $35 billion, “which sounds like a lot of money. But when you consider the whole budget, it is not.”';
    const quote = quoteOf(text, 'which sounds like a lot');
    expect(quote.via).toBe('as-opening');
    expect(quote.speaker).toBe('Josh Earnest');
  });

  it('reads the subject past "then", "also" and "didn’t": "Trump then accused the audience … of consisting of “…”"', () => {
    const text =
      'Donald Trump spoke first. Trump then accused the audience, which is primarily selected by the Republican National Committee, of consisting ' +
      'of "donors and special interests" -- essentially the establishment he rails against.';
    expect(quoteOf(text, 'donors and special interests').mention).toBe('Trump');
    const weaver =
      'Flint Mayor Karen Weaver met the press. Weaver didn’t seem particularly impressed with Sanders’ comments Tuesday, telling reporters, ' +
      '“A lot of people said the governor should step down.”';
    expect(quoteOf(weaver, 'A lot of people').via).toBe('introduction');
  });

  it('takes no capitalised word after a name for a verb: "…the United States illegally, if he would have a “deportation force.”"', () => {
    const text =
      'In an extended appearance on "Morning Joe," co-host Mika Brzezinski asked Trump how he would handle the deportation of everyone in the ' +
      'United States illegally, if he would have a "deportation force."';
    expect(quoteOf(text, 'deportation force').mention).not.toBe('United');
  });

  it('reads "pressed" as a verb of saying: "“…?” Hannity pressed."', () => {
    const text = 'Trump answered. "Would it be negotiable about the 11 million?" Hannity pressed. Trump did not answer.';
    expect(quoteOf(text, 'Would it be negotiable').mention).toBe('Hannity');
  });
});
