/** Reader settings; every change applies at once and is kept. */
import type { ComponentChildren } from 'preact';
import { t, type MessageKey } from '../utils/extension/i18n.ts';
import { LIMITS, type FontChoice, type ReaderSettings, type Theme } from '../utils/extension/settings.ts';
import type { QuoteReading } from '../utils/reading/speech.ts';
import { CitationStyleOptions } from './CitationMenu.tsx';

export interface SettingsPanelProps {
  settings: ReaderSettings;
  onChange: <K extends keyof ReaderSettings>(key: K, value: ReaderSettings[K]) => void;
}

const THEMES: [Theme, MessageKey][] = [
  ['auto', 'themeAuto'],
  ['light', 'themeLight'],
  ['sepia', 'themeSepia'],
  ['dark', 'themeDark'],
];
const FONTS: [FontChoice, MessageKey][] = [
  ['serif', 'fontSerif'],
  ['sans', 'fontSans'],
  ['mono', 'fontMono'],
  ['dyslexic', 'fontDyslexic'],
];

const QUOTE_READINGS: [QuoteReading, MessageKey][] = [
  ['plain', 'speechQuotesPlain'],
  ['announce', 'speechQuotesAnnounce'],
  ['voice', 'speechQuotesVoice'],
];

type NumericKey = 'fontSize' | 'lineHeight' | 'columnWidth' | 'summarySentences' | 'speechRate';
type ChoiceKey = 'theme' | 'font' | 'citationStyle' | 'speechQuotes';

/** Options from [value, message key] pairs. */
const translatedOptions = (choices: [string, MessageKey][]) =>
  choices.map(([value, label]) => (
    <option key={value} value={value}>
      {t(label)}
    </option>
  ));

export function SettingsPanel({ settings, onChange }: SettingsPanelProps) {
  const range = (key: NumericKey, label: MessageKey) => (
    <label class="lucid-setting">
      <span>{t(label)}</span>
      <input
        type="range"
        min={LIMITS[key].min}
        max={LIMITS[key].max}
        step={LIMITS[key].step}
        value={settings[key]}
        onInput={(event) => onChange(key, Number(event.currentTarget.value))}
      />
      <output>{settings[key]}</output>
    </label>
  );
  const choice = (key: ChoiceKey, label: MessageKey, options: ComponentChildren) => (
    <label class="lucid-setting">
      <span>{t(label)}</span>
      <select value={settings[key]} onChange={(event) => onChange(key, event.currentTarget.value as ReaderSettings[ChoiceKey])}>
        {options}
      </select>
    </label>
  );
  return (
    <section class="lucid-settings" aria-labelledby="lucid-settings-heading">
      <h2 id="lucid-settings-heading">{t('settings')}</h2>
      {choice('theme', 'theme', translatedOptions(THEMES))}
      {choice('font', 'font', translatedOptions(FONTS))}
      {range('fontSize', 'fontSize')}
      {range('lineHeight', 'lineHeight')}
      {range('columnWidth', 'columnWidth')}
      {range('summarySentences', 'summaryLength')}
      <label class="lucid-setting lucid-setting-check">
        <input type="checkbox" checked={settings.showQuotes} onChange={(event) => onChange('showQuotes', event.currentTarget.checked)} />
        <span>{t('showQuotes')}</span>
      </label>
      {choice('citationStyle', 'defaultCitationStyle', <CitationStyleOptions />)}
      {/* Reader mode's Listen; the voice is picked in the Listen bar, per language. */}
      <fieldset class="lucid-settings-group">
        <legend>{t('speechSettings')}</legend>
        {range('speechRate', 'speechRate')}
        {choice('speechQuotes', 'speechQuotes', translatedOptions(QUOTE_READINGS))}
      </fieldset>
    </section>
  );
}
