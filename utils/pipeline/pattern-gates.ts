/**
 * A cheap first test for the text rules' costly patterns. A page is read once, in a fresh script world, so each
 * pattern is compiled on its first test, and V8 compiles it a second time, to machine code, on its second. Unicode
 * property classes (`\p{L}`, "a capital" over folded text) make that compiling slow: a few milliseconds per pattern in
 * Chromium, tens of milliseconds per page over the rules, though nearly every line a rule is tried on fails it.
 *
 * The gate of a pattern is the same pattern with each property class widened to "any character but a space or an ASCII
 * digit" (or to any character at all where the class also holds those): every property these rules use (letters,
 * marks, punctuation, symbols) lies inside that, so every line the pattern matches passes its gate, and a line that
 * fails the gate fails the pattern. The gate keeps the literal words, digits and spaces, which are what most lines
 * fail on, and costs little to compile. Only where the gate passes is the pattern itself compiled and tried.
 */

import { requiredWords } from './required-words.ts';

/** Properties whose every character is neither white space nor an ASCII digit (general categories and the one binary property the rules use). */
const NOT_SPACE_OR_DIGIT_PROPERTIES = new Set(['L', 'Lu', 'Ll', 'Lt', 'Lm', 'Lo', 'M', 'Mn', 'Mc', 'Me', 'P', 'S', 'Changes_When_Uppercased']);
/**
 * Of those, the ones that hold only letters and marks (the letters that change when upper-cased are letters, and a few
 * circled or Roman-numeral symbols): never ASCII punctuation either.
 */
const LETTER_PROPERTIES = new Set(['L', 'Lu', 'Ll', 'Lt', 'Lm', 'Lo', 'M', 'Mn', 'Mc', 'Me', 'Changes_When_Uppercased']);
const NOT_SPACE_OR_DIGIT = String.raw`[^\s\d]`;
/**
 * A letter's widening: not a space, an ASCII digit or ASCII punctuation. Were a letter widened to take "," and "&" as
 * well, a name word in a gate could swallow the separators between names, and a list of short names could be split in
 * exponentially many ways (seconds on a 120-character line) where the pattern itself answers at once.
 */
const NOT_SPACE_DIGIT_OR_PUNCTUATION = String.raw`[^\s\d\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]`;
const ANY = '[^]';

/** The widening of one property: a letter's, or the wider one of punctuation and symbols. */
function widenedProperty(name: string): string {
  return LETTER_PROPERTIES.has(name) ? NOT_SPACE_DIGIT_OR_PUNCTUATION : NOT_SPACE_OR_DIGIT;
}

/** A property escape at `index` of `source` (`\p{L}`): its name and length, or undefined. */
function propertyAt(source: string, index: number): { name: string; length: number } | undefined {
  if (source[index] !== '\\' || (source[index + 1] !== 'p' && source[index + 1] !== 'P') || source[index + 2] !== '{') return undefined;
  const close = source.indexOf('}', index + 3);
  return close < 0 ? undefined : { name: source.slice(index + 3, close), length: close + 1 - index };
}

/** The class starting at `index` (`[`), as written, and where it ends. */
function classAt(source: string, index: number): { body: string; end: number } {
  let at = index + 1;
  while (at < source.length && source[at] !== ']') at += source[at] === '\\' ? 2 : 1;
  return { body: source.slice(index + 1, at), end: at + 1 };
}

/**
 * What a class holding a property becomes. Where all of it lies outside white space and ASCII digits: the letters'
 * widening (with the class's own other members beside it) when its properties are all letters and marks, else
 * `[^\s\d]`; `[^]` otherwise. Undefined when it holds a property that is not known to (a negated one, `\P{…}`, included).
 */
function widenedClass(body: string): string | undefined {
  if (body.startsWith('^')) return undefined;
  let narrow = true;
  let lettersOnly = true;
  // The class's members other than its properties, as written ("'’.-" of `[\p{L}\p{M}'’.-]`).
  let others = '';
  for (let at = 0; at < body.length;) {
    const property = propertyAt(body, at);
    if (property) {
      if (body[at + 1] === 'P' || !NOT_SPACE_OR_DIGIT_PROPERTIES.has(property.name)) return undefined;
      if (!LETTER_PROPERTIES.has(property.name)) lettersOnly = false;
      at += property.length;
      continue;
    }
    const char = body[at]!;
    if (char === '\\') {
      const escaped = body[at + 1] ?? '';
      // \s, \d, \w, \S, \D, \W, \u…, \x… could be a space or a digit: the widest class then.
      if (/[sdwSDWux0-9bBtnrvf]/.test(escaped)) narrow = false;
      others += body.slice(at, at + 2);
      at += 2;
      continue;
    }
    if (char === '-' && at > 0 && at < body.length - 1) narrow = false; // a range: it could span anything
    if (/[\s0-9]/u.test(char)) narrow = false;
    others += char;
    at += 1;
  }
  if (!narrow) return ANY;
  if (!lettersOnly) return NOT_SPACE_OR_DIGIT;
  if (!others) return NOT_SPACE_DIGIT_OR_PUNCTUATION;
  // A caret first would negate the class it is put in.
  return `(?:${NOT_SPACE_DIGIT_OR_PUNCTUATION}|[${others.startsWith('^') ? `\\${others}` : others}])`;
}

/**
 * The gate's source for `source`, or undefined when the pattern has no property class (it is cheap already) or one the
 * widening cannot vouch for (inside a negative lookaround, where widening would narrow what matches).
 */
export function gateSource(source: string): string | undefined {
  let out = '';
  let widened = false;
  // Open groups, each marked whether it is a negative lookaround.
  const groups: boolean[] = [];
  for (let at = 0; at < source.length;) {
    const char = source[at]!;
    const insideNegative = groups.includes(true);
    if (char === '\\') {
      const property = propertyAt(source, at);
      if (property) {
        if (insideNegative || source[at + 1] === 'P' || !NOT_SPACE_OR_DIGIT_PROPERTIES.has(property.name)) return undefined;
        out += widenedProperty(property.name);
        widened = true;
        at += property.length;
        continue;
      }
      out += source.slice(at, at + 2);
      at += 2;
      continue;
    }
    if (char === '[') {
      const { body, end } = classAt(source, at);
      const written = source.slice(at, end);
      if (/\\[pP]\{/.test(body)) {
        const wide = insideNegative ? undefined : widenedClass(body);
        if (!wide) return undefined;
        out += wide;
        widened = true;
      } else {
        out += written;
      }
      at = end;
      continue;
    }
    if (char === '(') groups.push(source.startsWith('(?!', at) || source.startsWith('(?<!', at));
    if (char === ')') groups.pop();
    out += char;
    at += 1;
  }
  return widened ? out : undefined;
}

/** A global or sticky pattern keeps `lastIndex` between tests, which a test skipped by a word or a gate would skew. */
function isStateful(flags: string): boolean {
  return /[gy]/.test(flags);
}

/**
 * The words one of which a line must hold before `pattern` is made and tried (required-words.ts), or null where there
 * are none to go by. A word that holds another of them is left out ("ads" beside "ad"): a line with it holds the other.
 */
export function wordsToRequire(pattern: { readonly source: string; readonly flags: string }): string[] | null {
  const words = isStateful(pattern.flags) ? undefined : requiredWords(pattern.source, pattern.flags);
  if (!words) return null;
  return words.filter((word) => !words.some((other) => other !== word && word.includes(other)));
}

/** What the text rules and the byline patterns need of a pattern: a `RegExp`, or a `GatedPattern` that makes one when first needed. */
export interface TextPattern {
  readonly source: string;
  readonly flags: string;
  test(text: string): boolean;
}

/**
 * A pattern made only when a text passes its gate. Writing `new RegExp(…)` at a module's top level parses the
 * pattern as the injected script starts, and a class such as `\p{Changes_When_Uppercased}` or a name pattern of
 * nested `\p{Lu}` groups costs milliseconds to parse in Chromium, on every page, whether or not any line ever comes
 * near it. Here neither the gate nor the pattern exists until the first test, and the pattern not until a text
 * passes the gate. A pattern without a gate (no property class, or a global or sticky one, whose `lastIndex` a gate
 * would skew) is made on the first test.
 */
export class GatedPattern implements TextPattern {
  /** Undefined until first needed; null when the pattern has no gate. */
  private gate: RegExp | null | undefined;
  /** Undefined until first needed; null when the pattern requires no word (or is global or sticky). */
  private words: readonly string[] | null | undefined;
  private pattern: RegExp | undefined;

  /** `made`: the pattern itself where it exists already (a rule's literal), used instead of a copy. */
  constructor(
    readonly source: string,
    readonly flags: string,
    made?: RegExp,
  ) {
    this.pattern = made;
  }

  /**
   * `pattern` behind its gate: itself if it is gated already. `words`: what `wordsToRequire` gives for it, where that
   * was read ahead (when the extension was built), so the page does not read the pattern's source again.
   */
  static of(pattern: TextPattern, words?: readonly string[] | null): GatedPattern {
    const gated = pattern instanceof GatedPattern ? pattern : new GatedPattern(pattern.source, pattern.flags, pattern instanceof RegExp ? pattern : undefined);
    if (words !== undefined && gated.words === undefined) gated.words = words;
    return gated;
  }

  test(text: string): boolean {
    return this.passesGate(text) && this.compiled().test(text);
  }

  exec(text: string): RegExpExecArray | null {
    return this.passesGate(text) ? this.compiled().exec(text) : null;
  }

  private passesGate(text: string): boolean {
    if (this.gate === undefined) {
      // Until a line holds one of the words the pattern requires (required-words.ts), neither gate nor pattern is made:
      // a few `includes` per line instead, with nothing to compile. Once they are made, the words are not looked at
      // again: in a process that reads page after page (the command line), compiling was paid once, and the words
      // would only add to every line's test.
      if (this.words === undefined) this.words = wordsToRequire(this);
      if (this.words !== null && !this.words.some((word) => text.includes(word))) return false;
      const source = isStateful(this.flags) ? undefined : gateSource(this.source);
      this.gate = source === undefined ? null : new RegExp(source, this.flags);
    }
    return this.gate === null || this.gate.test(text);
  }

  private compiled(): RegExp {
    return (this.pattern ??= new RegExp(this.source, this.flags));
  }
}

/** Tests `text` against `pattern`, behind its gate where it has one: the same answer, and the costly pattern compiled only where the gate passes. */
export function gatedTester(pattern: TextPattern, words?: readonly string[] | null): (text: string) => boolean {
  const gated = GatedPattern.of(pattern, words);
  return (text) => gated.test(text);
}
