/**
 * UI strings from public/_locales, through the browser's i18n API. Keys are
 * typed from the English file (a type-only import: the messages are the
 * browser's, no bundle carries a copy), so a missing string is a compile error.
 * Unit tests get the API from tests/setup/english-messages.ts.
 */
export type MessageKey = keyof typeof import('../../public/_locales/en/messages.json');

interface I18nApi {
  getMessage(key: string, substitutions?: string[]): string;
  getUILanguage(): string;
}

function i18nApi(): I18nApi | undefined {
  return (globalThis as { chrome?: { i18n?: I18nApi } }).chrome?.i18n;
}

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  try {
    // The key itself when the API has no such message: a visible gap, never an empty button.
    return i18nApi()?.getMessage(key, substitutions.map(String)) || key;
  } catch {
    // A context the extension was reloaded under (its APIs are gone): the key, rather than a crash.
    return key;
  }
}

/** The browser's UI language, for formatting dates the way the reader reads them. */
export function uiLanguage(): string {
  try {
    return i18nApi()?.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}
