/**
 * A fake `speechSynthesis` for tests (the CI browser has no voices): it records
 * every utterance it is given, and fires `start`, `boundary` and `end` for the
 * one at the head of its queue when the test says so. It behaves as Chrome
 * does where that matters to Lucid: `getVoices()` can be empty until a late
 * `voiceschanged`, and `cancel()` fires "interrupted" and then `end` for the
 * utterance it cut off.
 *
 * `installFakeSpeech` is self-contained (no imports, no closures over this
 * module) so the browser tests can send its source into the extension's
 * isolated world as it is.
 */

export interface FakeVoice {
  name: string;
  lang: string;
  voiceURI: string;
  localService: boolean;
  default: boolean;
}

interface SpokenUtterance {
  text: string;
  lang: string;
  voice: string | null;
  rate: number;
  pitch: number;
}

export interface FakeSpeech {
  /** Every utterance given to speak(), in order. */
  spoken: SpokenUtterance[];
  cancels: number;
  /** Text of the utterance the fake is "saying" (the head of its queue). */
  current(): string | undefined;
  start(): void;
  boundary(charIndex: number, charLength?: number, name?: string): void;
  end(): void;
  fail(error: string): void;
  /** Replaces the voice list and fires `voiceschanged`, as the browser does when its voices arrive. */
  setVoices(voices: FakeVoice[]): void;
}

export const FAKE_SPEECH_KEY = '__lucidFakeSpeech';

export function installFakeSpeech(target: Record<string, unknown>, initialVoices: FakeVoice[]): FakeSpeech {
  class FakeUtterance extends EventTarget {
    lang = '';
    voice: FakeVoice | null = null;
    rate = 1;
    pitch = 1;
    volume = 1;
    constructor(public text: string) {
      super();
    }
  }
  let voices = initialVoices.slice();
  const queue: FakeUtterance[] = [];
  const fire = (utterance: FakeUtterance | undefined, type: string, extra: Record<string, unknown> = {}) => {
    if (!utterance) return;
    utterance.dispatchEvent(Object.assign(new Event(type), { utterance, charIndex: 0, elapsedTime: 0, name: '' }, extra));
  };
  const synthesis = new (class extends EventTarget {
    speaking = false;
    pending = false;
    paused = false;
    getVoices() {
      return voices.slice();
    }
    speak(utterance: FakeUtterance) {
      speech.spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.name ?? null, rate: utterance.rate, pitch: utterance.pitch });
      queue.push(utterance);
    }
    cancel() {
      speech.cancels++;
      for (const utterance of queue.splice(0)) {
        fire(utterance, 'error', { error: 'interrupted' });
        fire(utterance, 'end');
      }
    }
    pause() {
      this.paused = true;
    }
    resume() {
      this.paused = false;
    }
  })();
  const speech: FakeSpeech = {
    spoken: [],
    cancels: 0,
    current: () => queue[0]?.text,
    start: () => fire(queue[0], 'start'),
    boundary: (charIndex, charLength, name = 'word') => fire(queue[0], 'boundary', { charIndex, charLength, name }),
    end: () => fire(queue.shift(), 'end'),
    fail: (error) => fire(queue.shift(), 'error', { error }),
    setVoices: (next) => {
      voices = next.slice();
      synthesis.dispatchEvent(new Event('voiceschanged'));
    },
  };
  for (const [name, value] of [
    ['speechSynthesis', synthesis],
    ['SpeechSynthesisUtterance', FakeUtterance],
    ['__lucidFakeSpeech', speech],
  ] as const) {
    Object.defineProperty(target, name, { value, configurable: true, writable: true });
  }
  return speech;
}

export const voice = (name: string, lang: string, localService = true, isDefault = false): FakeVoice => ({
  name,
  lang,
  voiceURI: `fake:${name}`,
  localService,
  default: isDefault,
});
