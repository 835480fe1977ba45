/** Settings in extension storage (WXT's fakeBrowser): defaults, junk read back as something usable, changes seen live. */
import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, LIMITS, loadSettings, saveSetting, validSetting, watchSettings } from '../../utils/extension/settings.ts';

beforeEach(() => {
  fakeBrowser.reset();
});

test('with nothing stored, the settings are the defaults', async () => {
  expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
});

test('a saved setting is read back, under its own key, and nothing else is stored', async () => {
  await saveSetting('fontSize', 22);
  await saveSetting('citationStyle', 'mla');
  expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, fontSize: 22, citationStyle: 'mla' });
  expect(await fakeBrowser.storage.local.get(null)).toEqual({ fontSize: 22, citationStyle: 'mla' });
});

test('junk in storage (wrong types, unknown choices, numbers out of range) gives defaults or the nearest allowed value', async () => {
  await fakeBrowser.storage.local.set({
    theme: 'neon',
    font: 42,
    fontSize: 'huge',
    lineHeight: 99,
    columnWidth: -5,
    summarySentences: null,
    showQuotes: 'yes',
    citationStyle: 'vancouver',
  });
  expect(await loadSettings()).toEqual({
    ...DEFAULT_SETTINGS,
    lineHeight: LIMITS.lineHeight.max,
    columnWidth: LIMITS.columnWidth.min,
  });
  expect(validSetting('fontSize', Number.NaN)).toBe(DEFAULT_SETTINGS.fontSize);
  expect(validSetting('fontSize', 20)).toBe(20);
  expect(validSetting('theme', 'sepia')).toBe('sepia');
  expect(validSetting('showQuotes', false)).toBe(false);
});

test('a change, made here or in another window, reaches the watcher with the whole settings; after unwatching, none does', async () => {
  const seen = vi.fn();
  const unwatch = watchSettings(seen);
  await saveSetting('theme', 'dark');
  await vi.waitFor(() => expect(seen).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, theme: 'dark' }));
  // Another window writes storage directly.
  await fakeBrowser.storage.local.set({ fontSize: 24 });
  await vi.waitFor(() => expect(seen).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, theme: 'dark', fontSize: 24 }));
  unwatch();
  const calls = seen.mock.calls.length;
  await saveSetting('theme', 'light');
  await new Promise((done) => setTimeout(done, 20));
  expect(seen.mock.calls.length).toBe(calls);
});
