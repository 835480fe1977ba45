/**
 * The reader view, the same in the popup and over the page: toolbar, header,
 * summary, key quotes and the clean article, styled by the reader's settings.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import type { ReaderAnalysis } from '../utils/reading/analyze.ts';
import type { ReaderSettings } from '../utils/extension/settings.ts';
import { summaryOfLength } from '../utils/reading/summary.ts';
import { ArticleBody } from './ArticleBody.tsx';
import { ArticleHeader } from './ArticleHeader.tsx';
import { QuoteList } from './QuoteList.tsx';
import { SettingsPanel } from './SettingsPanel.tsx';
import { SummaryPanel } from './SummaryPanel.tsx';
import { Toolbar } from './Toolbar.tsx';

/** How many key quotes the panel shows; the article marks them all. */
export const KEY_QUOTES_SHOWN = 5;

export interface ReaderViewProps {
  analysis: Pick<ReaderAnalysis, 'meta' | 'article' | 'summaryPicks' | 'quotes'>;
  settings: ReaderSettings;
  onSettingChange: <K extends keyof ReaderSettings>(key: K, value: ReaderSettings[K]) => void;
  mode: 'popup' | 'overlay';
  onOpenReader?: () => void;
  onClose?: () => void;
  accessed?: Date;
}

/**
 * The whole view is in place (header, summary and quotes render with the view; the body is the last to fill in):
 * `data-ready` on the root says so to tests and tools, and in the popup a performance mark puts it on the timeline.
 * (Not in the overlay: its marks would land on the page's own timeline.)
 */
function markReady(root: HTMLElement | null, mode: ReaderViewProps['mode']): void {
  if (!root || root.hasAttribute('data-ready')) return;
  root.setAttribute('data-ready', '');
  if (mode === 'popup') performance.mark('lucid:ready');
}

export function ReaderView({ analysis, settings, onSettingChange, mode, onOpenReader, onClose, accessed }: ReaderViewProps) {
  const { meta, article } = analysis;
  const root = useRef<HTMLDivElement>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [focusQuote, setFocusQuote] = useState<{ index: number; nonce: number }>();
  const quotes = useMemo(() => analysis.quotes.filter((quote) => quote.key).slice(0, KEY_QUOTES_SHOWN), [analysis.quotes]);
  const summary = summaryOfLength(analysis.summaryPicks, settings.summarySentences);
  const style = {
    '--lucid-font-size': `${settings.fontSize}px`,
    '--lucid-line-height': String(settings.lineHeight),
    '--lucid-column': `${settings.columnWidth}ch`,
  } as Record<string, string>;
  return (
    <div ref={root} class={`lucid-reader lucid-${mode}`} data-theme={settings.theme} data-font={settings.font} style={style}>
      <Toolbar
        meta={meta}
        html={article.html}
        text={article.text}
        citationStyle={settings.citationStyle}
        onCitationStyleChange={(value) => onSettingChange('citationStyle', value)}
        settingsOpen={settingsOpen}
        onToggleSettings={() => setSettingsOpen((open) => !open)}
        onOpenReader={onOpenReader}
        onClose={onClose}
        accessed={accessed}
      />
      {settingsOpen && (
        <div id="lucid-settings-panel">
          <SettingsPanel settings={settings} onChange={onSettingChange} />
        </div>
      )}
      <main class="lucid-column">
        <ArticleHeader meta={meta} readingMinutes={article.readingMinutes} />
        {settings.summarySentences > 0 && <SummaryPanel sentences={summary} lang={meta.lang} dir={meta.dir} />}
        {settings.showQuotes && <QuoteList quotes={quotes} lang={meta.lang} dir={meta.dir} onJump={(index) => setFocusQuote({ index, nonce: Date.now() })} />}
        <ArticleBody
          html={article.html}
          quotes={settings.showQuotes ? quotes.map((quote) => quote.text) : []}
          lang={meta.lang}
          dir={meta.dir}
          focusQuote={focusQuote}
          onComplete={() => markReady(root.current, mode)}
        />
      </main>
    </div>
  );
}
