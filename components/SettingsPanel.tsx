/** Reader settings; every change applies at once and is kept. */
import { t, type MessageKey } from '../utils/i18n.ts';
import { CITATION_STYLES } from '../utils/citation/styles-list.ts';
import { LIMITS, type FontChoice, type ReaderSettings, type Theme } from '../utils/settings.ts';
import { STYLE_NAMES } from './CitationMenu.tsx';

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

type NumericKey = 'fontSize' | 'lineHeight' | 'columnWidth' | 'summarySentences';

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
        onInput={(event) => onChange(key, Number((event.currentTarget as HTMLInputElement).value))}
      />
      <output>{settings[key]}</output>
    </label>
  );
  return (
    <section class="lucid-settings" aria-labelledby="lucid-settings-heading">
      <h2 id="lucid-settings-heading">{t('settings')}</h2>
      <label class="lucid-setting">
        <span>{t('theme')}</span>
        <select value={settings.theme} onChange={(event) => onChange('theme', (event.currentTarget as HTMLSelectElement).value as Theme)}>
          {THEMES.map(([value, label]) => (
            <option key={value} value={value}>
              {t(label)}
            </option>
          ))}
        </select>
      </label>
      <label class="lucid-setting">
        <span>{t('font')}</span>
        <select value={settings.font} onChange={(event) => onChange('font', (event.currentTarget as HTMLSelectElement).value as FontChoice)}>
          {FONTS.map(([value, label]) => (
            <option key={value} value={value}>
              {t(label)}
            </option>
          ))}
        </select>
      </label>
      {range('fontSize', 'fontSize')}
      {range('lineHeight', 'lineHeight')}
      {range('columnWidth', 'columnWidth')}
      {range('summarySentences', 'summaryLength')}
      <label class="lucid-setting lucid-setting-check">
        <input type="checkbox" checked={settings.showQuotes} onChange={(event) => onChange('showQuotes', (event.currentTarget as HTMLInputElement).checked)} />
        <span>{t('showQuotes')}</span>
      </label>
      <label class="lucid-setting">
        <span>{t('defaultCitationStyle')}</span>
        <select value={settings.citationStyle} onChange={(event) => onChange('citationStyle', (event.currentTarget as HTMLSelectElement).value as ReaderSettings['citationStyle'])}>
          {CITATION_STYLES.map((name) => (
            <option key={name} value={name}>
              {STYLE_NAMES[name]}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
