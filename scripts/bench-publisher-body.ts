/**
 * `npm run bench:publisher-body [-- --worst N]`: the article text against the body the publisher states in the page's
 * own JSON-LD (`articleBody`), with the ScrapingHub scoring the unseen news pages are measured by (4-word
 * shingles of the body text; per-page precision and recall averaged, then F1 of the averages). A second truth beside the
 * extraction-dev snippets, on every page of `metadata-dev` and `extraction-dev` whose JSON-LD holds a body of 80 words or
 * more, split into the same tune and held-out halves as those sets. It is the publisher's truth, not an annotator's: it
 * leaves out subheadings, captions and pull quotes that the page prints in the article (Lucid keeps them), and a
 * paywalled page may state only its first paragraphs, so the figure is lower than an annotator's gold would give. Read
 * it for the pages it ranks worst on the tune half, where the text holds something the publisher's body does not.
 */
import { parseArgs } from 'node:util';
import { EXTRACTORS } from './lib/extractors.ts';
import { halfOf as extractionHalf, loadExtractionCases, readCaseHtml } from './lib/extraction-dataset.ts';
import { halfOf as metadataHalf, loadMetadataCases, readMetadataHtml } from './lib/metadata-dataset.ts';
import { parseHtml } from './lib/parse-html.ts';

/** Shorter stated bodies are teasers, not the article. */
const MIN_BODY_WORDS = 80;
const SHINGLE_WORDS = 4;

interface Page {
  id: string;
  url: string;
  half: 'tune' | 'heldout';
  html: () => string;
}

function pages(): Page[] {
  const found: Page[] = [];
  const metadata = loadMetadataCases();
  const metadataHalves = metadataHalf(metadata);
  for (const testCase of metadata) {
    const half = metadataHalves.get(testCase.id) === 'tune' ? 'tune' : 'heldout';
    found.push({ id: testCase.id, url: testCase.url, half, html: () => readMetadataHtml(testCase) });
  }
  const extraction = loadExtractionCases();
  const extractionHalves = extractionHalf(extraction);
  for (const testCase of extraction) {
    found.push({
      id: `extraction-dev:${testCase.id}`,
      url: testCase.url,
      half: extractionHalves.get(testCase.id) ?? 'heldout',
      html: () => readCaseHtml(testCase),
    });
  }
  return found;
}

/** The first `articleBody` string of the JSON-LD graph, depth first. */
function statedBody(value: unknown): string {
  if (!value || typeof value !== 'object') return '';
  for (const item of Array.isArray(value) ? value : Object.values(value)) {
    const found = statedBody(item);
    if (found) return found;
  }
  const body = (value as { articleBody?: unknown }).articleBody;
  return typeof body === 'string' ? body : '';
}

function publisherBody(document: Document): string {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const body = statedBody(JSON.parse(script.textContent));
      // Some CMSs put the body's markup in the string.
      if (body) return body.replace(/<[^>]+>/g, ' ');
    } catch {
      // A page's broken JSON-LD states nothing.
    }
  }
  return '';
}

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function shingles(text: string): Set<string> {
  const list = words(text);
  const found = new Set<string>();
  for (let index = 0; index + SHINGLE_WORDS <= list.length; index++) found.add(list.slice(index, index + SHINGLE_WORDS).join(' '));
  return found;
}

function precisionRecall(text: string, truth: string): { precision: number; recall: number } {
  const predicted = shingles(text);
  const expected = shingles(truth);
  let shared = 0;
  for (const shingle of predicted) if (expected.has(shingle)) shared++;
  return { precision: predicted.size ? shared / predicted.size : 0, recall: expected.size ? shared / expected.size : 0 };
}

const { values } = parseArgs({ options: { worst: { type: 'string', default: '0' } } });
const extractors = EXTRACTORS.filter((extractor) => extractor.name === 'Lucid' || extractor.name === 'Readability.js');
const scores = new Map<string, { half: Page['half']; id: string; precision: number; recall: number }[]>();
for (const page of pages()) {
  const html = page.html();
  if (!html.includes('articleBody')) continue;
  const probe = parseHtml(html, page.url);
  const truth = publisherBody(probe.document);
  probe.close();
  if (words(truth).length < MIN_BODY_WORDS) continue;
  for (const extractor of extractors) {
    // Each extractor reads its own parse: both may change the document they are given.
    const parsed = parseHtml(html, page.url);
    const output = await extractor.run({ html, url: page.url, document: parsed.document });
    parsed.close();
    const list = scores.get(extractor.name) ?? [];
    list.push({ half: page.half, id: page.id, ...precisionRecall(output.text, truth) });
    scores.set(extractor.name, list);
  }
}

const mean = (list: number[]): number => list.reduce((sum, value) => sum + value, 0) / Math.max(1, list.length);
const rows: string[] = [];
for (const [name, list] of scores) {
  for (const half of ['tune', 'heldout'] as const) {
    const part = list.filter((score) => score.half === half);
    const precision = mean(part.map((score) => score.precision));
    const recall = mean(part.map((score) => score.recall));
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    rows.push(
      `| ${name} | ${half === 'tune' ? 'tune' : 'held-out'} | ${part.length} | ${precision.toFixed(3)} | ${recall.toFixed(3)} | **${f1.toFixed(3)}** |`,
    );
  }
}
process.stdout.write(
  [
    "The article text against the publisher's own JSON-LD articleBody (4-word shingles, per-page P and R averaged, F1 of the averages):",
    '',
    '| extractor | half | pages | precision | recall | F1 |',
    '|---|---|---:|---:|---:|---:|',
    ...rows,
    '',
  ].join('\n'),
);
// The pages to read: the tune half only, so that the held-out half keeps saying how a change carries. Worst first by
// how far Lucid falls behind Readability on the page, then by Lucid's own score.
const worst = Number(values.worst);
if (worst > 0) {
  const f1 = (score: { precision: number; recall: number }) =>
    score.precision + score.recall ? (2 * score.precision * score.recall) / (score.precision + score.recall) : 0;
  const readability = new Map((scores.get('Readability.js') ?? []).map((score) => [score.id, score]));
  const lucid = (scores.get('Lucid') ?? []).filter((score) => score.half === 'tune');
  const behind = (score: (typeof lucid)[number]) => f1(score) - f1(readability.get(score.id) ?? score);
  lucid.sort((a, b) => behind(a) - behind(b) || f1(a) - f1(b));
  process.stdout.write('Lucid P R, Readability P R, page (tune half):\n');
  for (const score of lucid.slice(0, worst)) {
    const other = readability.get(score.id);
    process.stdout.write(
      `${score.precision.toFixed(2)} ${score.recall.toFixed(2)}  ${other?.precision.toFixed(2) ?? '-'} ${other?.recall.toFixed(2) ?? '-'}  ${score.id}\n`,
    );
  }
}
