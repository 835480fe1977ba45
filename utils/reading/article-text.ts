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

/**
 * A live blog's summary and key quotes come from its first this many characters (about 50 000 words): analysing all
 * 20 MB of one took seconds, with the view frozen meanwhile. An article is far shorter and is read whole.
 */
const ANALYZED_CHARACTERS = 300_000;

/** Whether a message holds a text to analyse (the background checks what reader mode sends). */
export function isTextToAnalyze(value: unknown): value is TextToAnalyze {
  if (typeof value !== 'object' || value === null) return false;
  const { text, prose, title, lang } = value as Record<string, unknown>;
  return typeof text === 'string' && typeof prose === 'string' && typeof title === 'string' && typeof lang === 'string';
}

export function textToAnalyze({ article, meta }: ExtractSuccess): TextToAnalyze {
  return { text: article.text.slice(0, ANALYZED_CHARACTERS), prose: article.prose.slice(0, ANALYZED_CHARACTERS), title: meta.title, lang: meta.lang };
}

/** An article shown before its analysis is in: no summary and no key quotes yet. */
export function withoutAnalysis<Html extends RawHtml>(extracted: ExtractSuccess<Html>): ReaderAnalysis<Html> {
  return { ...extracted, summary: [], summaryPicks: [], quotes: [], pending: true };
}
