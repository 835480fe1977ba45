/** The player against a fake speech engine: one utterance at a time, in order, events of cancelled utterances ignored, voices by role. */
import { beforeEach, describe, expect, it } from 'vitest';
import { planSpeech } from '../../utils/reading/speech.ts';
import { SpeechPlayer, type PlayerEvents, type PlayerState, type PlayerVoices } from '../../utils/reading/speech-player.ts';
import { installFakeSpeech, voice, type FakeSpeech } from '../helpers/fake-speech.ts';

const TEXT = 'One starts here. Two follows it.\n\n“We will work together on this for years,” Park said. Four ends it.\n\nFive is alone.';
const QUOTES = [{ start: TEXT.indexOf('We will'), end: TEXT.indexOf('”'), speaker: 'Park Jin', mention: 'Park', key: true }];
const english = voice('Fake English', 'en-US');
const other = voice('Other English', 'en-GB');
const korean = voice('Fake Korean', 'ko-KR');

let speech: FakeSpeech;
let world: Record<string, unknown>;
let log: string[];
let states: PlayerState[];

const events: PlayerEvents = {
  onUtterance: (index) => log.push(`utterance ${index}`),
  onWord: (index, charIndex, charLength) => log.push(`word ${index} ${charIndex} ${charLength ?? '?'}`),
  onUtteranceEnd: (index) => log.push(`end ${index}`),
  onState: (state) => states.push(state),
};

function player(options: Parameters<typeof planSpeech>[2] = {}, voices: Partial<PlayerVoices> = {}) {
  const plan = planSpeech(TEXT, 'en', options);
  const Utterance = world.SpeechSynthesisUtterance as new (text: string) => SpeechSynthesisUtterance;
  const created = new SpeechPlayer(
    world.speechSynthesis as SpeechSynthesis,
    (text) => new Utterance(text),
    plan.utterances,
    { main: english, lang: 'en', uiLang: 'en', rate: 1, ...voices },
    events,
  );
  return { plan, player: created };
}

const spokenTexts = () => speech.spoken.map((utterance) => utterance.text);

beforeEach(() => {
  world = {};
  speech = installFakeSpeech(world, [english, other, korean]);
  log = [];
  states = [];
});

describe('SpeechPlayer', () => {
  it('hands the engine one utterance at a time, the next when the last ends, and stops at the end', () => {
    const { player: reader } = player();
    reader.play();
    expect(spokenTexts()).toEqual(['One starts here.']);
    speech.start();
    speech.end();
    expect(spokenTexts()).toEqual(['One starts here.', 'Two follows it.']);
    for (let step = 0; step < 4; step++) speech.end();
    expect(spokenTexts()).toEqual([
      'One starts here.',
      'Two follows it.',
      '“We will work together on this for years,” Park said.',
      'Four ends it.',
      'Five is alone.',
    ]);
    expect(states).toEqual(['playing', 'ended']);
    expect(speech.spoken.every((utterance) => utterance.voice === 'Fake English' && utterance.lang === 'en-US' && utterance.rate === 1)).toBe(true);
  });

  it('reports start, words (with or without a length) and end of the utterance being spoken', () => {
    const { player: reader } = player();
    reader.play();
    speech.start();
    speech.boundary(4, 6);
    // Firefox gives no charLength: the view measures the word itself.
    speech.boundary(11, 0);
    speech.boundary(0, 16, 'sentence');
    speech.end();
    expect(log).toEqual(['utterance 0', 'utterance 0', 'word 0 4 6', 'word 0 11 ?', 'end 0', 'utterance 1']);
  });

  it('pauses by cancelling, ignores what the cancelled utterance fires after, and plays the sentence again', () => {
    const { player: reader } = player();
    reader.play();
    speech.end();
    reader.toggle();
    expect(states).toEqual(['playing', 'paused']);
    expect(speech.cancels).toBe(1);
    // The fake fires "interrupted" and then `end` for the cut utterance, as Chrome does: neither moves the reader on.
    expect(spokenTexts()).toEqual(['One starts here.', 'Two follows it.']);
    expect(reader.position).toBe(1);
    reader.toggle();
    expect(spokenTexts()).toEqual(['One starts here.', 'Two follows it.', 'Two follows it.']);
    expect(states.at(-1)).toBe('playing');
  });

  it('skips to the next paragraph, back to the start of this one, then to the one before', () => {
    const { player: reader } = player();
    reader.play();
    reader.skip(1);
    expect(speech.spoken.at(-1)!.text).toBe('“We will work together on this for years,” Park said.');
    speech.end();
    expect(speech.spoken.at(-1)!.text).toBe('Four ends it.');
    reader.skip(-1);
    expect(speech.spoken.at(-1)!.text).toBe('“We will work together on this for years,” Park said.');
    reader.skip(-1);
    expect(speech.spoken.at(-1)!.text).toBe('One starts here.');
    reader.skip(-1);
    expect(speech.spoken.at(-1)!.text).toBe('One starts here.');
    reader.playParagraph(2);
    expect(speech.spoken.at(-1)!.text).toBe('Five is alone.');
    reader.skip(1);
    expect(speech.spoken.at(-1)!.text).toBe('Five is alone.');
  });

  it('stops on an engine error, but not on the interruption its own cancel causes', () => {
    const { player: reader } = player();
    reader.play();
    reader.play(1);
    expect(states).toEqual(['playing', 'playing']);
    speech.fail('synthesis-failed');
    expect(states.at(-1)).toBe('failed');
    expect(spokenTexts()).toEqual(['One starts here.', 'Two follows it.']);
  });

  it('reads announcements with the interface language’s voice and quotes with the second voice', () => {
    const announced = player({ quotes: QUOTES, quoteReading: 'announce', announce: (speaker) => `${speaker} sagte:` }, { announcer: korean, uiLang: 'ko' });
    announced.player.play(2);
    expect(speech.spoken.at(-1)).toMatchObject({ text: 'Park Jin sagte:', voice: 'Fake Korean', lang: 'ko-KR' });
    speech.end();
    expect(speech.spoken.at(-1)).toMatchObject({ text: '“We will work together on this for years,” Park said.', voice: 'Fake English' });
    // Paused on the quote, it resumes at its announcement.
    announced.player.pause();
    announced.player.play();
    expect(speech.spoken.at(-1)!.text).toBe('Park Jin sagte:');
    announced.player.stop();

    const voiced = player({ quotes: QUOTES, quoteReading: 'voice' }, { second: other });
    voiced.player.play(2);
    expect(speech.spoken.at(-1)).toMatchObject({ text: 'We will work together on this for years,', voice: 'Other English', pitch: 1 });
    speech.end();
    expect(speech.spoken.at(-1)).toMatchObject({ text: '” Park said.', voice: 'Fake English' });
    voiced.player.stop();

    // With one voice for the language, quotes are set apart by pitch.
    const onePitch = player({ quotes: QUOTES, quoteReading: 'voice' }, { rate: 1.5 });
    onePitch.player.play(2);
    expect(speech.spoken.at(-1)).toMatchObject({ voice: 'Fake English', rate: 1.5, pitch: 0.75 });
  });

  it('carries on at the same sentence when the plan changes', () => {
    const { player: reader } = player();
    reader.play(3);
    reader.setPlan(planSpeech(TEXT, 'en', { quotes: QUOTES, quoteReading: 'announce', announce: (speaker) => `${speaker} said:` }).utterances);
    expect(speech.spoken.at(-1)!.text).toBe('Four ends it.');
    reader.stop();
    expect(states.at(-1)).toBe('idle');
    expect(speech.cancels).toBeGreaterThan(0);
  });
});
