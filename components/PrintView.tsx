/**
 * The article as Lucid prints it: title, byline, date, the source address,
 * the summary when the reader shows one, and the clean text with its images.
 * The markup passes through ArticleBody, the one place page markup enters a
 * Lucid view; everything else goes in as text.
 */
import { t } from '../utils/extension/i18n.ts';
import type { PrintJob } from '../utils/extension/print-job.ts';
import { ArticleBody } from './ArticleBody.tsx';
import { ArticleHeader } from './ArticleHeader.tsx';
import { SummaryPanel } from './SummaryPanel.tsx';

export function PrintView({ job, onPrint }: { job: PrintJob; onPrint: () => void }) {
  const { meta, html, summary, readingMinutes } = job;
  const source = meta.canonicalUrl || meta.url;
  return (
    <div class="lucid-reader lucid-print" data-theme="light" data-font="serif">
      <p class="lucid-print-actions">
        <button type="button" class="lucid-primary" onClick={onPrint} data-action="print">
          {t('print')}
        </button>
      </p>
      <main class="lucid-column">
        <ArticleHeader meta={meta} readingMinutes={readingMinutes} />
        {/^https?:/i.test(source) && <p class="lucid-print-source">{t('printSource', source)}</p>}
        <SummaryPanel sentences={summary} lang={meta.lang} dir={meta.dir} />
        <ArticleBody html={html} quotes={[]} lang={meta.lang} dir={meta.dir} />
      </main>
    </div>
  );
}
