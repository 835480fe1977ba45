/**
 * Sentences of the clean article text, with their offsets. Split by the
 * browser's own Intl.Segmenter (Unicode sentence boundaries: it knows "。",
 * "？", "؟" and Thai as well as "."), then mended where news text trips it:
 * after abbreviations and initials ("Mr. Smith", "J. K. Rowling", "Sept. 5"),
 * after ordinals where a language writes them with a full stop ("am 3. November"),
 * and inside quotations that run over several sentences.
 */

export interface Sentence {
  text: string;
  /** Offsets into the article text. */
  start: number;
  end: number;
  /** Index of the paragraph (block) the sentence belongs to. */
  paragraph: number;
}

/** Abbreviations after which a full stop does not end a sentence, in the languages of the news Lucid reads. */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms mx dr prof sr sra srta dra jr st mt ft gen lt col capt cpt sgt cmdr adm gov sen rep reps sens del pres rev hon atty supt det insp ' +
    'no nos vol vs jan feb mar apr jun jul aug sep sept oct nov dec inc corp co ltd bros ave blvd rd approx dept est fig ' +
    'u.s u.k u.n e.u u.s.a d.c a.m p.m e.g i.e cf al ' +
    'bzw ca nr hr fr abs art z.b u.a d.h usw vgl m mme mlle mm ee.uu av avda lic ing arq sr pág ' +
    // Before a unit or a noun more often than at a sentence's end: "64,2 Mrd. Euro", "(inkl. Versand)", "ggf. Kosten".
    'incl inkl zzgl ggf evtl mio mrd tsd'
  ).split(' '),
);

/**
 * One segmenter per language, made once: building an Intl.Segmenter loads the locale's data and cost as much as
 * segmenting a short article, and every article text is split several times (quotes, summary). A segmenter keeps no
 * state between `segment` calls, so sharing it changes nothing.
 */
const segmenters = new Map<string, Intl.Segmenter | undefined>();

function segmenterFor(lang: string): Intl.Segmenter | undefined {
  if (!segmenters.has(lang)) segmenters.set(lang, newSegmenter(lang));
  return segmenters.get(lang);
}

function newSegmenter(lang: string): Intl.Segmenter | undefined {
  if (typeof Intl === 'undefined' || !('Segmenter' in Intl)) return undefined;
  try {
    return new Intl.Segmenter(lang || undefined, { granularity: 'sentence' });
  } catch {
    return new Intl.Segmenter(undefined, { granularity: 'sentence' });
  }
}

/** A fallback for engines without Intl.Segmenter: split after terminal punctuation followed by a space or a CJK full stop. */
function naiveSegments(text: string): { segment: string; index: number }[] {
  const segments: { segment: string; index: number }[] = [];
  const pattern = /[^.!?。！？؟]+(?:[.!?。！？؟]+["”’»」』)]*\s*|$)/gu;
  for (const match of text.matchAll(pattern)) {
    if (match[0]) segments.push({ segment: match[0], index: match.index });
  }
  return segments;
}

/**
 * How much of a segment's end the abbreviation and ordinal tests read. Segments grow as they are joined ("A. B. C. …"
 * is one sentence of initials), and a test anchored at the end of the whole segment costs its length each time: a
 * paragraph of 100,000 initials took 81 s. An abbreviation, an initial or an ordinal is a few characters long.
 */
const TAIL = 80;

/** The end of a text that the tests below read as they would the whole: the tail and the character before it. */
function lastCharacters(text: string): string {
  const end = withTrailingSpaceCollapsed(text);
  return end.length > TAIL + 1 ? end.slice(-(TAIL + 1)) : end;
}

function tailOf(segment: string): string {
  return segment.length > TAIL ? segment.slice(-TAIL) : segment;
}

/** White space at a text's end as one space: the tests read any run of it as one, and a long run must not fill the tail. */
function withTrailingSpaceCollapsed(text: string): string {
  const trimmed = text.trimEnd();
  return trimmed.length < text.length ? `${trimmed} ` : text;
}

function endsWithAbbreviation(text: string): boolean {
  const segment = withTrailingSpaceCollapsed(text);
  const tail = tailOf(segment);
  // After a hyphen too: "Univ.-Prof. Dr. Anna Berg" goes on past "Prof.".
  const match = /(?:^|[\s(“"'‘«-])([\p{L}.]+)\.\s*$/u.exec(tail);
  if (!match) return false;
  // Matched at the tail's start: whatever stands before the tail decides, as it would in the whole segment.
  if (match.index === 0 && tail.length < segment.length && !/^[\s(“"'‘«]/u.test(tail) && !/[\s(“"'‘«]/u.test(segment[segment.length - TAIL - 1]!)) return false;
  const word = (match[1] ?? '').toLowerCase();
  // A single capital letter is an initial ("J. K. Rowling"); so are runs of them ("G.K. Butterfield").
  if (/^\p{Lu}$/u.test(match[1] ?? '') || /^(\p{Lu}\.)+\p{Lu}$/u.test(match[1] ?? '')) return true;
  return ABBREVIATIONS.has(word) || ABBREVIATIONS.has(word.replace(/\.$/, ''));
}

/**
 * Languages that write an ordinal as a number and a full stop ("die 26. UN-Klimakonferenz", "den 3. november",
 * "3. listopadu"): the segmenter ends a sentence there, before a capital.
 */
const ORDINAL_FULL_STOP_LANGS = /^(?:de|da|nb|nn|no|is|fo|fi|et|lv|lt|cs|sk|pl|sl|hr|sr|bs|hu|tr)$/;

/** A segment ending in a number of up to three digits and a full stop, after a space: an ordinal in those languages. */
function endsWithOrdinal(text: string): boolean {
  const segment = withTrailingSpaceCollapsed(text);
  const tail = tailOf(segment);
  // What it matches is at most five characters long, well inside the tail.
  return /(?:^|\s)\d{1,3}\.\s*$/u.test(tail);
}

function count(text: string, mark: string): number {
  return text.split(mark).length - 1;
}

/** The quotation marks of a piece of text, counted once: a sentence joined piece by piece adds its pieces' counts. */
interface QuoteMarks {
  lowOpen: number; // „
  curlyOpen: number; // “
  curlyClose: number; // ”
  guillemetOpen: number; // «
  guillemetClose: number; // »
  /** » before any «: the text quotes »like this« (German, Danish, Swedish), so » opens. */
  guillemetsReversed: boolean;
  parenthesisOpen: number; // (
  parenthesisClose: number; // )
  cornerOpen: number; // 「 and 『
  cornerClose: number; // 」 and 』
  straight: number; // " not after a digit
}

function quoteMarksOf(text: string): QuoteMarks {
  return {
    lowOpen: count(text, '„'),
    curlyOpen: count(text, '“'),
    curlyClose: count(text, '”'),
    guillemetOpen: count(text, '«'),
    guillemetClose: count(text, '»'),
    guillemetsReversed: text.indexOf('»') >= 0 && (text.indexOf('«') < 0 || text.indexOf('»') < text.indexOf('«')),
    parenthesisOpen: count(text, '('),
    parenthesisClose: count(text, ')'),
    cornerOpen: count(text, '「') + count(text, '『'),
    cornerClose: count(text, '」') + count(text, '』'),
    straight: (text.match(/(?<!\d)"/g) ?? []).length,
  };
}

function addQuoteMarks(into: QuoteMarks, more: QuoteMarks): void {
  // The first guillemet of the joined text decides which way it quotes.
  if (into.guillemetOpen + into.guillemetClose === 0) into.guillemetsReversed = more.guillemetsReversed;
  for (const key of COUNTED_MARKS) into[key] += more[key];
}

const COUNTED_MARKS = [
  'lowOpen',
  'curlyOpen',
  'curlyClose',
  'guillemetOpen',
  'guillemetClose',
  'parenthesisOpen',
  'parenthesisClose',
  'cornerOpen',
  'cornerClose',
  'straight',
] as const satisfies readonly (keyof QuoteMarks)[];

/** Quotation marks opened and not closed. */
function openQuotes(marks: QuoteMarks): number {
  let open = 0;
  // German and Polish open with „ and close with “ or ”, the marks English uses to open and close.
  if (marks.lowOpen > 0) open += Math.max(0, marks.lowOpen - marks.curlyOpen - marks.curlyClose);
  else open += Math.max(0, marks.curlyOpen - marks.curlyClose);
  open += marks.guillemetsReversed ? Math.max(0, marks.guillemetClose - marks.guillemetOpen) : Math.max(0, marks.guillemetOpen - marks.guillemetClose);
  open += Math.max(0, marks.cornerOpen - marks.cornerClose);
  // Straight double quotes balance in pairs (inch marks after a digit are not quotes).
  return open + (marks.straight % 2);
}

/** How many following segments a quotation may pull into its sentence before it is taken as left open. */
const MAX_QUOTE_MERGES = 5;

/** A full stop after a word, then a sentence that opens with a number ("… in 2019. 81-year-old Parker Eaton said …"). */
const STOP_BEFORE_NUMBER = /(?<=[\p{L}\p{N}%)][.!?]["”’»)]*)\s+(?=\p{N})/gu;

/**
 * The segmenter reads on past a full stop when the next sentence opens with a number ("81-year-old", "12
 * people"): the Unicode rules look ahead for a lower-case word. Such a segment is cut there, unless the full stop
 * ends an abbreviation ("No. 5", "Sept. 5") or, where a language writes them so, an ordinal.
 */
function splitBeforeNumbers(pieces: { segment: string; index: number }[], ordinals: boolean): { segment: string; index: number }[] {
  const out: { segment: string; index: number }[] = [];
  for (const piece of pieces) {
    let from = 0;
    for (const match of piece.segment.matchAll(STOP_BEFORE_NUMBER)) {
      const head = piece.segment.slice(from, match.index);
      if (endsWithAbbreviation(head) || (ordinals && endsWithOrdinal(head))) continue;
      const cut = match.index + match[0].length;
      out.push({ segment: piece.segment.slice(from, cut), index: piece.index + from });
      from = cut;
    }
    out.push(from === 0 ? piece : { segment: piece.segment.slice(from), index: piece.index + from });
  }
  return out;
}

/** A closing mark after a space, then a new sentence: French spacing, "… demain. » Puis il est parti.". */
const SPACED_CLOSING_MARK = /^\s*[”»」』’]+(?=\s+[\p{Lu}«“„"])/u;

/**
 * The segmenter cuts before a closing mark that stands after a space (French « Nous partons. » Puis …), so the mark
 * opens the next piece and the sentence after it was glued to the quotation. When the quotation ended on a full stop and
 * a capital follows the mark, the mark goes back to the quotation and what follows starts a sentence of its own; an
 * attribution after the mark (» a-t-il dit, », selon elle) opens in lower case or with a comma and stays with it.
 */
function splitAfterSpacedClosingMarks(pieces: { segment: string; index: number }[]): { segment: string; index: number }[] {
  const out: { segment: string; index: number }[] = [];
  for (const piece of pieces) {
    const previous = out[out.length - 1];
    const mark = previous && /[.!?…]\s*$/u.test(previous.segment) ? SPACED_CLOSING_MARK.exec(piece.segment) : null;
    if (!previous || !mark) {
      out.push(piece);
      continue;
    }
    const cut = mark[0].length;
    out[out.length - 1] = { segment: previous.segment + piece.segment.slice(0, cut), index: previous.index };
    out.push({ segment: piece.segment.slice(cut), index: piece.index + cut });
  }
  return out;
}

/**
 * How much of a paragraph the segmenter is given at once. Its iterator costs time in proportion to how far into the
 * text each boundary lies (V8's, in Node 20: 11.6 s for the 32,000 sentences of a 320,000-character paragraph, 0.3 s for
 * 8,000), and a page whose lines are broken by `<br>` alone is one paragraph here.
 */
const SEGMENTER_WINDOW = 4000;

/**
 * The segmenter's sentences of a paragraph, read a window at a time. Whether a full stop ends a sentence can depend on
 * the text after the next sentence's start ("in the U.S. (1990–2000) and fell": the lower-case word further on says
 * it does not), so the last two sentences of a window, which its end may have cut or decided wrongly, are read again
 * from the next window. A window that holds fewer than three opens with a long sentence, read whole by longSentenceAt:
 * a sentence is never cut by a window (Thai writes no full stops; one sentence may run for pages).
 */
function segmentsOf(paragraph: string, segmenter: Intl.Segmenter): { segment: string; index: number }[] {
  const segments: { segment: string; index: number }[] = [];
  let from = 0;
  while (from < paragraph.length) {
    const lastWindow = from + SEGMENTER_WINDOW >= paragraph.length;
    const pieces = [...segmenter.segment(lastWindow ? paragraph.slice(from) : paragraph.slice(from, from + SEGMENTER_WINDOW))];
    const kept = lastWindow ? pieces : pieces.length >= 3 ? pieces.slice(0, -2) : longSentenceAt(paragraph.slice(from), segmenter);
    for (const { segment, index } of kept) segments.push({ segment, index: from + index });
    const last = kept[kept.length - 1]!;
    from += last.index + last.segment.length;
  }
  return segments;
}

/**
 * The first sentence of a text that opens with one longer than a window, decided with the two after it in view; all of
 * them where the text holds no more. The segmenter is given twice the window, then four times, until three pieces are
 * in it: given the whole rest of the paragraph each time, a paragraph of sentences just over half a window long cost
 * its length squared.
 */
function longSentenceAt(text: string, segmenter: Intl.Segmenter): Intl.SegmentData[] {
  for (let size = 2 * SEGMENTER_WINDOW; ; size *= 2) {
    const whole = size >= text.length;
    const pieces: Intl.SegmentData[] = [];
    for (const piece of segmenter.segment(whole ? text : text.slice(0, size))) {
      pieces.push(piece);
      if (pieces.length === 3) return pieces.slice(0, 1);
    }
    if (whole) return pieces;
  }
}

function splitParagraph(paragraph: string, offset: number, index: number, segmenter: Intl.Segmenter | undefined, ordinals: boolean): Sentence[] {
  const segmented = segmenter ? segmentsOf(paragraph, segmenter) : naiveSegments(paragraph);
  const raw = splitAfterSpacedClosingMarks(splitBeforeNumbers(segmented, ordinals));
  // A sentence joined piece by piece keeps its pieces and its last characters apart: the tests read only its end, and
  // slicing a string built by `+=` copies all of it each time.
  const merged: { parts: string[]; end: string; index: number; marks: QuoteMarks }[] = [];
  let quoteMerges = 0;
  for (const piece of raw) {
    const previous = merged[merged.length - 1];
    const marks = quoteMarksOf(piece.segment);
    const joinAbbreviation =
      previous && (endsWithAbbreviation(previous.end) || (ordinals && endsWithOrdinal(previous.end))) && /^\s*[\p{Lu}\p{N}(]/u.test(piece.segment);
    const joinQuote = previous && openQuotes(previous.marks) > 0 && quoteMerges < MAX_QUOTE_MERGES;
    // A parenthesis the segmenter cut at a full stop inside it ("Für Spezialfahrzeuge (incl." + "Viehtransportern) steht …"):
    // the next piece closes it before opening another.
    const joinParenthesis =
      previous && previous.marks.parenthesisOpen > previous.marks.parenthesisClose && quoteMerges < MAX_QUOTE_MERGES && /^[^()]*\)/u.test(piece.segment);
    // A segment that is only a closing mark and an attribution ("” he said.") belongs to the quote before it.
    // (An opening mark starts a new sentence; quotes left open are mended by joinQuote above.)
    const joinTail = previous && /^\s*[”»」』’]/u.test(piece.segment);
    if (previous && (joinAbbreviation || joinQuote || joinParenthesis || joinTail)) {
      previous.parts.push(piece.segment);
      previous.end = lastCharacters(previous.end + piece.segment);
      addQuoteMarks(previous.marks, marks);
      if (joinQuote || joinParenthesis) quoteMerges++;
    } else {
      merged.push({ parts: [piece.segment], end: lastCharacters(piece.segment), index: piece.index, marks });
      quoteMerges = 0;
    }
  }
  const sentences: Sentence[] = [];
  for (const { parts, index: at } of merged) {
    const segment = parts.join('');
    const leading = segment.length - segment.trimStart().length;
    const text = segment.trim();
    if (!text) continue;
    const start = offset + at + leading;
    sentences.push({ text, start, end: start + text.length, paragraph: index });
  }
  return sentences;
}

/**
 * Sentences of a text whose paragraphs are separated by blank lines (the
 * article text the pipeline makes). `lang` picks the segmenter's locale.
 */
export function splitSentences(text: string, lang = ''): Sentence[] {
  const segmenter = segmenterFor(lang);
  const ordinals = ORDINAL_FULL_STOP_LANGS.test(lang.toLowerCase().split(/[-_]/)[0] ?? '');
  const sentences: Sentence[] = [];
  let paragraphIndex = 0;
  const paragraphPattern = /[^\n]+(?:\n(?!\n)[^\n]*)*/g;
  for (const match of text.matchAll(paragraphPattern)) {
    const paragraph = match[0];
    if (!paragraph.trim()) continue;
    sentences.push(...splitParagraph(paragraph, match.index, paragraphIndex, segmenter, ordinals));
    paragraphIndex++;
  }
  return sentences;
}

/** The index of the sentence holding an offset, or of the first one after it (a binary search: a live blog has thousands); -1 when it is past the last. */
export function sentenceIndexAt(sentences: Sentence[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  let after = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = sentences[middle]!;
    if (offset < sentence.start) {
      after = middle;
      high = middle - 1;
    } else if (offset >= sentence.end) low = middle + 1;
    else return middle;
  }
  return after;
}

/** The sentence holding an offset, or the next one after it; past the end, the last one. */
export function sentenceAtOrLast(sentences: Sentence[], offset: number): number {
  const index = sentenceIndexAt(sentences, offset);
  return index >= 0 ? index : Math.max(0, sentences.length - 1);
}
