// @vitest-environment jsdom
/**
 * The content-clutter pass repeats while it removes anything, since a line that stood inside can reach the edge once
 * the furniture before it goes. A repeated round tries the text rules again only on lines whose text or place changed:
 * the others gave no rule before and would give none again (utils/pipeline/clutter.ts, CleanLines).
 */
import { describe, expect, it } from 'vitest';
import { TEXT_RULES } from '../../utils/pipeline/clutter-rules.ts';
import { removeContentClutter } from '../../utils/pipeline/clutter.ts';
import type { Removal } from '../../utils/types.ts';

/** How many times a text rule is tried while `run` runs (each try reads the rule's length limit first). */
function ruleTriesDuring(run: () => void): number {
  let tries = 0;
  const restores = TEXT_RULES.map((rule) => {
    const { maxLength } = rule;
    Object.defineProperty(rule, 'maxLength', {
      configurable: true,
      get: () => {
        tries++;
        return maxLength;
      },
    });
    return () => Object.defineProperty(rule, 'maxLength', { configurable: true, writable: true, value: maxLength });
  });
  try {
    run();
  } finally {
    for (const restore of restores) restore();
  }
  return tries;
}

describe('the content-clutter rounds', () => {
  const LINES = Array.from({ length: 30 }, (_, index) => `Line ${index + 1} of the story, in which the council met and talked about the budget.`);

  it('remove what the first round leaves at the edge, and try the rules again only where something changed', () => {
    const content = document.createElement('div');
    content.innerHTML = ['<p>Advertisement</p>', ...LINES.map((line) => `<p>${line}</p>`)].join('');
    const removed: Removal[] = [];
    const tries = ruleTriesDuring(() => removeContentClutter(content, removed));
    expect(removed.map((removal) => removal.text)).toEqual(['Advertisement']);
    expect(content.querySelectorAll('p')).toHaveLength(LINES.length);
    // The first round tries every rule on every line; the second (it runs because the first removed a line) only on
    // the lines the removal moved to or from the edge.
    const firstRound = (LINES.length + 1) * TEXT_RULES.length;
    expect(tries).toBeGreaterThanOrEqual(LINES.length * TEXT_RULES.length);
    expect(tries).toBeLessThan(firstRound + 6 * TEXT_RULES.length);
  });
});
