/**
 * A regular expression built from its source on first use. The quote finder's patterns are long (a name, its roles and
 * the verbs of saying of six languages: up to 7,000 characters each), and V8 parses a pattern when it is constructed:
 * building all of them as the module loaded took 38 ms of the 65 ms that loading the reader's analysis module took
 * (Node 20), on the popup's way to its first paint, though a page uses only some of them (its language's, and none
 * where it quotes no one).
 *
 * It answers what the quote finder asks of a pattern: exec, test, lastIndex, source and flags, and the string methods
 * that take one (replace, match, matchAll, split, search).
 */
export function lazyRegExp(source: string, flags: string): RegExp {
  let built: RegExp | undefined;
  const real = () => (built ??= new RegExp(source, flags));
  const lazy = {
    source,
    flags,
    global: flags.includes('g'),
    exec: (text: string) => real().exec(text),
    test: (text: string) => real().test(text),
    get lastIndex() {
      return real().lastIndex;
    },
    set lastIndex(index: number) {
      real().lastIndex = index;
    },
    [Symbol.replace]: (text: string, replacement: string | ((...parts: string[]) => string)) => real()[Symbol.replace](text, replacement as string),
    [Symbol.match]: (text: string) => real()[Symbol.match](text),
    [Symbol.matchAll]: (text: string) => real()[Symbol.matchAll](text),
    [Symbol.split]: (text: string, limit?: number) => real()[Symbol.split](text, limit),
    [Symbol.search]: (text: string) => real()[Symbol.search](text),
    toString: () => real().toString(),
  };
  return lazy as unknown as RegExp;
}

/** `text` as a pattern that matches it literally: each character that has a meaning in a pattern escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
