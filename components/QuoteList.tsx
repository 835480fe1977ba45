/** The key quotes with their speakers; a click scrolls to the quote in the article. */
import { t } from '../utils/extension/i18n.ts';
import type { Quote } from '../utils/reading/quotes/index.ts';

export interface QuoteListProps {
  quotes: Pick<Quote, 'text' | 'speaker'>[];
  lang: string;
  dir: 'ltr' | 'rtl';
  onJump: (index: number) => void;
}

export function QuoteList({ quotes, lang, dir, onJump }: QuoteListProps) {
  if (quotes.length === 0) return null;
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
          </li>
        ))}
      </ol>
    </section>
  );
}
