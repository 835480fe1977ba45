/**
 * The popup: find the active tab, say at once if the browser forbids reading
 * it, otherwise inject the extraction script and show the reader view. Every
 * outcome has a view a person understands; the popup is never blank.
 *
 * The popup's first load is only this shell and its messages: the reader view
 * and the summary and quote finder load while the page is being read, so the
 * popup paints "Reading…" at once and the article as soon as it arrives.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { FailureView, RestrictedView } from '../../components/FailureView.tsx';
import { LoadingMessage } from '../../components/StatusMessage.tsx';
import type { ReaderAnalysis } from '../../utils/reading/analyze.ts';
import { formatCitationLocally } from '../../utils/citation/local-formatter.ts';
import { t } from '../../utils/extension/i18n.ts';
import { countElements, quoteFragmentInTab, readTab, toggleReaderInTab } from '../../utils/extension/inject.ts';
import { PDF_DOCUMENT, restrictedReason, type RestrictedReason } from '../../utils/extension/restricted.ts';
import type { FailureCode } from '../../utils/types.ts';

type PopupState =
  | { kind: 'loading'; detail?: string }
  | { kind: 'restricted'; reason: RestrictedReason }
  | { kind: 'failure'; reason: FailureCode }
  | { kind: 'article'; analysis: ReaderAnalysis; tabId: number; address?: string; ReaderApp: ReaderAppComponent; AlwaysOpenButton: AlwaysOpenComponent };

/** Started as the popup opens, in parallel with reading the page. */
const readerModules = Promise.all([
  import('../../components/ReaderApp.tsx'),
  import('../../utils/reading/analyze.ts'),
  import('../../components/AlwaysOpenSites.tsx'),
]);
type ReaderAppComponent = Awaited<typeof readerModules>[0]['ReaderApp'];
type AlwaysOpenComponent = Awaited<typeof readerModules>[2]['AlwaysOpenButton'];

/** Past this, the popup stops waiting and says so (the tab stays responsive; the person can try again). */
export const EXTRACTION_TIMEOUT_MS = 20_000;
const SLOW_AFTER_MS = 1_500;
const LARGE_PAGE_ELEMENTS = 20_000;

/** The tab to read: the active one, or the one named in ?tabId= (the popup opened as a page, in tests). */
async function targetTab(): Promise<{ id?: number; url?: string } | undefined> {
  const named = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(named) && named > 0) return browser.tabs.get(named);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

function withTimeout<T>(promise: Promise<T>, milliseconds: number): Promise<T | 'timeout'> {
  return Promise.race([promise, new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), milliseconds))]);
}

export function App() {
  const [state, setState] = useState<PopupState>({ kind: 'loading' });

  async function read(force = false) {
    setState({ kind: 'loading' });
    const tab = await targetTab().catch(() => undefined);
    const reason = restrictedReason(tab?.url);
    if (tab?.id === undefined || reason) {
      setState({ kind: 'restricted', reason: reason ?? 'no-address' });
      return;
    }
    const tabId = tab.id;
    const slow = setTimeout(() => {
      void countElements(tabId)
        .then((count) => {
          const detail = count > LARGE_PAGE_ELEMENTS ? t('loadingLarge', count.toLocaleString()) : t('loadingSlow');
          setState((current) => (current.kind === 'loading' ? { kind: 'loading', detail } : current));
        })
        .catch(() => undefined);
    }, SLOW_AFTER_MS);
    try {
      const result = await withTimeout(readTab(tabId, { force }), EXTRACTION_TIMEOUT_MS);
      if (result === 'timeout') setState({ kind: 'failure', reason: 'timeout' });
      else if (!result.ok && result.reason === 'restricted') setState({ kind: 'restricted', reason: result.message === PDF_DOCUMENT ? 'pdf' : 'browser-page' });
      else if (!result.ok) setState({ kind: 'failure', reason: result.reason });
      else {
        const [{ ReaderApp }, { analyzeArticle }, { AlwaysOpenButton }] = await readerModules;
        setState({ kind: 'article', analysis: analyzeArticle(result), tabId, address: tab.url, ReaderApp, AlwaysOpenButton });
      }
    } catch {
      setState({ kind: 'failure', reason: 'failed' });
    } finally {
      clearTimeout(slow);
    }
  }

  useEffect(() => {
    void read();
  }, []);

  async function openReader(tabId: number) {
    try {
      await toggleReaderInTab(tabId);
      window.close();
    } catch {
      setState({ kind: 'failure', reason: 'failed' });
    }
  }

  if (state.kind === 'article') {
    const { ReaderApp, AlwaysOpenButton, tabId, address } = state;
    return (
      <ReaderApp
        analysis={state.analysis}
        mode="popup"
        formatCitation={formatCitationLocally}
        linkToQuote={(request) => quoteFragmentInTab(tabId, request)}
        toolbarExtras={<AlwaysOpenButton address={address} />}
        onOpenReader={() => void openReader(tabId)}
      />
    );
  }
  return (
    <div class="lucid-reader lucid-popup" data-theme="auto">
      {state.kind === 'loading' && <LoadingMessage detail={state.detail} />}
      {state.kind === 'restricted' && <RestrictedView reason={state.reason} />}
      {state.kind === 'failure' && <FailureView reason={state.reason} onShowAnyway={() => void read(true)} onRetry={() => void read()} />}
    </div>
  );
}
