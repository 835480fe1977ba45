/**
 * Plays a reading plan through the browser's speech engine, one utterance at
 * a time: each is handed over when the one before it ends, so the reader
 * knows which sentence is being read, can jump, and never has a long queue to
 * unwind.
 *
 * Pause cancels and play starts the current sentence again: `pause()` and
 * `resume()` are unreliable across engines (on Linux and Android Chrome they
 * cancel, or stay paused for good), and a sentence is short. Events from an
 * utterance that was cancelled (Chrome fires `end` or an "interrupted" error
 * for it, sometimes after the next one started) are told apart by a
 * generation counter and ignored.
 */
import type { Utterance, VoiceLike } from './speech.ts';

/** What the player needs of `speechSynthesis` (a test passes a fake). */
export interface SynthesisLike {
  speak(utterance: SpeechSynthesisUtterance): void;
  cancel(): void;
}

export type PlayerState = 'idle' | 'playing' | 'paused' | 'ended' | 'failed';

export interface PlayerVoices {
  main?: VoiceLike;
  /** For quoted words, in the "second voice" reading; the main voice at a lower pitch when there is none. */
  second?: VoiceLike;
  /** For announcements ("X said:"), in the interface language. */
  announcer?: VoiceLike;
  /** The language to tag utterances with when no voice is set (the engine picks one). */
  lang: string;
  uiLang: string;
  rate: number;
}

export interface PlayerEvents {
  /** An utterance is given to the engine, or the engine says it started: highlight its sentence. */
  onUtterance(index: number): void;
  /** The engine reached a word: `charIndex` into the utterance's text, `charLength` when the engine says (Firefox does not). */
  onWord(index: number, charIndex: number, charLength: number | undefined): void;
  /** An utterance finished or was stopped: take its word highlight off. */
  onUtteranceEnd(index: number): void;
  onState(state: PlayerState): void;
}

/** The pitch that sets quoted words apart when the device has only one voice for the language. */
const SECOND_VOICE_PITCH = 0.75;

type SpeechEvent = Event & { charIndex?: number; charLength?: number; name?: string; error?: string };

export class SpeechPlayer {
  private index = 0;
  private generation = 0;
  private current?: SpeechSynthesisUtterance;
  state: PlayerState = 'idle';

  constructor(
    private readonly synthesis: SynthesisLike,
    private readonly makeUtterance: (text: string) => SpeechSynthesisUtterance,
    private utterances: Utterance[],
    private voices: PlayerVoices,
    private readonly events: PlayerEvents,
  ) {}

  get position(): number {
    return this.index;
  }

  /** New voices or speed: used from the next utterance on. */
  setVoices(voices: PlayerVoices): void {
    this.voices = voices;
  }

  /** A new plan (the quote reading changed): the same sentence carries on. */
  setPlan(utterances: Utterance[]): void {
    const sentence = this.utterances[this.index]?.sentence ?? 0;
    const playing = this.state === 'playing';
    this.silence();
    this.utterances = utterances;
    this.index = Math.max(
      0,
      utterances.findIndex((utterance) => utterance.sentence >= sentence),
    );
    if (playing) this.speakCurrent();
  }

  play(from = this.index): void {
    this.silence();
    this.index = Math.min(Math.max(0, from), Math.max(0, this.utterances.length - 1));
    this.setState('playing');
    this.speakCurrent();
  }

  pause(): void {
    if (this.state !== 'playing') return;
    this.silence();
    // The announcement of a quote goes with it: resume at the announcement, not in the middle of the quote.
    while (this.index > 0 && this.utterances[this.index - 1]?.role === 'announcement') this.index--;
    this.setState('paused');
  }

  toggle(): void {
    if (this.state === 'playing') this.pause();
    else this.play(this.state === 'ended' ? 0 : this.index);
  }

  stop(): void {
    this.silence();
    this.setState('idle');
  }

  /** The first utterance of a paragraph, and playing from there. */
  playParagraph(paragraph: number): void {
    const start = this.utterances.findIndex((utterance) => utterance.paragraph === paragraph);
    if (start >= 0) this.play(start);
  }

  /**
   * Next paragraph; or back: to the start of this paragraph when past its first
   * sentence, else to the one before (as a player's "previous track" does).
   */
  skip(direction: 1 | -1): void {
    const here = this.utterances[this.index];
    if (!here) return;
    const paragraphs = [...new Set(this.utterances.map((utterance) => utterance.paragraph))];
    const at = paragraphs.indexOf(here.paragraph);
    const startOfThis = this.utterances.findIndex((utterance) => utterance.paragraph === here.paragraph);
    const target = direction > 0 ? paragraphs[at + 1] : this.index > startOfThis ? here.paragraph : paragraphs[at - 1];
    if (target === undefined) return;
    this.playParagraph(target);
  }

  private setState(state: PlayerState): void {
    this.state = state;
    this.events.onState(state);
  }

  private silence(): void {
    this.generation++;
    if (this.current) {
      this.current = undefined;
      this.events.onUtteranceEnd(this.index);
      this.synthesis.cancel();
    }
  }

  private speakCurrent(): void {
    const item = this.utterances[this.index];
    if (!item) {
      this.index = 0;
      this.setState('ended');
      return;
    }
    const generation = ++this.generation;
    const index = this.index;
    const { main, second, announcer, lang, uiLang, rate } = this.voices;
    const voice = item.role === 'announcement' ? (announcer ?? main) : item.role === 'quote' ? (second ?? main) : main;
    const utterance = this.makeUtterance(item.text);
    // The voice object must be one the engine listed: a copy is refused (Chrome) or ignored (Firefox).
    if (voice) utterance.voice = voice;
    utterance.lang = voice?.lang ?? (item.role === 'announcement' ? uiLang : lang);
    utterance.rate = rate;
    if (item.role === 'quote' && !second) utterance.pitch = SECOND_VOICE_PITCH;
    const live = () => generation === this.generation;
    utterance.addEventListener('start', () => {
      if (live()) this.events.onUtterance(index);
    });
    utterance.addEventListener('boundary', (event: SpeechEvent) => {
      // Some engines also mark sentence boundaries; only words move the word highlight.
      if (live() && (event.name ?? 'word') === 'word' && typeof event.charIndex === 'number')
        this.events.onWord(index, event.charIndex, event.charLength || undefined);
    });
    utterance.addEventListener('end', () => {
      if (!live()) return;
      this.current = undefined;
      this.events.onUtteranceEnd(index);
      this.index = index + 1;
      this.speakCurrent();
    });
    utterance.addEventListener('error', (event: SpeechEvent) => {
      // A cancel of our own reports "interrupted" or "canceled"; anything else means the engine gave up.
      if (!live() || event.error === 'interrupted' || event.error === 'canceled') return;
      this.current = undefined;
      this.events.onUtteranceEnd(index);
      this.setState('failed');
    });
    this.current = utterance;
    this.events.onUtterance(index);
    this.synthesis.speak(utterance);
  }
}
