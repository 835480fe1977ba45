/**
 * `npm run bench -- [--pages N] [--half tune|heldout] [--worst N] [--only NAME,NAME] [--no-sizes] [--no-write] [--per-page FILE] [--timings FILE] [--jobs N]`
 *
 * Extraction quality and speed, Lucid beside Readability.js, Defuddle,
 * Mercury, article-extractor and the whole body text, on the pages of
 * ../shared/data/extraction-dev and on the seed page; then the sizes of the
 * built extension. Every extractor runs on each page in turn in one process,
 * so the time ratios hold on a noisy machine; pages go in chunks of 50 to
 * child processes, because jsdom keeps a few MB of every window it made and
 * five hundred pages times six extractors would fill any heap. Prints the
 * tables and writes them to bench-results/ and into the README between its
 * bench markers.
 *
 * The pages fall into two fixed halves (`halfOf`): rules are tuned on the
 * `tune` half only, and the table reports both, so the `heldout` row says
 * what the tuning is worth on pages it was not made on.
 *
 * `--per-page FILE` writes every extractor's result on every page (snippets
 * missed and junk kept, with the page's half) as JSON: two runs compared page
 * by page say what a change gained and lost. `--timings FILE` writes each
 * extractor's milliseconds on each page (and Lucid's per stage): where the
 * sum of times, the ratio's numerator, comes from.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { measureBundle } from './lib/bundle-sizes.ts';
import {
  ZERO_COUNTS,
  addCounts,
  halfOf,
  loadExtractionCases,
  precisionRecallF1,
  readCaseHtml,
  scoreSnippets,
  type ExtractionCase,
  type Half,
  type SnippetCounts,
} from './lib/extraction-dataset.ts';
import { EXTRACTORS, parseForExtractor, type Extractor } from './lib/extractors.ts';
import { updateReadmeSection } from './lib/readme-section.ts';
import { projectRoot, sharedDir } from './lib/paths.ts';

const { values: args } = parseArgs({
  options: {
    pages: { type: 'string' },
    half: { type: 'string' },
    worst: { type: 'string' },
    only: { type: 'string' },
    'no-sizes': { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
    'per-page': { type: 'string' },
    timings: { type: 'string' },
    jobs: { type: 'string' },
    // Internal: run pages [from, from + pages) and print their results as JSON (one chunk, in a child process).
    from: { type: 'string' },
    out: { type: 'string' },
  },
});

const CHUNK_PAGES = 50;

interface PageResult {
  counts: SnippetCounts;
  missed: string[];
  kept: string[];
  failed: boolean;
  parseMs: number;
  extractMs: number;
  /** Lucid only: milliseconds per pipeline stage on this page. */
  stages?: Record<string, number>;
}

interface Tally {
  extractor: Extractor;
  counts: SnippetCounts;
  failed: number;
  parseMs: number[];
  extractMs: number[];
  pages: Map<string, PageResult>;
}

function percentile(values: number[], share: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * (sorted.length - 1) + 0.5))]!;
}
const median = (values: number[]) => percentile(values, 0.5);
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

async function runOne(extractor: Extractor, testCase: ExtractionCase, html: string): Promise<PageResult> {
  let parseMs = 0;
  let parsed: ReturnType<typeof parseForExtractor> | undefined;
  if (extractor.readsDocument) {
    const parseStart = performance.now();
    parsed = parseForExtractor(html, testCase.url);
    parseMs = performance.now() - parseStart;
  }
  const start = performance.now();
  let output;
  try {
    output = await extractor.run({ html, url: testCase.url, document: parsed?.document });
  } catch (error) {
    output = { title: '', text: '', failure: error instanceof Error ? error.message : String(error) };
  }
  const extractMs = performance.now() - start;
  parsed?.close();
  const text = `${output.title}\n\n${output.text}`;
  const score = scoreSnippets(text, testCase);
  const failed = Boolean(output.failure) || !output.text.trim();
  return { counts: score, missed: score.missed, kept: score.kept, failed, parseMs, extractMs, stages: output.stages };
}

/** The seed page, scored like the others: its paragraphs must be there, its junk must not. */
function seedCase(): ExtractionCase | undefined {
  const directory = join(sharedDir(), 'seed');
  if (!existsSync(join(directory, 'expected.json'))) return undefined;
  const expected = JSON.parse(readFileSync(join(directory, 'expected.json'), 'utf8')) as { url: string; paragraphs: string[]; mustNotContain: string[] };
  return { id: 'seed', url: expected.url, htmlPath: join(directory, 'korea-herald.html'), with: expected.paragraphs, without: expected.mustNotContain };
}

const formatMs = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const formatScore = (value: number) => value.toFixed(3);

function qualityTable(tallies: Tally[], pageCount: number): string {
  const rows = tallies.map((tally) => {
    const { precision, recall, f1 } = precisionRecallF1(tally.counts);
    const parse = tally.extractor.readsDocument
      ? `${formatMs(median(tally.parseMs))} / ${formatMs(percentile(tally.parseMs, 0.95))}`
      : 'own parser, in the next column';
    return `| ${tally.extractor.name} | ${formatScore(precision)} | ${formatScore(recall)} | **${formatScore(f1)}** | ${tally.failed} | ${parse} | ${formatMs(median(tally.extractMs))} / ${formatMs(percentile(tally.extractMs, 0.95))} |`;
  });
  return [
    `Extraction on ${pageCount} pages of \`extraction-dev\` (snippets: must contain / must not contain; title + text scored):`,
    '',
    '| Extractor | Precision | Recall | F1 | Failed or empty | Parse ms (median / p95) | Extract ms (median / p95) |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
}

/** Precision, recall and F1 of each extractor on each half of the set, beside the whole. */
function halvesTable(tallies: Tally[], halves: Map<string, Half>): string {
  const rows: string[] = [];
  for (const tally of tallies) {
    const cells = (['tune', 'heldout'] as const).map((half) => {
      let counts = ZERO_COUNTS;
      let pages = 0;
      for (const [id, page] of tally.pages) {
        if (halves.get(id) !== half) continue;
        counts = addCounts(counts, page.counts);
        pages++;
      }
      if (pages === 0) return '– | – | – | 0';
      const { precision, recall, f1 } = precisionRecallF1(counts);
      return `${formatScore(precision)} | ${formatScore(recall)} | **${formatScore(f1)}** | ${pages}`;
    });
    rows.push(`| ${tally.extractor.name} | ${cells.join(' | ')} |`);
  }
  return [
    'The same by half (pages sorted by file name, alternating; rules are tuned on the first half only):',
    '',
    '| Extractor | Tune P | Tune R | Tune F1 | Pages | Held-out P | Held-out R | Held-out F1 | Pages |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
}

function seedTable(tallies: Tally[]): string {
  const rows = tallies.map((tally) => {
    const page = tally.pages.get('seed');
    if (!page) return `| ${tally.extractor.name} | – | – | – |`;
    const { counts } = page;
    return `| ${tally.extractor.name} | ${counts.truePositives}/${counts.truePositives + counts.falseNegatives} | ${counts.falsePositives}/${counts.falsePositives + counts.trueNegatives} | ${page.kept.map((junk) => `“${junk}”`).join(', ') || '–'} |`;
  });
  return ['The seed page (Korea Herald layout):', '', '| Extractor | Paragraphs kept | Junk lines kept | Junk kept |', '|---|---:|---:|---|', ...rows].join(
    '\n',
  );
}

function speedSummary(tallies: Tally[]): string {
  const lucid = tallies.find((tally) => tally.extractor.name === 'Lucid');
  const readability = tallies.find((tally) => tally.extractor.name === 'Readability.js');
  if (!lucid || !readability) return '';
  const ratioOfSums = sum(lucid.extractMs) / Math.max(1e-9, sum(readability.extractMs));
  const ratioOfMedians = median(lucid.extractMs) / Math.max(1e-9, median(readability.extractMs));
  return `Lucid's full pipeline (extraction, metadata, summary and quotes, with sanitizing) takes ${ratioOfSums.toFixed(2)}× the time of Readability.js alone over all pages (${ratioOfMedians.toFixed(2)}× at the median); the goal is at most 1.5×.`;
}

/**
 * Where Lucid's time goes: each stage's median and p95 over the pages it ran
 * on, and its share of all of Lucid's time summed over all pages (the time
 * outside the stages, mostly the result's assembly, is its own row).
 */
function stageTable(tallies: Tally[]): string {
  const lucid = tallies.find((tally) => tally.extractor.name === 'Lucid');
  if (!lucid) return '';
  const perStage = new Map<string, number[]>();
  let outside = 0;
  for (const page of lucid.pages.values()) {
    if (!page.stages) continue;
    let inStages = 0;
    for (const [stage, milliseconds] of Object.entries(page.stages)) {
      perStage.set(stage, [...(perStage.get(stage) ?? []), milliseconds]);
      inStages += milliseconds;
    }
    outside += Math.max(0, page.extractMs - inStages);
  }
  const total = sum([...lucid.pages.values()].map((page) => page.extractMs));
  if (perStage.size === 0 || total <= 0) return '';
  const row = (name: string, values: number[], summed: number) =>
    `| ${name} | ${formatMs(median(values))} | ${formatMs(percentile(values, 0.95))} | ${((100 * summed) / total).toFixed(1)}% |`;
  const rows = [...perStage].map(([stage, values]) => row(stage, values, sum(values)));
  const readability = tallies.find((tally) => tally.extractor.name === 'Readability.js');
  const lines = [
    `Where Lucid's time goes, per stage over ${lucid.pages.size} pages (in run order; summary and quotes run where the reader view is shown, sanitizing is the serialize stage):`,
    '',
    "| Stage | Median ms | p95 ms | Share of Lucid's total |",
    '|---|---:|---:|---:|',
    ...rows,
    `| (outside the stages) | – | – | ${((100 * outside) / total).toFixed(1)}% |`,
    `| **Lucid, whole analysis** | ${formatMs(median(lucid.extractMs))} | ${formatMs(percentile(lucid.extractMs, 0.95))} | 100% |`,
  ];
  if (readability)
    lines.push(
      `| Readability.js alone, for comparison | ${formatMs(median(readability.extractMs))} | ${formatMs(percentile(readability.extractMs, 0.95))} | – |`,
    );
  return lines.join('\n');
}

function sizeTable(): string {
  const directory = join(projectRoot, '.output', 'chrome-mv3');
  const rows = measureBundle(directory).map((row) => `| ${row.what} | ${(row.bytes / 1024).toFixed(1)} KB | ${(row.gzipBytes / 1024).toFixed(1)} KB |`);
  return [
    'Sizes of the Chrome build (`.output/chrome-mv3`; goals: injected script ≤ 50 KB gzip, popup first-load JavaScript ≤ 30 KB gzip):',
    '',
    '| Part | Bytes | Gzip |',
    '|---|---:|---:|',
    ...rows,
  ].join('\n');
}

function worstPages(tallies: Tally[], count: number): string {
  const lucid = tallies.find((tally) => tally.extractor.name === 'Lucid');
  if (!lucid) return '';
  const peers = tallies.filter((tally) => tally !== lucid && !/floor/.test(tally.extractor.name));
  const net = (page: PageResult) => page.counts.truePositives - page.counts.falsePositives;
  const losses: { id: string; gap: number; peer: Tally; lucidPage: PageResult; peerPage: PageResult }[] = [];
  for (const [id, lucidPage] of lucid.pages) {
    let best: { peer: Tally; page: PageResult } | undefined;
    for (const peer of peers) {
      const page = peer.pages.get(id);
      if (page && (!best || net(page) > net(best.page))) best = { peer, page };
    }
    if (best && net(best.page) > net(lucidPage)) losses.push({ id, gap: net(best.page) - net(lucidPage), peer: best.peer, lucidPage, peerPage: best.page });
  }
  losses.sort((a, b) => b.gap - a.gap);
  const lines = [`Pages where a peer beats Lucid (snippets found minus junk kept), worst ${Math.min(count, losses.length)} of ${losses.length}:`, ''];
  for (const loss of losses.slice(0, count)) {
    lines.push(`- ${loss.id} (${loss.peer.extractor.name} +${loss.gap})${loss.lucidPage.failed ? ' — Lucid failed or was empty' : ''}`);
    for (const snippet of loss.lucidPage.missed.filter((text) => !loss.peerPage.missed.includes(text))) lines.push(`    missed: ${snippet.slice(0, 140)}`);
    for (const snippet of loss.lucidPage.kept.filter((text) => !loss.peerPage.kept.includes(text))) lines.push(`    kept:   ${snippet.slice(0, 140)}`);
  }
  return lines.join('\n');
}

/** Each extractor's outcome on each page, without the timings: what `--per-page` writes. */
function perPage(tallies: Tally[], halves: Map<string, Half>) {
  return Object.fromEntries(
    tallies.map((tally) => [
      tally.extractor.name,
      Object.fromEntries(
        [...tally.pages].map(([id, page]) => [
          id,
          { half: halves.get(id) ?? 'seed', counts: page.counts, failed: page.failed, missed: page.missed, kept: page.kept },
        ]),
      ),
    ]),
  );
}

/** Each extractor's time on each page, and Lucid's per stage: what `--timings` writes. */
function perPageTimings(tallies: Tally[]) {
  return Object.fromEntries(
    tallies.map((tally) => [
      tally.extractor.name,
      Object.fromEntries([...tally.pages].map(([id, page]) => [id, { extractMs: page.extractMs, parseMs: page.parseMs, stages: page.stages }])),
    ]),
  );
}

function machine(): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}, jsdom; ${new Date().toISOString().slice(0, 10)}`;
}

/** Every extractor on each page of `chunk`, after an untimed warm-up on its first page (module loading, JIT). */
async function runChunk(extractors: Extractor[], chunk: ExtractionCase[]): Promise<Record<string, Record<string, PageResult>>> {
  const results: Record<string, Record<string, PageResult>> = Object.fromEntries(extractors.map((extractor) => [extractor.name, {}]));
  if (chunk[0]) for (const extractor of extractors) await runOne(extractor, chunk[0], readCaseHtml(chunk[0]));
  for (const testCase of chunk) {
    const html = readCaseHtml(testCase);
    for (const extractor of extractors) results[extractor.name]![testCase.id] = await runOne(extractor, testCase, html);
  }
  return results;
}

async function main(): Promise<void> {
  const limit = args.pages ? Number(args.pages) : Infinity;
  const only = args.only?.split(',').map((name) => name.trim().toLowerCase());
  const extractors = EXTRACTORS.filter((extractor) => !only || only.some((name) => extractor.name.toLowerCase().startsWith(name)));
  const allCases = loadExtractionCases();
  const halves = halfOf(allCases);
  if (args.half && args.half !== 'tune' && args.half !== 'heldout') throw new Error('--half takes tune or heldout');
  // Chunks address pages by their position in this list, so the child processes select the same pages.
  const selected = args.half ? allCases.filter((testCase) => halves.get(testCase.id) === args.half) : allCases;
  const cases = selected.slice(0, limit);
  const seed = seedCase();
  const tallies: Tally[] = extractors.map((extractor) => ({ extractor, counts: ZERO_COUNTS, failed: 0, parseMs: [], extractMs: [], pages: new Map() }));

  if (args.from !== undefined) {
    const chunk = selected.slice(Number(args.from), Number(args.from) + (Number.isFinite(limit) ? limit : CHUNK_PAGES));
    // A file, not stdout: some peers print to stdout.
    writeFileSync(args.out ?? join(tmpdir(), 'lucid-bench-chunk.json'), JSON.stringify(await runChunk(extractors, chunk)));
    return;
  }

  const started = Date.now();
  const runChunkInChild = async (from: number): Promise<Record<string, Record<string, PageResult>>> => {
    const count = Math.min(CHUNK_PAGES, cases.length - from);
    const out = join(tmpdir(), `lucid-bench-${process.pid}-${from}.json`);
    const childArgs = [
      '--max-old-space-size=8192',
      '--import',
      'tsx',
      join(projectRoot, 'scripts', 'bench.ts'),
      '--from',
      String(from),
      '--pages',
      String(count),
      '--out',
      out,
    ];
    if (args.only) childArgs.push('--only', args.only);
    if (args.half) childArgs.push('--half', args.half);
    const child = spawn(process.execPath, childArgs, { cwd: projectRoot, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (data: string) => (stderr = (stderr + data).slice(-1000)));
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    if (status !== 0) throw new Error(`The benchmark chunk from page ${from} failed: ${stderr}`);
    const results = JSON.parse(readFileSync(out, 'utf8')) as Record<string, Record<string, PageResult>>;
    rmSync(out, { force: true });
    process.stderr.write(`pages ${from + 1}–${from + count} of ${cases.length} done, ${Math.round((Date.now() - started) / 1000)} s\n`);
    return results;
  };
  const starts: number[] = [];
  for (let from = 0; from < cases.length; from += CHUNK_PAGES) starts.push(from);
  // `--jobs N` runs N chunks at once: faster on a machine with cores to spare, and the time ratios still hold within each chunk.
  const jobs = Math.max(1, Number(args.jobs ?? 1));
  const chunkResults: Record<string, Record<string, PageResult>>[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(jobs, starts.length) }, async () => {
      while (next < starts.length) {
        const index = next++;
        chunkResults[index] = await runChunkInChild(starts[index]!);
      }
    }),
  );
  // Tallied in page order, whatever order the chunks finished in.
  for (const results of chunkResults) {
    for (const tally of tallies) {
      for (const [id, result] of Object.entries(results[tally.extractor.name] ?? {})) {
        tally.counts = addCounts(tally.counts, result.counts);
        if (result.failed) tally.failed++;
        tally.parseMs.push(result.parseMs);
        tally.extractMs.push(result.extractMs);
        tally.pages.set(id, result);
      }
    }
  }
  if (seed) {
    const html = readCaseHtml(seed);
    for (const tally of tallies) tally.pages.set('seed', await runOne(tally.extractor, seed, html));
  }

  const sections = [`Measured on ${machine()}.`, '', qualityTable(tallies, cases.length), '', halvesTable(tallies, halves), '', speedSummary(tallies)];
  const stages = stageTable(tallies);
  if (seed) sections.push('', seedTable(tallies));
  const extraction = sections.join('\n');
  const sizes = args['no-sizes'] ? '' : sizeTable();
  console.log(`${extraction}\n`);
  if (stages) console.log(`${stages}\n`);
  if (sizes) console.log(`${sizes}\n`);
  if (args.worst) console.log(`${worstPages(tallies, Number(args.worst))}\n`);
  if (args['per-page']) writeFileSync(args['per-page'], JSON.stringify(perPage(tallies, halves), null, 1));
  if (args.timings) writeFileSync(args.timings, JSON.stringify(perPageTimings(tallies)));

  const allPages = cases.length === allCases.length;
  // A run over every page writes the extraction tables, whichever extractors it ran (`--only lucid,readability` is the usual one).
  const complete = allPages;
  if (!args['no-write'] && allPages && stages) {
    // The stage table concerns Lucid alone: a run of some extractors over all pages measures it as well as a full one.
    mkdirSync(join(projectRoot, 'bench-results'), { recursive: true });
    writeFileSync(join(projectRoot, 'bench-results', 'stages.md'), `Measured on ${machine()}.\n\n${stages}\n\n${speedSummary(tallies)}\n`);
    updateReadmeSection('stages', stages);
  }
  if (!args['no-write'] && complete) {
    mkdirSync(join(projectRoot, 'bench-results'), { recursive: true });
    writeFileSync(join(projectRoot, 'bench-results', 'extraction.md'), `${extraction}\n`);
    updateReadmeSection('extraction', extraction);
    if (sizes) {
      writeFileSync(join(projectRoot, 'bench-results', 'sizes.md'), `${sizes}\n`);
      updateReadmeSection('sizes', sizes);
    }
    console.log('Written to bench-results/ and README.md.');
  }
}

await main();
