/**
 * UI strings from public/_locales, through the browser's i18n API. Keys are
 * typed from the English file, so a missing string is a compile error; where
 * the API is absent (unit tests), the English text is used.
 */
import english from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof english;

interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** What the browser does with a message: named placeholders ($COUNT$) to their content ($1), then $1… to the values. */
function substitute(entry: MessageEntry, substitutions: string[]): string {
  const named = entry.message.replace(/\$(\w+)\$/g, (match, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? match);
  return named.replace(/\$(\d)/g, (_match, index: string) => substitutions[Number(index) - 1] ?? '');
}

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const values = substitutions.map(String);
  const api = (globalThis as { chrome?: { i18n?: { getMessage(key: string, substitutions?: string[]): string } } }).chrome?.i18n;
  try {
    const message = api?.getMessage(key, values);
    if (message) return message;
  } catch {
    // Outside an extension page: fall back to English below.
  }
  const entry = (english as Record<string, MessageEntry>)[key];
  return entry ? substitute(entry, values) : key;
}

/** The browser's UI language, for formatting dates the way the reader reads them. */
export function uiLanguage(): string {
  const api = (globalThis as { chrome?: { i18n?: { getUILanguage(): string } } }).chrome?.i18n;
  try {
    return api?.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}
