/**
 * The speaker model: a conditional logit over the candidates of
 * candidates.ts and a "no one" option, trained on PolNeAR's train split
 * (scripts/train-speaker-model.ts) and checked on its dev split. Each
 * candidate gets the probability that it is the speaker the truth names;
 * candidates with the same last name share theirs (the reader tells "Cruz"
 * from "Ted Cruz" no better than the truth does). The most likely one is
 * shown if that probability reaches the threshold chosen on train, else no
 * one is: a wrong name is worse than none.
 */
import { FEATURES, speakerKey, type Candidate, type CandidateSet } from './candidates.ts';
import { SPEAKER_WEIGHTS } from './speaker-weights.ts';

/** The weights in the order of FEATURES (a feature the table lacks weighs nothing). */
const WEIGHTS: readonly number[] = FEATURES.map((name) => (SPEAKER_WEIGHTS.weights as Record<string, number | undefined>)[name] ?? 0);

function score(features: Float64Array, weights: readonly number[]): number {
  let sum = 0;
  for (let index = 0; index < features.length; index++) if (features[index]) sum += features[index]! * weights[index]!;
  return sum;
}

/** Each candidate's probability, and the "no one" option's last. */
export function speakerProbabilities(set: CandidateSet, weights: readonly number[] = WEIGHTS): number[] {
  const scores = [...set.candidates.map((candidate) => score(candidate.features, weights)), score(set.none, weights)];
  const top = Math.max(...scores);
  const exponents = scores.map((value) => Math.exp(value - top));
  const total = exponents.reduce((sum, value) => sum + value, 0);
  return exponents.map((value) => value / total);
}

/** Where the features say a candidate is the attribution rules' own answer (rule-after, rule-before, …). */
const RULE_ANSWER = FEATURES.flatMap((name, index) => (name.startsWith('rule-') ? [index] : []));

function isRulesAnswer(candidate: Candidate): boolean {
  return RULE_ANSWER.some((index) => candidate.features[index]);
}

/** The most likely speaker and its probability (with its namesakes'), if likely enough. */
export function chooseSpeaker(set: CandidateSet, weights: readonly number[] = WEIGHTS, threshold: number = SPEAKER_WEIGHTS.threshold): Candidate | undefined {
  const probabilities = speakerProbabilities(set, weights);
  const byKey = new Map<string, { probability: number; best: Candidate; bestProbability: number }>();
  set.candidates.forEach((candidate, index) => {
    const probability = probabilities[index]!;
    const key = speakerKey(candidate.speaker) || candidate.speaker;
    const group = byKey.get(key);
    if (!group) byKey.set(key, { probability, best: candidate, bestProbability: probability });
    else {
      group.probability += probability;
      // Namesakes share their probability, but the one shown is the rules' answer among them when it is one: "she said"
      // after "Hillary Clinton has told …" is Hillary Clinton, though "Bill Clinton" beside her weighed a little more.
      if (isRulesAnswer(group.best)) return;
      if (isRulesAnswer(candidate) || probability > group.bestProbability) {
        group.best = candidate;
        group.bestProbability = probability;
      }
    }
  });
  let chosen: { probability: number; best: Candidate } | undefined;
  for (const group of byKey.values()) if (!chosen || group.probability > chosen.probability) chosen = group;
  return chosen && chosen.probability >= threshold ? chosen.best : undefined;
}
