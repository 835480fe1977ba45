/**
 * The one place where article HTML enters a Lucid view (the popup or the
 * reader overlay): it passes through the sanitizer here, in the window that
 * shows it, whatever the page-side pipeline already did. Key quotes are then
 * marked in Lucid's own copy of the text.
 */
import { useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import type { WindowLike } from 'dompurify';
import { markText } from './highlight.ts';
import { sanitizeToFragment } from '../utils/pipeline/sanitize.ts';
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
}

export function ArticleBody({ html, quotes, lang, dir, focusQuote }: ArticleBodyProps) {
  const container = useRef<HTMLDivElement>(null);
  const clean = useMemo(() => sanitizeToFragment(html, window as unknown as WindowLike), [html]);

  // Lucid's own copy of the sanitized nodes, with the key quotes marked: rebuilt only when the article or the
  // quotes really change (not on every render: that would lose the reader's place and selection).
  const quotesKey = quotes.join('\u0000');
  useLayoutEffect(() => {
    const root = container.current;
    if (!root) return;
    root.replaceChildren(clean.cloneNode(true));
    quotes.forEach((quote, index) => markText(root, quote, { class: 'lucid-quote', 'data-quote': String(index) }));
  }, [clean, quotesKey]);

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
