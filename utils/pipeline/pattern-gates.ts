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

/** Properties whose every character is neither white space nor an ASCII digit (general categories and the one binary property the rules use). */
const NOT_SPACE_OR_DIGIT_PROPERTIES = new Set(['L', 'Lu', 'Ll', 'Lt', 'Lm', 'Lo', 'M', 'Mn', 'Mc', 'Me', 'P', 'S', 'Changes_When_Uppercased']);
const NOT_SPACE_OR_DIGIT = String.raw`[^\s\d]`;
const ANY = '[^]';

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
 * What a class holding a property becomes: `[^\s\d]` when all of it lies outside white space and ASCII digits,
 * `[^]` otherwise; undefined when it holds a property that is not known to (a negated one, `\P{…}`, included).
 */
function widenedClass(body: string): string | undefined {
  if (body.startsWith('^')) return undefined;
  let narrow = true;
  for (let at = 0; at < body.length;) {
    const property = propertyAt(body, at);
    if (property) {
      if (body[at + 1] === 'P' || !NOT_SPACE_OR_DIGIT_PROPERTIES.has(property.name)) return undefined;
      at += property.length;
      continue;
    }
    const char = body[at]!;
    if (char === '\\') {
      const escaped = body[at + 1] ?? '';
      // \s, \d, \w, \S, \D, \W, \u…, \x… could be a space or a digit: the widest class then.
      if (/[sdwSDWux0-9bBtnrvf]/.test(escaped)) narrow = false;
      at += 2;
      continue;
    }
    if (char === '-' && at > 0 && at < body.length - 1) narrow = false; // a range: it could span anything
    if (/[\s0-9]/u.test(char)) narrow = false;
    at += 1;
  }
  return narrow ? NOT_SPACE_OR_DIGIT : ANY;
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
        out += NOT_SPACE_OR_DIGIT;
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

/** Tests `text` against `pattern`, behind its gate where it has one: the same answer, and the costly pattern compiled only where the gate passes. */
export function gatedTester(pattern: RegExp): (text: string) => boolean {
  const source = gateSource(pattern.source);
  if (source === undefined || pattern.global || pattern.sticky) return (text) => pattern.test(text);
  const gate = new RegExp(source, pattern.flags);
  return (text) => gate.test(text) && pattern.test(text);
}
