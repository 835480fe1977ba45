/**
 * The reader with its settings: loads them, applies every change live (from
 * this view or another window), and saves what the person changes.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ReaderAnalysis } from '../utils/reading/analyze.ts';
import type { ListenModule } from './listen-api.ts';
import type { CitationFormatter } from '../utils/citation/request.ts';
import { DEFAULT_SETTINGS, loadSettings, saveSetting, watchSettings, type ReaderSettings } from '../utils/extension/settings.ts';
import type { ComponentChildren } from 'preact';
import { CitationFormatterContext } from './citation-context.ts';
import { QuoteLinkContext, type QuoteLinker } from './quote-link-context.ts';
import { ReaderView } from './ReaderView.tsx';

export interface ReaderAppProps {
  analysis: ReaderAnalysis;
  /** The person's settings, when the caller loaded them already: the first render is then the right one, not the defaults. */
  initialSettings?: ReaderSettings;
  mode: 'popup' | 'overlay';
  /** How "Copy citation" formats: in this window (popup) or through the background (overlay). */
  formatCitation: CitationFormatter;
  /** How "Copy quote with citation" gets the link to the quote in the page. */
  linkToQuote?: QuoteLinker;
  /** More toolbar actions (the popup's "Always open on this site"). */
  toolbarExtras?: ComponentChildren;
  onOpenReader?: () => void;
  onClose?: () => void;
  /** Called with the settings in force, for work outside the view (loading a font). */
  onSettings?: (settings: ReaderSettings) => void;
  /** Reader mode's Listen module, loaded on first use. */
  loadListen?: () => Promise<ListenModule>;
  /** The article is a very long page's beginning (`article.partial`) and the whole could not be read. */
  wholeFailed?: boolean;
}

export function ReaderApp({
  analysis,
  initialSettings,
  mode,
  formatCitation,
  linkToQuote,
  toolbarExtras,
  onOpenReader,
  onClose,
  onSettings,
  loadListen,
  wholeFailed,
}: ReaderAppProps) {
  const [settings, setSettings] = useState<ReaderSettings>(initialSettings ?? DEFAULT_SETTINGS);
  useEffect(() => {
    if (!initialSettings) void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  useEffect(() => onSettings?.(settings), [settings]);
  function change<K extends keyof ReaderSettings>(key: K, value: ReaderSettings[K]) {
    setSettings((current) => ({ ...current, [key]: value }));
    void saveSetting(key, value);
  }
  return (
    <CitationFormatterContext.Provider value={formatCitation}>
      <QuoteLinkContext.Provider value={linkToQuote ?? null}>
        <ReaderView
          analysis={analysis}
          settings={settings}
          onSettingChange={change}
          mode={mode}
          onOpenReader={onOpenReader}
          onClose={onClose}
          toolbarExtras={toolbarExtras}
          loadListen={loadListen}
          wholeFailed={wholeFailed}
        />
      </QuoteLinkContext.Provider>
    </CitationFormatterContext.Provider>
  );
}
