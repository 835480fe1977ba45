/**
 * Foreign-script junk: short standalone blocks written in a script the article
 * is not written in (a Hangul footer line on an English page, Chinese spam in
 * an English comment thread, Cyrillic spam under a Korean article), and blocks
 * of any length spelt with look-alike letters of two alphabets (an
 * advertisement box hiding its words from filters).
 *
 * Only whole blocks go. A foreign word inside the article's own paragraph, a
 * term in parentheses, a hashtag or a quoted phrase shares its block with
 * the article's script and stays; so does quoted or code text in a block of
 * its own (blockquote, pre, code), which is the article quoting something.
 */
import { recordRemoval } from './clutter.ts';
import { leafBlocks, removeEmptyAncestors, tagOf, textOf } from '../dom/dom.ts';
import { countScripts, dominantScripts, shareInScripts, totalLetters, type ScriptCounts, type ScriptName } from './writing-systems.ts';
import type { RuleCard } from './clutter-rules.ts';
// What a step records, { rule, text }: the stage runner adds the stage's name (runner.ts).
import type { RuleRemoval as Removal } from '../types.ts';

/** Recorded as `foreign-script:<script>` ("foreign-script:Hangul"). */
export const FOREIGN_SCRIPT: RuleCard = { id: 'foreign-script', why: 'A short line in a script the article is not written in is junk around it.' };

/** Recorded when a block's words are spelt with look-alike letters of two scripts ("Аdvеrtіѕе" with Cyrillic А, е, і, ѕ). */
export const DISGUISED_TEXT: RuleCard = {
  id: 'disguised-text',
  why: 'Words spelt with look-alike letters of another script are an advertisement hiding from filters, never prose.',
};

/**
 * A run of letters with both Latin and Cyrillic in it. No language writes one so: Serbian and others use either
 * alphabet, not both in a word; Russian's case endings on a Latin name stand apart ("iPhone-ом", "Twitter'е").
 * (Greek is left out: "μg" is ordinary science.)
 */
const MIXED_SCRIPT_WORD = /(?=[\p{L}\p{M}]*\p{Script=Latin})(?=[\p{L}\p{M}]*\p{Script=Cyrillic})[\p{L}\p{M}]+/gu;
/** A block is disguised when this many of its words, and this share of them, mix the two alphabets. */
const DISGUISED_MIN_WORDS = 3;
const DISGUISED_MIN_SHARE = 0.25;

/** Whether a block is written with look-alike letters: several of its words each mix Latin and Cyrillic. */
function isDisguisedText(text: string): boolean {
  if (!/\p{Script=Cyrillic}/u.test(text) || !/\p{Script=Latin}/u.test(text)) return false;
  const mixed = text.match(MIXED_SCRIPT_WORD)?.length ?? 0;
  if (mixed < DISGUISED_MIN_WORDS) return false;
  const words = text.match(/[\p{L}\p{M}]+/gu)?.length ?? 0;
  return mixed >= DISGUISED_MIN_SHARE * words;
}

/** Longer blocks are the article's own text in another language (a bilingual page), not junk. */
const FOREIGN_BLOCK_MAX_LETTERS = 200;
/** A block is foreign when less than this share of its letters is in the article's scripts. */
const OWN_SCRIPT_MIN_SHARE = 0.2;
/** Too few letters to tell a script ("OK", "①"). */
const MIN_LETTERS = 2;

const QUOTING_ANCESTORS = new Set(['blockquote', 'q', 'pre', 'code']);

function isQuotingBlock(block: Element, root: Element): boolean {
  for (let current: Element | null = block; current && current !== root; current = current.parentElement) {
    if (QUOTING_ANCESTORS.has(tagOf(current))) return true;
  }
  return false;
}

function mainScript(counts: ScriptCounts): ScriptName | undefined {
  let best: ScriptName | undefined;
  let bestCount = 0;
  for (const [name, count] of Object.entries(counts) as [ScriptName, number][]) {
    if (count > bestCount) {
      best = name;
      bestCount = count;
    }
  }
  return best;
}

export interface ForeignBlockVerdict {
  foreign: boolean;
  script?: ScriptName;
}

/**
 * Whether one block of text is foreign to an article written in `articleScripts`.
 * Latin is exempt on non-Latin pages: brand names, code and English quotes
 * stand alone in Japanese, Russian or Arabic articles as a matter of course.
 */
export function judgeBlockScript(text: string, articleScripts: Set<ScriptName>): ForeignBlockVerdict {
  const counts = countScripts(text);
  const letters = totalLetters(counts);
  if (letters < MIN_LETTERS || letters > FOREIGN_BLOCK_MAX_LETTERS) return { foreign: false };
  if (shareInScripts(counts, articleScripts) >= OWN_SCRIPT_MIN_SHARE) return { foreign: false };
  const script = mainScript(counts);
  if (script === 'Latin' && !articleScripts.has('Latin')) return { foreign: false };
  return { foreign: true, script };
}

/** Removes foreign-script blocks from the article content; returns the article's own scripts. */
export function removeForeignScriptBlocks(content: Element, removed: Removal[]): Set<ScriptName> {
  const articleScripts = dominantScripts(countScripts(content.textContent));
  if (articleScripts.size === 0) return articleScripts;
  for (const block of leafBlocks(content)) {
    if (!content.contains(block) || isQuotingBlock(block, content)) continue;
    const text = textOf(block);
    const verdict = judgeBlockScript(text, articleScripts);
    const disguised = !verdict.foreign && isDisguisedText(text);
    if (!verdict.foreign && !disguised) continue;
    const parent = block.parentElement;
    recordRemoval(removed, disguised ? DISGUISED_TEXT.id : `${FOREIGN_SCRIPT.id}:${verdict.script ?? 'Other'}`, block, text);
    block.remove();
    removeEmptyAncestors(parent, content);
  }
  return articleScripts;
}
