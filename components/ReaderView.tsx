/**
 * The reader view, the same in the popup and over the page: toolbar, header,
 * summary, key quotes and the clean article, styled by the reader's settings.
 */
import { useMemo, useState } from 'preact/hooks';
import type { ReaderAnalysis } from '../utils/reading/analyze.ts';
import type { ReaderSettings } from '../utils/extension/settings.ts';
import { summaryOfLength } from '../utils/reading/summary.ts';
import { ArticleBody } from './ArticleBody.tsx';
import { ArticleHeader } from './ArticleHeader.tsx';
import { QuoteList } from './QuoteList.tsx';
import { SettingsPanel } from './SettingsPanel.tsx';
import { SummaryPanel } from './SummaryPanel.tsx';
import { Toolbar } from './Toolbar.tsx';
import { uiDirection } from './ui-direction.ts';
import { uiLanguage } from '../utils/extension/i18n.ts';

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

export function ReaderView({ analysis, settings, onSettingChange, mode, onOpenReader, onClose, accessed }: ReaderViewProps) {
  const { meta, article } = analysis;
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
    // The interface's language and direction (toolbar, settings), whatever the page's: over an Arabic page, an English
    // toolbar still reads left to right. Article parts set their own.
    <div class={`lucid-reader lucid-${mode}`} data-theme={settings.theme} data-font={settings.font} style={style} lang={uiLanguage()} dir={uiDirection()}>
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
          showImages={settings.showImages}
        />
      </main>
    </div>
  );
}
