/**
 * Each text rule's required words (required-words.ts), read off its pattern when the extension is built. A page's
 * first lines try every text rule, so without this each click would read all the rules' sources, character by
 * character, in a script world that has not yet compiled the reader to machine code: tens of milliseconds in a CPU
 * profile of the tab. The build puts the table into the page script (`__LUCID_TEXT_RULE_WORDS__`, wxt.config.ts and
 * vitest.config.ts); the command line, which reads the sources once for all the pages it reads, goes without.
 */
import { TEXT_RULES, type TextRule } from './clutter-rules.ts';
import { wordsToRequire } from './pattern-gates.ts';

/**
 * Rule id to its words joined by a line break (one string rather than an array of literals: 0.5 KB fewer bytes in the
 * page script, 0.15 KB gzip), or null where there are none to go by. A pattern's literal never holds a line break: the
 * rules write it `\n` or `\s`.
 */
export type TextRuleWords = Record<string, string | null>;

const SEPARATOR = '\n';

/** The table for `rules`, as the build writes it into the page script. */
export function textRuleWords(rules: readonly TextRule[] = TEXT_RULES): TextRuleWords {
  return Object.fromEntries(
    rules.map((rule) => {
      const words = wordsToRequire(rule.pattern);
      if (words?.some((word) => word.includes(SEPARATOR))) throw new Error(`A required word of text rule ${rule.id} holds a line break.`);
      return [rule.id, words && words.join(SEPARATOR)];
    }),
  );
}

/** The words of `rule` in `table`: undefined where the table has no entry for it (then they are read on first need). */
export function builtWords(table: TextRuleWords | undefined, rule: TextRule): string[] | null | undefined {
  const joined = table?.[rule.id];
  return joined === undefined ? undefined : joined === null ? null : joined.split(SEPARATOR);
}
