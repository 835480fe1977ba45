/**
 * `npx tsx scripts/quotes-label-misses.ts [lang] [tune|heldout]`: the hand-labelled statements (tests/fixtures/quote-labels)
 * of one language and split that have a speaker but to which Lucid shows no one, with the words before and after each and
 * how Lucid read it (the `via` trace). For finding which attribution forms are not recognised at all; tune on `tune` only.
 */
import { findQuotes } from '../utils/reading/quotes/index.ts';
import { labelledPageText, loadLabelledPages } from './lib/quote-labels.ts';
import { overlapRatio } from './lib/quotes-dataset.ts';

const lang = process.argv[2] ?? 'de';
const split = process.argv[3] ?? 'tune';
for (const page of loadLabelledPages() ?? []) {
  if ((lang !== 'other' ? page.lang !== lang : page.lang === 'de') || page.split !== split) continue;
  const text = labelledPageText(page);
  const predicted = findQuotes(text, { lang: page.lang, trace: true });
  let from = 0;
  for (const label of page.quotes) {
    const start = label.start !== undefined && text.startsWith(label.text, label.start) ? label.start : text.indexOf(label.text, from);
    if (start < 0) continue;
    from = start + label.text.length;
    if (label.kind !== 'statement' || label.uncertain || (!label.speaker && !label.description)) continue;
    const span = { start, end: start + label.text.length };
    const match = predicted.find((quote) => overlapRatio(quote, span) >= 0.5);
    if (match?.speaker) continue;
    const context = `${text.slice(Math.max(0, start - 140), start)}⟦${label.text.slice(0, 80)}⟧${text.slice(span.end, span.end + 100)}`.replace(/\s+/gu, ' ');
    console.log(
      `${page.id} gold=${JSON.stringify(label.speaker ?? label.description)} via=${match?.via ?? 'NOT FOUND'} mention=${JSON.stringify(match?.mention ?? '')}\n   ${context}\n`,
    );
  }
}
