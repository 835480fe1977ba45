/**
 * The words a pattern cannot match without: a set of literal strings, one of which is in every text the pattern
 * matches ("newsletter", "sign up" or "subscribe" for a newsletter pitch). Testing a line for them is a few native
 * `includes`, with nothing to compile; a tab's fresh script world compiles each regular expression on its first test
 * and again, to machine code, on its second, and the text rules (most lines of a page fail every one of them) were the
 * largest part of the page-side time in a CPU profile of the tab. So a pattern is compiled only for lines that hold
 * one of its words.
 *
 * The source is read as written, conservatively: literal runs between classes, escapes, wildcards, anchors and
 * lookarounds; a quantified character or group that may be absent gives nothing; an alternation gives the union of
 * its branches' words, or nothing when a branch has none. Of a sequence's required parts, the one whose shortest word
 * is longest is kept. Anything not understood gives no words (then there is no such test), never a wrong one.
 */

/** Escapes that stand for a class or a position, not for the character after the backslash. */
const CLASS_ESCAPES = new Set(Array.from('dDwWsSbBpPnrtfv0123456789uxck'));

type Part = { kind: 'text'; text: string } | { kind: 'words'; words: string[] } | { kind: 'gap' };

/** Reads a quantifier at `at`: its minimum and where it ends, or undefined where none is. */
function quantifierAt(source: string, at: number): { min: number; end: number } | undefined {
  const char = source[at];
  let min: number;
  let end: number;
  if (char === '?' || char === '*') [min, end] = [0, at + 1];
  else if (char === '+') [min, end] = [1, at + 1];
  else if (char === '{') {
    const match = /^\{(\d+)(,\d*)?\}/.exec(source.slice(at, at + 16));
    if (!match) return undefined;
    [min, end] = [Number(match[1]), at + match[0].length];
  } else return undefined;
  // A lazy quantifier's "?" changes how, not what, it matches.
  return { min, end: source[end] === '?' ? end + 1 : end };
}

/** Where the class opening at `at` ends (after its "]"). */
function classEnd(source: string, at: number): number {
  let index = at + 1;
  if (source[index] === '^') index++;
  // A "]" first in a class is a member of it outside the u flag; the text rules never write one.
  while (index < source.length && source[index] !== ']') index += source[index] === '\\' ? 2 : 1;
  return index + 1;
}

/** Where a class or position escape at `at` ends (`\p{L}`, `\u{1F600}`, `\u00e9`, `\x41`, `\cJ`, `\k<name>`, `\d`); 0 where unreadable. */
function escapeEnd(source: string, at: number): number {
  const escaped = source[at + 1];
  const after = source[at + 2];
  if ((escaped === 'p' || escaped === 'P' || escaped === 'u') && after === '{') return source.indexOf('}', at) + 1;
  if (escaped === 'k' && after === '<') return source.indexOf('>', at) + 1;
  if (escaped === 'u') return at + 6;
  if (escaped === 'x') return at + 4;
  if (escaped === 'c') return at + 3;
  return at + 2;
}

/** The best words of one branch's parts: the required part whose shortest word is longest. */
function bestWords(parts: Part[]): string[] | undefined {
  let best: string[] | undefined;
  let bestScore = 0;
  for (const part of parts) {
    const words = part.kind === 'text' ? (part.text ? [part.text] : undefined) : part.kind === 'words' ? part.words : undefined;
    if (!words || words.length === 0) continue;
    const score = Math.min(...words.map((word) => word.length));
    if (score > bestScore) [best, bestScore] = [words, score];
  }
  return best;
}

interface Parsed {
  /** The words of the alternation read, undefined where a branch has none. */
  words: string[] | undefined;
  end: number;
}

/** Reads an alternation from `at` up to the ")" that closes it (or the end), giving its words. */
function alternation(source: string, at: number): Parsed {
  const branches: (string[] | undefined)[] = [];
  let parts: Part[] = [];
  let text = '';
  const endText = () => {
    parts.push({ kind: 'text', text });
    text = '';
  };
  let index = at;
  while (index < source.length && source[index] !== ')') {
    const char = source[index]!;
    if (char === '|') {
      endText();
      branches.push(bestWords(parts));
      parts = [];
      index++;
      continue;
    }
    // One atom: a literal character (kept in the run), or something else (a part of its own).
    let literal: string | undefined;
    let atom: Part = { kind: 'gap' };
    let next: number;
    let zeroWidth = false;
    if (char === '\\') {
      const escaped = source[index + 1] ?? '';
      if (CLASS_ESCAPES.has(escaped)) {
        next = escapeEnd(source, index);
        if (next === 0) return { words: undefined, end: source.length };
        zeroWidth = escaped === 'b' || escaped === 'B';
      } else {
        literal = escaped;
        next = index + 2;
      }
    } else if (char === '[') {
      next = classEnd(source, index);
    } else if (char === '(') {
      const mark = source[index + 1] === '?' ? source[index + 2] : undefined;
      const lookaround = mark === '=' || mark === '!' || (mark === '<' && (source[index + 3] === '=' || source[index + 3] === '!'));
      const opening = source.startsWith('(?:', index)
        ? 3
        : lookaround
          ? source[index + 2] === '<'
            ? 4
            : 3
          : source.startsWith('(?<', index)
            ? source.indexOf('>', index) + 1 - index
            : 1;
      const inner = alternation(source, index + opening);
      if (source[inner.end] !== ')') return { words: undefined, end: source.length };
      next = inner.end + 1;
      if (lookaround) zeroWidth = true;
      else if (inner.words) atom = { kind: 'words', words: inner.words };
    } else if (char === '^' || char === '$') {
      next = index + 1;
      zeroWidth = true;
    } else if (char === '.') {
      next = index + 1;
    } else if ('*+?{'.includes(char) && quantifierAt(source, index)) {
      // A quantifier with nothing before it to repeat: not a pattern this reads.
      return { words: undefined, end: source.length };
    } else {
      literal = char;
      next = index + 1;
    }
    const quantifier = zeroWidth ? undefined : quantifierAt(source, next);
    if (quantifier) next = quantifier.end;
    if (literal !== undefined && !quantifier) {
      text += literal;
    } else if (literal !== undefined && quantifier) {
      // "links?": "link" is required, the "s" may be absent; "a+" requires an "a" but no run through the repeat.
      if (quantifier.min > 0) text += literal;
      endText();
    } else {
      endText();
      if (!zeroWidth && (!quantifier || quantifier.min > 0)) parts.push(atom);
    }
    index = next;
  }
  endText();
  branches.push(bestWords(parts));
  const words = branches.every((branch) => branch !== undefined) ? [...new Set(branches.flat())] : undefined;
  return { words, end: index };
}

/**
 * The words one of which every match of `source` holds, or undefined where the pattern may match without any literal
 * (or is not read here). Only for patterns without the `i` flag: the words are matched as written.
 */
export function requiredWords(source: string, flags: string): string[] | undefined {
  if (flags.includes('i')) return undefined;
  const { words, end } = alternation(source, 0);
  if (end !== source.length) return undefined;
  return words && words.length > 0 ? words : undefined;
}
