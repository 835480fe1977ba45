/**
 * Reader settings, shared by the popup and the in-page reader and kept in
 * extension storage: one typed item per setting, so a change to one is
 * watched and applied on its own, live.
 */
import { storage } from 'wxt/utils/storage';
import type { CitationStyle } from '../citation/styles-list.ts';

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
  /** The article's images; off, Lucid makes no network request at all. */
  showImages: boolean;
  citationStyle: CitationStyle;
}

export const DEFAULT_SETTINGS: ReaderSettings = {
  theme: 'auto',
  font: 'serif',
  fontSize: 18,
  lineHeight: 1.6,
  columnWidth: 66,
  summarySentences: 3,
  showQuotes: true,
  showImages: true,
  citationStyle: 'apa',
};

export const LIMITS = {
  fontSize: { min: 14, max: 28, step: 1 },
  lineHeight: { min: 1.2, max: 2.2, step: 0.1 },
  columnWidth: { min: 45, max: 90, step: 5 },
  summarySentences: { min: 0, max: 5, step: 1 },
} as const;

export const settingItems = {
  theme: storage.defineItem<Theme>('local:theme', { fallback: DEFAULT_SETTINGS.theme }),
  font: storage.defineItem<FontChoice>('local:font', { fallback: DEFAULT_SETTINGS.font }),
  fontSize: storage.defineItem<number>('local:fontSize', { fallback: DEFAULT_SETTINGS.fontSize }),
  lineHeight: storage.defineItem<number>('local:lineHeight', { fallback: DEFAULT_SETTINGS.lineHeight }),
  columnWidth: storage.defineItem<number>('local:columnWidth', { fallback: DEFAULT_SETTINGS.columnWidth }),
  summarySentences: storage.defineItem<number>('local:summarySentences', { fallback: DEFAULT_SETTINGS.summarySentences }),
  showQuotes: storage.defineItem<boolean>('local:showQuotes', { fallback: DEFAULT_SETTINGS.showQuotes }),
  showImages: storage.defineItem<boolean>('local:showImages', { fallback: DEFAULT_SETTINGS.showImages }),
  citationStyle: storage.defineItem<CitationStyle>('local:citationStyle', { fallback: DEFAULT_SETTINGS.citationStyle }),
} satisfies { [K in keyof ReaderSettings]: unknown };

type SettingKey = keyof ReaderSettings;

export async function loadSettings(): Promise<ReaderSettings> {
  const entries = await Promise.all((Object.keys(settingItems) as SettingKey[]).map(async (key) => [key, await settingItems[key].getValue()] as const));
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
