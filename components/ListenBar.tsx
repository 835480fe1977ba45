/**
 * Reader mode's Listen bar: reads the article aloud with the browser's own
 * speech engine (on-device voices unless the person picks another), one
 * sentence at a time, with the sentence and word being read highlighted in
 * Lucid's copy of the article and kept in view. Play/pause, previous/next
 * paragraph, voice and speed; a click on a paragraph reads from there.
 *
 * Voices arrive late (`voiceschanged`, in Chrome and Firefox alike): until
 * they do, or a short wait has passed, nothing is said about missing voices.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t, uiLanguage } from '../utils/extension/i18n.ts';
import { announcerVoice, chooseVoice, planSpeech, primaryLanguage, secondVoice, type SpeechPlan } from '../utils/reading/speech.ts';
import { SpeechPlayer, type PlayerState, type PlayerVoices } from '../utils/reading/speech-player.ts';
import type { ListenProps } from './listen-api.ts';
import {
  clearWord,
  keepInView,
  marksInPlace,
  sentenceAt,
  setSpeaking,
  showWord,
  solidIndex,
  unwrapSentences,
  wrapSentences,
  type SentenceMarks,
} from './speech-highlight.ts';

/** Icons drawn here: the media symbols (⏮ ⏸ ⏭) are missing from many systems' fonts. */
const ICONS = {
  previous: 'M6 5h2v14H6zM19 5v14L9 12z',
  play: 'M7 5l12 7-12 7z',
  pause: 'M6 5h4v14H6zM14 5h4v14h-4z',
  next: 'M16 5h2v14h-2zM5 5l10 7-10 7z',
};
const Icon = ({ path }: { path: string }) => (
  <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
    <path d={path} fill="currentColor" />
  </svg>
);

/** How long to wait for `voiceschanged` before saying the device has no voice. */
const VOICES_WAIT_MS = 1500;
const RATES = [0.75, 1, 1.25, 1.5, 1.75, 2];

function languageName(lang: string, uiLang: string): string {
  try {
    return new Intl.DisplayNames([uiLang], { type: 'language' }).of(primaryLanguage(lang)) ?? lang;
  } catch {
    return lang;
  }
}

/** A word's length where the engine does not give one (Firefox): up to the next space or punctuation. */
function wordLength(text: string, at: number): number {
  return /^[^\s.,;:!?"“”„«»()]*/u.exec(text.slice(at))?.[0].length || 1;
}

export function ListenBar({ root, text, lang, quotes, settings, onSettingChange, toggles, onClose }: ListenProps) {
  const synthesis = (globalThis as { speechSynthesis?: SpeechSynthesis }).speechSynthesis;
  const uiLang = uiLanguage();
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>(() => synthesis?.getVoices() ?? []);
  const [voicesSettled, setVoicesSettled] = useState(voices.length > 0);
  const [state, setState] = useState<PlayerState>('idle');

  const languageKey = primaryLanguage(lang || uiLang);
  const choice = useMemo(() => chooseVoice(voices, lang, uiLang, settings.speechVoices[languageKey]), [voices, lang, settings.speechVoices]);
  const plan = useMemo(
    () => planSpeech(text, lang, { quotes, quoteReading: settings.speechQuotes, announce: (speaker) => t('quoteAnnouncement', speaker) }),
    [text, lang, quotes, settings.speechQuotes],
  );
  const voicesInUse: PlayerVoices = {
    main: choice.voice,
    second: settings.speechQuotes === 'voice' ? secondVoice(choice.options, choice.voice) : undefined,
    announcer: announcerVoice(choice.options, choice.voice, uiLang),
    lang: lang || uiLang,
    uiLang,
    rate: settings.speechRate,
  };
  const canPlay = Boolean(synthesis && choice.voice);

  // What the player's callbacks and the click handler read: they outlive any one render.
  const current = useRef({ plan, canPlay });
  current.current = { plan, canPlay };
  const marks = useRef<SentenceMarks>();
  const speaking = useRef(-1);

  /** The sentence spans, made again if the view rebuilt its copy of the article. */
  function sentenceMarks(): SentenceMarks {
    if (!marks.current || !marksInPlace(marks.current)) {
      marks.current = wrapSentences(
        root,
        current.current.plan.sentences.map((sentence) => sentence.text),
      );
      speaking.current = -1;
    }
    return marks.current;
  }

  function highlight(sentence: number): void {
    const found = sentenceMarks();
    clearWord(found);
    if (speaking.current === sentence) return;
    setSpeaking(found, speaking.current, false);
    speaking.current = sentence;
    if (sentence < 0) return;
    setSpeaking(found, sentence, true);
    keepInView(found, sentence);
  }

  const [player] = useState(
    () =>
      synthesis &&
      new SpeechPlayer(synthesis, (words) => new SpeechSynthesisUtterance(words), plan.utterances, voicesInUse, {
        onUtterance: (index) => {
          const item = current.current.plan.utterances[index];
          if (item) highlight(item.sentence);
        },
        onWord: (index, charIndex, charLength) => {
          const { plan: spoken } = current.current;
          const item = spoken.utterances[index];
          const sentence = item && spoken.sentences[item.sentence];
          if (!item || !sentence || item.offset < 0 || !marks.current) return;
          const from = item.offset + charIndex;
          const to = from + (charLength ?? wordLength(item.text, charIndex));
          showWord(marks.current, item.sentence, solidIndex(sentence.text, from), solidIndex(sentence.text, to));
        },
        onUtteranceEnd: () => {
          if (marks.current) clearWord(marks.current);
        },
        onState: (next) => {
          setState(next);
          if (next === 'ended' || next === 'idle') highlight(-1);
        },
      }),
  );

  useEffect(() => {
    if (!synthesis) return;
    const update = () => {
      setVoices(synthesis.getVoices());
      setVoicesSettled(true);
    };
    synthesis.addEventListener('voiceschanged', update);
    const timer = setTimeout(update, VOICES_WAIT_MS);
    return () => {
      synthesis.removeEventListener('voiceschanged', update);
      clearTimeout(timer);
    };
  }, []);

  // Closing the bar (or the overlay) stops the reading and takes the spans out of the article again.
  useEffect(() => {
    sentenceMarks();
    return () => {
      player?.stop();
      if (marks.current) unwrapSentences(marks.current);
      marks.current = undefined;
    };
  }, []);

  useEffect(() => player?.setVoices(voicesInUse));
  const shownPlan = useRef<SpeechPlan>(plan);
  useEffect(() => {
    if (shownPlan.current !== plan) player?.setPlan(plan.utterances);
    shownPlan.current = plan;
  }, [plan]);

  // Opening starts the reading, unless the voice would be one for another language: then the person chooses.
  const started = useRef(false);
  useEffect(() => {
    if (started.current || !voicesSettled || !player) return;
    started.current = true;
    if (choice.voice && !choice.missing) player.play(0);
  }, [voicesSettled, choice]);

  const firstToggles = useRef(toggles);
  useEffect(() => {
    if (toggles !== firstToggles.current && current.current.canPlay) player?.toggle();
  }, [toggles]);

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (!player || !current.current.canPlay) return;
      if ((event.target as Element | null)?.closest('a, button, summary')) return;
      // Selecting text is not asking to listen.
      const selection = (root.getRootNode() as Partial<ShadowRoot> & { getSelection?: () => Selection | null }).getSelection?.() ?? window.getSelection();
      if (selection && !selection.isCollapsed) return;
      const sentence = sentenceAt(sentenceMarks(), event.target);
      const paragraph = sentence === undefined ? undefined : current.current.plan.sentences[sentence]?.paragraph;
      if (paragraph !== undefined) player.playParagraph(paragraph);
    };
    root.addEventListener('click', onClick);
    return () => root.removeEventListener('click', onClick);
  }, [root]);

  let notice = t('listenHint');
  if (!synthesis) notice = t('listenUnsupported');
  else if (state === 'failed') notice = t('listenFailed');
  else if (voicesSettled && voices.length === 0) notice = t('listenNoVoices');
  else if (voicesSettled && choice.missing) notice = t('listenNoVoiceFor', languageName(lang || uiLang, uiLang));

  const playing = state === 'playing';
  const rates = [...new Set([...RATES, settings.speechRate])].sort((a, b) => a - b);
  return (
    <section class="lucid-listen" aria-label={t('listen')}>
      <div class="lucid-listen-controls">
        <button
          type="button"
          data-action="listen-previous"
          disabled={!canPlay}
          onClick={() => player?.skip(-1)}
          aria-label={t('listenPrevious')}
          title={t('listenPrevious')}
        >
          <Icon path={ICONS.previous} />
        </button>
        <button
          type="button"
          class="lucid-primary"
          data-action="listen-play"
          disabled={!canPlay}
          onClick={() => player?.toggle()}
          aria-label={playing ? t('listenPause') : t('listenPlay')}
          title={playing ? t('listenPause') : t('listenPlay')}
        >
          <Icon path={playing ? ICONS.pause : ICONS.play} />
        </button>
        <button
          type="button"
          data-action="listen-next"
          disabled={!canPlay}
          onClick={() => player?.skip(1)}
          aria-label={t('listenNext')}
          title={t('listenNext')}
        >
          <Icon path={ICONS.next} />
        </button>
        <label>
          <span>{t('listenVoice')}</span>
          <select
            data-setting="voice"
            value={choice.voice?.voiceURI ?? ''}
            onChange={(event) => onSettingChange('speechVoices', { ...settings.speechVoices, [languageKey]: event.currentTarget.value })}
          >
            {!choice.voice && <option value="">{t('listenChooseVoice')}</option>}
            {choice.options.map((voice, index) => (
              <option key={`${index}-${voice.voiceURI}`} value={voice.voiceURI}>
                {voice.localService ? `${voice.name} (${voice.lang})` : t('listenVoiceOnline', `${voice.name} (${voice.lang})`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('speechRate')}</span>
          <select
            data-setting="rate"
            value={String(settings.speechRate)}
            onChange={(event) => onSettingChange('speechRate', Number(event.currentTarget.value))}
          >
            {rates.map((rate) => (
              <option key={rate} value={String(rate)}>
                {`${rate.toLocaleString(uiLang)}×`}
              </option>
            ))}
          </select>
        </label>
        <button type="button" class="lucid-close" data-action="listen-close" onClick={onClose} aria-label={t('listenStop')} title={t('listenStop')}>
          ✕
        </button>
      </div>
      <p class="lucid-listen-status" role="status" aria-live="polite">
        {notice}
      </p>
    </section>
  );
}
