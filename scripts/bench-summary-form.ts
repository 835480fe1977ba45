/**
 * `npm run bench:summary-form [-- --step N]`: whether the summary's bullets are sentences of the article on the pages
 * of ../shared/data/extraction-dev (every Nth page of each half; blogs, shops and news, mostly German), where ROUGE on
 * news summaries cannot look. A bullet counts as no sentence when it does not end like one where the article's text
 * does (a heading, a caption or its credit, a date line, a label), holds a web address, or has fewer than four words
 * (in scripts written with spaces). Prints the counts per half; writes nothing.
 */
import { parseArgs } from 'node:util';
import { analyzeDocument } from '../utils/pipeline/extract.ts';
import { endsLikeSentence } from '../utils/reading/summary.ts';
import { halfOf, loadExtractionCases, readCaseHtml, type Half } from './lib/extraction-dataset.ts';
import { DEFAULT_TIMEOUT_SECONDS } from './lib/job-runner.ts';
import { parseHtml } from './lib/parse-html.ts';

const { values } = parseArgs({ options: { step: { type: 'string', default: '1' } } });
const step = Math.max(1, Number(values.step));

const WEB_ADDRESS = /https?:\/\/|www\./u;
const SPACED_SCRIPT = /^[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]*$/u;

interface Tally {
  pages: number;
  bullets: number;
  unended: number;
  addresses: number;
  short: number;
}

const cases = loadExtractionCases();
const halves = halfOf(cases);
const tallies = new Map<Half, Tally>();
cases.forEach((testCase, index) => {
  if (index % step !== 0) return;
  const half = halves.get(testCase.id) ?? 'tune';
  const tally = tallies.get(half) ?? { pages: 0, bullets: 0, unended: 0, addresses: 0, short: 0 };
  tallies.set(half, tally);
  const page = parseHtml(readCaseHtml(testCase), testCase.url);
  try {
    const result = analyzeDocument(page.document, { url: testCase.url, ownsDocument: true, timeBudgetMs: DEFAULT_TIMEOUT_SECONDS * 1000 });
    tally.pages++;
    if (!result.ok) return;
    for (const bullet of result.summary) {
      tally.bullets++;
      if (!endsLikeSentence(bullet)) tally.unended++;
      if (WEB_ADDRESS.test(bullet)) tally.addresses++;
      if (SPACED_SCRIPT.test(bullet) && bullet.split(/\s+/u).length < 4) tally.short++;
    }
  } finally {
    page.close();
  }
});

process.stdout.write('| half | pages | bullets | not ending like a sentence | with a web address | under four words |\n|---|---:|---:|---:|---:|---:|\n');
for (const [half, tally] of [...tallies].sort(([a], [b]) => a.localeCompare(b)))
  process.stdout.write(`| ${half} | ${tally.pages} | ${tally.bullets} | ${tally.unended} | ${tally.addresses} | ${tally.short} |\n`);
