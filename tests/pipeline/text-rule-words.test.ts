// @vitest-environment jsdom
/**
 * The text rules' required words are read when the extension is built (utils/pipeline/text-rule-words.ts), so a page
 * does not read the rules' sources on every click. The build's table must hold each rule's words, and with it the
 * page reads no text rule's source, while the rules answer as before.
 */
import { describe, expect, it, vi } from 'vitest';
import type { ConfigEnv, UserConfig } from 'vite';
import { TEXT_RULES } from '../../utils/pipeline/clutter-rules.ts';
import { gatedTester, wordsToRequire } from '../../utils/pipeline/pattern-gates.ts';
import { builtWords, textRuleWords, type TextRuleWords } from '../../utils/pipeline/text-rule-words.ts';
import { requiredWords } from '../../utils/pipeline/required-words.ts';
import wxtConfig from '../../wxt.config.ts';
import { extractHtml, fixtureHtml } from '../helpers/pages.ts';
import { pageLines } from '../helpers/page-lines.ts';

// Every source the page reads for its words, to see which are read on a page.
vi.mock('../../utils/pipeline/required-words.ts', async (original) => {
  const module = await original<typeof import('../../utils/pipeline/required-words.ts')>();
  return { requiredWords: vi.fn(module.requiredWords) };
});

/** The table the extension's build writes into the page script. */
function buildTable(): TextRuleWords {
  const vite = wxtConfig.vite as (env: ConfigEnv) => UserConfig;
  const defined = vite({ command: 'build', mode: 'production' }).define?.__LUCID_TEXT_RULE_WORDS__ as string | undefined;
  expect(defined, 'wxt.config.ts defines __LUCID_TEXT_RULE_WORDS__').toBeTypeOf('string');
  return JSON.parse(defined!) as TextRuleWords;
}

describe('the text rules’ words, read at build time', () => {
  it('are in the build’s table for every rule, as the rule’s pattern gives them', () => {
    const table = buildTable();
    expect(Object.keys(table).sort()).toEqual(TEXT_RULES.map((rule) => rule.id).sort());
    for (const rule of TEXT_RULES) expect(builtWords(table, rule), rule.id).toEqual(wordsToRequire(rule.pattern));
    // Not vacuous: most rules have words.
    expect(TEXT_RULES.filter((rule) => table[rule.id] !== null).length).toBeGreaterThan(TEXT_RULES.length * 0.75);
  });

  it('leave the page reading no text rule’s source', () => {
    vi.mocked(requiredWords).mockClear();
    const { result } = extractHtml(fixtureHtml('bbc-nato'), 'https://www.bbc.com/news/articles/nato');
    expect(result.ok).toBe(true);
    const read = new Set(vi.mocked(requiredWords).mock.calls.map(([source]) => source));
    const ruleSources = TEXT_RULES.map((rule) => rule.pattern.source);
    expect(ruleSources.filter((source) => read.has(source))).toEqual([]);
  });

  it('give the rules the same answers on every short text of the saved pages', () => {
    const table = textRuleWords();
    let matched = 0;
    for (const rule of TEXT_RULES) {
      const withTable = gatedTester(new RegExp(rule.pattern.source, rule.pattern.flags), builtWords(table, rule));
      const plain = new RegExp(rule.pattern.source, rule.pattern.flags);
      // The pattern itself answers last, so only a line it matches could be answered otherwise (refused by a word).
      for (const line of pageLines().filter((text) => plain.test(text))) {
        matched++;
        expect(withTable(line), `${rule.id}: ${line}`).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(200);
  }, 120_000);
});

describe('wordsToRequire', () => {
  it('leaves out a word that holds another, and gives none for a global pattern', () => {
    expect(wordsToRequire(/^(ads|ad|advertisement)$/u)).toEqual(['ad']);
    expect(wordsToRequire(/^(newsletters?|news)\b/u)).toEqual(['news']);
    expect(wordsToRequire(/read more/gu)).toBeNull();
  });
});
