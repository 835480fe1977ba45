/**
 * `npm run -s quotes:nlp-check [-- train|dev]`: would an NLP library's recognition of people and
 * organisations make Lucid's shown speakers more often right? Issue 11 asks to use one where it recognises
 * them better than the rules. compromise (the one of the candidates that tags people and organisations in the
 * browser; wink-nlp's English web model tags dates, money and the like, not people) is asked for the people and
 * organisations of each PolNeAR article, and every speaker Lucid shows that it does not know is struck off:
 * if the library knows people better, this removes wrong speakers and keeps right ones.
 * Printed: how many right and wrong shown speakers it would strike off, (a) and (b) before and after, the
 * library's time per article and the size of its minified build. Not part of the extension: this measures.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import nlp from 'compromise';
import { findQuotes } from '../utils/reading/quotes/index.ts';
import { isDescription } from '../utils/reading/quotes/describe.ts';
import { QUOTES_DEV_FILE, QUOTES_TRAIN_FILE, loadQuoteArticles, median, scoreQuotes } from './lib/quotes-dataset.ts';

/** The words of a name as the bench compares them: lower case, possessive 's off, split at what is not a letter or digit. */
function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/['’]s\b/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1);
}

/** The words of every person and organisation compromise finds in `text`. */
function knownNameWords(text: string): Set<string> {
  const document = nlp(text);
  const names = [...(document.people().out('array') as string[]), ...(document.organizations().out('array') as string[])];
  return new Set(names.flatMap(nameWords));
}

/** The library's own minified browser build, gzipped: what it would add to a bundle. */
function compromiseBuildGzipBytes(): number {
  // The package exports no package.json: walk up from its entry to the package's folder.
  let folder = dirname(createRequire(import.meta.url).resolve('compromise'));
  while (basename(folder) !== 'compromise' && dirname(folder) !== folder) folder = dirname(folder);
  return gzipSync(readFileSync(join(folder, 'builds', 'compromise.js')), { level: 9 }).length;
}

const which = process.argv[2] === 'train' ? 'train' : 'dev';
const articles = loadQuoteArticles(which === 'train' ? QUOTES_TRAIN_FILE : QUOTES_DEV_FILE);
const scores = scoreQuotes(articles, (article) =>
  findQuotes(article.text, { lang: 'en' }).map((quote) => ({ start: quote.start, end: quote.end, speaker: quote.speaker, mention: quote.mention })),
);

const known = new Map<string, Set<string>>();
const millis: number[] = [];
for (const article of articles) {
  const began = performance.now();
  known.set(article.text, knownNameWords(article.text));
  millis.push(performance.now() - began);
}

let rightStruck = 0;
let wrongStruck = 0;
const examples: string[] = [];
for (const judged of scores.judged) {
  const shown = judged.prediction?.speaker.trim();
  // Descriptions ("a vendor") are no names for a tagger to know; they are left as they are.
  if (judged.shownRight === undefined || !shown || isDescription(shown)) continue;
  const words = known.get(judged.article.text) ?? new Set<string>();
  if (nameWords(shown).some((word) => words.has(word))) continue;
  if (judged.shownRight) {
    rightStruck++;
    if (examples.length < 8) examples.push(shown);
  } else wrongStruck++;
}

const shownRightBefore = Math.round(scores.shownPrecision * scores.shown);
const namedRightBefore = Math.round(scores.speakerRecall * scores.namedGold);
// Right speakers struck off are right answers lost for (a); a right answer on a quote whose truth names no one
// (a matching description) is not struck off, so every right one struck off was a named one.
const shownAfter = scores.shown - rightStruck - wrongStruck;
console.log(`quotes-${which}: ${articles.length} articles, ${scores.shown} shown speakers`);
console.log(`struck off by compromise: ${rightStruck} right, ${wrongStruck} wrong (right ones, e.g.: ${examples.join('; ')})`);
console.log(`(a) speaker right ${scores.speakerRecall.toFixed(3)} -> ${((namedRightBefore - rightStruck) / scores.namedGold).toFixed(3)}`);
console.log(`(b) shown right ${scores.shownPrecision.toFixed(3)} -> ${((shownRightBefore - rightStruck) / Math.max(1, shownAfter)).toFixed(3)}`);
console.log(`compromise: ${median(millis).toFixed(1)} ms per article (median), minified build ${(compromiseBuildGzipBytes() / 1024).toFixed(1)} KB gzip`);
