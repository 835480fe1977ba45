/**
 * ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 as Google's rouge-score computes them:
 * lower case, every run of characters outside [a-z0-9] becomes a space, Porter
 * stemming of tokens longer than three characters; Lsum is the summary-level
 * LCS over newline-separated sentences (the union of LCS hits per reference sentence).
 */
import { stemmer } from 'stemmer';

export function rougeTokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .map((token) => (token.length > 3 ? stemmer(token) : token));
}

function ngrams(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let index = 0; index + n <= tokens.length; index++) {
    const key = tokens.slice(index, index + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function f1(overlap: number, predicted: number, reference: number): number {
  if (overlap === 0 || predicted === 0 || reference === 0) return 0;
  const precision = overlap / predicted;
  const recall = overlap / reference;
  return (2 * precision * recall) / (precision + recall);
}

export function rougeN(candidate: string, reference: string, n: number): number {
  const candidateGrams = ngrams(rougeTokens(candidate), n);
  const referenceGrams = ngrams(rougeTokens(reference), n);
  let overlap = 0;
  for (const [gram, count] of candidateGrams) overlap += Math.min(count, referenceGrams.get(gram) ?? 0);
  const total = (grams: Map<string, number>) => [...grams.values()].reduce((sum, count) => sum + count, 0);
  return f1(overlap, total(candidateGrams), total(referenceGrams));
}

/** The cells of one LCS between two token lists (indices into `b`). */
function lcsIndices(a: string[], b: string[]): number[] {
  const rows = a.length;
  const cols = b.length;
  const table: number[][] = Array.from({ length: rows + 1 }, () => new Array<number>(cols + 1).fill(0));
  for (let i = 1; i <= rows; i++) {
    for (let j = 1; j <= cols; j++) {
      table[i]![j] = a[i - 1] === b[j - 1] ? table[i - 1]![j - 1]! + 1 : Math.max(table[i - 1]![j]!, table[i]![j - 1]!);
    }
  }
  const indices: number[] = [];
  let i = rows;
  let j = cols;
  while (i > 0 && j > 0) {
    if (a[i - 1] === b[j - 1]) {
      indices.push(j - 1);
      i--;
      j--;
    } else if (table[i - 1]![j]! >= table[i]![j - 1]!) {
      i--;
    } else {
      j--;
    }
  }
  return indices.reverse();
}

/** ROUGE-Lsum: for each reference sentence, the union of its LCS with every candidate sentence; hits clipped by token counts. */
export function rougeLsum(candidate: string, reference: string): number {
  const candidateSentences = candidate
    .split('\n')
    .map(rougeTokens)
    .filter((tokens) => tokens.length);
  const referenceSentences = reference
    .split('\n')
    .map(rougeTokens)
    .filter((tokens) => tokens.length);
  const candidateCount = candidateSentences.reduce((sum, tokens) => sum + tokens.length, 0);
  const referenceCount = referenceSentences.reduce((sum, tokens) => sum + tokens.length, 0);
  if (!candidateCount || !referenceCount) return 0;
  const tokenCounts = (sentences: string[][]) => {
    const counts = new Map<string, number>();
    for (const tokens of sentences) for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
    return counts;
  };
  const candidateTokens = tokenCounts(candidateSentences);
  const referenceTokens = tokenCounts(referenceSentences);
  let hits = 0;
  for (const referenceTokensOfSentence of referenceSentences) {
    const union = new Set<number>();
    for (const candidateTokensOfSentence of candidateSentences) {
      for (const index of lcsIndices(candidateTokensOfSentence, referenceTokensOfSentence)) union.add(index);
    }
    for (const index of [...union].sort((x, y) => x - y)) {
      const token = referenceTokensOfSentence[index]!;
      if ((candidateTokens.get(token) ?? 0) > 0 && (referenceTokens.get(token) ?? 0) > 0) {
        hits++;
        candidateTokens.set(token, candidateTokens.get(token)! - 1);
        referenceTokens.set(token, referenceTokens.get(token)! - 1);
      }
    }
  }
  return f1(hits, candidateCount, referenceCount);
}

export interface RougeScores {
  rouge1: number;
  rouge2: number;
  rougeLsum: number;
}

/** Scores ×100, averaged over documents, as papers report them. */
export function meanRouge(pairs: { candidate: string[]; reference: string[] }[]): RougeScores {
  const totals = { rouge1: 0, rouge2: 0, rougeLsum: 0 };
  for (const { candidate, reference } of pairs) {
    const candidateText = candidate.join('\n');
    const referenceText = reference.join('\n');
    totals.rouge1 += rougeN(candidateText, referenceText, 1);
    totals.rouge2 += rougeN(candidateText, referenceText, 2);
    totals.rougeLsum += rougeLsum(candidateText, referenceText);
  }
  const count = Math.max(1, pairs.length);
  return { rouge1: (100 * totals.rouge1) / count, rouge2: (100 * totals.rouge2) / count, rougeLsum: (100 * totals.rougeLsum) / count };
}
