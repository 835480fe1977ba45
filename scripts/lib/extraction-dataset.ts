/**
 * The extraction ground truth in ../shared/data/extraction-dev: pages with
 * snippets the article text must contain ("with") and boilerplate it must not
 * ("without"), scored per snippet over all pages as trafilatura's evaluation does.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { decodePageBytes } from './decode-page.ts';
import { sharedDataDir } from './paths.ts';

export interface ExtractionCase {
  id: string;
  url: string;
  htmlPath: string;
  with: string[];
  without: string[];
}

interface DatasetFile {
  pages: Record<string, { html: string; url: string; with: string[]; without: string[] }>;
}

function extractionDatasetPath(): string {
  return join(sharedDataDir(), 'extraction-dev', 'trafilatura-495.json');
}

export function loadExtractionCases(file = extractionDatasetPath()): ExtractionCase[] {
  const data = JSON.parse(readFileSync(file, 'utf8')) as DatasetFile;
  return Object.entries(data.pages).map(([id, page]) => ({
    id,
    url: page.url,
    htmlPath: join(dirname(file), page.html),
    with: page.with,
    without: page.without,
  }));
}

/** The two halves of the set: tuning happens on one, the other says how the tuning carries to pages it was not made on. */
export type Half = 'tune' | 'heldout';

/**
 * Which half a page belongs to: pages sorted by file name, alternating (the
 * first to `tune`). Deterministic, and independent of the order of the JSON.
 */
export function halfOf(cases: ExtractionCase[]): Map<string, Half> {
  const sorted = [...cases].sort((a, b) => (a.htmlPath < b.htmlPath ? -1 : a.htmlPath > b.htmlPath ? 1 : 0));
  return new Map(sorted.map((testCase, index) => [testCase.id, index % 2 === 0 ? 'tune' : 'heldout']));
}

export function readCaseHtml(testCase: ExtractionCase): string {
  return decodePageBytes(readFileSync(testCase.htmlPath));
}

/** Whitespace differs between extractors (line breaks, nbsp); the snippets are compared with it folded. */
function foldWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

export interface SnippetCounts {
  truePositives: number;
  falseNegatives: number;
  falsePositives: number;
  trueNegatives: number;
}

export interface SnippetOutcome {
  missed: string[];
  kept: string[];
}

export function scoreSnippets(output: string, testCase: ExtractionCase): SnippetCounts & SnippetOutcome {
  const folded = foldWhitespace(output);
  const missed = testCase.with.filter((snippet) => !folded.includes(foldWhitespace(snippet)));
  const kept = testCase.without.filter((snippet) => folded.includes(foldWhitespace(snippet)));
  return {
    truePositives: testCase.with.length - missed.length,
    falseNegatives: missed.length,
    falsePositives: kept.length,
    trueNegatives: testCase.without.length - kept.length,
    missed,
    kept,
  };
}

export function addCounts(total: SnippetCounts, more: SnippetCounts): SnippetCounts {
  return {
    truePositives: total.truePositives + more.truePositives,
    falseNegatives: total.falseNegatives + more.falseNegatives,
    falsePositives: total.falsePositives + more.falsePositives,
    trueNegatives: total.trueNegatives + more.trueNegatives,
  };
}

export const ZERO_COUNTS: SnippetCounts = { truePositives: 0, falseNegatives: 0, falsePositives: 0, trueNegatives: 0 };

export function precisionRecallF1(counts: SnippetCounts): { precision: number; recall: number; f1: number } {
  const precision = counts.truePositives / Math.max(1, counts.truePositives + counts.falsePositives);
  const recall = counts.truePositives / Math.max(1, counts.truePositives + counts.falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
