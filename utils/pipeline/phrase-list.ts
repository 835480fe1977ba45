/**
 * Whole lines that are one phrase of a long list ("most read", "lesen sie auch", "関連記事"), with a closing colon or
 * question mark, in folded text (`caseless`). Written as one regular expression, the list is an alternation of some
 * four hundred phrases: a tab's fresh script world compiled it on the first line it met and again, to machine code, on
 * the second (and a third time for the first line outside Latin-1), about 20 ms a page in a CPU profile of the tab,
 * where nearly every line tried is no heading at all.
 *
 * Here a line is first reduced to its key (the phrase's characters without spaces or apostrophes, which the pattern
 * lets vary) and looked up; only a line whose key is a phrase's (or begins with the key of a phrase that allows words
 * after it) is tested against that one phrase's own small pattern, which decides exactly as the alternation did.
 */

/** How many characters a phrase's "…" stands for, at most. */
const PHRASE_TAIL = 60;

/** What a line may end with after the phrase: spaces, then one colon or question mark. */
const CLOSING_MARKS = new Set([':', '：', '?', '？']);

/** The characters a phrase's pattern lets vary: any white space between its words, an apostrophe present or not. */
const VARYING = /[\s'’]/gu;

function keyOf(text: string): string {
  return text.replace(VARYING, '');
}

interface Phrase {
  /** As written, lower case, without its closing " …". */
  words: string;
  key: string;
  /** Whether up to PHRASE_TAIL more characters may follow. */
  open: boolean;
  /** The phrase's own pattern, made on its first candidate line. */
  pattern?: RegExp;
}

/** The phrase's pattern: its words (any white space, or none, between them; an apostrophe of either kind, or none), then what may close the line. */
function phrasePattern(phrase: Phrase): RegExp {
  if (phrase.pattern) return phrase.pattern;
  const body = phrase.words
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/'/g, "['’]?")
    .replace(/ /g, '\\s*');
  const tail = phrase.open ? `(?:\\s.{1,${PHRASE_TAIL}})?` : '';
  return (phrase.pattern = new RegExp(`^${body}${tail}\\s*[:：?？]?$`, 'u'));
}

/** Brackets that set a heading off, by their opening character. */
const BRACKET_PAIRS: Readonly<Record<string, string>> = {
  '【': '】',
  '〔': '〕',
  '〖': '〗',
  '［': '］',
  '[': ']',
  '「': '」',
  '『': '』',
  '〈': '〉',
  '《': '》',
  '＜': '＞',
  '<': '>',
  '(': ')',
  '（': '）',
};

/** A mark set before a heading: a square, a triangle, a dot, an angle quote. */
const LEADING_MARK = /^[■□◆◇▼▽▶▷►●○◎★☆▲△・»>]\s*/u;

/** The line without the brackets around it or the mark before it (and a closing colon after them); undefined where it has neither. */
function unmarked(text: string): string | undefined {
  const line = text.trim().replace(/\s*[:：]$/u, '');
  const close = BRACKET_PAIRS[line.charAt(0)];
  if (close !== undefined && line.length > 2 && line.endsWith(close)) return line.slice(1, -1).trim();
  const mark = LEADING_MARK.exec(line);
  return mark ? line.slice(mark[0].length) : undefined;
}

export class PhraseList {
  /** Phrases to be the whole line, by key. */
  private readonly whole = new Map<string, Phrase[]>();
  /** Phrases that allow words after them ("… aus der region …"), tried by their key's start. */
  private readonly leading: Phrase[] = [];

  /**
   * `phrases`: lower case; a space stands for any white space (or none), an apostrophe for one of either kind or
   * none, and a closing " …" for up to PHRASE_TAIL more characters after a space.
   */
  constructor(phrases: Iterable<string>) {
    for (const written of new Set(phrases)) {
      const phrase = written.toLowerCase();
      const open = phrase.endsWith(' …');
      const words = open ? phrase.slice(0, -2) : phrase;
      // Built from the string as written, not with a pattern: this runs as the injected script starts, on every page.
      const entry: Phrase = { words, key: words.replaceAll(' ', '').replaceAll("'", '').replaceAll('’', ''), open };
      if (open) this.leading.push(entry);
      const same = this.whole.get(entry.key);
      if (same) same.push(entry);
      else this.whole.set(entry.key, [entry]);
    }
  }

  /**
   * Whether `text` (folded) is one of the phrases, alone on its line: as written, or inside a pair of brackets or after
   * a mark that sets it off ("【関連記事】", "[Read more]", "■ Lesen Sie auch"), as Japanese and Chinese sites print
   * their headings.
   */
  test(text: string): boolean {
    if (this.testLine(text)) return true;
    const inner = unmarked(text);
    return inner !== undefined && inner !== '' && this.testLine(inner);
  }

  private testLine(text: string): boolean {
    const key = keyOf(text);
    if (this.matchesAny(this.whole.get(key), text)) return true;
    // The closing mark is part of the key as the line writes it; a phrase that ends in "?" keeps its own.
    if (CLOSING_MARKS.has(key.slice(-1)) && this.matchesAny(this.whole.get(key.slice(0, -1)), text)) return true;
    return this.leading.some((phrase) => key.startsWith(phrase.key) && phrasePattern(phrase).test(text));
  }

  private matchesAny(phrases: Phrase[] | undefined, text: string): boolean {
    return !!phrases && phrases.some((phrase) => phrasePattern(phrase).test(text));
  }
}
