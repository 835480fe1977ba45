/**
 * `npm run bench:quotes`: Lucid's quotations and speakers against the "X said"
 * regex baseline on ../shared/data/quotes-dev (PolNeAR dev, 84 political news articles).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findQuotes } from '../utils/reading/quotes/index.ts';
import { projectRoot } from './lib/paths.ts';
import { loadQuoteArticles, naiveSaidBaseline, scoreQuotes, speakerMatches, overlapRatio, type QuoteScores } from './lib/quotes-dataset.ts';

const articles = loadQuoteArticles();
const lucid = scoreQuotes(articles, (article) => findQuotes(article.text, { lang: 'en' }));
const baseline = scoreQuotes(articles, (article) => naiveSaidBaseline(article.text));
const row = (name: string, scores: QuoteScores) =>
  `| ${name} | ${scores.precision.toFixed(3)} | ${scores.recall.toFixed(3)} | ${scores.f1.toFixed(3)} | ${(100 * scores.speakerAccuracy).toFixed(1)}% |`;
const table = [
  `Quotations on quotes-dev (${articles.length} PolNeAR articles, ${lucid.gold} gold quotations)`,
  '',
  '| method | quote precision | quote recall | quote F1 | speaker accuracy |',
  '|---|---:|---:|---:|---:|',
  row('Lucid', lucid),
  row('"X said" regex baseline', baseline),
  '',
].join('\n');
process.stdout.write(`${table}\n`);

if (process.argv.includes('--errors')) {
  for (const article of articles) {
    const predictions = findQuotes(article.text, { lang: 'en' });
    for (const gold of article.quotes) {
      const prediction = predictions.find((candidate) => overlapRatio(candidate, gold) >= 0.5);
      if (!prediction || !gold.speaker || speakerMatches(prediction, gold.speaker)) continue;
      const context = article.text.slice(Math.max(0, gold.start - 120), gold.end + 80).replace(/\s+/g, ' ');
      process.stdout.write(`gold=${JSON.stringify(gold.speaker)} got=${JSON.stringify(prediction.speaker)} (${JSON.stringify(prediction.mention)})\n   ${context}\n`);
    }
  }
}
if (!process.argv.includes('--no-write') && !process.argv.includes('--errors')) {
  mkdirSync(join(projectRoot, 'bench-results'), { recursive: true });
  writeFileSync(join(projectRoot, 'bench-results', 'quotes.md'), table);
}
