/**
 * `npm run bench:quotes`: Lucid's quotations and speakers against the "X said"
 * regex baseline on ../shared/data/quotes-train (PolNeAR train, 840 articles:
 * the part the rules are tuned on) and ../shared/data/quotes-dev (PolNeAR dev,
 * 84 articles: held out), scored as issue 11 says (scripts/lib/quotes-dataset.ts).
 *
 *   --errors [dev|train]   list the gold quotes whose speaker Lucid got wrong or missed
 *   --label-errors         list the hand-labelled quotes (other languages) whose shown speaker is wrong
 *   --no-write             do not write bench-results/quotes.md
 *
 * With tests/fixtures/quote-labels/labels.json present, it also scores the hand-labelled
 * German and other-language quotations per language, tuned part and held-out part apart.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { updateReadmeSection } from './lib/readme-section.ts';
import { join } from 'node:path';
import { findQuotes } from '../utils/reading/quotes/index.ts';
import { projectRoot } from './lib/paths.ts';
import { emptyLabelScores, labelledPageText, loadLabelledPages, scoreLabelledPage, type LabelScores } from './lib/quote-labels.ts';
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

/** Hand-labelled quotations in other languages: German, the others pooled, and each language, by split. */
function labelTable(): string {
  const pages = loadLabelledPages();
  if (!pages) return '';
  const groups = new Map<string, LabelScores>();
  const add = (key: string) => {
    if (!groups.has(key)) groups.set(key, emptyLabelScores());
    return groups.get(key)!;
  };
  for (const page of pages) {
    const text = labelledPageText(page);
    const predicted = findQuotes(text, { lang: page.lang });
    const keys = [`${page.lang}|${page.split}`, ...(page.lang === 'de' ? [] : [`other languages, pooled|${page.split}`])];
    for (const key of keys) scoreLabelledPage(page, text, predicted, add(key));
  }
  if (process.argv.includes('--label-errors')) {
    for (const [key, scores] of groups)
      for (const wrong of scores.wrong)
        process.stdout.write(`${key} ${wrong.page} gold=${JSON.stringify(wrong.gold)} shown=${JSON.stringify(wrong.shown)} “${wrong.text}”\n`);
  }
  const order = (key: string) => (key.startsWith('de|') ? 0 : key.startsWith('other') ? 1 : 2);
  const rows = [...groups.entries()]
    .sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b))
    .map(([key, scores]) => {
      const [lang, split] = key.split('|');
      const ratio = (a: number, b: number) => (b ? (a / b).toFixed(3) : '–');
      return `| ${lang} | ${split === 'tune' ? 'tune (tuned on)' : 'heldout'} | ${scores.pages} | ${scores.attributable} | **${ratio(scores.shownRight, scores.shown)}** (${scores.shownRight}/${scores.shown}) | ${ratio(scores.namedRight, scores.named)} | ${ratio(scores.covered, scores.attributable)} | ${ratio(scores.found, scores.quotes)} | ${scores.keyOnNonStatements} |`;
    });
  return [
    'Hand-labelled quotations in other languages (tests/fixtures/quote-labels, scored as its README says; goal: shown speakers right ≥ 0.93 for German and for the others pooled).',
    'Shown right: speakers Lucid shows on labelled quotes that are right. Named right: statements with a named speaker, found with it. Coverage: statements with a speaker or a description that Lucid shows a speaker for.',
    '',
    '| language | split | pages | statements with a speaker | shown right | named right | coverage | quotes found | key quotes on non-statements |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
    '',
  ].join('\n');
}
const labels = labelTable();
if (labels) process.stdout.write(`${labels}\n`);

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
  writeFileSync(join(projectRoot, 'bench-results', 'quotes.md'), labels ? `${table}\n${labels}` : table);
  updateReadmeSection('quotes', labels ? `${table}\n${labels}` : table);
}
