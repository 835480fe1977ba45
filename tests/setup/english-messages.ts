/**
 * Unit tests run outside an extension, where `chrome.i18n` does not exist: this
 * gives them the browser's behaviour with the English messages, so components
 * render the strings a person sees. (The extension's bundles carry no copy of
 * the messages: the browser has them.)
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import english from '../../public/_locales/en/messages.json';

interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** What the browser does with a message: named placeholders ($COUNT$) to their content ($1), then $1… to the values. */
function substitute(entry: MessageEntry, substitutions: string[]): string {
  const named = entry.message.replace(/\$(\w+)\$/g, (match, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? match);
  return named.replace(/\$(\d)/g, (_match, index: string) => substitutions[Number(index) - 1] ?? '');
}

const messages = english as Record<string, MessageEntry | undefined>;
const i18n = {
  getMessage: (key: string, substitutions: string | string[] = []) => {
    const entry = messages[key];
    return entry ? substitute(entry, typeof substitutions === 'string' ? [substitutions] : substitutions) : '';
  },
  getUILanguage: () => 'en',
};

// The fake browser WXT's test plugin installs as `chrome` leaves i18n unimplemented (it throws): these fill it in.
Object.assign(fakeBrowser.i18n, i18n);
