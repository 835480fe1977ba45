/**
 * Where the quotations are: spans of text between quotation marks, in every
 * common style — “…”, "…", ‘…’, '…', «…», »…«, „…“, „…”, ‚…‘, 「…」, 『…』 —
 * and across paragraphs where news style leaves a quotation open at the end
 * of one paragraph and reopens it at the start of the next.
 *
 * Marks that double as something else are told apart by their neighbours:
 * an apostrophe sits between letters (don’t, Tim's), an inch mark after a
 * digit (5'10", a 12" pizza), a closing mark before a space or punctuation.
 * Only outermost quotations are returned; a quotation inside one is its text.
 */

export interface QuoteSpan {
  /** Offsets of the quoted text, inside the marks, into the whole text. */
  start: number;
  end: number;
  /** Offsets of the opening and closing marks' outer edges. */
  outerStart: number;
  outerEnd: number;
  /** The quoted text, with the marks of a continued quotation and line breaks folded away. */
  text: string;
  /** Paragraph index of the opening mark. */
  paragraph: number;
  /** True when the quotation ran on into a later paragraph. */
  continued: boolean;
}

/**
 * Whether `offset` lies inside one of `spans`, marks included. Spans are in text order and do not overlap: a binary
 * search keeps long pages (live blogs) linear enough.
 */
export function isQuoted(spans: readonly QuoteSpan[], offset: number): boolean {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = spans[middle]!;
    if (offset < span.outerStart) high = middle - 1;
    else if (offset >= span.outerEnd) low = middle + 1;
    else return true;
  }
  return false;
}

/**
 * Straight and curly double quotes are separate families: a story quoted in "…" may quote “…” inside. So are the German
 * low double „…“ and low single ‚…‘: „Mit ‚passiv Sitzen‘ geht das nicht“ nests one in the other, and the inner ‘ must
 * not close the outer „.
 */
type Family = 'double' | 'straight' | 'single' | 'guillemet' | 'reversed-guillemet' | 'corner' | 'white-corner' | 'low' | 'low-single';

interface Mark {
  index: number;
  char: string;
  family: Family;
  canOpen: boolean;
  canClose: boolean;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE_OR_START = /[\s([{\-–—/:;]/u;

function isOpeningContext(before: string | undefined, after: string | undefined): boolean {
  return (before === undefined || SPACE_OR_START.test(before) || /[“"‘'«»„‚「『]/u.test(before)) && after !== undefined && !/\s/u.test(after);
}

function isClosingContext(before: string | undefined, after: string | undefined): boolean {
  return before !== undefined && !/\s/u.test(before) && (after === undefined || !LETTER_OR_DIGIT.test(after));
}

/**
 * French, Spanish, Italian and Swiss text quotes «…»; German and Danish »…«. One text keeps one style: its language's,
 * unless its paragraphs plainly pair the marks the other way (Swiss German writes «…»); in a language whose way is not
 * known, the paragraphs' vote. Read both ways at once, a stray » (a quotation left open at a paragraph's end) opened a
 * "quotation" of the narrative up to the next «.
 */
type GuillemetStyle = 'pointing-out' | 'pointing-in';

interface GuillemetReading {
  style: GuillemetStyle;
  /** The language set the style and the page agreed: every guillemet is read that way, whatever its spacing. */
  byLanguage: boolean;
}

/** Languages that quote «…» (pointing out), and those that quote »…« (pointing in). */
const POINTING_OUT_LANGUAGES = /^(?:fr|es|it|pt|ca|gl|oc|ro|el|ru|uk|be|pl|no|nb|nn)$/u;
const POINTING_IN_LANGUAGES = /^(?:de|da|hr|sl|cs|sk)$/u;

function languageStyle(lang: string | undefined): GuillemetStyle | undefined {
  const language = lang?.toLowerCase().split(/[-_]/u)[0] ?? '';
  if (POINTING_OUT_LANGUAGES.test(language)) return 'pointing-out';
  if (POINTING_IN_LANGUAGES.test(language)) return 'pointing-in';
  return undefined;
}

function guillemetStyle(text: string, lang?: string): GuillemetReading {
  // Each paragraph votes with the order of its guillemets: « then » is a French pair, » then « a German one. A guillemet
  // that opens a line before a space is a list arrow ("» Le Premier ministre …" in a live blog's menu), not a quotation,
  // and the first guillemet of the text decided wrongly on such a page: every French quotation became narrative.
  let out = 0;
  let inward = 0;
  for (const paragraph of text.split(/\n/u)) {
    let previous = '';
    for (const found of paragraph.matchAll(/[«»]/gu)) {
      if (found.index === paragraph.search(/\S/u) && /\s/u.test(paragraph[found.index + 1] ?? '')) continue;
      // Pairs do not overlap: between two French quotations, "» … «" is narrative, not a German pair.
      if (previous === '«' && found[0] === '»') out++;
      if (previous === '»' && found[0] === '«') inward++;
      previous = previous && previous !== found[0] ? '' : found[0];
    }
  }
  // The language decides where the page never pairs the other way; a page that does (a Swiss German page's «…», or both
  // ways in one text) is read by the spacing of each mark.
  const known = languageStyle(lang);
  if (known && (known === 'pointing-out' ? inward : out) === 0) return { style: known, byLanguage: true };
  if (out !== inward) return { style: out > inward ? 'pointing-out' : 'pointing-in', byLanguage: false };
  const open = text.indexOf('«');
  const close = text.indexOf('»');
  return { style: close >= 0 && (open < 0 || close < open) ? 'pointing-in' : 'pointing-out', byLanguage: false };
}

/**
 * Which way a guillemet points: its language's way where the page agrees (see guillemetStyle); elsewhere (a language
 * whose way is not known, or a page that pairs the marks both ways) told by its neighbours where they can tell: French sets « texte » with spaces inside,
 * Spanish and Swiss «texto» without, German »Text«; in each, an opening mark follows a space and a closing one follows
 * the quoted words. So « after a space opens (French and Spanish), « after a word closes before a space or punctuation
 * (German); » after a word closes (French and Spanish), » after a space opens before a letter (German) and closes before
 * a space or punctuation (French « texte », confie-t-elle). Only a mark whose neighbours say neither (« between two words)
 * is read by the text's style. Read by the style alone, a closing » before the narrative and the opening « after it made
 * the narrative a quotation on a page whose vote went wrong ("», confie-t-elle. Après la réforme … «").
 */
function guillemetRole(
  char: '«' | '»',
  before: string | undefined,
  after: string | undefined,
  { style, byLanguage }: GuillemetReading,
): Pick<Mark, 'family' | 'canOpen' | 'canClose'> {
  const pointingOut = { family: 'guillemet', canOpen: char === '«', canClose: char === '»' } as const;
  const pointingIn = { family: 'reversed-guillemet', canOpen: char === '»', canClose: char === '«' } as const;
  // A known language's way beats the spacing: French "« Nous restons »et il est parti" has a closing » before a letter.
  if (byLanguage) return style === 'pointing-out' ? pointingOut : pointingIn;
  const spaceBefore = before === undefined || SPACE_OR_START.test(before);
  const wordAfter = after !== undefined && !/\s/u.test(after) && !/[,.;:!?)\]}…]/u.test(after);
  if (char === '«') {
    if (spaceBefore) return pointingOut;
    if (!wordAfter) return pointingIn;
  } else {
    if (spaceBefore) return wordAfter ? pointingIn : pointingOut;
    if (!wordAfter) return pointingOut;
  }
  return style === 'pointing-out' ? pointingOut : pointingIn;
}

/**
 * A guillemet set between spaces as an arrow, not a quotation mark: a » separator followed by another » while no « is
 * open before it ("Startseite » Politik » Inland", "Mehr dazu » Hier. Sie sagte: »…«"), or a » that opens a line as a
 * list's bullet ("» Lesen Sie auch: …") where it does not open a quotation: never in French style, and in German style
 * only where a « closes it. A quotation with spaces inside (French « texte », Danish » tekst «), or French quotations
 * nested one in another (« Il a dit « non » puis il est parti »), is paired by the other mark.
 */
function isGuillemetArrow(paragraph: string, index: number, style: GuillemetStyle, before: GuillemetsBefore): boolean {
  if (paragraph[index] !== '»') return false;
  const previous = paragraph[index - 1];
  const after = paragraph[index + 1];
  if (!(previous === undefined || /\s/u.test(previous)) || !(after === undefined || /\s/u.test(after))) return false;
  const next = /[«»]/u.exec(paragraph.slice(index + 1))?.[0];
  if (next === '»' && before.opening <= before.closing) return true;
  return !before.textBefore && (style === 'pointing-out' || next !== '«');
}

/** What stands before a guillemet in its paragraph: how many of each guillemet, and whether any text. */
interface GuillemetsBefore {
  opening: number;
  closing: number;
  textBefore: boolean;
}

/** A mark between two spaces (or a space and the paragraph's end) right after a closing single mark: `,' "`. */
function spacedAfterNestedClose(paragraph: string, index: number): boolean {
  const after = paragraph[index + 1];
  return (after === undefined || /\s/u.test(after)) && /[,.!?…][’'][ \t\u00a0]$/u.test(paragraph.slice(Math.max(0, index - 3), index));
}

/** Every character that can be a quotation mark; the others are skipped without looking at their neighbours. */
const QUOTE_MARK_CHARS = /[“”„"‘‚’'«»「」『』]/gu;

/** The marks in one paragraph, each with what it can do here. */
function marksOf(paragraph: string, guillemets: GuillemetReading): Mark[] {
  const marks: Mark[] = [];
  const hasLowOpener = paragraph.includes('„');
  const hasLowSingle = paragraph.includes('‚');
  // Counted as the marks are read, for telling a » used as an arrow (isGuillemetArrow) without rereading the paragraph.
  const guillemetsBefore = { opening: 0, closing: 0 };
  const firstText = paragraph.search(/\S/u);
  for (const found of paragraph.matchAll(QUOTE_MARK_CHARS)) {
    const index = found.index;
    const char = found[0];
    const before = index > 0 ? paragraph[index - 1] : undefined;
    const after = index + 1 < paragraph.length ? paragraph[index + 1] : undefined;
    const opening = isOpeningContext(before, after);
    const closing = isClosingContext(before, after);
    const between = before !== undefined && after !== undefined && LETTER_OR_DIGIT.test(before) && LETTER_OR_DIGIT.test(after);
    switch (char) {
      case '“':
        // German and Polish close „ with “; elsewhere it opens (Swedish and Finnish write ”…” instead).
        if (hasLowOpener) marks.push({ index, char, family: 'low', canOpen: false, canClose: true });
        else marks.push({ index, char, family: 'double', canOpen: true, canClose: closing && !opening });
        break;
      case '”':
        marks.push({ index, char, family: hasLowOpener ? 'low' : 'double', canOpen: opening && !closing, canClose: true });
        break;
      case '„':
        marks.push({ index, char, family: 'low', canOpen: true, canClose: false });
        break;
      case '"':
        if (before !== undefined && /\d/.test(before) && (after === undefined || !LETTER_OR_DIGIT.test(after))) break; // 12" inch mark
        // "…like, 'Oh, this is important,' " Magel said": a space set between a nested quotation's closing single mark and
        // the closing straight mark (as some copy desks do) leaves the straight mark between two spaces; it closes.
        marks.push({ index, char, family: 'straight', canOpen: opening, canClose: closing || spacedAfterNestedClose(paragraph, index) });
        break;
      case '‘':
        if (hasLowSingle) marks.push({ index, char, family: 'low-single', canOpen: false, canClose: true });
        else if (!between) marks.push({ index, char, family: 'single', canOpen: opening, canClose: false });
        break;
      case '‚':
        marks.push({ index, char, family: 'low-single', canOpen: opening, canClose: false });
        break;
      case '’':
      case "'":
        if (between) break; // an apostrophe: don’t, Tim's, O'Brien
        if (before !== undefined && /\d/.test(before) && char === "'") break; // 5'10
        marks.push({ index, char, family: 'single', canOpen: opening && char === "'", canClose: closing });
        break;
      case '«':
      case '»': {
        const arrow = isGuillemetArrow(paragraph, index, guillemets.style, { ...guillemetsBefore, textBefore: index > firstText });
        if (char === '«') guillemetsBefore.opening++;
        else guillemetsBefore.closing++;
        if (!arrow) marks.push({ index, char, ...guillemetRole(char, before, after, guillemets) });
        break;
      }
      case '「':
        marks.push({ index, char, family: 'corner', canOpen: true, canClose: false });
        break;
      case '」':
        marks.push({ index, char, family: 'corner', canOpen: false, canClose: true });
        break;
      case '『':
        marks.push({ index, char, family: 'white-corner', canOpen: true, canClose: false });
        break;
      case '』':
        marks.push({ index, char, family: 'white-corner', canOpen: false, canClose: true });
        break;
      default:
        break;
    }
  }
  return marks;
}

/**
 * Curly and straight double marks mixed in one quotation: “…," she said. "…” (copy edited in two tools). A mark that can
 * only close, of the other double family, closes the quotation; one that could open a quotation inside it still does.
 */
function mixedDoubles(a: Family, b: Family): boolean {
  return a !== b && (a === 'double' || a === 'straight') && (b === 'double' || b === 'straight');
}

interface Paragraph {
  text: string;
  start: number;
  index: number;
}

function paragraphsOf(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let index = 0;
  for (const match of text.matchAll(/[^\n]+/g)) {
    if (!match[0].trim()) continue;
    paragraphs.push({ text: match[0], start: match.index, index: index++ });
  }
  return paragraphs;
}

interface Open {
  mark: Mark;
  paragraph: Paragraph;
}

/** The paragraphs of a quotation reopened paragraph by paragraph, each as a quotation (its opening mark before it, no closing one). */
function paragraphSpans(text: string, pieces: [number, number][], firstParagraph: number): QuoteSpan[] {
  return pieces.flatMap(([start, end], index) => {
    const quoted = text.slice(start, end).replace(/\s+/g, ' ').trim();
    if (!quoted || end - start > MAX_QUOTE_LENGTH) return [];
    return [{ start, end, outerStart: start - 1, outerEnd: end, text: quoted, paragraph: firstParagraph + index, continued: false }];
  });
}

/** Longest quotation taken as one: past this, a mark was probably left unclosed by mistake. */
const MAX_QUOTE_LENGTH = 3000;

/**
 * The outermost quotations of a text whose paragraphs are separated by line
 * breaks. Nesting works by family: an inner ‘…’ inside “…” is part of the text.
 */
export function findQuoteSpans(text: string, lang?: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const paragraphs = paragraphsOf(text);
  const guillemets = guillemetStyle(text, lang);
  let carried: { open: Open; pieces: [number, number][] } | undefined;
  for (const paragraph of paragraphs) {
    const marks = marksOf(paragraph.text, guillemets);
    let outer: Open | undefined;
    let inner: Family[] = [];
    let pieces: [number, number][] = [];
    let markIndex = 0;
    // A quotation left open in the previous paragraph continues when this one opens with a mark of the same family.
    if (carried) {
      const first = marks[0];
      const leadingSpace = paragraph.text.length - paragraph.text.trimStart().length;
      if (
        first &&
        first.index === leadingSpace &&
        first.canOpen &&
        (first.family === carried.open.mark.family || mixedDoubles(first.family, carried.open.mark.family))
      ) {
        outer = carried.open;
        pieces = carried.pieces;
        pieces.push([paragraph.start + first.index + 1, -1]);
        markIndex = 1;
      }
      // Never closed: a transcript or a letter quoted paragraph by paragraph, each reopened, the last left open. Each
      // paragraph is a quotation of its own (a stray mark opens none: it takes a second paragraph that reopens).
      else if (carried.pieces.length > 1) spans.push(...paragraphSpans(text, carried.pieces, carried.open.paragraph.index));
      carried = undefined;
    }
    for (; markIndex < marks.length; markIndex++) {
      const mark = marks[markIndex]!;
      if (!outer) {
        if (mark.canOpen) {
          outer = { mark, paragraph };
          inner = [];
          pieces = [[paragraph.start + mark.index + 1, -1]];
        }
        continue;
      }
      // A mark that only opens, of the open quotation's own family, after a sentence's end: the quotation before it was
      // left open, as at a paragraph's end, in a text whose paragraph breaks were lost ("…principles? "Is the candidate …? "Are …?"").
      if (
        mark.canOpen &&
        !mark.canClose &&
        mark.family === outer.mark.family &&
        !inner.length &&
        /[.?!…]\s+$/u.test(paragraph.text.slice(Math.max(0, mark.index - 4), mark.index))
      ) {
        const end = paragraph.start + paragraph.text.slice(0, mark.index).trimEnd().length;
        pieces[pieces.length - 1]![1] = end;
        spans.push(...paragraphSpans(text, pieces, outer.paragraph.index));
        outer = { mark, paragraph };
        pieces = [[paragraph.start + mark.index + 1, -1]];
        continue;
      }
      if (mark.canClose && inner.length && inner[inner.length - 1] === mark.family) {
        inner.pop();
        continue;
      }
      if (mark.canClose && (mark.family === outer.mark.family || (!mark.canOpen && mixedDoubles(mark.family, outer.mark.family)))) {
        const end = paragraph.start + mark.index;
        pieces[pieces.length - 1]![1] = end;
        const start = pieces[0]![0];
        const quoted = pieces
          .map(([from, to]) => text.slice(from, to))
          .join(' ')
          .replace(/\s+/g, ' ')
          .trim();
        if (quoted && end - start > MAX_QUOTE_LENGTH && pieces.length > 1) spans.push(...paragraphSpans(text, pieces, outer.paragraph.index));
        else if (quoted && end - start <= MAX_QUOTE_LENGTH) {
          spans.push({
            start,
            end,
            outerStart: start - 1,
            outerEnd: end + 1,
            text: quoted,
            paragraph: outer.paragraph.index,
            continued: pieces.length > 1,
          });
        }
        outer = undefined;
        continue;
      }
      if (mark.canOpen && mark.family !== outer.mark.family && !(mark.canClose && mark.family === outer.mark.family)) {
        inner.push(mark.family);
      }
    }
    if (outer) {
      // Open at the paragraph's end: carried into the next paragraph if it reopens, dropped otherwise.
      pieces[pieces.length - 1]![1] = paragraph.start + paragraph.text.trimEnd().length;
      carried = { open: outer, pieces };
    }
  }
  if (carried && carried.pieces.length > 1) spans.push(...paragraphSpans(text, carried.pieces, carried.open.paragraph.index));
  return spans;
}
