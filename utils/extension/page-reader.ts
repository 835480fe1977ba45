/**
 * What the injected scripts run inside the page (in the extension's isolated
 * world): the article pipeline on the live document, read-only, with the
 * browser's own knowledge of what the page's stylesheet hides. The markup goes
 * back as it is: the Lucid view that shows it sanitizes it where it inserts it.
 */
import { listElementsFromIndex } from '../dom/dom.ts';
import { elementsFromIndex } from '../pipeline/page-source.ts';
import { pageMarkup, runPipeline } from '../pipeline/pipeline.ts';
import { PREVIEW_TEXT_CHARACTERS } from '../pipeline/preview.ts';
import { PDF_DOCUMENT } from './restricted.ts';
import type { ExtractResult, StageTiming } from '../types.ts';

export interface PageRequest {
  /** Read the largest block of text even where the page holds no article ("Show anyway"). */
  force?: boolean;
}

/** The popup leaves its request here (inject.ts, with a first executeScript) before injecting the extraction script. */
const REQUEST_KEY = '__lucidPageRequest';

export function takeRequest(): PageRequest {
  const holder = globalThis as Record<string, unknown>;
  const request = holder[REQUEST_KEY];
  Reflect.deleteProperty(holder, REQUEST_KEY);
  return typeof request === 'object' && request !== null ? request : {};
}

/** Longer than this, a hidden block is taken for collapsed article text ("Read more"), not for a menu or a hover card. */
const COLLAPSED_ARTICLE_LENGTH = 2000;

/** Whether the page's stylesheet hides an element (display:none, visibility:hidden, content-visibility): the reader should not show it either. */
export function hiddenByStylesheet(element: Element): boolean {
  // Not in every browser the extension supports (Firefox before 125): absent, nothing counts as hidden.
  const checkable = element as Element & { checkVisibility?: (options?: object) => boolean };
  if (typeof checkable.checkVisibility !== 'function') return false;
  if (checkable.checkVisibility({ visibilityProperty: true, checkVisibilityCSS: true })) return false;
  return element.textContent.length < COLLAPSED_ARTICLE_LENGTH;
}

/**
 * When, on the machine's clock (epoch milliseconds), the page began and ended
 * its read: the popup marks both on its own timeline, so the time from the
 * injection to the script's start (sending and compiling the script) and from
 * its end to the result's arrival (the message back) show apart from the stages.
 */
interface PageClock {
  started: number;
  ended: number;
}

export type PageReadResult = ExtractResult & { clock?: PageClock };

const epochNow = () => performance.timeOrigin + performance.now();

export function readPage(request: PageRequest = {}): PageReadResult {
  const started = epochNow();
  if (document.contentType === 'application/pdf') return { ok: false, reason: 'restricted', message: PDF_DOCUMENT };
  // In a browser the DOM's index of elements is the fast way to list them (dom.ts).
  listElementsFromIndex();
  const timings: StageTiming[] = [];
  const onStage = (stage: string, milliseconds: number) => timings.push({ stage, milliseconds });
  const result = runPipeline(
    document,
    {
      url: location.href,
      force: request.force,
      isHidden: hiddenByStylesheet,
      listElements: elementsFromIndex,
      onStage,
      // A very long page is read in two passes: its beginning at once (preview.ts), then the rest (page-rest.ts).
      previewCharacters: PREVIEW_TEXT_CHARACTERS,
    },
    pageMarkup,
  );
  // A few dozen numbers ride along, so the popup can show where a slow page spent its time (performance measures).
  return { ...result, timings, clock: { started, ended: epochNow() } };
}
