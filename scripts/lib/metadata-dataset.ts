/**
 * The metadata ground truth in ../shared/data/metadata-dev, two populations:
 *   - fundus-129.json: news pages from 41 countries, with title, authors and
 *     publication date as Fundus's per-publisher parsers read them;
 *   - trafilatura-meta-427.json: blogs, small sites and news (mostly German)
 *     of extraction-dev, with trafilatura's hand-made title, authors and date.
 * Scored as the issue says: titles equal after Unicode NFKC, case folding and
 * punctuation to spaces; author names as a set, order-free (precision, recall
 * and F1 over all names of all pages, micro); the date right when it is the
 * same day. A page whose gold lists no author names none: every name printed
 * there is a false positive (and it adds nothing to recall). A title or a
 * date the gold does not record ('' here) is not scored.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { decodePageBytes } from './decode-page.ts';
import { sharedDataDir } from './paths.ts';

export interface MetadataCase {
  /** Stable and unique within its set: the split into halves sorts by it. */
  id: string;
  url: string;
  htmlPath: string;
  lang: string | null;
  /** '' for a title or date the gold does not record; [] for a page that names no author. */
  gold: { title: string; authors: string[]; published: string };
}

type MetadataSetName = 'fundus' | 'trafilatura';

export interface MetadataSet {
  name: MetadataSetName;
  description: string;
  cases: MetadataCase[];
}

interface FundusFile {
  pages: { id: string; url: string; html: string; lang: string | null; gold: { title: string; author_list: string[]; date_published: string } }[];
}

interface TrafilaturaFile {
  pages: { file: string; url: string; title: string | null; authors: string[] | null; published: string | null }[];
}

const metadataDir = () => join(sharedDataDir(), 'metadata-dev');

export function loadMetadataCases(file = join(metadataDir(), 'fundus-129.json')): MetadataCase[] {
  const data = JSON.parse(readFileSync(file, 'utf8')) as FundusFile;
  return data.pages.map((page) => ({
    id: page.id,
    url: page.url,
    htmlPath: join(dirname(file), page.html),
    lang: page.lang,
    gold: { title: page.gold.title, authors: page.gold.author_list, published: page.gold.date_published },
  }));
}

function loadTrafilaturaMetadataCases(file = join(metadataDir(), 'trafilatura-meta-427.json')): MetadataCase[] {
  const data = JSON.parse(readFileSync(file, 'utf8')) as TrafilaturaFile;
  return data.pages.map((page) => ({
    id: `trafilatura:${basename(page.file).replace(/\.html(\.gz)?$/, '')}`,
    url: page.url,
    htmlPath: join(dirname(file), page.file),
    lang: null,
    gold: { title: page.title ?? '', authors: page.authors ?? [], published: page.published ?? '' },
  }));
}

export function loadMetadataSets(): MetadataSet[] {
  return [
    { name: 'fundus', description: 'fundus-129: news pages, 41 countries', cases: loadMetadataCases() },
    { name: 'trafilatura', description: 'trafilatura-meta-427: blogs, small sites and news, mostly German', cases: loadTrafilaturaMetadataCases() },
  ];
}

export type Half = 'tune' | 'held-out';

/**
 * A deterministic split: the pages sorted by id, every other one held out.
 * Rules are tuned on the tune half only; the held-out half says whether they generalise.
 */
export function halfOf(cases: MetadataCase[]): Map<string, Half> {
  const sorted = [...cases].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return new Map(sorted.map((testCase, index) => [testCase.id, index % 2 === 0 ? 'tune' : 'held-out']));
}

export function readMetadataHtml(testCase: MetadataCase): string {
  return decodePageBytes(readFileSync(testCase.htmlPath));
}

/** Unicode NFKC, case folded, punctuation and symbols to spaces, white space collapsed. */
function foldForComparison(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

export interface MetadataPrediction {
  title: string;
  authors: string[];
  published: string;
}

export interface MetadataScore {
  /** undefined when the gold records no title. */
  titleExact?: boolean;
  authorTruePositives: number;
  authorPredicted: number;
  authorGold: number;
  /** undefined when the gold records no date. */
  dateExact?: boolean;
}

export function scoreMetadata(prediction: MetadataPrediction, testCase: MetadataCase): MetadataScore {
  const gold = new Set(testCase.gold.authors.map(foldForComparison).filter(Boolean));
  const predicted = new Set(prediction.authors.map(foldForComparison).filter(Boolean));
  let truePositives = 0;
  for (const name of predicted) if (gold.has(name)) truePositives++;
  const score: MetadataScore = { authorTruePositives: truePositives, authorPredicted: predicted.size, authorGold: gold.size };
  if (testCase.gold.title) score.titleExact = foldForComparison(prediction.title) === foldForComparison(testCase.gold.title);
  if (testCase.gold.published) score.dateExact = prediction.published.slice(0, 10) === testCase.gold.published;
  return score;
}

export function isPerfect(score: MetadataScore): boolean {
  return (
    score.titleExact !== false && score.dateExact !== false && score.authorTruePositives === score.authorGold && score.authorPredicted === score.authorGold
  );
}

export interface MetadataSummary {
  pages: number;
  titlesScored: number;
  titleAccuracy: number;
  authorPrecision: number;
  authorRecall: number;
  authorF1: number;
  /** Pages whose gold names no author, and how many of them got none printed. */
  noAuthorPages: number;
  noAuthorRight: number;
  datesScored: number;
  dateAccuracy: number;
}

export function summarizeMetadata(scores: MetadataScore[]): MetadataSummary {
  const sum = (pick: (score: MetadataScore) => number) => scores.reduce((total, score) => total + pick(score), 0);
  const truePositives = sum((score) => score.authorTruePositives);
  const predicted = sum((score) => score.authorPredicted);
  const gold = sum((score) => score.authorGold);
  // No name printed and none expected is perfect: 1, not 0/0.
  const precision = predicted === 0 ? 1 : truePositives / predicted;
  const recall = gold === 0 ? 1 : truePositives / gold;
  const titled = scores.filter((score) => score.titleExact !== undefined);
  const dated = scores.filter((score) => score.dateExact !== undefined);
  const noAuthor = scores.filter((score) => score.authorGold === 0);
  return {
    pages: scores.length,
    titlesScored: titled.length,
    titleAccuracy: titled.filter((score) => score.titleExact).length / Math.max(1, titled.length),
    authorPrecision: precision,
    authorRecall: recall,
    authorF1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    noAuthorPages: noAuthor.length,
    noAuthorRight: noAuthor.filter((score) => score.authorPredicted === 0).length,
    datesScored: dated.length,
    dateAccuracy: dated.filter((score) => score.dateExact).length / Math.max(1, dated.length),
  };
}

/** Readability's byline is one string; split it the plain way for a fair comparison. */
export function splitPlainByline(byline: string): string[] {
  return byline
    .replace(/^\s*(by|von|par|por|di)\s+/i, '')
    .split(/\s*(?:,|;|\||&|\band\b|\bund\b)\s*/i)
    .map((name) => name.replace(/\s+/gu, ' ').trim())
    .filter(Boolean);
}
