/**
 * The reader view, the same in the popup and over the page: toolbar, header,
 * summary, key quotes and the clean article, styled by the reader's settings.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ReaderAnalysis } from '../utils/reading/analyze.ts';
import type { ReaderSettings } from '../utils/extension/settings.ts';
import { summaryOfLength } from '../utils/reading/summary.ts';
import { keyQuotes } from '../utils/reading/key-quotes.ts';
import { ArticleBody } from './ArticleBody.tsx';
import { AlwaysOpenSites } from './AlwaysOpenSites.tsx';
import { ArticleHeader } from './ArticleHeader.tsx';
import type { ListenModule } from './listen-api.ts';
import { ListenSlot } from './ListenSlot.tsx';
import { CorrectionsContext, useCorrections } from './corrections-context.ts';
import { QuoteList } from './QuoteList.tsx';
import { ReportButton } from './ReportButton.tsx';
import { SettingsPanel } from './SettingsPanel.tsx';
import { SummaryPanel } from './SummaryPanel.tsx';
import { Toolbar } from './Toolbar.tsx';
import { uiDirection } from './ui-direction.ts';
import { t, uiLanguage } from '../utils/extension/i18n.ts';

/** How many key quotes the panel shows; the article marks them all. */
const KEY_QUOTES_SHOWN = 5;

export interface ReaderViewProps {
  analysis: Pick<ReaderAnalysis, 'meta' | 'article' | 'summaryPicks' | 'quotes' | 'pending'>;
  settings: ReaderSettings;
  onSettingChange: <K extends keyof ReaderSettings>(key: K, value: ReaderSettings[K]) => void;
  mode: 'popup' | 'overlay';
  onOpenReader?: () => void;
  onClose?: () => void;
  accessed?: Date;
  /** Reader mode's Listen module, loaded on first use; without it, no Listen button. */
  loadListen?: () => Promise<ListenModule>;
  /** More toolbar actions for this view (the popup's "Always open on this site"). */
  toolbarExtras?: ComponentChildren;
  /** The article is a very long page's beginning (`article.partial`) and the whole could not be read. */
  wholeFailed?: boolean;
}

/** The key that plays or pauses Listen: not Space, which scrolls. Where a layout types no Latin letter there (an IME), the K key. */
function isListenKey(event: KeyboardEvent): boolean {
  if (event.altKey || event.ctrlKey || event.metaKey || (event.target as Element | null)?.closest('input, select, textarea, [contenteditable]')) return false;
  return /^[a-z]$/i.test(event.key) ? event.key === 'k' : event.code === 'KeyK';
}

/**
 * The whole view is in place (header, summary and quotes render with the view; the body is the last to fill in; in
 * reader mode the summary and quotes arrive from the background after the body): `data-ready` on the root says so to
 * tests and tools, and in the popup a performance mark puts it on the timeline. (Not in the overlay: its marks would
 * land on the page's own timeline.)
 */
function markReady(root: HTMLElement | null, mode: ReaderViewProps['mode']): void {
  if (!root || root.hasAttribute('data-ready')) return;
  root.setAttribute('data-ready', '');
  if (mode === 'popup') performance.mark('lucid:ready');
}

export function ReaderView({
  analysis,
  settings,
  onSettingChange,
  mode,
  onOpenReader,
  onClose,
  accessed,
  toolbarExtras,
  loadListen,
  wholeFailed,
}: ReaderViewProps) {
  const { meta, article } = analysis;
  const corrections = useCorrections(meta);
  const root = useRef<HTMLDivElement>(null);
  // The markup whose body is all in: a very long page's beginning is replaced by the whole, which fills in again.
  const bodyCompleteFor = useRef<string>();
  const markIfWhole = () => {
    if (bodyCompleteFor.current === article.html && !analysis.pending && !article.partial) markReady(root.current, mode);
  };
  // The analysis may arrive after the body is in (reader mode), and change no quote mark in it.
  useEffect(markIfWhole, [analysis]);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [focusQuote, setFocusQuote] = useState<{ index: number; nonce: number }>();
  // Listen: undefined while the bar is closed; then a count of the play/pause key presses it is sent.
  const [listenToggles, setListenToggles] = useState<number>();
  const quotes = useMemo(() => keyQuotes(analysis.quotes).slice(0, KEY_QUOTES_SHOWN), [analysis.quotes]);
  const summary = summaryOfLength(analysis.summaryPicks, settings.summarySentences);
  const style = {
    '--lucid-font-size': `${settings.fontSize}px`,
    '--lucid-line-height': String(settings.lineHeight),
    '--lucid-column': `${settings.columnWidth}ch`,
  } as Record<string, string>;
  return (
    // The interface's language and direction (toolbar, settings), whatever the page's: over an Arabic page, an English
    // toolbar still reads left to right. Article parts set their own.
    <CorrectionsContext.Provider value={corrections}>
      <div
        ref={root}
        class={`lucid-reader lucid-${mode}`}
        data-theme={settings.theme}
        data-font={settings.font}
        style={style}
        lang={uiLanguage()}
        dir={uiDirection()}
        onKeyDown={(event) => {
          if (!loadListen || !isListenKey(event)) return;
          event.preventDefault();
          // The page under the overlay has no say in Lucid's keys.
          event.stopPropagation();
          setListenToggles((count) => (count === undefined ? 0 : count + 1));
        }}
      >
        <Toolbar
          meta={corrections.meta}
          html={article.html}
          text={article.text}
          citationStyle={settings.citationStyle}
          onCitationStyleChange={(value) => onSettingChange('citationStyle', value)}
          settingsOpen={settingsOpen}
          onToggleSettings={() => setSettingsOpen((open) => !open)}
          onOpenReader={onOpenReader}
          onClose={onClose}
          accessed={accessed}
          onListen={loadListen && (() => setListenToggles((count) => (count === undefined ? 0 : undefined)))}
          listening={listenToggles !== undefined}
          onPrint={() =>
            import('../utils/extension/print-request.ts').then(({ requestPrint }) =>
              requestPrint({
                meta: corrections.meta,
                html: article.html,
                readingMinutes: article.readingMinutes,
                summary: settings.summarySentences > 0 ? summary : [],
              }),
            )
          }
        >
          {toolbarExtras}
        </Toolbar>
        {settingsOpen && (
          <div id="lucid-settings-panel">
            <SettingsPanel settings={settings} onChange={onSettingChange} />
            <AlwaysOpenSites />
          </div>
        )}
        <main class="lucid-column">
          {article.partial && (
            <p class="lucid-partial" role="status">
              {t(wholeFailed ? 'partialFailed' : 'partialReading')}
            </p>
          )}
          <ArticleHeader meta={meta} readingMinutes={article.readingMinutes} />
          {settings.summarySentences > 0 && <SummaryPanel sentences={summary} lang={meta.lang} dir={meta.dir} />}
          {settings.showQuotes && (
            <QuoteList
              quotes={quotes}
              lang={meta.lang}
              dir={meta.dir}
              onJump={(index) => setFocusQuote({ index, nonce: Date.now() })}
              citation={{ meta: corrections.meta, style: settings.citationStyle, articleText: article.text, accessed }}
            />
          )}
          <ArticleBody
            html={article.html}
            quotes={settings.showQuotes ? quotes.map((quote) => quote.text) : []}
            lang={meta.lang}
            dir={meta.dir}
            focusQuote={focusQuote}
            showImages={settings.showImages}
            onComplete={(html) => {
              bodyCompleteFor.current = html;
              markIfWhole();
            }}
          />
          <ReportButton analysis={analysis} />
        </main>
        {loadListen && listenToggles !== undefined && (
          <ListenSlot
            load={loadListen}
            text={article.text}
            lang={meta.lang}
            quotes={analysis.quotes}
            settings={settings}
            onSettingChange={onSettingChange}
            toggles={listenToggles}
            onClose={() => setListenToggles(undefined)}
          />
        )}
      </div>
    </CorrectionsContext.Provider>
  );
}
