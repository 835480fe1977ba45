/**
 * Reader settings, shared by the popup and the in-page reader and kept in
 * extension storage: one typed item per setting, so a change to one is
 * watched and applied on its own, live.
 */
import { storage } from 'wxt/utils/storage';
import { CITATION_STYLES, type CitationStyle } from '../citation/styles-list.ts';
import { QUOTE_READINGS, type QuoteReading } from '../reading/speech.ts';

export type Theme = 'auto' | 'light' | 'sepia' | 'dark';
export type FontChoice = 'serif' | 'sans' | 'mono' | 'dyslexic';

export interface ReaderSettings {
  theme: Theme;
  font: FontChoice;
  /** Text size in pixels. */
  fontSize: number;
  lineHeight: number;
  /** Column width in characters. */
  columnWidth: number;
  /** Summary sentences, 1–5; 0 hides the summary. */
  summarySentences: number;
  showQuotes: boolean;
  citationStyle: CitationStyle;

  // Listening (reader mode's Listen).
  /** Speech rate: 1 is the voice's own pace. */
  speechRate: number;
  /** The voice picked for each language (primary subtag → voiceURI); without one, an on-device voice for the article's language. */
  speechVoices: Record<string, string>;
  /** Quotations with a known speaker: read as written, announced ("Antony Blinken said: …"), or in a second voice. */
  speechQuotes: QuoteReading;
}

export const DEFAULT_SETTINGS: ReaderSettings = {
  theme: 'auto',
  font: 'serif',
  fontSize: 18,
  lineHeight: 1.6,
  columnWidth: 66,
  summarySentences: 3,
  showQuotes: true,
  citationStyle: 'apa',

  speechRate: 1,
  speechVoices: {},
  speechQuotes: 'plain',
};

export const LIMITS = {
  fontSize: { min: 14, max: 28, step: 1 },
  lineHeight: { min: 1.2, max: 2.2, step: 0.1 },
  columnWidth: { min: 45, max: 90, step: 5 },
  summarySentences: { min: 0, max: 5, step: 1 },

  speechRate: { min: 0.5, max: 2, step: 0.1 },
} as const;

export const settingItems = {
  theme: storage.defineItem<Theme>('local:theme', { fallback: DEFAULT_SETTINGS.theme }),
  font: storage.defineItem<FontChoice>('local:font', { fallback: DEFAULT_SETTINGS.font }),
  fontSize: storage.defineItem<number>('local:fontSize', { fallback: DEFAULT_SETTINGS.fontSize }),
  lineHeight: storage.defineItem<number>('local:lineHeight', { fallback: DEFAULT_SETTINGS.lineHeight }),
  columnWidth: storage.defineItem<number>('local:columnWidth', { fallback: DEFAULT_SETTINGS.columnWidth }),
  summarySentences: storage.defineItem<number>('local:summarySentences', { fallback: DEFAULT_SETTINGS.summarySentences }),
  showQuotes: storage.defineItem<boolean>('local:showQuotes', { fallback: DEFAULT_SETTINGS.showQuotes }),
  citationStyle: storage.defineItem<CitationStyle>('local:citationStyle', { fallback: DEFAULT_SETTINGS.citationStyle }),

  speechRate: storage.defineItem<number>('local:speechRate', { fallback: DEFAULT_SETTINGS.speechRate }),
  speechVoices: storage.defineItem<Record<string, string>>('local:speechVoices', { fallback: DEFAULT_SETTINGS.speechVoices }),
  speechQuotes: storage.defineItem<QuoteReading>('local:speechQuotes', { fallback: DEFAULT_SETTINGS.speechQuotes }),
} satisfies { [K in keyof ReaderSettings]: unknown };

type SettingKey = keyof ReaderSettings;

const CHOICES: { [K in 'theme' | 'font' | 'citationStyle' | 'speechQuotes']: readonly ReaderSettings[K][] } = {
  theme: ['auto', 'light', 'sepia', 'dark'],
  font: ['serif', 'sans', 'mono', 'dyslexic'],
  citationStyle: CITATION_STYLES,
  speechQuotes: QUOTE_READINGS,
};

/**
 * A stored value as the reader can use it: storage may hold anything (an
 * older version's values, another extension's junk, a hand edit). Unknown
 * choices and non-numbers give the default; numbers out of range are brought
 * into it.
 */
export function validSetting<K extends SettingKey>(key: K, value: unknown): ReaderSettings[K] {
  return validValue(key, value) as ReaderSettings[K];
}

function validValue(key: SettingKey, value: unknown): ReaderSettings[SettingKey] {
  switch (key) {
    case 'showQuotes':
      return typeof value === 'boolean' ? value : DEFAULT_SETTINGS.showQuotes;
    case 'theme':
    case 'font':
    case 'citationStyle':
    case 'speechQuotes': {
      const choices: readonly unknown[] = CHOICES[key];
      return choices.includes(value) ? (value as ReaderSettings[typeof key]) : DEFAULT_SETTINGS[key];
    }
    case 'fontSize':
    case 'lineHeight':
    case 'columnWidth':
    case 'summarySentences':
    case 'speechRate': {
      const { min, max } = LIMITS[key];
      return typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : DEFAULT_SETTINGS[key];
    }
    case 'speechVoices': {
      // Language → voice URI; anything else in the record is dropped.
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return DEFAULT_SETTINGS.speechVoices;
      return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
    }
  }
}

export async function loadSettings(): Promise<ReaderSettings> {
  const entries = await Promise.all(
    (Object.keys(settingItems) as SettingKey[]).map(async (key) => [key, validSetting(key, await settingItems[key].getValue())] as const),
  );
  return { ...DEFAULT_SETTINGS, ...Object.fromEntries(entries) };
}

export async function saveSetting<K extends SettingKey>(key: K, value: ReaderSettings[K]): Promise<void> {
  await (settingItems[key] as { setValue(value: ReaderSettings[K]): Promise<void> }).setValue(value);
}

/** Calls back with the whole settings object whenever any one setting changes (in any window). */
export function watchSettings(callback: (settings: ReaderSettings) => void): () => void {
  const unwatch = (Object.keys(settingItems) as SettingKey[]).map((key) =>
    (settingItems[key] as { watch(cb: () => void): () => void }).watch(() => {
      void loadSettings().then(callback);
    }),
  );
  return () => unwatch.forEach((stop) => stop());
}
