/**
 * `npm run bench:quotes`: Lucid's quotations and speakers against the "X said"
 * regex baseline on ../shared/data/quotes-train (PolNeAR train, 840 articles:
 * the part the rules are tuned on) and ../shared/data/quotes-dev (PolNeAR dev,
 * 84 articles: held out), scored as issue 11 says (scripts/lib/quotes-dataset.ts).
 *
 *   --errors [dev|train]   list the gold quotes whose speaker Lucid got wrong or missed
 *   --no-write             do not write bench-results/quotes.md
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findQuotes } from '../utils/quotes/index.ts';
import { projectRoot } from './lib/paths.ts';
import {
  QUOTES_DEV_FILE,
  QUOTES_TRAIN_FILE,
  loadQuoteArticles,
  median,
  naiveSaidBaseline,
  scoreQuotes,
  type QuoteArticle,
  type QuoteScores,
} from './lib/quotes-dataset.ts';

const parts: { name: string; role: string; articles: QuoteArticle[] }[] = [
  { name: 'quotes-train', role: 'tuned on', articles: loadQuoteArticles(QUOTES_TRAIN_FILE) },
  { name: 'quotes-dev', role: 'held out', articles: loadQuoteArticles(QUOTES_DEV_FILE) },
];

const lucidPredict = (article: QuoteArticle) => findQuotes(article.text, { lang: 'en' });
// One warm-up pass so the first part's timings are not the JIT's.
for (const article of parts[1]!.articles.slice(0, 20)) lucidPredict(article);

const results = parts.map((part) => ({
  ...part,
  lucid: scoreQuotes(part.articles, lucidPredict),
  baseline: scoreQuotes(part.articles, (article) => naiveSaidBaseline(article.text)),
}));

const fixed = (value: number) => value.toFixed(3);
const row = (part: string, method: string, scores: QuoteScores) =>
  `| ${part} | ${method} | **${fixed(scores.speakerRecall)}** | **${fixed(scores.shownPrecision)}** | ${fixed(scores.recall4)} | ${fixed(scores.precision)} | ${fixed(scores.recall)} | ${fixed(scores.f1)} | ${scores.shown}/${scores.matched} | ${median(scores.millis).toFixed(2)} |`;

const table = [
  'Quotations and speakers on PolNeAR (quotes-train: 840 articles, the part the rules are tuned on; quotes-dev: 84 articles, held out).',
  '(a) speaker right: gold quotes whose truth names someone, found with the right speaker shown, over all of them (missed or unattributed counts wrong; goal ≥ 0.86).',
  '(b) shown right: speakers shown on matched quotes that are right (a name on a quote whose truth names no one counts wrong; goal ≥ 0.93).',
  '(c) recall of gold quotes of 4+ words (goal ≥ 0.95). Shown: matched quotes with a speaker shown. ms: median per article.',
  '',
  '| data | method | (a) speaker right | (b) shown right | (c) recall 4+ words | quote precision | quote recall | quote F1 | shown | ms |',
  '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...results.flatMap((result) => {
    const label = `${result.name} (${result.articles.length}, ${result.role}; ${result.lucid.gold} quotes, ${result.lucid.namedGold} named)`;
    return [row(label, 'Lucid', result.lucid), row(label, '"X said" baseline', result.baseline)];
  }),
  '',
].join('\n');
process.stdout.write(`${table}\n`);

const errorsAt = process.argv.indexOf('--errors');
if (errorsAt >= 0) {
  const which = process.argv[errorsAt + 1] === 'dev' ? 'quotes-dev' : 'quotes-train';
  const result = results.find((entry) => entry.name === which)!;
  for (const judged of result.lucid.judged) {
    if (judged.shownRight === true) continue;
    if (judged.shownRight === undefined && !judged.name) continue;
    const { article, gold, prediction } = judged;
    const context = article.text.slice(Math.max(0, gold.start - 160), gold.end + 100).replace(/\s+/g, ' ');
    const kind = !prediction ? 'MISSED' : judged.shownRight === false ? 'WRONG' : 'NONE';
    process.stdout.write(
      `${kind} gold=${JSON.stringify(gold.speaker)} name=${JSON.stringify(judged.name ?? null)} got=${JSON.stringify(prediction?.speaker ?? null)} (${JSON.stringify(prediction?.mention ?? '')})\n   ${context}\n`,
    );
  }
}
if (!process.argv.includes('--no-write') && errorsAt < 0) {
  mkdirSync(join(projectRoot, 'bench-results'), { recursive: true });
  writeFileSync(join(projectRoot, 'bench-results', 'quotes.md'), table);
}
