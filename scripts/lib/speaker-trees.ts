/**
 * Boosted regression trees on top of the speaker model's linear scores (scripts/train-speaker-model.ts).
 *
 * The conditional logit weighs each feature alone; a few shallow trees add what it cannot weigh: the
 * interactions ("named in the sentence before" counts for a quotation that stands alone, not for one with
 * its own "said X"). Each round fits one tree to the gradient of the same loss (the probability of the
 * right choice among a quotation's candidates and "no one"), with Newton leaf values, on the rows of every
 * candidate and "no one" option. A candidate's row carries its quotation's features too (treeInput), so a
 * split may join the two.
 */
import { FEATURES, type CandidateSet } from '../../utils/reading/quotes/candidates.ts';
import { treeInput, type SpeakerTree } from '../../utils/reading/quotes/speaker-model.ts';

export interface TreeExample {
  set: CandidateSet;
  labels: boolean[];
}

export interface TreeOptions {
  rounds: number;
  depth: number;
  learningRate: number;
  /** L2 on leaf values, and the least hessian mass a leaf may hold. */
  lambda: number;
  minHessian: number;
}

/** At most this many split points per feature (quantiles of its values). */
const MAX_BINS = 16;

interface Rows {
  /** Per row, per feature: its bin. */
  bins: Uint8Array;
  /** Per feature, the split thresholds between bins (value <= thresholds[b] goes left of split b). */
  thresholds: number[][];
  /** Per example, its first row and row count (candidates, then "no one"). */
  groups: { first: number; count: number; target: boolean[] }[];
  inputs: Float64Array[];
  size: number;
}

function buildRows(examples: TreeExample[]): Rows {
  const inputs: Float64Array[] = [];
  const groups: Rows['groups'] = [];
  for (const example of examples) {
    const first = inputs.length;
    for (const candidate of example.set.candidates) inputs.push(treeInput(candidate.features, example.set.none));
    inputs.push(example.set.none);
    groups.push({ first, count: inputs.length - first, target: [...example.labels, !example.labels.some(Boolean)] });
  }
  const width = FEATURES.length;
  const thresholds: number[][] = [];
  for (let feature = 0; feature < width; feature++) {
    const values = [...new Set(inputs.map((input) => input[feature]!))].sort((a, b) => a - b);
    let cuts: number[];
    if (values.length <= MAX_BINS) cuts = values.slice(0, -1).map((value, index) => (value + values[index + 1]!) / 2);
    else {
      const sorted = inputs.map((input) => input[feature]!).sort((a, b) => a - b);
      cuts = [...new Set(Array.from({ length: MAX_BINS - 1 }, (_, index) => sorted[Math.floor(((index + 1) * sorted.length) / MAX_BINS)]!))].filter(
        (cut) => cut < values[values.length - 1]!,
      );
    }
    thresholds.push(cuts);
  }
  const bins = new Uint8Array(inputs.length * width);
  inputs.forEach((input, row) => {
    for (let feature = 0; feature < width; feature++) {
      const cuts = thresholds[feature]!;
      let bin = 0;
      while (bin < cuts.length && input[feature]! > cuts[bin]!) bin++;
      bins[row * width + feature] = bin;
    }
  });
  return { bins, thresholds, groups, inputs, size: inputs.length };
}

/** Softmax gradients and hessians of the loss, per row, at the current scores. */
function gradients(rows: Rows, scores: Float64Array): { g: Float64Array; h: Float64Array } {
  const g = new Float64Array(rows.size);
  const h = new Float64Array(rows.size);
  for (const group of rows.groups) {
    let top = -Infinity;
    for (let index = 0; index < group.count; index++) top = Math.max(top, scores[group.first + index]!);
    let total = 0;
    const p: number[] = [];
    for (let index = 0; index < group.count; index++) {
      const value = Math.exp(scores[group.first + index]! - top);
      p.push(value);
      total += value;
    }
    let targetMass = 0;
    for (let index = 0; index < group.count; index++) {
      p[index]! /= total;
      if (group.target[index]) targetMass += p[index]!;
    }
    for (let index = 0; index < group.count; index++) {
      const probability = p[index]!;
      const target = group.target[index] ? probability / Math.max(targetMass, 1e-12) : 0;
      g[group.first + index] = probability - target;
      h[group.first + index] = Math.max(probability * (1 - probability), 1e-6);
    }
  }
  return { g, h };
}

type Built = number | [number, number, Built, Built];

function fitTree(rows: Rows, rowsAt: Int32Array, g: Float64Array, h: Float64Array, depth: number, options: TreeOptions): Built {
  let sumG = 0;
  let sumH = 0;
  for (const row of rowsAt) {
    sumG += g[row]!;
    sumH += h[row]!;
  }
  const leaf = (-sumG / (sumH + options.lambda)) * options.learningRate;
  if (depth === 0 || rowsAt.length < 2) return leaf;
  const width = FEATURES.length;
  const histogramG = new Float64Array(width * (MAX_BINS + 1));
  const histogramH = new Float64Array(width * (MAX_BINS + 1));
  for (const row of rowsAt) {
    const base = row * width;
    const gr = g[row]!;
    const hr = h[row]!;
    for (let feature = 0; feature < width; feature++) {
      const slot = feature * (MAX_BINS + 1) + rows.bins[base + feature]!;
      histogramG[slot]! += gr;
      histogramH[slot]! += hr;
    }
  }
  const parentScore = (sumG * sumG) / (sumH + options.lambda);
  let best = { gain: 1e-6, feature: -1, bin: -1 };
  for (let feature = 0; feature < width; feature++) {
    const cuts = rows.thresholds[feature]!.length;
    let leftG = 0;
    let leftH = 0;
    for (let bin = 0; bin < cuts; bin++) {
      leftG += histogramG[feature * (MAX_BINS + 1) + bin]!;
      leftH += histogramH[feature * (MAX_BINS + 1) + bin]!;
      const rightG = sumG - leftG;
      const rightH = sumH - leftH;
      if (leftH < options.minHessian || rightH < options.minHessian) continue;
      const gain = (leftG * leftG) / (leftH + options.lambda) + (rightG * rightG) / (rightH + options.lambda) - parentScore;
      if (gain > best.gain) best = { gain, feature, bin };
    }
  }
  if (best.feature < 0) return leaf;
  const left: number[] = [];
  const right: number[] = [];
  for (const row of rowsAt) (rows.bins[row * width + best.feature]! <= best.bin ? left : right).push(row);
  return [
    best.feature,
    rows.thresholds[best.feature]![best.bin]!,
    fitTree(rows, Int32Array.from(left), g, h, depth - 1, options),
    fitTree(rows, Int32Array.from(right), g, h, depth - 1, options),
  ];
}

function evaluate(tree: Built, input: Float64Array): number {
  let node = tree;
  while (typeof node !== 'number') node = input[node[0]]! <= node[1] ? node[2] : node[3];
  return node;
}

function toStored(tree: Built): SpeakerTree {
  if (typeof tree === 'number') return Math.round(tree * 10000) / 10000;
  return [FEATURES[tree[0]]!, Math.round(tree[1] * 10000) / 10000, toStored(tree[2]), toStored(tree[3])];
}

/** Trees that improve on the linear scores `base(set)` (one score per candidate, then "no one"). */
export function boostTrees(examples: TreeExample[], base: (set: CandidateSet) => number[], options: TreeOptions): SpeakerTree[] {
  const rows = buildRows(examples);
  const scores = new Float64Array(rows.size);
  examples.forEach((example, index) => scores.set(base(example.set), rows.groups[index]!.first));
  const all = Int32Array.from({ length: rows.size }, (_, index) => index);
  const trees: SpeakerTree[] = [];
  for (let round = 0; round < options.rounds; round++) {
    const { g, h } = gradients(rows, scores);
    const tree = fitTree(rows, all, g, h, options.depth, options);
    if (typeof tree === 'number') break;
    for (let row = 0; row < rows.size; row++) scores[row]! += evaluate(tree, rows.inputs[row]!);
    trees.push(toStored(tree));
  }
  return trees;
}
