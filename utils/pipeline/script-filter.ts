/**
 * Foreign-script junk: short standalone blocks written in a script the article
 * is not written in (a Hangul footer line on an English page, Chinese spam in
 * an English comment thread, Cyrillic spam under a Korean article).
 *
 * Only whole blocks go. A foreign word inside the article's own paragraph, a
 * term in parentheses, a hashtag or a quoted phrase shares its block with
 * the article's script and stays; so does quoted or code text in a block of
 * its own (blockquote, pre, code), which is the article quoting something.
 */
import { recordRemoval } from './clutter.ts';
import { leafBlocks, removeEmptyAncestors, tagOf, textOf } from '../dom/dom.ts';
import { countScripts, dominantScripts, shareInScripts, totalLetters, type ScriptCounts, type ScriptName } from './writing-systems.ts';
import type { Removal } from '../types.ts';

/** Longer blocks are the article's own text in another language (a bilingual page), not junk. */
export const FOREIGN_BLOCK_MAX_LETTERS = 200;
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
    if (!verdict.foreign) continue;
    const parent = block.parentElement;
    recordRemoval(removed, `foreign-script:${verdict.script ?? 'Other'}`, block, text);
    block.remove();
    removeEmptyAncestors(parent, content);
  }
  return articleScripts;
}
