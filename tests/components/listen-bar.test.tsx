// @vitest-environment happy-dom
/**
 * The Listen bar with a fake speech engine: it reads from the top, highlights
 * the sentence and word being read in Lucid's copy of the article, follows
 * clicks and the keyboard toggle, says when no voice speaks the article's
 * language, and leaves the article as it found it when it closes.
 */
import { act, cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ListenProps } from '../../components/listen-api.ts';
import { ListenBar } from '../../components/ListenBar.tsx';
import { installFakeSpeech, voice, type FakeSpeech, type FakeVoice } from '../helpers/fake-speech.ts';

const TEXT = 'First sentence here. Second one follows.\n\n“We will work together on this plan for years,” Park said. The end.';
const HTML =
  '<p>First <b>sentence</b> here. Second one follows.</p><p>“We will work together on this plan for years,” Park said. <a href="https://example.com/">The end.</a></p>';
const english = voice('Fake English', 'en-US');
const otherEnglish = voice('Other English', 'en-GB');
const german = voice('Fake German', 'de-DE');

let speech: FakeSpeech;
let root: HTMLElement;

function setup(props: Partial<ListenProps> = {}, voices: FakeVoice[] = [english, otherEnglish]) {
  speech = installFakeSpeech(globalThis, voices);
  const onSettingChange = vi.fn();
  const onClose = vi.fn();
  const all: ListenProps = {
    root,
    text: TEXT,
    lang: 'en',
    quotes: [],
    settings: { speechRate: 1, speechVoices: {}, speechQuotes: 'plain' },
    onSettingChange,
    toggles: 0,
    onClose,
    ...props,
  };
  const view = render(<ListenBar {...all} />);
  return { view, onSettingChange, onClose, rerender: (more: Partial<ListenProps>) => view.rerender(<ListenBar {...all} {...more} />) };
}

const speakingText = () => [...root.querySelectorAll('.lucid-speaking')].map((span) => span.textContent).join('');
const wordText = () => root.querySelector('mark.lucid-word')?.textContent;
const lastSpoken = () => speech.spoken.at(-1)?.text;
const status = (container: Element) => container.querySelector('.lucid-listen-status')?.textContent ?? '';
const button = (container: Element, action: string) => container.querySelector<HTMLButtonElement>(`[data-action=${action}]`)!;

beforeAll(() => {
  // No layout here: the browser test checks that the sentence really scrolls into view.
  Element.prototype.scrollIntoView = vi.fn();
});
beforeEach(() => {
  root = document.createElement('div');
  root.innerHTML = HTML;
  document.body.append(root);
});
afterEach(() => {
  cleanup();
  root.remove();
  vi.useRealTimers();
  for (const name of ['speechSynthesis', 'SpeechSynthesisUtterance', '__lucidFakeSpeech']) Reflect.deleteProperty(globalThis, name);
});

describe('the Listen bar', () => {
  it('reads from the top, one sentence at a time, highlighting the sentence and the word being read', () => {
    const { view } = setup();
    expect(speech.spoken.map((utterance) => utterance.text)).toEqual(['First sentence here.']);
    expect(speech.spoken[0]).toMatchObject({ voice: 'Fake English', lang: 'en-US', rate: 1 });
    // The sentence runs over the <b>: it is marked in pieces, text unchanged.
    expect(speakingText()).toBe('First sentence here.');
    expect(root.querySelector('b')?.textContent).toBe('sentence');
    void act(() => speech.start());
    void act(() => speech.boundary(6, 8));
    expect(wordText()).toBe('sentence');
    // Firefox gives no length: the word runs to the next space or punctuation.
    void act(() => speech.boundary(15));
    expect(wordText()).toBe('here');
    void act(() => speech.end());
    expect(lastSpoken()).toBe('Second one follows.');
    expect(speakingText()).toBe('Second one follows.');
    expect(wordText()).toBeUndefined();
    expect(button(view.container, 'listen-play').getAttribute('aria-label')).toBe('Pause');
    void act(() => speech.end());
    void act(() => speech.end());
    void act(() => speech.end());
    expect(speech.spoken.map((utterance) => utterance.text)).toEqual([
      'First sentence here.',
      'Second one follows.',
      '“We will work together on this plan for years,” Park said.',
      'The end.',
    ]);
    // Finished: nothing left highlighted, and Play starts again from the top.
    expect(speakingText()).toBe('');
    expect(button(view.container, 'listen-play').getAttribute('aria-label')).toBe('Play');
  });

  it('reads from the paragraph clicked, but not when a link is clicked', () => {
    setup();
    fireEvent.click(root.querySelectorAll('p')[1]!.firstChild!.parentElement!);
    expect(lastSpoken()).toBe('“We will work together on this plan for years,” Park said.');
    expect(speakingText()).toBe('“We will work together on this plan for years,” Park said.');
    const count = speech.spoken.length;
    fireEvent.click(root.querySelector('a')!);
    expect(speech.spoken).toHaveLength(count);
  });

  it('pauses and plays again on the keyboard toggle, and skips paragraphs with its buttons', () => {
    const { view, rerender } = setup();
    rerender({ toggles: 1 });
    expect(speech.cancels).toBe(1);
    expect(button(view.container, 'listen-play').getAttribute('aria-label')).toBe('Play');
    // Paused, the sentence stays marked: the reader sees where they are.
    expect(speakingText()).toBe('First sentence here.');
    rerender({ toggles: 2 });
    expect(speech.spoken.map((utterance) => utterance.text)).toEqual(['First sentence here.', 'First sentence here.']);
    fireEvent.click(button(view.container, 'listen-next'));
    expect(lastSpoken()).toBe('“We will work together on this plan for years,” Park said.');
    fireEvent.click(button(view.container, 'listen-previous'));
    expect(lastSpoken()).toBe('First sentence here.');
  });

  it('says when the device has no voice for the article’s language, offers the interface language’s voices, and reads only when asked', () => {
    root.innerHTML = '<p>윤 대통령은 사과했다. 국민은 들었다.</p>';
    const { view } = setup({ text: '윤 대통령은 사과했다. 국민은 들었다.', lang: 'ko' }, [german, english]);
    expect(speech.spoken).toEqual([]);
    expect(status(view.container)).toContain('This device has no Korean voice');
    const select = view.container.querySelector<HTMLSelectElement>('select[data-setting=voice]')!;
    expect([...select.options].map((option) => option.textContent)).toEqual(['Fake English (en-US)', 'Fake German (de-DE)']);
    expect(select.value).toBe(english.voiceURI);
    fireEvent.click(button(view.container, 'listen-play'));
    expect(speech.spoken[0]).toMatchObject({ text: '윤 대통령은 사과했다.', voice: 'Fake English' });
    expect(speakingText()).toBe('윤 대통령은 사과했다.');
  });

  it('waits for voices that arrive late, and says so when none come', () => {
    vi.useFakeTimers();
    const { view } = setup({}, []);
    expect(speech.spoken).toEqual([]);
    expect(status(view.container)).not.toContain('no voices');
    void act(() => speech.setVoices([english]));
    expect(lastSpoken()).toBe('First sentence here.');
    cleanup();

    const none = setup({}, []);
    void act(() => {
      vi.advanceTimersByTime(2000);
    });
    expect(status(none.view.container)).toBe('This device has no voices to read aloud with.');
    expect(button(none.view.container, 'listen-play').disabled).toBe(true);
  });

  it('announces a quote’s speaker, in the interface language, when the person asked for it', () => {
    const start = TEXT.indexOf('We will');
    setup({
      quotes: [{ text: '', start, end: TEXT.indexOf('”'), speaker: 'Park Jin', mention: 'Park', key: true }],
      settings: { speechRate: 1.25, speechVoices: {}, speechQuotes: 'announce' },
    });
    fireEvent.click(root.querySelectorAll('p')[1]!);
    expect(speech.spoken.slice(-1)[0]).toMatchObject({ text: 'Park Jin said:', rate: 1.25 });
    // The announcement is not in the article: the sentence it comes before is the one marked.
    expect(speakingText()).toBe('“We will work together on this plan for years,” Park said.');
  });

  it('keeps the voice and speed the person picks, the voice for the article’s language', () => {
    const { view, onSettingChange } = setup();
    fireEvent.change(view.container.querySelector('select[data-setting=voice]')!, { target: { value: otherEnglish.voiceURI } });
    expect(onSettingChange).toHaveBeenCalledWith('speechVoices', { en: otherEnglish.voiceURI });
    fireEvent.change(view.container.querySelector('select[data-setting=rate]')!, { target: { value: '1.5' } });
    expect(onSettingChange).toHaveBeenCalledWith('speechRate', 1.5);
  });

  it('finds its sentences again when the view rebuilds its copy of the article', () => {
    setup();
    root.innerHTML = HTML;
    void act(() => speech.end());
    expect(speakingText()).toBe('Second one follows.');
  });

  it('stops reading when it closes, and leaves Lucid’s copy of the article as it was', () => {
    const { view, onClose } = setup();
    void act(() => speech.boundary(6, 8));
    fireEvent.click(button(view.container, 'listen-close'));
    expect(onClose).toHaveBeenCalled();
    view.unmount();
    expect(speech.cancels).toBe(1);
    expect(speech.current()).toBeUndefined();
    expect(root.innerHTML).toBe(HTML);
  });
});
