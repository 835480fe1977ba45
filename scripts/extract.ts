/**
 * `npm run -s extract -- [--url URL] [--format text|markdown|html|json] [--force] FILE...`
 *
 * Runs Lucid's article pipeline on saved pages and text files, the same code
 * the extension injects into a tab, on jsdom. Every file gets its own result;
 * a file that fails does not stop the others, and the exit code says whether
 * any failed (1) or the command line was wrong (2).
 */
import { parseArgs } from 'node:util';
import { OUTPUT_FORMATS, type FailureRecord, type OutputFormat } from './lib/format-output.ts';
import { DEFAULT_TIMEOUT_SECONDS, JobRunner } from './lib/job-runner.ts';

const USAGE = `Usage: npm run -s extract -- [--url URL] [--format text|markdown|html|json] [--force] FILE...

  FILE          an .html/.htm page (gzip-compressed or not), a .txt article, or - for standard input
  --url URL     the address the page was saved from (default: the page's canonical link)
  --format F    text (default): the reader view; markdown; html: a clean document; json: one object per file per line
  --force       read the largest block of text even where the page holds no article ("Show anyway")
  --accessed D  the access date citations print (YYYY-MM-DD; default: today)
  --timeout S   stop a file that takes longer than S seconds (default: ${DEFAULT_TIMEOUT_SECONDS})
`;

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        url: { type: 'string' },
        format: { type: 'string', default: 'text' },
        force: { type: 'boolean', default: false },
        accessed: { type: 'string' },
        timeout: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const format = values.format as OutputFormat;
  if (!OUTPUT_FORMATS.includes(format)) {
    process.stderr.write(`Unknown format "${values.format}": use one of ${OUTPUT_FORMATS.join(', ')}.\n`);
    return 2;
  }
  if (positionals.length === 0) {
    process.stderr.write(`No file given.\n\n${USAGE}`);
    return 2;
  }
  if (values.url !== undefined && !/^https?:\/\/[^\s]+$/i.test(values.url)) {
    process.stderr.write(`--url must be an http(s) address, not "${values.url}".\n`);
    return 2;
  }
  const accessed = values.accessed ? new Date(`${values.accessed}T12:00:00`) : new Date();
  if (Number.isNaN(accessed.getTime()) || (values.accessed && !/^\d{4}-\d{2}-\d{2}$/.test(values.accessed))) {
    process.stderr.write(`--accessed must be a date written YYYY-MM-DD, not "${values.accessed}".\n`);
    return 2;
  }
  const timeoutSeconds = values.timeout === undefined ? DEFAULT_TIMEOUT_SECONDS : Number(values.timeout);
  if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0) {
    process.stderr.write(`--timeout must be a number of seconds above 0, not "${values.timeout}".\n`);
    return 2;
  }
  const files = positionals;
  const runner = new JobRunner(timeoutSeconds * 1000);
  let failed = 0;
  try {
    for (const [index, file] of files.entries()) {
      const result = await runner.run({ file, url: values.url, force: values.force, format, accessed: accessed.getTime(), timeoutMs: timeoutSeconds * 1000 });
      if (!result.ok) {
        failed++;
        if (format === 'json') process.stdout.write(`${JSON.stringify({ file, ok: false, error: result.failure } satisfies FailureRecord)}\n`);
        else process.stderr.write(`${file}: ${result.failure.message}\n`);
        continue;
      }
      if (format !== 'json' && files.length > 1) process.stdout.write(`${index > 0 ? '\n' : ''}==> ${file} <==\n`);
      process.stdout.write(result.output);
    }
  } finally {
    await runner.close();
  }
  return failed > 0 ? 1 : 0;
}

// Output piped into \`head\` closes early; that is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await main(process.argv.slice(2));
