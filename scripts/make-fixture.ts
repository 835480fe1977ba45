/**
 * `npm run -s make-fixture -- <dataset-page-id> <slug>` copies a page of
 * ../shared/data into tests/fixtures/pages/<slug>/ with its ground truth
 * (metadata gold, or the extraction set's must/must-not snippets) and writes
 * Lucid's current clean text as expected.txt: a draft for a person to review,
 * not a result to trust. Review it, fix what is wrong in the pipeline (never
 * in the file), and only then commit it.
 */
import { copyFileSync, mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { extractArticle } from '../utils/pipeline/extract.ts';
import { displayName } from '../utils/metadata/names.ts';
import { loadExtractionCases } from './lib/extraction-dataset.ts';
import { loadMetadataCases } from './lib/metadata-dataset.ts';
import { decodePageBytes, isGzip } from './lib/decode-page.ts';
import { parseHtml } from './lib/parse-html.ts';
import { projectRoot } from './lib/paths.ts';

const [id, slug] = process.argv.slice(2);
if (!id || !slug) {
  process.stderr.write('Usage: npm run -s make-fixture -- <dataset-page-id> <slug>\n');
  process.exit(2);
}
const metadataCase = loadMetadataCases().find((testCase) => testCase.id === id);
const extractionCase = loadExtractionCases().find((testCase) => testCase.id === id);
if (!metadataCase && !extractionCase) {
  process.stderr.write(`No page "${id}" in the metadata or extraction sets.\n`);
  process.exit(2);
}
const source = (metadataCase?.htmlPath ?? extractionCase?.htmlPath)!;
const url = (metadataCase?.url ?? extractionCase?.url)!;
const directory = join(projectRoot, 'tests', 'fixtures', 'pages', slug);
mkdirSync(directory, { recursive: true });
const raw = readFileSync(source);
if (isGzip(raw)) copyFileSync(source, join(directory, 'page.html.gz'));
else writeFileSync(join(directory, 'page.html.gz'), gzipSync(raw));

const page = parseHtml(decodePageBytes(raw), url);
const result = extractArticle(page.document, { url });
if (!result.ok) {
  process.stderr.write(`Lucid finds no article on ${id}: ${result.message}\n`);
  process.exit(1);
}
const expected = {
  source: metadataCase ? `metadata-dev ${id}` : `extraction-dev ${id}`,
  url,
  meta: metadataCase
    ? {
        title: metadataCase.gold.title,
        authors: metadataCase.gold.authors,
        published: metadataCase.gold.published,
        lang: result.meta.lang,
        dir: result.meta.dir,
      }
    : {
        title: result.meta.title,
        authors: result.meta.authors.map(displayName),
        published: result.meta.published,
        lang: result.meta.lang,
        dir: result.meta.dir,
      },
  mustContain: extractionCase?.with ?? [],
  mustNotContain: extractionCase?.without ?? [],
};
writeFileSync(join(directory, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
writeFileSync(join(directory, 'expected.txt'), `${result.article.text}\n`);
process.stdout.write(`${directory}: ${result.article.text.split('\n\n').length} blocks; review expected.txt and expected.json\n`);
