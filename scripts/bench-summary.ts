/**
 * `npm run bench:summary`: Lucid's summary against Lead-3 (the first three
 * sentences, the hard baseline for news) on ../shared/data/summaries-dev,
 * ROUGE-1 / ROUGE-2 / ROUGE-Lsum F1 ×100 as rouge-score computes them.
 * Both use the same sentence splitter, so the comparison is of choices only.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences } from '../utils/reading/sentences.ts';
import { summarize } from '../utils/reading/summary.ts';
import { projectRoot } from './lib/paths.ts';
import { updateReadmeSection } from './lib/readme-section.ts';
import { meanRouge, type RougeScores } from './lib/rouge.ts';
import { loadSummaryCases } from './lib/summary-dataset.ts';

const cases = loadSummaryCases();
const lucid: { candidate: string[]; reference: string[] }[] = [];
const lead3: { candidate: string[]; reference: string[] }[] = [];
for (const testCase of cases) {
  lucid.push({ candidate: summarize(testCase.article, { sentences: 3, lang: 'en' }), reference: testCase.reference });
  lead3.push({
    candidate: splitSentences(testCase.article, 'en')
      .slice(0, 3)
      .map((sentence) => sentence.text),
    reference: testCase.reference,
  });
}
const rows: [string, RougeScores][] = [
  ['Lucid (3 sentences)', meanRouge(lucid)],
  ['Lead-3', meanRouge(lead3)],
];
const table = [
  `Summary quality on summaries-dev (${cases.length} CNN/DailyMail articles), ROUGE F1 ×100`,
  '',
  '| summarizer | ROUGE-1 | ROUGE-2 | ROUGE-Lsum |',
  '|---|---:|---:|---:|',
  ...rows.map(([name, scores]) => `| ${name} | ${scores.rouge1.toFixed(2)} | ${scores.rouge2.toFixed(2)} | ${scores.rougeLsum.toFixed(2)} |`),
  '',
].join('\n');
process.stdout.write(`${table}\n`);
if (!process.argv.includes('--no-write')) {
  mkdirSync(join(projectRoot, 'bench-results'), { recursive: true });
  writeFileSync(join(projectRoot, 'bench-results', 'summary.md'), table);
  updateReadmeSection('summary', table);
}
