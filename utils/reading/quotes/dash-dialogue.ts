/**
 * Spanish and Portuguese quote with an em dash as well as with marks: the dash opens the words, and an incise between
 * dashes names the speaker, the verb first: "—No cerraremos ninguna planta —dijo Marta Ruiz—. Es un compromiso." Inside
 * quotation marks («—… —dijo Marta Ruiz—. …») the incise was read as part of the quoted words, so the quotation had no
 * attribution after it; a paragraph opened by the dash was no quotation at all. The words are cut around each incise,
 * as French « …, affirme-t-elle. … » is (romance.ts): the part before the incise is attributed by it, the next continues it.
 */
import { lazyRegExp } from '../lazy-regexp.ts';
import { isQuoted, type QuoteSpan } from './marks.ts';
import { isDialogueVerb } from './romance.ts';

/**
 * An incise: a space, a dash, perhaps a clitic or an auxiliary ("—le dijo", "—ha explicado"), the verb, and its words up to
 * the closing dash, or to the end where the incise ends the paragraph ("—denunció Ana López.").
 */
const INCISE = lazyRegExp(
  '\\s[—–]\\s?((?:(?:le|les|me|te|nos|se|lhe|lhes)\\s+)?(?:(?:ha|había|tem|tinha)\\s+)?(\\p{Ll}[\\p{L}\\p{M}]*)[^—–\\n]*?)(?:[—–]|$)',
  'gu',
);
/** A paragraph opened by a dash before its first word ("—La inflación …", "— Não vamos …", "—¿Vienes?"). */
const OPENING_DASH = /^(\s*[—–]\s?)(?=[\p{Lu}\p{N}¿¡])/u;
const LETTER = /[\p{L}\p{N}]/u;

/**
 * The words from `from` to `to` cut around the incises that name a speaker; undefined where there is none (an aside
 * between dashes, "—que aprobó el Congreso—", keeps its quotation whole).
 */
function cutAtIncises(text: string, from: number, to: number, outerStart: number, outerEnd: number, paragraph: number): QuoteSpan[] | undefined {
  const region = text.slice(from, to);
  const bounds: [number, number][] = [];
  let cursor = 0;
  for (const incise of region.matchAll(INCISE)) {
    if (incise.index < cursor || !isDialogueVerb(incise[2]!)) continue;
    bounds.push([cursor, incise.index]);
    cursor = incise.index + incise[0].length;
    // An incise with no closing dash ends the words: what follows it is the narrative's.
    if (!/[—–]$/u.test(incise[0])) cursor = region.length;
    cursor += /^[\s.,;:]*/u.exec(region.slice(cursor))![0].length;
  }
  if (bounds.length === 0) return undefined;
  bounds.push([cursor, region.length]);
  const parts: QuoteSpan[] = [];
  bounds.forEach(([a, b], index) => {
    const raw = region.slice(a, b);
    if (!LETTER.test(raw)) return;
    const start = from + a + (raw.length - raw.trimStart().length);
    const trimmed = raw.trim();
    const end = start + trimmed.length;
    const last = index === bounds.length - 1;
    parts.push({
      start,
      end,
      outerStart: parts.length === 0 ? outerStart : start,
      outerEnd: last ? outerEnd : end,
      text: trimmed.replace(/\s+/gu, ' '),
      paragraph,
      continued: false,
    });
  });
  return parts.length > 0 ? parts : undefined;
}

/** The quotations of a Spanish or Portuguese text with its dash dialogue: marked ones cut at their incises, and dash-opened paragraphs. */
export function dashDialogue(spans: QuoteSpan[], text: string): QuoteSpan[] {
  const out: QuoteSpan[] = spans.flatMap((span) => {
    const opening = span.continued ? null : OPENING_DASH.exec(text.slice(span.start, span.end));
    return (opening && cutAtIncises(text, span.start + opening[1]!.length, span.end, span.outerStart, span.outerEnd, span.paragraph)) || [span];
  });
  let added = false;
  let paragraph = 0;
  for (const line of text.matchAll(/[^\n]+/gu)) {
    if (!line[0].trim()) continue;
    const index = paragraph++;
    const opening = OPENING_DASH.exec(line[0]);
    if (!opening) continue;
    const start = line.index;
    const end = start + line[0].trimEnd().length;
    // Not a dash inside a quotation, nor a paragraph that quotes with marks too: those are read by their marks.
    if (isQuoted(spans, start) || spans.some((span) => span.outerStart < end && span.outerEnd > start)) continue;
    const from = start + opening[1]!.length;
    const parts = cutAtIncises(text, from, end, start + opening[1]!.search(/[—–]/u), end, index);
    if (parts) {
      out.push(...parts);
      added = true;
    }
  }
  return added ? out.sort((a, b) => a.start - b.start) : out;
}

/** An incise after the words ("—dijo Marta Ruiz—.", " — disse João Silva"), read as the comma and verb it stands for. */
const INCISE_AFTER = /^\s*[—–]\s?(?=\p{Ll})([^—–\n]*?)\s*(?:[—–]|\n|$)/u;

export function inciseAsComma(after: string): string {
  const incise = INCISE_AFTER.exec(after);
  return incise ? `, ${incise[1]!.replace(/[\s.,;:]+$/u, '')}.` : after;
}
