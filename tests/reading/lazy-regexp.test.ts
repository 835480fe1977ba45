/**
 * The quote finder's patterns are built on first use (lazy-regexp.ts): nothing is parsed while the module loads, and
 * each answers as the RegExp it stands for.
 */
import { describe, expect, it } from 'vitest';
import { lazyRegExp } from '../../utils/reading/lazy-regexp.ts';

describe('lazyRegExp', () => {
  it('parses its source only when first used', () => {
    const broken = lazyRegExp('(unclosed', 'u');
    expect(broken.source).toBe('(unclosed');
    expect(() => broken.test('unclosed')).toThrow(SyntaxError);
  });

  it('answers exec, test and a lastIndex loop as the RegExp does', () => {
    const text = 'Anna said no. Ben said yes. Cleo said maybe.';
    const real = /(\p{Lu}\p{Ll}+) said/gu;
    const lazy = lazyRegExp(real.source, real.flags);
    const names = (pattern: RegExp) => {
      const found: string[] = [];
      pattern.lastIndex = 0;
      for (let match = pattern.exec(text); match; match = pattern.exec(text)) found.push(`${match[1]}@${pattern.lastIndex}`);
      return found;
    };
    expect(names(lazy)).toEqual(names(real));
    expect(lazyRegExp('said yes', '').test(text)).toBe(true);
  });

  it('works with the string methods that take a pattern', () => {
    const text = 'one, two; three';
    const lazy = () => lazyRegExp('[,;]\\s*', 'g');
    expect(text.replace(lazy(), '|')).toBe('one|two|three');
    expect(text.replace(lazy(), (separator) => `[${separator.trim()}]`)).toBe('one[,]two[;]three');
    expect(text.match(lazy())).toEqual([', ', '; ']);
    expect([...text.matchAll(lazy())].map((match) => match.index)).toEqual([3, 8]);
    expect(text.split(lazy())).toEqual(['one', 'two', 'three']);
    expect(text.search(lazyRegExp('t', ''))).toBe(5);
  });
});
