/**
 * The key quotes with their speakers; a click scrolls to the quote in the
 * article. Each quote can be copied with the article's citation and a link
 * that opens the article at the quoted words (as rich and plain text, or as
 * Markdown).
 */
import { useContext, useEffect, useState } from 'preact/hooks';
import type { CitationStyle } from '../utils/citation/styles-list.ts';
import { copyToClipboard } from '../utils/extension/clipboard.ts';
import { t } from '../utils/extension/i18n.ts';
import { quoteLinkRequest } from '../utils/extension/quote-locator.ts';
import { linkToText } from '../utils/output/text-fragment.ts';
import type { Quote } from '../utils/reading/quotes/index.ts';
import type { ArticleMeta } from '../utils/types.ts';
import { CitationFormatterContext } from './citation-context.ts';
import { QuoteLinkContext } from './quote-link-context.ts';

/** What a quote's citation is made from: the (corrected) metadata, the style picked, the article's text. */
interface QuoteCitationSource {
  meta: ArticleMeta;
  style: CitationStyle;
  articleText: string;
  /** Injected in tests, so the access date is fixed. */
  accessed?: Date;
}

export interface QuoteListProps {
  quotes: (Pick<Quote, 'text' | 'speaker'> & Partial<Pick<Quote, 'start' | 'end'>>)[];
  lang: string;
  dir: 'ltr' | 'rtl';
  onJump: (index: number) => void;
  /** Without it, the quotes are listed without copy buttons. */
  citation?: QuoteCitationSource;
}

type Flavour = 'rich' | 'markdown';

export function QuoteList({ quotes, lang, dir, onJump, citation }: QuoteListProps) {
  const formatCitation = useContext(CitationFormatterContext);
  const linkToQuote = useContext(QuoteLinkContext);
  const [feedback, setFeedback] = useState<{ index: number; message: string }>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!feedback) return;
    const timer = setTimeout(() => setFeedback(undefined), 2500);
    return () => clearTimeout(timer);
  }, [feedback]);
  if (quotes.length === 0) return null;

  async function copy(index: number, flavour: Flavour) {
    const quote = quotes[index];
    if (!quote || !citation || !formatCitation) return;
    setBusy(true);
    let ok: boolean;
    try {
      const { quoteCitationStyle, quoteWithCitation } = await import('../utils/citation/quote.ts');
      const { meta } = citation;
      // The link and the citation at once: the one asks the page, the other the citation engine.
      const [fragment, formatted] = await Promise.all([
        linkToQuote ? linkToQuote(quoteLinkRequest(citation.articleText, quote)).catch(() => null) : Promise.resolve(null),
        formatCitation({
          meta,
          style: quoteCitationStyle(citation.style),
          accessed: (citation.accessed ?? new Date()).toISOString(),
          articleText: citation.articleText,
        }),
      ]);
      const result = quoteWithCitation(
        { text: quote.text, speaker: quote.speaker, lang: meta.lang },
        formatted,
        linkToText(meta.canonicalUrl || meta.url, fragment),
      );
      ok = flavour === 'markdown' ? await copyToClipboard(result.markdown) : await copyToClipboard(result.text, result.html);
    } catch {
      ok = false;
    } finally {
      setBusy(false);
    }
    setFeedback({ index, message: ok ? t('copied') : t('copyFailed') });
  }

  return (
    <section class="lucid-quotes" aria-labelledby="lucid-quotes-heading" lang={lang || undefined} dir={dir}>
      <h2 id="lucid-quotes-heading">{t('quotesHeading')}</h2>
      <ol>
        {quotes.map((quote, index) => (
          <li key={`${index}-${quote.text}`}>
            <button type="button" class="lucid-quote-button" onClick={() => onJump(index)} title={t('jumpToQuote')}>
              <q>{quote.text}</q>
              <span class="lucid-speaker">{t('quoteBy', quote.speaker || t('unattributed'))}</span>
            </button>
            {citation && formatCitation && (
              <span class="lucid-quote-actions">
                <button type="button" onClick={() => void copy(index, 'rich')} disabled={busy} data-action="copy-quote">
                  {t('copyQuoteWithCitation')}
                </button>
                <button type="button" onClick={() => void copy(index, 'markdown')} disabled={busy} data-action="copy-quote-markdown">
                  {t('copyQuoteMarkdown')}
                </button>
                <span class="lucid-feedback" role="status" aria-live="polite">
                  {feedback?.index === index ? feedback.message : ''}
                </span>
              </span>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
