// @vitest-environment jsdom
/**
 * The words a pattern requires (utils/pipeline/required-words.ts) let a text rule skip compiling its pattern for a line
 * that holds none of them. They may only ever rule out a line the pattern also refuses: checked on every short text of
 * the saved pages and on each rule's own examples, for every text rule, as its tester (gate and pattern) answers.
 */
import { describe, expect, it } from 'vitest';
import { TEXT_RULES } from '../../utils/pipeline/clutter-rules.ts';
import { caseless } from '../../utils/pipeline/clutter.ts';
import { GatedPattern, gatedTester } from '../../utils/pipeline/pattern-gates.ts';
import { requiredWords } from '../../utils/pipeline/required-words.ts';
import { foldSpaces } from '../../utils/dom/dom.ts';
import { pageLines } from '../helpers/page-lines.ts';
import { patternsMadeBy } from '../helpers/patterns-made.ts';
import { RULE_EXAMPLES } from './rule-examples.ts';

describe('requiredWords', () => {
  it('reads literal runs, optional parts, alternations and escapes', () => {
    expect(requiredWords('^read more$', 'u')).toEqual(['read more']);
    // The "s" may be absent; a repeated group still needs one of its words; a class breaks the run.
    expect(requiredWords('links?', 'u')).toEqual(['link']);
    expect(requiredWords('^(foo|bar)+baz', 'u')).toEqual(['foo', 'bar']);
    expect(requiredWords('(sign up|subscribe) (to|for)', 'u')).toEqual(['sign up', 'subscribe']);
    expect(requiredWords(String.raw`\bnews(letter)?\b`, 'u')).toEqual(['news']);
    expect(requiredWords(String.raw`^\x41bc\.de`, 'u')).toEqual(['bc.de']);
    expect(requiredWords('x{2,3}yz', 'u')).toEqual(['yz']);
    // A lookaround matches nothing itself; its words are not the match's.
    expect(requiredWords('a(?=xyz)b', 'u')).toEqual(['a']);
    expect(requiredWords('ab(?<!c)de', 'u')).toEqual(['ab']);
  });

  it('gives none where a branch may match without a word, under the i flag, or for what it cannot read', () => {
    expect(requiredWords('^(read more|\\d+)$', 'u')).toBeUndefined();
    expect(requiredWords('^(read more)?$', 'u')).toBeUndefined();
    expect(requiredWords('read more', 'iu')).toBeUndefined();
    expect(requiredWords(String.raw`^[\p{P}\p{S}\s]+$`, 'u')).toBeUndefined();
    expect(requiredWords('(unclosed', 'u')).toBeUndefined();
  });
});

describe('the text rules’ required words', () => {
  it('are in every line a rule matches: the saved pages and the rules’ examples', () => {
    const examples = Object.values(RULE_EXAMPLES).map(({ removes }) => caseless(foldSpaces(removes.html.replace(/<[^>]*>/g, ' '))));
    const lines = [...pageLines(), ...examples];
    let matched = 0;
    let worded = 0;
    for (const rule of TEXT_RULES) {
      const words = requiredWords(rule.pattern.source, rule.pattern.flags);
      if (words) worded++;
      const tester = gatedTester(rule.pattern);
      const pattern = new RegExp(rule.pattern.source, rule.pattern.flags);
      for (const line of lines) {
        const matches = pattern.test(line);
        if (!matches) continue;
        matched++;
        if (words)
          expect(
            words.some((word) => line.includes(word)),
            `${rule.id}: ${line}`,
          ).toBe(true);
        expect(tester(line), `${rule.id}: ${line}`).toBe(true);
      }
    }
    // Not vacuous: most rules require words, and many lines match.
    expect(worded).toBeGreaterThan(TEXT_RULES.length * 0.75);
    expect(matched).toBeGreaterThan(200);
  }, 120_000);

  it('keep a rule’s pattern and gate unmade for a line without them', () => {
    const { pattern } = TEXT_RULES.find((candidate) => candidate.id === 'newsletter-pitch')!;
    // A fresh one: the rule's own may have made its gate in the test above.
    const fresh = new GatedPattern(pattern.source, pattern.flags);
    const made = patternsMadeBy(() => expect(fresh.test(caseless('The council met on Tuesday to discuss the budget.'))).toBe(false));
    expect(made).toEqual([]);
    // A line with one of its words makes the gate, and the gate decides.
    const worded = patternsMadeBy(() => expect(fresh.test(caseless('Sign up for our newsletter'))).toBe(true));
    expect(worded.length).toBeGreaterThan(0);
  });
});
