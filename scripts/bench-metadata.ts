/**
 * `npm run bench:metadata`: title, author and publication-date accuracy of
 * Lucid's metadata against Readability's own (title, byline, publishedTime)
 * on the two sets of ../shared/data/metadata-dev (news pages from 41
 * countries; blogs, small sites and news of extraction-dev). Lucid is run as
 * the extension runs it (the whole pipeline), so the byline and signature
 * lines the clean-up finds count too.
 *
 * Each set is split into two halves (sorted by page id, every other page):
 * rules are tuned on the tune half only, and the held-out half says whether
 * they generalise. Both are printed, with a breakdown by the kind of page
 * (what the page declares about itself, not the gold) and by language.
 *
 * Options: `--set fundus|trafilatura` one set; `--half tune|held-out` one half;
 * `--errors` lists the pages with a miss; `--no-readability` skips the peer;
 * `--no-write` leaves bench-results/metadata.md alone.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { updateReadmeSection } from './lib/readme-section.ts';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../utils/pipeline/extract.ts';
import { extractMetadata } from '../utils/metadata/index.ts';
import { readJsonLdArticle } from '../utils/metadata/json-ld.ts';
import { displayName } from '../utils/metadata/names.ts';
import {
  halfOf,
  isPerfect,
  loadMetadataSets,
  readMetadataHtml,
  scoreMetadata,
  splitPlainByline,
  summarizeMetadata,
  type Half,
  type MetadataScore,
  type MetadataSummary,
} from './lib/metadata-dataset.ts';
import { parseHtml } from './lib/parse-html.ts';
import { DEFAULT_TIMEOUT_SECONDS } from './lib/job-runner.ts';
import { projectRoot } from './lib/paths.ts';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const showErrors = process.argv.includes('--errors');
const withReadability = !process.argv.includes('--no-readability');
const onlySet = option('--set');
const onlyHalf = option('--half') as Half | undefined;

interface PageResult {
  half: Half;
  kind: string;
  language: string;
  lucid: MetadataScore;
  readability?: MetadataScore;
}

const NEWS_TYPES = /NewsArticle$|^(LiveBlogPosting|Report)$/;

/** What the page says it is (not what the gold says): schema.org news types, else a blog or any other page. */
function kindOf(document: Document): string {
  const type = readJsonLdArticle(document)?.type ?? '';
  return NEWS_TYPES.test(type) ? 'news (declares NewsArticle)' : 'other (blogs, small sites, …)';
}

function languageOf(lang: string): string {
  const primary = lang.split('-')[0] ?? '';
  return primary === 'de' || primary === 'en' ? primary : 'other';
}

const percent = (value: number) => `${(100 * value).toFixed(1)}%`;

function row(method: string, part: string, s: MetadataSummary): string {
  return `| ${method} | ${part} | ${s.pages} | ${percent(s.titleAccuracy)} | ${s.authorPrecision.toFixed(3)} | ${s.authorRecall.toFixed(3)} | ${s.authorF1.toFixed(3)} | ${s.noAuthorRight}/${s.noAuthorPages} | ${percent(s.dateAccuracy)} |`;
}

const output: string[] = [];
for (const set of loadMetadataSets()) {
  if (onlySet && set.name !== onlySet) continue;
  const halves = halfOf(set.cases);
  const results: PageResult[] = [];
  for (const testCase of set.cases) {
    const half = halves.get(testCase.id) ?? 'tune';
    if (onlyHalf && half !== onlyHalf) continue;
    const html = readMetadataHtml(testCase);
    const page = parseHtml(html, testCase.url);
    const kind = kindOf(page.document);
    const result = extractArticle(page.document, { url: testCase.url, timeBudgetMs: DEFAULT_TIMEOUT_SECONDS * 1000 });
    const meta = result.ok ? result.meta : extractMetadata(page.document, testCase.url);
    const prediction = { title: meta.title, authors: meta.authors.map(displayName), published: meta.published };
    const lucid = scoreMetadata(prediction, testCase);
    page.close();
    let readability: MetadataScore | undefined;
    if (withReadability) {
      const fresh = parseHtml(html, testCase.url);
      const parsed = new Readability(fresh.document.cloneNode(true) as Document).parse();
      readability = scoreMetadata(
        { title: parsed?.title ?? '', authors: splitPlainByline(parsed?.byline ?? ''), published: parsed?.publishedTime ?? '' },
        testCase,
      );
      fresh.close();
    }
    results.push({ half, kind, language: languageOf(testCase.lang ?? meta.lang), lucid, ...(readability ? { readability } : {}) });
    if (showErrors && !isPerfect(lucid)) {
      process.stdout.write(`${testCase.id} [${half}]\n  got  ${JSON.stringify(prediction)}\n  gold ${JSON.stringify(testCase.gold)}\n`);
    }
  }
  const lines = [
    `Metadata on ${set.description}. Titles: NFKC, case and punctuation folded; authors: names as a set, micro P/R/F1 (a page whose gold names no one adds every printed name as a false positive; "no-author right" counts those pages where none was printed); dates: same day, on pages whose gold has one (${results.filter((r) => r.lucid.dateExact !== undefined).length} of ${results.length}).`,
    '',
    '| method | part | pages | title exact | author P | author R | author F1 | no-author right | date (same day) |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const parts: [string, PageResult[]][] = [
    ['tune', results.filter((r) => r.half === 'tune')],
    ['held-out', results.filter((r) => r.half === 'held-out')],
    ['all', results],
  ];
  for (const [method, pick] of [
    ['Lucid', (r: PageResult) => r.lucid],
    ['Readability.js 0.6.0', (r: PageResult) => r.readability],
  ] as const) {
    for (const [part, subset] of parts) {
      const scores = subset.map(pick).filter((score): score is MetadataScore => !!score);
      if (scores.length) lines.push(row(method, part, summarizeMetadata(scores)));
    }
  }
  const groups = new Map<string, PageResult[]>();
  for (const result of results) {
    for (const key of [result.kind, `language: ${result.language}`]) groups.set(key, [...(groups.get(key) ?? []), result]);
  }
  if (groups.size > 2) {
    lines.push(
      '',
      'Lucid by kind of page (as the page declares itself) and by language, both halves:',
      '',
      '| group | pages | title exact | author P | author R | author F1 | no-author right | date (same day) |',
      '|---|---:|---:|---:|---:|---:|---:|---:|',
    );
    for (const [group, subset] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
      const s = summarizeMetadata(subset.map((r) => r.lucid));
      lines.push(
        `| ${group} | ${s.pages} | ${percent(s.titleAccuracy)} | ${s.authorPrecision.toFixed(3)} | ${s.authorRecall.toFixed(3)} | ${s.authorF1.toFixed(3)} | ${s.noAuthorRight}/${s.noAuthorPages} | ${percent(s.dateAccuracy)} |`,
      );
    }
  }
  lines.push('');
  process.stdout.write(`${lines.join('\n')}\n`);
  output.push(...lines);
}
if (!showErrors && !onlySet && !onlyHalf && !process.argv.includes('--no-write')) {
  mkdirSync(join(projectRoot, 'bench-results'), { recursive: true });
  writeFileSync(join(projectRoot, 'bench-results', 'metadata.md'), `${output.join('\n')}\n`);
  updateReadmeSection('metadata', output.join('\n'));
}
