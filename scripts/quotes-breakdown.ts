/**
 * `tsx scripts/quotes-breakdown.ts [train|dev]`: Lucid's shown speakers on PolNeAR, broken down by how each
 * speaker was found (the `via` trace of findQuotes): how many are shown, how many are right, and why the
 * wrong ones are wrong (the truth names someone else, or names no one). For tuning the weak paths away.
 */
import { findQuotes } from '../utils/reading/quotes/index.ts';
import type { CandidateSet } from '../utils/reading/quotes/candidates.ts';
import { speakerProbabilities } from '../utils/reading/quotes/speaker-model.ts';
import { QUOTES_DEV_FILE, QUOTES_TRAIN_FILE, judgeShown, loadQuoteArticles, scoreQuotes, type PredictedQuote } from './lib/quotes-dataset.ts';

const which = process.argv[2] === 'dev' ? QUOTES_DEV_FILE : QUOTES_TRAIN_FILE;
const articles = loadQuoteArticles(which);
const vias = new Map<PredictedQuote, string>();
const candidateSets = new Map<PredictedQuote, CandidateSet>();
const scores = scoreQuotes(articles, (article) =>
  findQuotes(article.text, { lang: 'en', trace: true, candidates: true }).map((quote) => {
    const predicted = { start: quote.start, end: quote.end, speaker: quote.speaker, mention: quote.mention };
    vias.set(predicted, quote.via ?? '?');
    if (quote.candidates) candidateSets.set(predicted, quote.candidates);
    return predicted;
  }),
);
const rows = new Map<string, { shown: number; right: number; wrongName: number; noName: number; missedName: number }>();
for (const judged of scores.judged) {
  if (!judged.prediction) continue;
  const via = (vias.get(judged.prediction) ?? '?').replace(/-\d+/g, '-n');
  const row = rows.get(via) ?? { shown: 0, right: 0, wrongName: 0, noName: 0, missedName: 0 };
  if (judged.shownRight === undefined) {
    if (judged.name) row.missedName++;
  } else {
    row.shown++;
    if (judged.shownRight) row.right++;
    else if (judged.name) row.wrongName++;
    else row.noName++;
  }
  rows.set(via, row);
}
const lines = [...rows.entries()].sort((a, b) => b[1].shown - a[1].shown);
console.log('via | shown | right | precision | wrong (other name) | wrong (truth names no one) | not shown (truth names someone)');
for (const [via, row] of lines)
  console.log(
    `${via.padEnd(40)} ${String(row.shown).padStart(5)} ${String(row.right).padStart(5)} ${(row.right / Math.max(1, row.shown)).toFixed(3)} ${String(row.wrongName).padStart(5)} ${String(row.noName).padStart(5)} ${String(row.missedName).padStart(5)}`,
  );
console.log(`(a) ${scores.speakerRecall.toFixed(3)} (b) ${scores.shownPrecision.toFixed(3)} recall4 ${scores.recall4.toFixed(3)}`);

// `--show VIA`: the judged quotes of one path, wrong ones first, with their context.
const showAt = process.argv.indexOf('--show');
if (showAt >= 0) {
  const wanted = process.argv[showAt + 1] ?? '';
  let printed = 0;
  for (const judged of scores.judged) {
    if (!judged.prediction || judged.shownRight !== false) continue;
    const via = (vias.get(judged.prediction) ?? '?').replace(/-\d+/g, '-n');
    if (via !== wanted) continue;
    if (printed++ >= Number(process.argv[showAt + 2] ?? 30)) break;
    const { article, gold } = judged;
    const context = article.text.slice(Math.max(0, gold.start - 300), gold.end + 120).replace(/\s+/g, ' ');
    console.log(
      `\nWRONG gold=${JSON.stringify(gold.speaker)} name=${JSON.stringify(judged.name ?? null)} got=${JSON.stringify(judged.prediction.speaker)} (${JSON.stringify(judged.prediction.mention)})\n   ${context}`,
    );
  }
}

/**
 * Where the quotes whose truth names someone go wrong: missed by the marks, the right speaker not among the
 * candidates at all, or among them but out-scored by another or by "no one" (under the threshold). The bigger
 * share says whether candidate generation or the model is the thing to fix.
 */
const split = { missed: 0, right: 0, wrongNotAmong: 0, wrongOutscored: 0, noneNotAmong: 0, noneTopUnderThreshold: 0, noneOutscored: 0, noCandidates: 0 };
for (const judged of scores.judged) {
  if (!judged.name) continue;
  if (!judged.prediction) {
    split.missed++;
    continue;
  }
  if (judged.shownRight) {
    split.right++;
    continue;
  }
  const set = candidateSets.get(judged.prediction);
  const labels = set ? set.candidates.map((candidate) => judgeShown(candidate.speaker, judged.gold)) : [];
  const among = labels.some(Boolean);
  if (judged.shownRight === false) {
    if (among) split.wrongOutscored++;
    else split.wrongNotAmong++;
    continue;
  }
  if (!set || set.candidates.length === 0) {
    split.noCandidates++;
    continue;
  }
  if (!among) {
    split.noneNotAmong++;
    continue;
  }
  const probabilities = speakerProbabilities(set);
  const top = probabilities.slice(0, -1).reduce((best, value, index) => (value > probabilities[best]! ? index : best), 0);
  if (labels[top]) split.noneTopUnderThreshold++;
  else split.noneOutscored++;
}
console.log('\nquotes whose truth names someone, by where they go wrong:');
for (const [name, count] of Object.entries(split)) console.log(`${name.padEnd(24)} ${count}`);

// `--under [N]`: N quotes whose right speaker is the top candidate but under the threshold, with the path that
// found them, the top probability and the words around them (to read by hand which evidence is missing).
const underAt = process.argv.indexOf('--under');
if (underAt >= 0) {
  let printed = 0;
  const limit = Number(process.argv[underAt + 1] ?? 30);
  for (const judged of scores.judged) {
    if (!judged.name || !judged.prediction || judged.shownRight !== undefined) continue;
    const set = candidateSets.get(judged.prediction);
    if (!set || set.candidates.length === 0) continue;
    const labels = set.candidates.map((candidate) => judgeShown(candidate.speaker, judged.gold));
    const probabilities = speakerProbabilities(set);
    const top = probabilities.slice(0, -1).reduce((best, value, index) => (value > probabilities[best]! ? index : best), 0);
    if (!labels[top]) continue;
    if (printed++ >= limit) break;
    const { article, gold } = judged;
    const context = article.text.slice(Math.max(0, gold.start - 300), gold.end + 120).replace(/\s+/g, ' ');
    console.log(
      `\nUNDER via=${vias.get(judged.prediction)} top=${set.candidates[top]!.speaker} p=${probabilities[top]!.toFixed(2)} none=${probabilities[probabilities.length - 1]!.toFixed(2)} gold=${JSON.stringify(gold.speaker)} name=${JSON.stringify(judged.name)} mention=${JSON.stringify(judged.prediction.mention)}\n   ${context}`,
    );
  }
}

// `--sample unshown|wrong [N] [SEED]`: a seeded random sample of the quotes whose truth names someone that Lucid
// shows no one for (unshown) or shows a wrong name on (wrong), with the path, the candidates and the words around
// them: for reading errors by hand and counting their classes.
const sampleAt = process.argv.indexOf('--sample');
if (sampleAt >= 0) {
  const kind = process.argv[sampleAt + 1] === 'wrong' ? 'wrong' : 'unshown';
  const limit = Number(process.argv[sampleAt + 2] ?? 40);
  let seed = Number(process.argv[sampleAt + 3] ?? 1);
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pool = scores.judged.filter((judged) =>
    kind === 'wrong' ? judged.prediction && judged.shownRight === false : judged.name && judged.prediction && judged.shownRight === undefined,
  );
  for (let index = pool.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [pool[index], pool[other]] = [pool[other]!, pool[index]!];
  }
  pool.slice(0, limit).forEach((judged, number) => {
    const { article, gold, prediction } = judged;
    const set = prediction ? candidateSets.get(prediction) : undefined;
    const probabilities = set ? speakerProbabilities(set) : [];
    const listed = set ? set.candidates.map((candidate, at) => `${candidate.speaker}=${probabilities[at]!.toFixed(2)}`).join(', ') : '';
    const context = article.text.slice(Math.max(0, gold.start - 400), gold.end + 150).replace(/\s+/g, ' ');
    console.log(
      `\n#${number + 1} ${article.id} gold=${JSON.stringify(gold.speaker)} name=${JSON.stringify(judged.name ?? null)} got=${JSON.stringify(prediction?.speaker)} via=${prediction ? vias.get(prediction) : ''} mention=${JSON.stringify(prediction?.mention)}\n   candidates: ${listed} none=${probabilities[probabilities.length - 1]?.toFixed(2)}\n   ${context.slice(0, Math.min(400, gold.start))}⟦${context.slice(Math.min(400, gold.start), Math.min(400, gold.start) + gold.end - gold.start)}⟧${context.slice(Math.min(400, gold.start) + gold.end - gold.start)}`,
    );
  });
}
