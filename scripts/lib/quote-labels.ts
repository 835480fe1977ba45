/**
 * Hand-labelled quotations in non-English pages (tests/fixtures/quote-labels/labels.json,
 * issue 11), scored as its README says: a predicted quote matches a gold one when
 * character overlap / union >= 0.5; a shown speaker is right when it matches the gold
 * name by the rule, or, where the article only describes the speaker, when the
 * shown description's head noun is in the gold description; a speaker shown on a
 * non-statement, or on a statement nobody can be credited with, is wrong; labels marked
 * uncertain are skipped. Pages are split whole into `tune` and `heldout`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Quote } from '../../utils/reading/quotes/index.ts';
import { extractArticle } from '../../utils/pipeline/extract.ts';
import { parseHtml } from './parse-html.ts';
import { projectRoot, sharedDataDir } from './paths.ts';
import { overlapRatio, shownSpeakerRight } from './quotes-dataset.ts';
import { readInput } from './read-input.ts';

interface LabelledQuote {
  text: string;
  /** Offset of the text in Lucid's extracted article text (older label files lack it: then the text is looked up in order). */
  start?: number;
  kind: 'statement' | 'scare' | 'title' | 'proverb' | 'inscription' | 'other';
  speaker: string | null;
  description: string | null;
  evidence: string;
  uncertain?: boolean;
}

export interface LabelledPage {
  id: string;
  source: string;
  url: string;
  lang: string;
  split: 'tune' | 'heldout';
  quotes: LabelledQuote[];
}

const LABELS_FILE = process.env.LUCID_QUOTE_LABELS ?? join(projectRoot, 'tests', 'fixtures', 'quote-labels', 'labels.json');

export function loadLabelledPages(file = LABELS_FILE): LabelledPage[] | undefined {
  if (!existsSync(file)) return undefined;
  return (JSON.parse(readFileSync(file, 'utf8')) as { pages: LabelledPage[] }).pages;
}

/** The article text Lucid extracts from a labelled page, as the labels were made on. */
export function labelledPageText(page: LabelledPage): string {
  const input = readInput(join(sharedDataDir(), page.source));
  if (input.kind !== 'html') throw new Error(`${page.source} is not an HTML page`);
  const parsed = parseHtml(input.content, page.url);
  try {
    const result = extractArticle(parsed.document, { url: page.url });
    if (!result.ok) throw new Error(`no article in ${page.source}: ${result.reason}`);
    return result.article.text;
  } finally {
    parsed.close();
  }
}

export interface LabelScores {
  pages: number;
  /** Statements with a gold speaker or description (not uncertain). */
  attributable: number;
  /** …of which Lucid found the quote and showed a speaker. */
  covered: number;
  /** Statements with a gold name, and those shown with the right one. */
  named: number;
  namedRight: number;
  /** Speakers shown on matched labelled quotes, and the right ones. */
  shown: number;
  shownRight: number;
  /** Labelled quotes (not uncertain) and those Lucid found. */
  quotes: number;
  found: number;
  /** Key quotes shown on non-statements (a title, a proverb, a scare quote). */
  keyOnNonStatements: number;
  wrong: { page: string; text: string; gold: string; shown: string }[];
}

export function emptyLabelScores(): LabelScores {
  return { pages: 0, attributable: 0, covered: 0, named: 0, namedRight: 0, shown: 0, shownRight: 0, quotes: 0, found: 0, keyOnNonStatements: 0, wrong: [] };
}

/** The head noun of a shown description: "ein Sprecher des Ministeriums" -> "sprecher". */
function headNoun(description: string): string {
  const words = description.split(/\s+/u).filter((word) => /\p{L}/u.test(word));
  const head = words.slice(1).find((word) => /^\p{Lu}/u.test(word)) ?? words[words.length - 1] ?? '';
  return head.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

function judge(label: LabelledQuote, shown: string): boolean {
  if (label.kind !== 'statement') return false;
  if (label.speaker) return shownSpeakerRight(shown, label.speaker);
  if (label.description) {
    const head = headNoun(shown);
    // The head lost its hyphens and apostrophes ("porta-voz" -> "portavoz"); so does the description it is looked for in.
    return (
      head.length > 2 &&
      label.description
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s]/gu, '')
        .includes(head)
    );
  }
  return false;
}

/** Score one page's labels against Lucid's quotes on its text, adding to `scores`. */
export function scoreLabelledPage(page: LabelledPage, text: string, predicted: Quote[], scores: LabelScores): void {
  scores.pages++;
  const used = new Set<number>();
  let cursor = 0;
  for (const label of page.quotes) {
    const at = label.start !== undefined && text.startsWith(label.text, label.start) ? label.start : text.indexOf(label.text, cursor);
    if (at < 0) continue;
    cursor = at + 1;
    if (label.uncertain) continue;
    const gold = { start: at, end: at + label.text.length };
    let best = -1;
    let bestRatio = 0.5;
    predicted.forEach((quote, index) => {
      if (used.has(index)) return;
      const ratio = overlapRatio(quote, gold);
      if (ratio >= bestRatio) {
        best = index;
        bestRatio = ratio;
      }
    });
    const attributable = label.kind === 'statement' && (!!label.speaker || !!label.description);
    scores.quotes++;
    if (attributable) scores.attributable++;
    if (label.kind === 'statement' && label.speaker) scores.named++;
    if (best < 0) continue;
    used.add(best);
    scores.found++;
    const quote = predicted[best]!;
    if (label.kind !== 'statement' && quote.key) scores.keyOnNonStatements++;
    if (!quote.speaker) continue;
    if (attributable) scores.covered++;
    scores.shown++;
    const right = judge(label, quote.speaker);
    if (right) scores.shownRight++;
    if (right && label.speaker) scores.namedRight++;
    if (!right)
      scores.wrong.push({ page: page.id, text: label.text.slice(0, 80), gold: label.speaker ?? label.description ?? `(${label.kind})`, shown: quote.speaker });
  }
}
