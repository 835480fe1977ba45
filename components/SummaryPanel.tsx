/** The summary sentences, as text. */
import { t } from '../utils/extension/i18n.ts';

export function SummaryPanel({ sentences, lang, dir }: { sentences: string[]; lang: string; dir: 'ltr' | 'rtl' }) {
  if (sentences.length === 0) return null;
  return (
    <section class="lucid-summary" aria-labelledby="lucid-summary-heading" lang={lang || undefined} dir={dir}>
      <h2 id="lucid-summary-heading">{t('summaryHeading')}</h2>
      <ul>
        {sentences.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
    </section>
  );
}
