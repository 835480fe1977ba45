/** Every UI string exists in every language Lucid ships, with the same placeholders. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
const LOCALES = join(import.meta.dirname, '..', '..', 'public', '_locales');
const load = (language: string) => JSON.parse(readFileSync(join(LOCALES, language, 'messages.json'), 'utf8')) as Record<string, Entry>;
const english = load('en');
const languages = readdirSync(LOCALES).filter((language) => language !== 'en');
const placeholdersIn = (message: string) => [...message.matchAll(/\$(\w+)\$/g)].map((match) => match[1]!.toLowerCase()).sort();

test('Lucid ships English, Korean and at least one more language', () => {
  expect(languages).toContain('ko');
  expect(languages.length).toBeGreaterThanOrEqual(2);
});

test.each(languages)('%s has every English string, translated, with the same placeholders', (language) => {
  const messages = load(language);
  expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
  let same = 0;
  for (const [key, entry] of Object.entries(english)) {
    const translated = messages[key]!;
    expect(translated.message.trim(), key).not.toBe('');
    expect(placeholdersIn(translated.message), key).toEqual(placeholdersIn(entry.message));
    for (const name of placeholdersIn(entry.message)) expect(translated.placeholders?.[name]?.content, key).toBe(entry.placeholders?.[name]?.content);
    if (translated.message === entry.message) same++;
  }
  // Names and symbols ("OpenDyslexic", "— $SPEAKER$") may stay as they are; everything else is translated.
  expect(same).toBeLessThanOrEqual(3);
});

test('every placeholder an English message uses is defined', () => {
  for (const [key, entry] of Object.entries(english)) {
    for (const name of placeholdersIn(entry.message)) expect(entry.placeholders?.[name], key).toBeDefined();
  }
});
