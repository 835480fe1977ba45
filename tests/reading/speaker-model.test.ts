/**
 * The speaker model's arithmetic: linear weights and boosted trees add up to each option's score, and a
 * tree's split sends a candidate to the leaf its feature says.
 */
import { describe, expect, it } from 'vitest';
import { FEATURES, type CandidateSet } from '../../utils/reading/quotes/candidates.ts';
import { chooseSpeaker, speakerModel, speakerProbabilities } from '../../utils/reading/quotes/speaker-model.ts';

const vector = (values: Record<string, number>) => Float64Array.from(FEATURES, (name) => values[name] ?? 0);

const set: CandidateSet = {
  candidates: [
    { speaker: 'Ted Cruz', features: vector({ 'rule-after': 1 }) },
    { speaker: 'Marco Rubio', features: vector({ 'open:before-same': 1 }) },
  ],
  none: vector({ 'none-bias': 1, 'quote-stands-alone': 1 }),
};

describe('speaker model', () => {
  it('weighs each option by its features: the rule’s answer wins', () => {
    const model = speakerModel({ 'rule-after': 2, 'open:before-same': 0.5, 'none-bias': 0 });
    const [cruz, rubio, none] = speakerProbabilities(set, model);
    expect(cruz).toBeGreaterThan(rubio!);
    expect(cruz! + rubio! + none!).toBeCloseTo(1, 10);
    expect(chooseSpeaker(set, model, 0.5)?.speaker).toBe('Ted Cruz');
  });

  it('adds a tree’s leaf, and lets a tree join a candidate’s feature with its quotation’s', () => {
    // A candidate named before a quotation that stands alone gains 4: the tree sees the quotation's features too.
    const tree = ['quote-stands-alone', 0.5, 0, ['open:before-same', 0.5, 0, 4]] as const;
    const model = speakerModel({ 'rule-after': 2, 'open:before-same': 0.5 }, [tree]);
    expect(chooseSpeaker(set, model, 0.5)?.speaker).toBe('Marco Rubio');
    const standingInside = { ...set, none: vector({ 'none-bias': 1 }) };
    expect(chooseSpeaker(standingInside, model, 0.5)?.speaker).toBe('Ted Cruz');
  });

  it('shows no one when the best guess is under the threshold', () => {
    expect(chooseSpeaker(set, speakerModel({}), 0.5)).toBeUndefined();
  });
});
