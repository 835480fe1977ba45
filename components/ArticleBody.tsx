/**
 * The one place where article HTML enters a Lucid view (the popup or the
 * reader overlay): it passes through the sanitizer here, in the window that
 * shows it, whatever the page-side pipeline already did. Key quotes are then
 * marked in Lucid's own copy of the text.
 */
import { useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { markText } from './highlight.ts';
import { collapseBrokenImages, withoutImages } from './article-images.ts';
import { isLongMarkup, sanitizeInParts } from '../utils/pipeline/sanitize.ts';
import { t } from '../utils/extension/i18n.ts';
import type { RawHtml } from '../utils/types.ts';

export interface ArticleBodyProps {
  /** The page's markup: sanitized here, the one place a Lucid view inserts it. */
  html: RawHtml;
  quotes: string[];
  lang: string;
  dir: 'ltr' | 'rtl';
  /** Index into `quotes` of the quote to scroll to, and a counter that changes on every click. */
  focusQuote?: { index: number; nonce: number };
  /** The reader's image setting: off, no image reaches the document (nothing is requested). */
  showImages?: boolean;
  /** Called once the whole article is in the view, quotes marked, with the markup it shows. */
  onComplete?: (html: RawHtml) => void;
}

/** The article's parts, sanitized as they are first needed and kept: a view that redraws (new quotes) does not sanitize again. */
interface SanitizedParts {
  next: () => DocumentFragment | undefined;
  done: DocumentFragment[];
}

function sanitizedParts(html: RawHtml, showImages: boolean): SanitizedParts {
  const parts = sanitizeInParts(html, window);
  const done: DocumentFragment[] = [];
  return {
    done,
    next() {
      const step = parts.next();
      if (step.done) return undefined;
      const fragment = showImages ? step.value : withoutImages(step.value);
      done.push(fragment);
      return fragment;
    },
  };
}

export function ArticleBody({ html, quotes, lang, dir, focusQuote, showImages = true, onComplete }: ArticleBodyProps) {
  const container = useRef<HTMLDivElement>(null);
  const parts = useMemo(() => sanitizedParts(html, showImages), [html, showImages]);

  // Lucid's own copy of the sanitized nodes, with the key quotes marked: rebuilt only when the article or the
  // quotes really change (not on every render: that would lose the reader's place and selection). A very long
  // article goes in part by part: the first at once, each next one in a later task, so the view answers meanwhile;
  // the quotes are marked and the body says it is complete once the last is in.
  const quotesKey = quotes.join('\u0000');
  useLayoutEffect(() => {
    const root = container.current;
    if (!root) return;
    const stops: (() => void)[] = [];
    const insert = (fragment: DocumentFragment) => {
      const holder = document.createElement('div');
      holder.className = 'lucid-part';
      holder.append(fragment.cloneNode(true));
      root.append(holder);
      stops.push(collapseBrokenImages(holder));
    };
    root.replaceChildren();
    for (const fragment of parts.done) insert(fragment);
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The first part in this frame, so the first screen is there at once; each further one in a task of its own.
    // A short article is one part: it is all in, quotes marked, before this effect returns.
    const step = () => {
      const fragment = parts.next();
      if (fragment) {
        insert(fragment);
        timer = setTimeout(step, 0);
        return;
      }
      quotes.forEach((quote, index) => markText(root, quote, { class: 'lucid-quote', 'data-quote': String(index) }));
      onComplete?.(html);
    };
    const first = parts.done.length ? undefined : parts.next();
    if (first) insert(first);
    if (first && isLongMarkup(html)) timer = setTimeout(step, 0);
    else step();
    return () => {
      clearTimeout(timer);
      for (const stop of stops) stop();
    };
  }, [parts, quotesKey]);

  useLayoutEffect(() => {
    const root = container.current;
    if (!root || !focusQuote) return;
    const mark = root.querySelector<HTMLElement>(`mark[data-quote="${focusQuote.index}"]`);
    if (!mark) return;
    for (const other of root.querySelectorAll('mark.lucid-quote-focus')) other.classList.remove('lucid-quote-focus');
    mark.classList.add('lucid-quote-focus');
    mark.setAttribute('tabindex', '-1');
    mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
    mark.focus({ preventScroll: true });
  }, [focusQuote]);

  return (
    <section class="lucid-body" aria-label={t('articleHeading')} lang={lang || undefined} dir={dir}>
      {/* Filled with the sanitized nodes above: the only content from a page that any Lucid view renders. */}
      <div ref={container} />
    </section>
  );
}
