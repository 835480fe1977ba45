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

/**
 * A regression tree as stored: a leaf's value, or [feature name, threshold, subtree at or below it, subtree above it].
 * Boosted trees add to the linear score what it cannot weigh alone: features that count only together.
 */
export type SpeakerTree = number | readonly [string, number, SpeakerTree, SpeakerTree];
/** A tree with its feature names turned into their places in FEATURES. */
type Tree = number | readonly [number, number, Tree, Tree];

export interface SpeakerModel {
  /** The weights in the order of FEATURES. */
  weights: readonly number[];
  trees: readonly Tree[];
}

const INDEX = new Map<string, number>(FEATURES.map((name, index) => [name, index]));
const NONE_BIAS = FEATURES.indexOf('none-bias');

function compile(tree: SpeakerTree): Tree {
  if (typeof tree === 'number') return tree;
  // A feature that no longer exists reads as 0 (always at or below a threshold the trainer wrote, which lies between values).
  return [INDEX.get(tree[0]) ?? -1, tree[1], compile(tree[2]), compile(tree[3])];
}

/** The model of speaker-weights.ts (a feature the table lacks weighs nothing). */
export function speakerModel(weights: Record<string, number | undefined>, trees: readonly SpeakerTree[] = []): SpeakerModel {
  return { weights: FEATURES.map((name) => weights[name] ?? 0), trees: trees.map(compile) };
}

const MODEL = speakerModel(SPEAKER_WEIGHTS.weights, SPEAKER_WEIGHTS.trees);

/** What the trees see of a candidate: its own features and its quotation's (but not the "no one" bias, which marks the "no one" option). */
export function treeInput(candidate: Float64Array, none: Float64Array): Float64Array {
  const input = Float64Array.from(candidate);
  for (let index = 0; index < none.length; index++) if (none[index] && index !== NONE_BIAS) input[index] = none[index]!;
  return input;
}

function linear(features: Float64Array, weights: readonly number[]): number {
  let sum = 0;
  for (let index = 0; index < features.length; index++) if (features[index]) sum += features[index]! * weights[index]!;
  return sum;
}

function treeValue(tree: Tree, input: Float64Array): number {
  let node = tree;
  while (typeof node !== 'number') node = (node[0] < 0 ? 0 : input[node[0]]!) <= node[1] ? node[2] : node[3];
  return node;
}

function treeSum(input: Float64Array, model: SpeakerModel): number {
  let sum = 0;
  for (const tree of model.trees) sum += treeValue(tree, input);
  return sum;
}

function score(input: Float64Array, model: SpeakerModel): number {
  return linear(input, model.weights) + treeSum(input, model);
}

/** The linear part of each option's score (candidates, then "no one"): what the trees are trained on top of. */
export function linearScores(set: CandidateSet, weights: readonly number[]): number[] {
  return [...set.candidates.map((candidate) => linear(candidate.features, weights)), linear(set.none, weights)];
}

/** Each candidate's probability, and the "no one" option's last. */
export function speakerProbabilities(set: CandidateSet, model: SpeakerModel = MODEL): number[] {
  const scores = model.trees.length
    ? [
        ...set.candidates.map((candidate) => linear(candidate.features, model.weights) + treeSum(treeInput(candidate.features, set.none), model)),
        score(set.none, model),
      ]
    : linearScores(set, model.weights);
  const top = Math.max(...scores);
  const exponents = scores.map((value) => Math.exp(value - top));
  const total = exponents.reduce((sum, value) => sum + value, 0);
  return exponents.map((value) => value / total);
}

/** The most likely speaker and its probability (with its namesakes'), if likely enough. */
export function chooseSpeaker(set: CandidateSet, model: SpeakerModel = MODEL, threshold: number = SPEAKER_WEIGHTS.threshold): Candidate | undefined {
  const probabilities = speakerProbabilities(set, model);
  const byKey = new Map<string, { probability: number; best: Candidate; bestProbability: number }>();
  set.candidates.forEach((candidate, index) => {
    const probability = probabilities[index]!;
    const key = speakerKey(candidate.speaker) || candidate.speaker;
    const group = byKey.get(key);
    if (!group) byKey.set(key, { probability, best: candidate, bestProbability: probability });
    else {
      group.probability += probability;
      if (probability > group.bestProbability) {
        group.best = candidate;
        group.bestProbability = probability;
      }
    }
  });
  let chosen: { probability: number; best: Candidate } | undefined;
  for (const group of byKey.values()) if (!chosen || group.probability > chosen.probability) chosen = group;
  return chosen && chosen.probability >= threshold ? chosen.best : undefined;
}
