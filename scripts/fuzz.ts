/**
 * `npm run fuzz -- [--cases N] [--seed S] [--budget MS]`: random and mutated
 * real pages through the whole pipeline. Prints a summary; failing cases are
 * written to fuzz-failures/ to replay with `npm run -s extract`.
 *
 * Cases run in child processes of 250 each: jsdom keeps a few MB of every
 * window it ever made, and a few thousand pages would fill any heap.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fixtureCorpus, runFuzz, type FuzzReport } from './lib/fuzz.ts';
import { PAGE_FIXTURES_DIR, projectRoot } from './lib/paths.ts';

const CHUNK = 250;

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '3000' },
    seed: { type: 'string', default: '20261127' },
    budget: { type: 'string', default: '10000' },
    from: { type: 'string' },
    trace: { type: 'boolean', default: false },
  },
});
const seed = Number(values.seed);
const cases = Number(values.cases);
const budgetMs = Number(values.budget);
const failuresDir = join(projectRoot, 'fuzz-failures');

if (values.from !== undefined) {
  // A chunk, in a child process: the report goes back as JSON on stdout.
  if (values.trace) mkdirSync(failuresDir, { recursive: true });
  const report = runFuzz({
    seed,
    cases,
    from: Number(values.from),
    budgetMs,
    corpus: fixtureCorpus(PAGE_FIXTURES_DIR),
    onStart: (index, html) => {
      if (values.trace) writeFileSync(join(failuresDir, 'in-progress.html'), `<!-- case ${index} -->\n${html}`);
    },
  });
  process.stdout.write(JSON.stringify(report));
} else {
  const started = Date.now();
  const total: FuzzReport = { cases: 0, parserErrors: 0, articles: 0, messages: 0, slowestMs: 0, failures: [] };
  for (let from = 0; from < cases; from += CHUNK) {
    const size = Math.min(CHUNK, cases - from);
    const args = [
      '--import',
      'tsx',
      join(projectRoot, 'scripts', 'fuzz.ts'),
      '--seed',
      String(seed),
      '--cases',
      String(size),
      '--from',
      String(from),
      '--budget',
      String(budgetMs),
    ];
    const child = spawnSync(process.execPath, values.trace ? [...args, '--trace'] : args, { cwd: projectRoot, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
    if (child.status !== 0) {
      total.failures.push({
        index: from,
        kind: 'threw',
        detail: `chunk from case ${from} ended with ${child.status ?? child.signal}: ${child.stderr.slice(-500)}`,
        html: '',
      });
      continue;
    }
    const report = JSON.parse(child.stdout) as FuzzReport;
    total.cases += report.cases;
    total.parserErrors += report.parserErrors;
    total.articles += report.articles;
    total.messages += report.messages;
    total.slowestMs = Math.max(total.slowestMs, report.slowestMs);
    total.failures.push(...report.failures);
    process.stderr.write(`${from + size}/${cases} cases, ${Math.round((Date.now() - started) / 1000)} s\n`);
  }
  console.log(
    `${total.cases} cases (seed ${seed}) in ${Math.round((Date.now() - started) / 1000)} s: ${total.articles} articles, ${total.messages} messages (${total.parserErrors} of them jsdom parser errors), ` +
      `slowest ${Math.round(total.slowestMs)} ms, ${total.failures.length} failures`,
  );
  if (total.failures.length) {
    mkdirSync(failuresDir, { recursive: true });
    for (const failure of total.failures) {
      if (failure.html) writeFileSync(join(failuresDir, `case-${failure.index}-${failure.kind}.html`), failure.html);
      console.log(`case ${failure.index}: ${failure.kind}: ${failure.detail.split('\n')[0]}`);
    }
    process.exitCode = 1;
  }
}
