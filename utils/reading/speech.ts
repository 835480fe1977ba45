/**
 * The reading plan for "Listen": the article's sentences as the utterances a
 * speech engine is given, one sentence (or a piece of one) at a time, and the
 * voices to read them with.
 *
 * One utterance per sentence, because Chrome stops long utterances part-way
 * (about 15 seconds with some voices) and because a sentence is what the
 * reader highlights. Quotations with a known speaker can be announced in the
 * interface language ("Antony Blinken said:") or read in a second voice.
 * Pure functions: no DOM, no speech engine; the player and the view use them.
 */
import { splitSentences } from './sentences.ts';
import type { Quote } from './quotes/index.ts';

/** How quotations with a known speaker are read. */
export const QUOTE_READINGS = ['plain', 'announce', 'voice'] as const;
export type QuoteReading = (typeof QUOTE_READINGS)[number];

interface SpokenSentence {
  /** The sentence as matched against the rendered article: white space folded, list bullets off. */
  text: string;
  paragraph: number;
}

export interface Utterance {
  text: string;
  /** Index into the plan's sentences. */
  sentence: number;
  paragraph: number;
  /** Where `text` starts in its sentence's text; -1 for an announcement, which is not in the article. */
  offset: number;
  /** `quote`: the quoted words (a second voice may read them); `announcement`: "X said:", in the interface language. */
  role: 'text' | 'quote' | 'announcement';
}

export interface SpeechPlan {
  sentences: SpokenSentence[];
  utterances: Utterance[];
}

export interface PlanOptions {
  quotes?: Pick<Quote, 'start' | 'end' | 'speaker' | 'mention' | 'key'>[];
  quoteReading?: QuoteReading;
  /** The announcement for a speaker, in the interface language ("Antony Blinken said:"). */
  announce?: (speaker: string) => string;
}

/**
 * Past this length a piece of a sentence is cut at a clause: Chrome's online
 * voices stop about 15 seconds into an utterance, some 200 characters at a
 * normal pace. (On-device voices do not, but a pause at a comma costs nothing.)
 */
export const MAX_UTTERANCE_LENGTH = 200;

const fold = (text: string) => text.replace(/\s+/g, ' ');
/** Something a voice can say: a letter or a digit (a lone quotation mark or dash is not). */
const SAYABLE = /[\p{L}\p{N}]/u;
/**
 * What the article text has that the rendered article does not: the bullets
 * before list items ("• ") and the bars between table cells (" | "). Bullets
 * become spaces; bars stay in the sentence (the highlight skips them as it
 * skips white space) and become commas in what is spoken. Both keep their
 * length, so offsets into the article text stay good.
 */
const BULLET = /(^|\n)([ \t]*)•/g;
const CELL_BAR = / \| /g;

/** Pieces of at most `limit` characters, cut after a clause mark or at a space, else (CJK without spaces) anywhere. */
function cutLong(text: string, offset: number, limit: number): { text: string; offset: number }[] {
  const pieces: { text: string; offset: number }[] = [];
  let rest = text;
  let at = offset;
  while (rest.length > limit) {
    const window = rest.slice(0, limit);
    const clause = Math.max(...[',', ';', ':', '、', '，', '；', '–', '—'].map((mark) => window.lastIndexOf(mark)));
    const cut = clause > limit / 3 ? clause + 1 : window.lastIndexOf(' ') > limit / 3 ? window.lastIndexOf(' ') + 1 : limit;
    pieces.push({ text: rest.slice(0, cut), offset: at });
    // The next piece starts at its first word, not at the space after the cut.
    const next = cut + (rest.slice(cut).length - rest.slice(cut).trimStart().length);
    at += next;
    rest = rest.slice(next);
  }
  pieces.push({ text: rest, offset: at });
  return pieces.filter((piece) => SAYABLE.test(piece.text));
}

/** The position in `folded` that position `index` of `raw` ends up at once white space is folded. */
const foldedIndex = (raw: string, index: number) => fold(raw.slice(0, index)).length;

/**
 * The utterances of an article's text (blocks separated by blank lines, as the
 * pipeline makes it), in reading order. `quotes` are offsets into the same text.
 */
export function planSpeech(articleText: string, lang: string, options: PlanOptions = {}): SpeechPlan {
  const reading = options.quoteReading ?? 'plain';
  const quotes = reading === 'plain' ? [] : (options.quotes ?? []).filter((quote) => quote.key && quote.speaker);
  const sentences: SpokenSentence[] = [];
  const utterances: Utterance[] = [];
  const announced = new Set<(typeof quotes)[number]>();

  for (const sentence of splitSentences(articleText, lang)) {
    const unbulleted = sentence.text.replace(BULLET, '$1$2 ');
    const lead = unbulleted.length - unbulleted.trimStart().length;
    const raw = unbulleted.slice(lead);
    const text = fold(raw);
    if (!SAYABLE.test(text)) continue;
    const index = sentences.length;
    sentences.push({ text, paragraph: sentence.paragraph });
    const start = sentence.start + lead;
    const inside = quotes.filter((quote) => quote.start < start + raw.length && quote.end > start);

    for (const quote of inside) {
      if (reading !== 'announce' || announced.has(quote) || !options.announce) continue;
      announced.add(quote);
      // "Blinken said, “…”": the listener already heard who is speaking.
      const before = articleText.slice(start, Math.max(start, quote.start));
      if (quote.mention && before.includes(quote.mention)) continue;
      utterances.push({ text: options.announce(quote.speaker), sentence: index, paragraph: sentence.paragraph, offset: -1, role: 'announcement' });
    }

    // The sentence in runs inside and outside quotations (a second voice reads the quoted runs); edges in the raw text.
    const edges = new Set([0, raw.length]);
    if (reading === 'voice') {
      for (const quote of inside) for (const edge of [quote.start - start, quote.end - start]) if (edge > 0 && edge < raw.length) edges.add(edge);
    }
    const sorted = [...edges].sort((a, b) => a - b);
    for (let piece = 0; piece + 1 < sorted.length; piece++) {
      const from = start + sorted[piece]!;
      const quoted = reading === 'voice' && inside.some((quote) => quote.start <= from && from < quote.end);
      const folded = foldedIndex(raw, sorted[piece]!);
      for (const part of cutLong(text.slice(folded, foldedIndex(raw, sorted[piece + 1]!)), folded, MAX_UTTERANCE_LENGTH)) {
        utterances.push({
          text: part.text.replace(CELL_BAR, ' , '),
          sentence: index,
          paragraph: sentence.paragraph,
          offset: part.offset,
          role: quoted ? 'quote' : 'text',
        });
      }
    }
  }
  return { sentences, utterances };
}

/** What the plan needs of a voice (the browser's SpeechSynthesisVoice, or a test's). */
export type VoiceLike = Pick<SpeechSynthesisVoice, 'name' | 'lang' | 'voiceURI' | 'localService' | 'default'>;

/** "en" of "en-US", "en_us", "EN". */
export const primaryLanguage = (tag: string) => tag.toLowerCase().split(/[-_]/)[0] ?? '';

const speaks = (voice: VoiceLike, lang: string) => primaryLanguage(voice.lang) === primaryLanguage(lang);

/** On-device voices before online ones (those send the text to their provider), then the system's default, then by name. */
function byPreference(a: VoiceLike, b: VoiceLike): number {
  return Number(b.localService) - Number(a.localService) || Number(b.default) - Number(a.default) || a.name.localeCompare(b.name);
}

export interface VoiceChoice<Voice extends VoiceLike = VoiceLike> {
  /** The voices to offer, the article's language first, then the interface language's, then the rest. */
  options: Voice[];
  /** The voice to read with: the one picked before for this language, else an on-device voice for it. */
  voice?: Voice;
  /** The device has no on-device voice for the article's language: say so rather than read in a wrong accent unannounced. */
  missing: boolean;
}

export function chooseVoice<Voice extends VoiceLike>(voices: readonly Voice[], articleLang: string, uiLang: string, picked?: string): VoiceChoice<Voice> {
  const lang = articleLang || uiLang;
  const rank = (voice: Voice) => (speaks(voice, lang) ? 0 : speaks(voice, uiLang) ? 1 : 2);
  const options = [...voices].sort((a, b) => rank(a) - rank(b) || byPreference(a, b));
  const missing = !options.some((voice) => speaks(voice, lang) && voice.localService);
  // Never an online voice unless the person picked it: reading would send the article to the voice's provider.
  const voice = options.find((option) => option.voiceURI === picked) ?? options.find((option) => option.localService && (missing || speaks(option, lang)));
  return { options, voice, missing };
}

/** A second voice for quotations: another on-device voice of the same language, when the device has one. */
export function secondVoice<Voice extends VoiceLike>(options: readonly Voice[], main: Voice | undefined): Voice | undefined {
  if (!main) return undefined;
  return options.find((voice) => voice !== main && voice.localService && speaks(voice, main.lang));
}

/** A voice for announcements in the interface language, or undefined to use the main voice. */
export function announcerVoice<Voice extends VoiceLike>(options: readonly Voice[], main: Voice | undefined, uiLang: string): Voice | undefined {
  if (main && speaks(main, uiLang)) return main;
  return options.find((voice) => voice.localService && speaks(voice, uiLang));
}
