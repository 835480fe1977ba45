/**
 * The popup: find the tab (the one the toolbar was clicked on, whose read the
 * background started in Chromium; else the active one), say at once if the
 * browser forbids reading it, otherwise take the read or inject the
 * extraction script, and show the reader view. Every
 * outcome has a view a person understands; the popup is never left blank.
 *
 * The popup's first load is only this shell and its messages: the reader view
 * and the summary and quote finder load while the page is being read, so the
 * popup paints "Reading…" at once and the article as soon as it arrives. A
 * toolbar click's popup, whose page the background began reading (and whose
 * article it analysed) while the popup opened, loads no quote finder and draws
 * nothing until its article is ready unless the page or its own work is slow
 * (first-draw.ts): then "Reading…", within 80 ms of an unanswered page.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { FailureView, RestrictedView } from '../../components/FailureView.tsx';
import { LoadingMessage } from '../../components/StatusMessage.tsx';
import type { ReaderAnalysis } from '../../utils/reading/analyze.ts';
import { formatCitationLocally } from '../../utils/citation/local-formatter.ts';
import { t } from '../../utils/extension/i18n.ts';
import { countElements, quoteFragmentInTab, readRestInTab, readTab, toggleReaderInTab } from '../../utils/extension/inject.ts';
import { clickOfPopup, type ClickedTab, type ClickRead } from '../../utils/extension/click-read.ts';
import { firstDrawOfClick } from '../../utils/extension/first-draw.ts';
import { sendMessage } from '../../utils/extension/messaging.ts';
import { continueAfter, joinRest } from '../../utils/pipeline/join-rest.ts';
import { textToAnalyze, withoutAnalysis } from '../../utils/reading/article-text.ts';
import { PDF_DOCUMENT, restrictedReason, type RestrictedReason } from '../../utils/extension/restricted.ts';
import type { ExtractSuccess, FailureCode } from '../../utils/types.ts';

type PopupState =
  | { kind: 'loading'; detail?: string }
  | { kind: 'restricted'; reason: RestrictedReason }
  | { kind: 'failure'; reason: FailureCode }
  | {
      kind: 'article';
      analysis: ReaderAnalysis;
      tabId: number;
      address?: string;
      ReaderApp: ReaderAppComponent;
      AlwaysOpenButton: AlwaysOpenComponent;
      settings: ReaderSettings;
      /** A very long page's beginning is shown and reading the whole failed (too long, or the tab went away). */
      wholeFailed?: boolean;
    };
type ArticleState = Extract<PopupState, { kind: 'article' }>;

/**
 * Marks on the popup's timeline (DevTools' Performance panel shows them; the
 * speed benchmark reads them): where the time from click to article goes.
 */
const mark = (name: string) => performance.mark(`lucid:${name}`);
mark('popup-start');

/**
 * The reader view and the person's settings: loaded while the page is read, but only once the request to read it is
 * sent. Compiling them first would hold up the browser's answer to "which tab?" (measured: 30 ms between the popup's
 * start and the tab, against 10 ms for a popup that loads nothing else). A toolbar click's popup loads them at once:
 * its page is being read already, and nothing it draws waits for the tab alone.
 */
function loadReaderModules() {
  return Promise.all([
    import('../../components/ReaderApp.tsx'),
    import('../../utils/extension/settings.ts').then(({ loadSettings }) => loadSettings()),
    import('../../components/AlwaysOpenSites.tsx'),
  ]).then((modules) => {
    mark('reader-modules');
    return modules;
  });
}
let readerModulesLoading: ReturnType<typeof loadReaderModules> | undefined;
const readerModules = () => (readerModulesLoading ??= loadReaderModules());
type ReaderModules = Awaited<ReturnType<typeof loadReaderModules>>;
type ReaderAppComponent = ReaderModules[0]['ReaderApp'];
type ReaderSettings = ReaderModules[1];
type AlwaysOpenComponent = ReaderModules[2]['AlwaysOpenButton'];

/**
 * The summary and quote finder: loaded beside the view where the popup reads the page itself, and only where needed
 * in a toolbar click's popup, whose background analyses the article it read (click-analysis.ts).
 */
let analysisModuleLoading: Promise<typeof import('../../utils/reading/analyze.ts')> | undefined;
const analysisModule = () => (analysisModuleLoading ??= import('../../utils/reading/analyze.ts'));

/** Past this, the popup stops waiting and says so (the tab stays responsive; the person can try again). */
export const EXTRACTION_TIMEOUT_MS = 20_000;
/** The second pass over a very long page (its beginning is on screen meanwhile): the page's own budget, and some slack. */
const WHOLE_READ_TIMEOUT_MS = 70_000;
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

type Outcome = Exclude<PopupState, { kind: 'loading' }>;

/** The click this popup was opened for, where the background heard it (Chromium, click-read.ts), from the popup's address. */
const click = clickOfPopup(location.search);

/** What the popup asks the background about its click: its tab, and beside it (not a round trip later) its read. */
interface ClickAsked {
  tab: Promise<ClickedTab | null>;
  read: Promise<ClickRead | null>;
}

/** Asks about this popup's click; null for a popup opened without a click the background heard (Firefox, a page named by ?tabId=). */
function askAboutClick(): ClickAsked | null {
  if (!click) return null;
  return { tab: sendMessage('clickedTab', click).catch(() => null), read: sendMessage('takeClickRead', click).catch(() => null) };
}

/** A read of the page, with its summary and quotes where the background worked them out (a click's read). */
type PopupRead = Pick<ClickRead, 'result' | 'analysis'>;

/** The popup's own read: it analyses the article itself, so its summary and quote finder load beside the view. */
function readItself(tabId: number, force: boolean): Promise<PopupRead> {
  void analysisModule().catch(() => undefined);
  return readTab(tabId, { force }).then((result) => ({ result }));
}

/**
 * The read the click started, or one of the popup's own where there is none (or it was of another tab), or where the
 * browser refused it: now and then (about one click in 50 in the speed test) Chromium has not yet granted activeTab to
 * a script the background injects at the click, while the popup it opens has the grant.
 */
async function readOfClick(tabId: number, asked: ClickAsked['read']): Promise<PopupRead> {
  const started = await asked;
  mark('click-read');
  if (started?.tabId !== tabId) return readItself(tabId, false);
  if (!started.result.ok && started.result.reason === 'restricted' && started.result.message !== PDF_DOCUMENT) {
    mark('click-read-refused');
    return readItself(tabId, false);
  }
  return started;
}

/** The article with its summary and quotes: the background's where it sent them, else the popup's own. */
async function analysisOf(result: ExtractSuccess, fromBackground: ClickRead['analysis'], settings: ReaderSettings): Promise<ReaderAnalysis> {
  // A very long page's beginning goes on screen before its summary and quotes: analysing 200 000 characters takes
  // about a second, which the person would otherwise spend looking at "Reading…" (show() analyses it next).
  if (result.article.partial) return withoutAnalysis(result);
  if (fromBackground) {
    for (const { stage, milliseconds } of fromBackground.timings) performance.measure(`lucid:background:${stage}`, { start: 0, duration: milliseconds });
    // The view shows as many summary sentences as the person's setting asks for, from the ranked picks.
    const { summary, summaryPicks, quotes } = fromBackground;
    return { ...result, summary, summaryPicks, quotes };
  }
  const onStage = (stage: string, milliseconds: number) =>
    performance.measure(`lucid:${stage}`, { start: performance.now() - milliseconds, duration: milliseconds });
  return (await analysisModule()).analyzeArticle(result, { summarySentences: settings.summarySentences, onStage });
}

/**
 * Reads the tab and says what to show. `onSlow` hears, once reading has taken
 * a while, what to tell the person meanwhile (a large page, or just "still reading").
 */
async function readActiveTab(force: boolean, onSlow: (detail: string) => void, onSent?: () => void, onPageAnswered?: () => void): Promise<Outcome> {
  // The clicked tab, where the background heard the click: the page is being read already.
  const asked = force ? null : askAboutClick();
  const clicked = asked ? await asked.tab : null;
  const tab = clicked ?? (await targetTab().catch(() => undefined));
  mark('tab');
  const reason = restrictedReason(tab?.url);
  if (tab?.id === undefined || reason) {
    onSent?.();
    return { kind: 'restricted', reason: reason ?? 'no-address' };
  }
  const tabId = tab.id;
  const slow = setTimeout(() => {
    void countElements(tabId)
      .then((count) => onSlow(count > LARGE_PAGE_ELEMENTS ? t('loadingLarge', count.toLocaleString()) : t('loadingSlow')))
      .catch(() => undefined);
  }, SLOW_AFTER_MS);
  try {
    // The request leaves at this call; the view's modules load while the page is read.
    const reading = clicked && asked ? readOfClick(tabId, asked.read) : readItself(tabId, force);
    onSent?.();
    void readerModules().catch(() => undefined);
    const read = await withTimeout(reading, EXTRACTION_TIMEOUT_MS);
    mark('extracted');
    onPageAnswered?.();
    if (read === 'timeout') return { kind: 'failure', reason: 'timeout' };
    const { result } = read;
    for (const { stage, milliseconds } of result.timings ?? []) performance.measure(`lucid:page:${stage}`, { start: 0, duration: milliseconds });
    if (result.clock) {
      // The page's clock is the machine's: its start and end land on the popup's timeline. A read the toolbar click
      // started may have begun before the popup did, where no mark can go: the time itself rides in the mark's detail.
      const markAt = (name: string, epoch: number) => performance.mark(name, { startTime: Math.max(0, epoch - performance.timeOrigin), detail: { epoch } });
      markAt('lucid:page-start', result.clock.started);
      markAt('lucid:page-end', result.clock.ended);
    }
    if (!result.ok && result.reason === 'restricted') return { kind: 'restricted', reason: result.message === PDF_DOCUMENT ? 'pdf' : 'browser-page' };
    if (!result.ok) return { kind: 'failure', reason: result.reason };
    const [{ ReaderApp }, settings, { AlwaysOpenButton }] = await readerModules();
    const analysis = await analysisOf(result, read.analysis, settings);
    mark('analyzed');
    return { kind: 'article', analysis, tabId, address: tab.url, ReaderApp, AlwaysOpenButton, settings };
  } catch {
    // readTab never throws; a module that failed to load, or a view that threw while analysing, lands here.
    return { kind: 'failure', reason: 'failed' };
  } finally {
    clearTimeout(slow);
  }
}

/**
 * The whole of a very long page, whose beginning the first read showed
 * (pipeline/preview.ts). The view stays usable meanwhile: the work is in the tab.
 */
async function readWhole(shown: ArticleState): Promise<ArticleState> {
  const rest = await withTimeout(readRestInTab(shown.tabId, continueAfter(shown.analysis)), WHOLE_READ_TIMEOUT_MS);
  if (rest === 'timeout' || !rest.ok) return { ...shown, wholeFailed: true };
  try {
    // From the extracted parts alone: the beginning may have been shown without its analysis (`pending`).
    const { article, meta } = shown.analysis;
    return { ...shown, analysis: await analysedOffThePopup(joinRest({ ok: true, article, meta }, rest), shown.settings) };
  } catch {
    return { ...shown, wholeFailed: true };
  }
}

/**
 * The summary and quotes of a very long page's article, worked out in the background (background-handlers.ts): a
 * live blog's 300 000 characters take a second or more, which would freeze the popup's scrolling and buttons. Where
 * the background cannot answer, the popup works them out itself.
 */
async function analysedOffThePopup(extracted: ExtractSuccess, settings: ReaderSettings): Promise<ReaderAnalysis> {
  const fromBackground = await sendMessage('analyzeText', textToAnalyze(extracted)).catch(() => undefined);
  if (fromBackground) return { ...extracted, ...fromBackground };
  return (await analysisModule()).analyzeArticle(extracted, { summarySentences: settings.summarySentences });
}

/** The summary and quotes of an article shown without them (a very long page's beginning). */
async function analysed(shown: ArticleState): Promise<ArticleState> {
  try {
    return { ...shown, analysis: { ...(await analysedOffThePopup(shown.analysis, shown.settings)), pending: false } };
  } catch {
    return { ...shown, analysis: { ...shown.analysis, pending: false } };
  }
}

/**
 * Runs `task` once the browser has nothing else to do: after the first screen is painted and the rest of the
 * beginning's parts are in (ArticleBody inserts them one task each).
 */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task());
  else setTimeout(task, 0);
}

/**
 * The first read starts as this module runs, before the first render: the
 * page is being read while the popup paints "Reading…". What it hears before
 * the view is there waits here.
 */
let slowDetail: ((detail: string) => void) | undefined;
let earlySlowDetail: string | undefined;
let firstReadSent!: () => void;
const firstReadStarted = new Promise<void>((resolve) => (firstReadSent = resolve));
let firstPageAnswered!: () => void;
const firstPageAnswer = new Promise<void>((resolve) => (firstPageAnswered = resolve));
/** What the first read found, once it has: the view's first render shows it where it is in by then. */
let firstOutcome: Outcome | undefined;
const firstRead = readActiveTab(
  false,
  (detail) => (slowDetail ? slowDetail(detail) : (earlySlowDetail = detail)),
  () => firstReadSent(),
  () => firstPageAnswered(),
).then((outcome) => (firstOutcome = outcome));
// The click's read was started by the background, so nothing is left to send before the view's modules: they load now,
// not only once the background has said which tab the click was on.
if (click) void readerModules().catch(() => undefined);

/**
 * Settles when main.tsx renders the view: once the first read's request has left for the tab (or there is nothing to
 * read), so "Reading…" shows while the page is read; in a click's popup, whose page was read from the click, once the
 * view is ready or the page or the popup's own work is slow (first-draw.ts).
 */
export const firstRenderDue: Promise<unknown> = click ? firstDrawOfClick(firstRead, firstPageAnswer) : firstReadStarted;

export function App() {
  // The first read's outcome where it came in before the first render (a click's read), else "Reading…".
  const [state, setState] = useState<PopupState>(() => firstOutcome ?? { kind: 'loading', detail: earlySlowDetail });

  function showSlow(detail: string) {
    setState((current) => (current.kind === 'loading' ? { kind: 'loading', detail } : current));
  }

  /**
   * Shows what a read found; a very long page's beginning, then its summary and quotes once it is on screen, and
   * then the whole of it once read.
   */
  function show(outcome: Outcome) {
    setState(outcome);
    continueWith(outcome);
  }

  /** What follows once `outcome` is on screen: for a very long page's beginning, its analysis and then the whole page. */
  function continueWith(outcome: Outcome) {
    if (outcome.kind !== 'article' || !outcome.analysis.article.partial) return;
    // Each update applies only while the view still shows this read's article (the person may have asked "Try again").
    const update = (next: (current: ArticleState) => ArticleState) =>
      setState((current) => (current.kind === 'article' && current.analysis.article === outcome.analysis.article ? next(current) : current));
    if (outcome.analysis.pending)
      whenIdle(() => void analysed(outcome).then((withAnalysis) => update((current) => (current.analysis.pending ? withAnalysis : current))));
    void readWhole(outcome).then((whole) => update(() => whole));
  }

  async function read(force = false) {
    setState({ kind: 'loading' });
    show(await readActiveTab(force, showSlow));
  }

  useEffect(() => {
    if (state.kind === 'loading') mark('loading-shown');
    slowDetail = showSlow;
    const shownFirst = state;
    void firstRead.then((outcome) => (outcome === shownFirst ? continueWith(outcome) : show(outcome)));
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
        initialSettings={state.settings}
        mode="popup"
        formatCitation={formatCitationLocally}
        linkToQuote={(request) => quoteFragmentInTab(tabId, request)}
        toolbarExtras={<AlwaysOpenButton address={address} />}
        wholeFailed={state.wholeFailed}
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
