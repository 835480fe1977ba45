/**
 * The direction of Lucid's interface language, for UI strings that stand next
 * to article text ("1 min read" beside an Arabic headline) and for the
 * toolbar: the article's direction is the article's, the interface's is the
 * reader's.
 */
import { uiLanguage } from '../utils/extension/i18n.ts';

/** Languages written right to left, by their primary subtag. */
const RIGHT_TO_LEFT = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

export function uiDirection(): 'ltr' | 'rtl' {
  // The browser says it directly for the language it chose among Lucid's locales.
  const api = (globalThis as { chrome?: { i18n?: { getMessage(key: string): string } } }).chrome?.i18n;
  try {
    const direction = api?.getMessage('@@bidi_dir');
    if (direction === 'rtl' || direction === 'ltr') return direction;
  } catch {
    // Outside an extension page: from the language below.
  }
  return RIGHT_TO_LEFT.has(uiLanguage().toLowerCase().split(/[-_]/)[0] ?? '') ? 'rtl' : 'ltr';
}
