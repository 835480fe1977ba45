/**
 * The in-page reader: the same reader view, over the page, in a closed shadow
 * root (the page's CSS cannot reach in, ours cannot leak out, and the page's
 * scripts cannot reach the view). Toggling it off leaves the page exactly as
 * it was: the one element Lucid added goes, the scroll position and focus
 * come back, and every listener Lucid added is removed.
 */
import { render } from 'preact';
import readerCss from '../../components/reader.css?inline';
import { FailureView } from '../../components/FailureView.tsx';
import { ReaderApp } from '../../components/ReaderApp.tsx';
import type { ListenModule } from '../../components/listen-api.ts';
import type { ReaderAnalysis } from '../../utils/reading/analyze.ts';
import { textToAnalyze, withoutAnalysis } from '../../utils/reading/article-text.ts';
import type { CitationFormatter } from '../../utils/citation/request.ts';
import { sendMessage } from '../../utils/extension/messaging.ts';
import { overlayModule, type OverlayModuleName } from '../../utils/extension/overlay-modules.ts';
import { readPage } from '../../utils/extension/page-reader.ts';
import { readPageRest } from '../../utils/extension/page-rest.ts';
import { continueAfter, joinRest } from '../../utils/pipeline/join-rest.ts';
import type { ReaderSettings } from '../../utils/extension/settings.ts';
import { t } from '../../utils/extension/i18n.ts';
import { trustedCall, trustedGet } from '../../utils/dom/trusted-dom.ts';
import type { ExtractFailure, ExtractResult, ExtractSuccess } from '../../utils/types.ts';
import { hidePageScrollbars } from './page-scrollbars.ts';

/** The background injects each of the overlay's heavier modules into this isolated world on first need (overlay-modules.ts). */
const injectModule = (name: OverlayModuleName) => sendMessage('loadOverlayModule', name);

const formatCitationInTab: CitationFormatter = async (request) => (await overlayModule('citation', injectModule)).formatCitation(request);

const loadListen = (): Promise<ListenModule> => overlayModule('listen', injectModule);

/** Resolves once the browser has painted what is on screen now (a frame, then a task after it). */
const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

interface OpenReader {
  close(): void;
}

/** The open reader, kept in the extension's isolated world (invisible to the page's scripts). */
const OPEN_KEY = '__lucidOpenReader';
const FONT_FAMILY = 'Lucid OpenDyslexic';

function openReader(): OpenReader | undefined {
  return (globalThis as Record<string, unknown>)[OPEN_KEY] as OpenReader | undefined;
}

/** Styles adopted by the shadow root: constructed sheets are not subject to the page's Content-Security-Policy. */
function styleShadow(shadow: ShadowRoot): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(readerCss);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    // An engine without constructable sheets in content scripts: a <style> inside the shadow root.
    const style = createElement('style');
    style.textContent = readerCss;
    shadow.append(style);
  }
}

/**
 * `document`'s members through its prototypes: a page that names an element
 * "createElement" or "documentElement" (DOM clobbering) cannot stop the reader.
 */
const createElement = (tag: string) => trustedCall<HTMLElement>(document, 'createElement', tag);
const rootElement = () => trustedGet<HTMLElement>(document, 'documentElement');
const activeElement = () => trustedGet<Element | null>(document, 'activeElement');
const fontSet = () => trustedGet<FontFaceSet>(document, 'fonts');

function base64ToBuffer(base64: string): ArrayBuffer {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes.buffer;
}

/** The address holds a text directive (a link to a passage, a quote Lucid cited): the browser scrolls there, and the reader would cover it. */
function linksToPassage(): boolean {
  const navigation = performance.getEntriesByType('navigation')[0];
  return (navigation?.name ?? '').includes(':~:');
}

/** An always-open site's page: the reader opens by itself when the page holds an article, and only then. */
export function openIfArticle(): 'opened' | 'not-article' | 'already-open' | 'passage' {
  if (openReader()) return 'already-open';
  if (linksToPassage()) return 'passage';
  const result = readPage();
  if (!result.ok) return 'not-article';
  toggleReader(result);
  return 'opened';
}

/** Opens the reader (on `initial` when the page was already read) or closes it. */
export function toggleReader(initial?: ExtractResult): 'opened' | 'closed' {
  const existing = openReader();
  if (existing) {
    existing.close();
    return 'closed';
  }
  const scroll = { x: window.scrollX, y: window.scrollY };
  const previouslyFocused = activeElement() as HTMLElement | null;
  const fonts: FontFace[] = [];

  const host = createElement('lucid-reader');
  // CSSOM, not a style attribute: pages with a strict Content-Security-Policy allow it.
  for (const [property, value] of [
    ['all', 'initial'],
    ['position', 'fixed'],
    ['inset', '0'],
    ['z-index', '2147483647'],
    ['display', 'block'],
  ] as const) {
    host.style.setProperty(property, value, 'important');
  }
  const shadow = host.attachShadow({ mode: 'closed' });
  styleShadow(shadow);
  const mount = createElement('div');
  mount.setAttribute('role', 'dialog');
  mount.setAttribute('aria-modal', 'true');
  mount.setAttribute('aria-label', 'Lucid');
  shadow.append(mount);

  const onKeyDown = (event: KeyboardEvent) => {
    // Only the person's own key press: a page script can dispatch a fake Escape, not a trusted one.
    if (event.key === 'Escape' && event.isTrusted) {
      event.stopPropagation();
      close();
    }
  };

  async function loadFont(settings: ReaderSettings) {
    if (settings.font !== 'dyslexic' || fonts.length) return;
    try {
      for (const { weight, base64 } of await sendMessage('readerFont', undefined)) {
        const face = new FontFace(FONT_FAMILY, base64ToBuffer(base64), { weight: String(weight) });
        await face.load();
        fontSet().add(face);
        fonts.push(face);
      }
    } catch {
      // The font is a nicety: the reader falls back to the system sans-serif.
    }
  }

  function close() {
    render(null, mount);
    host.remove();
    showPageScrollbars();
    window.removeEventListener('keydown', onKeyDown, true);
    for (const face of fonts) fontSet().delete(face);
    Reflect.deleteProperty(globalThis, OPEN_KEY);
    // Instant: a page with `scroll-behavior: smooth` would otherwise animate back, and read as moved meanwhile.
    window.scrollTo({ left: scroll.x, top: scroll.y, behavior: 'instant' });
    // A clobbered or foreign element may lack focus(): the check is for the page's sake, not the types'.
    (previouslyFocused as Partial<HTMLElement> | null)?.focus?.({ preventScroll: true });
  }

  const isStillOpen = () => openReader()?.close === close;
  // What is on screen, and whether the whole of a very long page could not be read (its beginning is what is shown).
  let shownView: ReaderAnalysis | ExtractFailure | undefined;
  let wholeFailed = false;

  function show(result: ExtractResult) {
    if (!result.ok) {
      showView(result);
      return;
    }
    // The article at once; its summary and key quotes once the background has read the text (off the page's thread:
    // a live blog's 300 000 characters take a second or more), asked only after the article is painted. Where the
    // background cannot answer, the article stays without them.
    const article = withoutAnalysis(result);
    showView(article);
    afterPaint()
      .then(() => sendMessage('analyzeText', textToAnalyze(result)))
      .then((analysis) => {
        // Only onto the article it is of: the whole of a long page may have replaced its beginning meanwhile.
        if (isStillOpen() && shownView === article) showView({ ...result, ...analysis });
      })
      .catch((error: unknown) => console.warn('Lucid could not find the summary and key quotes', error));
    if (result.article.partial) readWholeAfterPaint(result);
  }

  /**
   * A very long page's beginning is on screen (pipeline/preview.ts): the rest
   * is read once the browser has painted it, a slice at a time, the page
   * answering between slices (continuation.ts).
   */
  function readWholeAfterPaint(shown: ExtractSuccess) {
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (!isStillOpen()) return;
        void readPageRest(continueAfter(shown)).then((rest) => {
          if (!isStillOpen()) return;
          if (rest.ok) {
            show(joinRest(shown, rest));
            return;
          }
          wholeFailed = true;
          showView(shownView ?? withoutAnalysis(shown));
        });
      }, 0),
    );
  }

  function showView(result: ReaderAnalysis | ExtractFailure) {
    shownView = result;
    render(
      result.ok ? (
        <ReaderApp
          analysis={result}
          mode="overlay"
          formatCitation={formatCitationInTab}
          linkToQuote={(request) => sendMessage('quoteFragment', request)}
          onClose={close}
          onSettings={(settings) => void loadFont(settings)}
          loadListen={loadListen}
          wholeFailed={wholeFailed}
        />
      ) : (
        <div class="lucid-reader lucid-overlay" data-theme="auto">
          <FailureView reason={result.reason} onShowAnyway={() => show(readPage({ force: true }))} />
          <p style={{ padding: '0 1.25rem' }}>
            <button type="button" onClick={close} data-action="close" aria-label={t('closeReader')}>
              ✕
            </button>
          </p>
        </div>
      ),
      mount,
    );
  }

  (globalThis as Record<string, unknown>)[OPEN_KEY] = { close } satisfies OpenReader;
  rootElement().append(host);
  const showPageScrollbars = hidePageScrollbars(document);
  window.addEventListener('keydown', onKeyDown, true);
  show(initial ?? readPage());
  // Keyboard users land in the reader, at its toolbar.
  (shadow.querySelector('button') as HTMLElement | null)?.focus({ preventScroll: true });
  return 'opened';
}
