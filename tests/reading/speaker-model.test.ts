/**
 * The speaker model's arithmetic: each option's score is the sum of its weighted features, the options' probabilities
 * add up to one, and the best guess is shown only when it reaches the threshold.
 */
import { describe, expect, it } from 'vitest';
import { FEATURES, type CandidateSet } from '../../utils/reading/quotes/candidates.ts';
import { chooseSpeaker, speakerProbabilities } from '../../utils/reading/quotes/speaker-model.ts';

const vector = (values: Record<string, number>) => Float64Array.from(FEATURES, (name) => values[name] ?? 0);
const weights = (values: Record<string, number>) => FEATURES.map((name) => values[name] ?? 0);

const set: CandidateSet = {
  candidates: [
    { speaker: 'Ted Cruz', features: vector({ 'rule-after': 1 }) },
    { speaker: 'Marco Rubio', features: vector({ 'open:before-same': 1 }) },
  ],
  none: vector({ 'none-bias': 1, 'quote-stands-alone': 1 }),
};

describe('speaker model', () => {
  it('weighs each option by its features: the rule’s answer wins', () => {
    const model = weights({ 'rule-after': 2, 'open:before-same': 0.5, 'none-bias': 0 });
    const [cruz, rubio, none] = speakerProbabilities(set, model);
    expect(cruz).toBeGreaterThan(rubio!);
    expect(cruz! + rubio! + none!).toBeCloseTo(1, 10);
    expect(chooseSpeaker(set, model, 0.5)?.speaker).toBe('Ted Cruz');
  });

  it('lets a heavier feature turn the choice', () => {
    expect(chooseSpeaker(set, weights({ 'rule-after': 2, 'open:before-same': 4 }), 0.5)?.speaker).toBe('Marco Rubio');
  });

  it('shows no one when the best guess is under the threshold', () => {
    expect(chooseSpeaker(set, weights({}), 0.5)).toBeUndefined();
  });
});

describe('namesakes', () => {
  // "With her husband, former President Bill Clinton, standing by her side, Hillary Clinton has told her supporters …
  // “…,” she said.": the rules resolved "she" to Hillary Clinton; her husband, named beside her, weighed a little more.
  const family: CandidateSet = {
    candidates: [
      { speaker: 'Bill Clinton', features: vector({ 'pronoun:before-1': 1, 'pronoun:subject': 1 }) },
      { speaker: 'Hillary Clinton', features: vector({ 'rule-pronoun': 1, 'pronoun:before-1': 1 }) },
    ],
    none: vector({ 'none-bias': 1 }),
  };
  const model = weights({ 'rule-pronoun': 0.5, 'pronoun:before-1': 1, 'pronoun:subject': 0.8, 'none-bias': 0 });

  it('share their probability, and the one shown among them is the rules’ answer', () => {
    const [bill, hillary] = speakerProbabilities(family, model);
    expect(bill).toBeGreaterThan(hillary!);
    expect(chooseSpeaker(family, model, 0.6)?.speaker).toBe('Hillary Clinton');
  });
});
