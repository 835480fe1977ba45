/**
 * The metadata ground truth in ../shared/data/metadata-dev: news pages with
 * their title, authors and publication date as Fundus's per-publisher parsers
 * read them. Scored as that folder's README says: title exact match after
 * white space is folded; author names as a set, case-insensitive (precision,
 * recall and F1 over all names of all pages); date right when it is the same day.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { decodePageBytes } from './decode-page.ts';
import { sharedDataDir } from './paths.ts';

export interface MetadataCase {
  id: string;
  url: string;
  htmlPath: string;
  lang: string | null;
  gold: { title: string; authors: string[]; published: string };
}

interface DatasetFile {
  pages: { id: string; url: string; html: string; lang: string | null; gold: { title: string; author_list: string[]; date_published: string } }[];
}

export function loadMetadataCases(file = join(sharedDataDir(), 'metadata-dev', 'fundus-129.json')): MetadataCase[] {
  const data = JSON.parse(readFileSync(file, 'utf8')) as DatasetFile;
  return data.pages.map((page) => ({
    id: page.id,
    url: page.url,
    htmlPath: join(dirname(file), page.html),
    lang: page.lang,
    gold: { title: page.gold.title, authors: page.gold.author_list, published: page.gold.date_published },
  }));
}

export function readMetadataHtml(testCase: MetadataCase): string {
  return decodePageBytes(readFileSync(testCase.htmlPath));
}

const fold = (text: string) => text.replace(/\s+/gu, ' ').trim();
const nameKey = (name: string) => fold(name).toLowerCase();

export interface MetadataPrediction {
  title: string;
  authors: string[];
  published: string;
}

export interface MetadataScore {
  titleExact: boolean;
  authorTruePositives: number;
  authorPredicted: number;
  authorGold: number;
  dateExact: boolean;
}

export function scoreMetadata(prediction: MetadataPrediction, testCase: MetadataCase): MetadataScore {
  const gold = new Set(testCase.gold.authors.map(nameKey));
  const predicted = new Set(prediction.authors.map(nameKey).filter(Boolean));
  let truePositives = 0;
  for (const name of predicted) if (gold.has(name)) truePositives++;
  return {
    titleExact: fold(prediction.title) === fold(testCase.gold.title),
    authorTruePositives: truePositives,
    authorPredicted: predicted.size,
    authorGold: gold.size,
    dateExact: prediction.published.slice(0, 10) === testCase.gold.published,
  };
}

export interface MetadataSummary {
  pages: number;
  titleAccuracy: number;
  authorPrecision: number;
  authorRecall: number;
  authorF1: number;
  dateAccuracy: number;
}

export function summarizeMetadata(scores: MetadataScore[]): MetadataSummary {
  const sum = (pick: (score: MetadataScore) => number) => scores.reduce((total, score) => total + pick(score), 0);
  const truePositives = sum((score) => score.authorTruePositives);
  const precision = truePositives / Math.max(1, sum((score) => score.authorPredicted));
  const recall = truePositives / Math.max(1, sum((score) => score.authorGold));
  return {
    pages: scores.length,
    titleAccuracy: sum((score) => Number(score.titleExact)) / Math.max(1, scores.length),
    authorPrecision: precision,
    authorRecall: recall,
    authorF1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    dateAccuracy: sum((score) => Number(score.dateExact)) / Math.max(1, scores.length),
  };
}

/** Readability's byline is one string; split it the plain way for a fair comparison. */
export function splitPlainByline(byline: string): string[] {
  return byline
    .replace(/^\s*(by|von|par|por|di)\s+/i, '')
    .split(/\s*(?:,|;|\||&|\band\b|\bund\b)\s*/i)
    .map(fold)
    .filter(Boolean);
}
