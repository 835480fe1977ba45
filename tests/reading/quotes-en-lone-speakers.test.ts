/**
 * Who "he" is after a quotation attributed by a verb of saying to a name the article has not introduced before it (modelled on
 * PolNeAR train failures, written anew): a lone surname it never gives in full ("“…!” Walsh said."), or a full name it gives
 * first in that very attribution ("“…,” said Harold Benning, a pollster …"). The people index knew neither as a person there,
 * so the sentence had no speaker and the next "he said" reached no one. These tests failed before the fix.
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../utils/reading/quotes/index.ts';
import { quoteOf } from '../helpers/quotes.ts';

const rulesSpeaker = (text: string, quote: string) => findQuotes(text, { lang: 'en', rulesOnly: true }).find((entry) => entry.text.includes(quote))?.speaker;

describe('"he" after a lone surname that a verb of saying names', () => {
  const text =
    'The debate in Des Moines turned to the border on Tuesday night.\n\n' +
    '“I will say for those of us who want people to come here lawfully, we are tired of being called heartless!” Walsh said.\n\n' +
    '“My father came here lawfully from Ireland to work on the docks, and he waited his turn like everyone else,” he said.';

  it('is that speaker for the rules', () => {
    expect(rulesSpeaker(text, 'My father came here')).toBe('Walsh');
  });

  it('is shown as that speaker', () => {
    expect(quoteOf(text, 'My father came here').speaker).toBe('Walsh');
  });
});

describe('"he" after a full name given first in the attribution itself', () => {
  // The attribution's sentence opens with another man's possessive, so it has no named subject of its own: before the fix
  // "he" went back to the man of the paragraph before.
  const text =
    'Senator Mark Ellison spoke in Ohio on Monday, and he repeated his claims about the tax plan.\n\n' +
    'Ellison\'s message may be "deliberate," said Harold Benning, an assistant professor of communication at Westfield University. ' +
    '"Each candidate is talking to the people already on his side," he said.';

  it('is that speaker for the rules', () => {
    expect(rulesSpeaker(text, 'Each candidate is talking')).toBe('Harold Benning');
  });

  it('is shown as that speaker', () => {
    expect(quoteOf(text, 'Each candidate is talking').speaker).toBe('Harold Benning');
  });
});

describe('a lone word a verb of saying names that is an organisation', () => {
  it('gives the next "he" no speaker from it', () => {
    const text = '“The figures are final,” Herald said on its front page. “We checked them twice,” he said.';
    expect(rulesSpeaker(text, 'We checked them twice')).not.toBe('Herald');
  });
});

describe('"he" after a lone word that said something, with a person named before it (second read)', () => {
  it('is the person named before, not the place or the team', () => {
    const washington =
      'Pentagon spokesman John Kirby spoke to reporters on Monday about the strikes.\n\n“We will respond in kind,” Washington said. “It is clear that the attacks were planned,” he said.';
    expect(rulesSpeaker(washington, 'It is clear that')).toBe('John Kirby');
    const arsenal =
      'Coach Tom Ellis watched from the touchline on Saturday.\n\n“We are delighted with the result,” Arsenal said. “The boys ran all day,” he said.';
    expect(rulesSpeaker(arsenal, 'The boys ran all day')).toBe('Tom Ellis');
  });

  it("is a lone surname written with capitals inside ('O'Neill', 'McDonald')", () => {
    const text =
      'The debate turned to trade.\n\n“We will not sign that deal!” McDonald said.\n\n“The factories closed in my town, and nobody came back,” he said.';
    expect(rulesSpeaker(text, 'The factories closed')).toBe('McDonald');
  });
});
