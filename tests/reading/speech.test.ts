/** The reading plan: sentences to utterances, quotes announced or in a second voice, and the voices chosen by language. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../utils/reading/quotes/index.ts';
import { splitSentences } from '../../utils/reading/sentences.ts';
import { announcerVoice, chooseVoice, MAX_UTTERANCE_LENGTH, planSpeech, secondVoice, type Utterance } from '../../utils/reading/speech.ts';
import { voice } from '../helpers/fake-speech.ts';
import { FIXTURES } from '../helpers/pages.ts';

const seed = JSON.parse(readFileSync(join(FIXTURES, 'korea-herald', 'seed-expected.json'), 'utf8')) as { paragraphs: string[] };
const seedText = seed.paragraphs.join('\n\n');
const seedQuotes = findQuotes(seedText, { lang: 'en' });
const announce = (speaker: string) => `${speaker} said:`;

/** Every utterance is the piece of its sentence its offset says it is. */
function expectAligned(plan: ReturnType<typeof planSpeech>): void {
  for (const utterance of plan.utterances.filter((item) => item.role !== 'announcement')) {
    const sentence = plan.sentences[utterance.sentence]!.text;
    expect(sentence.slice(utterance.offset, utterance.offset + utterance.text.length).replace(/ \| /g, ' , ')).toBe(utterance.text);
  }
}

describe('planSpeech', () => {
  it('reads the seed article one sentence at a time, in order, paragraph by paragraph', () => {
    const plan = planSpeech(seedText, 'en');
    const sentences = splitSentences(seedText, 'en');
    expect(plan.sentences.map((sentence) => sentence.text)).toEqual(sentences.map((sentence) => sentence.text));
    // Each sentence's utterances, put together again, are the sentence: nothing lost, nothing twice, in order.
    const spoken = plan.sentences.map((_sentence, index) =>
      plan.utterances
        .filter((utterance) => utterance.sentence === index)
        .map((utterance) => utterance.text)
        .join(' '),
    );
    expect(spoken).toEqual(sentences.map((sentence) => sentence.text));
    expect(plan.utterances.every((utterance) => utterance.role === 'text' && utterance.text.length <= MAX_UTTERANCE_LENGTH)).toBe(true);
    // The first sentence (263 characters) is read in two, cut after a comma.
    expect(plan.utterances[0]!.text).toBe(
      'The top diplomats from South Korea, the US and Japan reaffirmed their commitment to dealing with growing military exchanges between Russia and North Korea,',
    );
    expect(plan.utterances[1]!.text.startsWith('calling them a serious global threat')).toBe(true);
    expect(new Set(plan.utterances.map((utterance) => utterance.paragraph))).toEqual(new Set([0, 1, 2, 3, 4, 5, 6]));
    // "Park Jin" in "Foreign Minister Park Jin, US Secretary…" is not cut at a false full stop, nor "S. Korea".
    expect(plan.utterances[2]!.text.startsWith('Foreign Minister Park Jin, US Secretary of State Antony Blinken')).toBe(true);
    expectAligned(plan);
  });

  it('announces quotes with a known speaker before the sentence, in the words it is given', () => {
    const plan = planSpeech(seedText, 'en', { quotes: seedQuotes, quoteReading: 'announce', announce });
    const announcements = plan.utterances.filter((utterance) => utterance.role === 'announcement');
    expect(announcements.map((utterance) => utterance.text)).toEqual(['Antony Blinken said:', 'Park Jin said:']);
    const next = (item: Utterance) => plan.utterances[plan.utterances.indexOf(item) + 1]!;
    expect(next(announcements[0]!).text.startsWith('“Looking around the world')).toBe(true);
    expect(next(announcements[1]!).text.startsWith('“Strengthening cooperation')).toBe(true);
    // Scare quotes ("like-minded countries") are no statements: nobody is announced for them.
    expect(plan.utterances.filter((utterance) => utterance.text.includes('Park struck a similar chord'))).toHaveLength(1);
    expectAligned(plan);
  });

  it('does not announce a speaker the sentence names before the quote', () => {
    const text = 'The minister spoke last. Blinken said, “We will keep working with our allies on this for years to come.”';
    const quotes = findQuotes(text, { lang: 'en' });
    expect(quotes.some((quote) => quote.key && quote.speaker)).toBe(true);
    const plan = planSpeech(text, 'en', { quotes, quoteReading: 'announce', announce });
    expect(plan.utterances.some((utterance) => utterance.role === 'announcement')).toBe(false);
  });

  it('gives the quoted words to a second voice, and the rest of the sentence to the first', () => {
    const plan = planSpeech(seedText, 'en', { quotes: seedQuotes, quoteReading: 'voice' });
    const blinken = plan.utterances.filter((utterance) => plan.sentences[utterance.sentence]!.text.startsWith('“Looking around'));
    expect(blinken.map((utterance) => [utterance.role, utterance.text])).toEqual([
      ['quote', 'Looking around the world, there is so much work for us to do together,'],
      ['text', '” Blinken said at the get-together.'],
    ]);
    expect(plan.utterances.some((utterance) => utterance.role === 'announcement')).toBe(false);
    expectAligned(plan);
  });

  it('reads quotes as written when the person has not asked otherwise', () => {
    const plan = planSpeech(seedText, 'en', { quotes: seedQuotes, announce });
    expect(plan.utterances.every((utterance) => utterance.role === 'text')).toBe(true);
  });

  it('cuts a very long sentence at its clauses, so no utterance runs into Chrome’s cut-off', () => {
    const clause = 'the committee heard from witnesses who described the flooding in detail';
    const sentence = `${Array.from({ length: 8 }, () => clause).join(', ')}.`;
    const plan = planSpeech(sentence, 'en');
    expect(plan.utterances.length).toBeGreaterThan(2);
    expect(plan.utterances.every((utterance) => utterance.text.length <= MAX_UTTERANCE_LENGTH)).toBe(true);
    expect(plan.utterances.map((utterance) => utterance.text).join(' ')).toBe(sentence);
    expect(plan.utterances.slice(0, -1).every((utterance) => utterance.text.endsWith(','))).toBe(true);
    expect(new Set(plan.utterances.map((utterance) => utterance.sentence))).toEqual(new Set([0]));
    expectAligned(plan);
  });

  it('splits Korean and Japanese text into sentences without spaces to go by', () => {
    const korean = planSpeech('윤석열 대통령은 15일 기자회견을 열었다. 그는 국민께 사과했다.', 'ko');
    expect(korean.utterances.map((utterance) => utterance.text)).toEqual(['윤석열 대통령은 15일 기자회견을 열었다.', '그는 국민께 사과했다.']);
    const japanese = planSpeech('地震が起きた。津波の心配はない。', 'ja');
    expect(japanese.utterances.map((utterance) => utterance.text)).toEqual(['地震が起きた。', '津波の心配はない。']);
  });

  it('does not read out list bullets or table bars, and keeps offsets into the text', () => {
    const plan = planSpeech('Steps:\n\n• Turn off the gas.\n• Leave the house.\n\nCity | Deaths\n\nValencia | 216', 'en');
    expect(plan.utterances.map((utterance) => utterance.text)).toEqual(['Steps:', 'Turn off the gas.', 'Leave the house.', 'City , Deaths', 'Valencia , 216']);
    expect(plan.sentences.map((sentence) => sentence.text)).toContain('City | Deaths');
    expectAligned(plan);
  });
});

describe('chooseVoice', () => {
  const english = voice('Fake English', 'en-US');
  const englishOnline = voice('Online English', 'en-GB', false, true);
  const german = voice('Fake German', 'de-DE');
  const koreanOnline = voice('Online Korean', 'ko-KR', false);

  it('reads with an on-device voice of the article’s language, offered first', () => {
    const choice = chooseVoice([german, englishOnline, english], 'en', 'de');
    expect(choice.voice).toBe(english);
    expect(choice.missing).toBe(false);
    expect(choice.options).toEqual([english, englishOnline, german]);
  });

  it('matches language tags however they are written', () => {
    const odd = voice('Underscored', 'EN_us');
    expect(chooseVoice([german, odd], 'en-GB', 'de').voice).toBe(odd);
  });

  it('says when the device has no on-device voice for the article, and offers the interface language’s', () => {
    const choice = chooseVoice([german, koreanOnline, english], 'ko', 'en');
    expect(choice.missing).toBe(true);
    expect(choice.voice).toBe(english);
    // The online Korean voice is offered first, but never chosen without the person: it sends the text away.
    expect(choice.options).toEqual([koreanOnline, english, german]);
  });

  it('keeps the voice the person picked, online or not', () => {
    expect(chooseVoice([english, englishOnline], 'en', 'en', englishOnline.voiceURI).voice).toBe(englishOnline);
    expect(chooseVoice([english, koreanOnline], 'ko', 'en', koreanOnline.voiceURI).voice).toBe(koreanOnline);
    // A voice that is gone (another device, an update) falls back to the default choice.
    expect(chooseVoice([english], 'en', 'en', 'fake:Removed').voice).toBe(english);
  });

  it('has nothing to read with on a device without voices', () => {
    expect(chooseVoice([], 'en', 'en')).toEqual({ options: [], voice: undefined, missing: true });
  });

  it('finds a second voice and an announcer when the device has them', () => {
    const other = voice('Other English', 'en-AU');
    expect(secondVoice([english, englishOnline, other], english)).toBe(other);
    expect(secondVoice([english, englishOnline], english)).toBeUndefined();
    expect(announcerVoice([english, german], english, 'en')).toBe(english);
    expect(announcerVoice([german, english], german, 'en-US')).toBe(english);
    expect(announcerVoice([german], german, 'ko')).toBeUndefined();
  });
});
