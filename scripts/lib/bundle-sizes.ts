/**
 * Sizes of the built extension (.output/chrome-mv3), raw and gzip: the script
 * injected into a page, what the popup loads before its first paint, what it
 * loads while the page is read, and the chunks loaded only on demand.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface SizeRow {
  what: string;
  files: string[];
  bytes: number;
  gzipBytes: number;
}

function sizeOf(directory: string, files: string[]): { bytes: number; gzipBytes: number } {
  let bytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const content = readFileSync(join(directory, file));
    bytes += content.length;
    gzipBytes += gzipSync(content, { level: 9 }).length;
  }
  return { bytes, gzipBytes };
}

/** Chunks a chunk imports statically (`from"./x.js"`), recursively: they load with it. */
function staticClosure(directory: string, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(directory, file), 'utf8');
    for (const match of code.matchAll(/(?:from|import)\s*"\.\/([\w.-]+\.js)"/g)) visit(join(file, '..', match[1]!));
  };
  visit(entry);
  return [...seen];
}

/** Chunks a chunk loads with import(): what it asks for after its first paint. */
function dynamicImports(directory: string, file: string): string[] {
  const code = readFileSync(join(directory, file), 'utf8');
  return [...code.matchAll(/import\(\s*[`"']\.\/([\w.-]+\.js)[`"']\s*\)/g)].map((match) => join(file, '..', match[1]!));
}

export function measureBundle(directory: string): SizeRow[] {
  if (!existsSync(join(directory, 'manifest.json'))) throw new Error(`No build in ${directory}: run npm run build`);
  const popupHtml = readFileSync(join(directory, 'popup.html'), 'utf8');
  const entryScripts = [...popupHtml.matchAll(/<script[^>]+src="\/([^"]+)"/g)].map((match) => match[1]!);
  const stylesheets = [...popupHtml.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="\/([^"]+)"/g)].map((match) => match[1]!);
  const firstLoad = [...new Set(entryScripts.flatMap((entry) => staticClosure(directory, entry)))];
  const requested = [...new Set(firstLoad.flatMap((file) => dynamicImports(directory, file)))];
  // The reader view loads while the page is read; the citation and Markdown engines on first use; the summary and
  // quote finder only where the background sent no analysis with the read (Firefox, a popup that reads the page itself).
  const onDemandNames = /^chunks\/(citation|markdown)-/;
  const analysisNames = /^chunks\/analyze-/;
  const closureOf = (files: string[], without: string[]) =>
    [...new Set(files.flatMap((file) => staticClosure(directory, file)))].filter((file) => !without.includes(file));
  const whileReading = closureOf(
    requested.filter((file) => !onDemandNames.test(file) && !analysisNames.test(file)),
    firstLoad,
  );
  const ownAnalysis = closureOf(
    requested.filter((file) => analysisNames.test(file)),
    [...firstLoad, ...whileReading],
  );
  const chunks = readdirSync(join(directory, 'chunks')).map((file) => `chunks/${file}`);
  const onDemand = chunks.filter((file) => !firstLoad.includes(file) && !whileReading.includes(file) && !ownAnalysis.includes(file));
  const row = (what: string, files: string[]): SizeRow => ({ what, files, ...sizeOf(directory, files) });
  return [
    row('Injected extraction script (extract.js)', ['extract.js']),
    row('Popup first load: JavaScript', firstLoad),
    row('Popup first load: CSS', stylesheets),
    row('Popup, loaded while the page is read (reader view)', whileReading),
    row(
      "Popup's own summary and quote finder, loaded only where the background sent none with the read (Firefox, a popup that reads the page itself)",
      ownAnalysis,
    ),
    ...onDemand.map((file) => row(`Loaded on first use: ${file.replace(/^chunks\/|-[\w-]+\.js$/g, '')}`, [file])),
    row('Reader overlay, injected on request (reader.js)', ['reader.js']),
    row("Reader overlay's citation engine, injected on its first citation (overlay-citation.js)", ['overlay-citation.js']),
    row('Background service worker (background.js, started for most toolbar clicks)', ['background.js']),
  ];
}
