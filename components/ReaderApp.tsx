/**
 * The reader with its settings: loads them, applies every change live (from
 * this view or another window), and saves what the person changes.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ReaderAnalysis } from '../utils/reading/analyze.ts';
import type { ListenModule } from './listen-api.ts';
import type { CitationFormatter } from '../utils/citation/request.ts';
import { DEFAULT_SETTINGS, loadSettings, saveSetting, watchSettings, type ReaderSettings } from '../utils/extension/settings.ts';
import { CitationFormatterContext } from './citation-context.ts';
import { ReaderView } from './ReaderView.tsx';

export interface ReaderAppProps {
  analysis: ReaderAnalysis;
  mode: 'popup' | 'overlay';
  /** How "Copy citation" formats: in this window (popup) or through the background (overlay). */
  formatCitation: CitationFormatter;
  onOpenReader?: () => void;
  onClose?: () => void;
  /** Called with the settings in force, for work outside the view (loading a font). */
  onSettings?: (settings: ReaderSettings) => void;
  /** Reader mode's Listen module, loaded on first use. */
  loadListen?: () => Promise<ListenModule>;
}

export function ReaderApp({ analysis, mode, formatCitation, onOpenReader, onClose, onSettings, loadListen }: ReaderAppProps) {
  const [settings, setSettings] = useState<ReaderSettings>(DEFAULT_SETTINGS);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  useEffect(() => onSettings?.(settings), [settings]);
  function change<K extends keyof ReaderSettings>(key: K, value: ReaderSettings[K]) {
    setSettings((current) => ({ ...current, [key]: value }));
    void saveSetting(key, value);
  }
  return (
    <CitationFormatterContext.Provider value={formatCitation}>
      <ReaderView
        analysis={analysis}
        settings={settings}
        onSettingChange={change}
        mode={mode}
        onOpenReader={onOpenReader}
        onClose={onClose}
        loadListen={loadListen}
      />
    </CitationFormatterContext.Provider>
  );
}
