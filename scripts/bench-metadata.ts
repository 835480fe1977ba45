/**
 * `npm run bench:metadata`: title, author and publication-date accuracy of
 * Lucid's metadata against Readability's own (title, byline, publishedTime)
 * on ../shared/data/metadata-dev (news pages from 41 countries, Fundus gold).
 * Lucid is run as the extension runs it (the whole pipeline), so the byline
 * and signature lines the clean-up finds count too. `--errors` lists misses.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../utils/pipeline/extract.ts';
import { extractMetadata } from '../utils/metadata/index.ts';
import { displayName } from '../utils/metadata/names.ts';
import { loadMetadataCases, readMetadataHtml, scoreMetadata, splitPlainByline, summarizeMetadata, type MetadataScore, type MetadataSummary } from './lib/metadata-dataset.ts';
import { parseHtml } from './lib/parse-html.ts';
import { projectRoot } from './lib/paths.ts';

const showErrors = process.argv.includes('--errors');
const lucid: MetadataScore[] = [];
const readability: MetadataScore[] = [];
for (const testCase of loadMetadataCases()) {
  const html = readMetadataHtml(testCase);
  const page = parseHtml(html, testCase.url);
  const result = extractArticle(page.document, { url: testCase.url });
  const meta = result.ok ? result.meta : extractMetadata(page.document, testCase.url);
  const prediction = { title: meta.title, authors: meta.authors.map(displayName), published: meta.published };
  const score = scoreMetadata(prediction, testCase);
  lucid.push(score);
  page.close();
  const fresh = parseHtml(html, testCase.url);
  const parsed = new Readability(fresh.document.cloneNode(true) as Document).parse();
  readability.push(scoreMetadata({ title: parsed?.title ?? '', authors: splitPlainByline(parsed?.byline ?? ''), published: parsed?.publishedTime ?? '' }, testCase));
  fresh.close();
  if (showErrors && (!score.titleExact || !score.dateExact || score.authorTruePositives !== score.authorGold || score.authorPredicted !== score.authorGold)) {
    process.stdout.write(`${testCase.id}\n  got  ${JSON.stringify(prediction)}\n  gold ${JSON.stringify(testCase.gold)}\n`);
  }
}
const row = (name: string, s: MetadataSummary) =>
  `| ${name} | ${(100 * s.titleAccuracy).toFixed(1)}% | ${s.authorPrecision.toFixed(3)} | ${s.authorRecall.toFixed(3)} | ${s.authorF1.toFixed(3)} | ${(100 * s.dateAccuracy).toFixed(1)}% |`;
const lucidSummary = summarizeMetadata(lucid);
const table = [
  `Metadata on metadata-dev (${lucidSummary.pages} news pages, 41 countries)`,
  '',
  '| method | title exact | author P | author R | author F1 | date (same day) |',
  '|---|---:|---:|---:|---:|---:|',
  row('Lucid', lucidSummary),
  row('Readability.js 0.6.0', summarizeMetadata(readability)),
  '',
].join('\n');
process.stdout.write(`${table}\n`);
if (!showErrors && !process.argv.includes('--no-write')) {
  mkdirSync(join(projectRoot, 'bench-results'), { recursive: true });
  writeFileSync(join(projectRoot, 'bench-results', 'metadata.md'), table);
}
