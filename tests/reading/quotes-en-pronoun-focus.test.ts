/**
 * Who "he" is after a quotation attributed before it (modelled on a PolNeAR train failure, written anew). The sentence after
 * "Podesta said in a statement: “…”" was taken for Podesta's own, so the next "“…,” he said" went to Podesta rather than to
 * the man that sentence is about. The test failed before the fix.
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../utils/reading/quotes/index.ts';
import { quoteOf } from '../helpers/quotes.ts';

const text =
  'Donald Trump accepted the Republican nomination in Cleveland on Thursday night with a long speech about crime and trade. ' +
  'Hillary Clinton did not respond in person.\n\n' +
  'Clinton’s campaign chairman, John Podesta, said in a statement: “Tonight the nominee painted a dark picture of a country in decline.”\n\n' +
  'In nearly every area of policy, Trump promised to put the interests of the country first and to turn its gaze inward.\n\n' +
  '“Americanism, not globalism, will be our guide,” he said. “We will put our own people first again.”';

describe('"he" after a quotation attributed before it', () => {
  it('is the man the next sentence is about, not the one who spoke before', () => {
    expect(quoteOf(text, 'Americanism, not globalism').speaker).not.toBe('John Podesta');
    expect(quoteOf(text, 'Americanism, not globalism').speaker).toBe('Donald Trump');
  });

  it('is resolved by the rules to that man too (whatever the speaker model then shows)', () => {
    const rules = findQuotes(text, { lang: 'en', rulesOnly: true }).find((quote) => quote.text.includes('Americanism'));
    expect(rules?.speaker).toBe('Donald Trump');
  });

  it('still takes the speaker of a quotation attributed after it ("“…?” he said.") for the next sentence', () => {
    const spilled =
      'Jeb Bush spoke to voters in Manchester on Monday. “Is this really the best we can do?” Bush asked. ' +
      'He went on for an hour. “We deserve better than this,” he said.';
    expect(quoteOf(spilled, 'We deserve better').speaker).toBe('Jeb Bush');
  });
});

describe('"she" after a described subject whose name follows in apposition', () => {
  it('is the named person, not the description', () => {
    const text =
      'Most superdelegates have already backed Hillary Clinton. ' +
      'One superdelegate, Ohio Democratic Party chairwoman Nora Whitley, pledged her vote to Clinton this week to help end the primary. ' +
      '“We really need to bring this primary to a close and get on with the general election,” she said.';
    expect(quoteOf(text, 'bring this primary to a close').speaker).toBe('Nora Whitley');
  });

  it('is the named person when a home follows the name ("Michael Brown of Washington")', () => {
    const text =
      'Most superdelegates have already backed Hillary Clinton. ' +
      'Another superdelegate, Martin Greer of Baltimore, explained his late support for the former secretary of state. ' +
      '“It is time to stand behind the candidate the voters chose,” he declared.';
    expect(quoteOf(text, 'stand behind the candidate').speaker).toBe('Martin Greer');
  });

  it('is the named person when only the name is in apposition ("A woman, Mary Jones, stayed")', () => {
    const text =
      'The fire started shortly after midnight. A woman, Mary Jones, stayed behind to wake the neighbours. ' +
      '“The whole roof was burning and nobody else was awake,” she said.';
    expect(quoteOf(text, 'whole roof was burning').speaker).toBe('Mary Jones');
  });

  // Each showed the name inside the apposition before the fix, where Lucid had shown no one: a name that a preposition, a
  // relative clause or a participle holds is someone the described person is told about, not that person.
  it.each([
    ['a preposition', 'One witness, a neighbour of John Smith, saw the flames from her window.', 'John Smith'],
    ['a preposition of place', 'One voter, a retired teacher from Des Moines, backed the senator in the caucus.', 'Des Moines'],
    ['a relative clause', 'A woman, who told Mary Jones about the fire, called the police.', 'Mary Jones'],
    ['a participle', 'One firefighter, speaking to Mary Jones of the Tribune, described the scene.', 'Mary Jones'],
    ['a relative clause with "whose"', 'One resident, whose brother Mark Lee died in the flood, blamed the city.', 'Mark Lee'],
  ])('is not a name that %s holds in the apposition', (_, sentence, name) => {
    const text = `The fire started shortly after midnight. ${sentence} “The whole roof was burning and nobody else was awake,” she said.`;
    expect(quoteOf(text, 'whole roof was burning').speaker).not.toBe(name);
  });

  it('is still the description where no name follows it', () => {
    const text =
      'A vendor in the city’s old market has watched prices climb for a year. ' + '“Nobody buys fruit any more, they only look at it and walk away,” she said.';
    const rules = findQuotes(text, { lang: 'en', rulesOnly: true }).find((quote) => quote.text.includes('Nobody buys fruit'));
    expect(rules?.speaker).toBe('a vendor');
  });
});

describe('"he" after a sentence that opens on its topic: "As for Trump, he said …"', () => {
  // Modelled on a PolNeAR train failure: the "he" of "As for Trump, he said he’s not worried" went back past Trump (after a
  // preposition, so no subject) to the senator who spoke before, and the next "“…,” he said" was left with no one.
  const text =
    'Ted Cruz warned against the “fevered dreams” of a brokered convention. ' +
    '“I think that would be an absolute disaster, and we need to respect the will of the voters,” the Texas senator said. ' +
    'As for Donald Trump, he said he’s not worried. ' +
    '“First of all, I think I’m going to have the delegates, OK? Let’s see what happens,” he said.';

  it('is the topic, by the rules', () => {
    const rules = findQuotes(text, { lang: 'en', rulesOnly: true }).find((quote) => quote.text.startsWith('First of all'));
    expect(rules?.speaker).toBe('Donald Trump');
  });

  it('is not the one who spoke before', () => {
    expect(quoteOf(text, 'First of all').speaker).not.toBe('Ted Cruz');
  });
});
