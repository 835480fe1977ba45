/**
 * What reader mode sends the background to analyse, and the article it shows
 * meanwhile. Apart from analyze.ts: the overlay needs these two, and importing
 * them from there would carry the quote finder into the overlay's bundle.
 */
import type { ReaderAnalysis } from './analyze.ts';
import type { ExtractSuccess, RawHtml } from '../types.ts';

/** What the analysis reads: the article's text, its running prose, its title and language. */
export interface TextToAnalyze {
  text: string;
  prose: string;
  title: string;
  lang: string;
}

export function textToAnalyze({ article, meta }: ExtractSuccess): TextToAnalyze {
  return { text: article.text, prose: article.prose, title: meta.title, lang: meta.lang };
}

/** An article shown before its analysis is in: no summary and no key quotes yet. */
export function withoutAnalysis<Html extends RawHtml>(extracted: ExtractSuccess<Html>): ReaderAnalysis<Html> {
  return { ...extracted, summary: [], summaryPicks: [], quotes: [], pending: true };
}
