/** "Copy a report": what Lucid found on this page, for a bug report, on the clipboard. Nothing is sent. */
import { useContext, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { copyToClipboard } from '../utils/extension/clipboard.ts';
import { t } from '../utils/extension/i18n.ts';
import { buildReport } from '../utils/output/report.ts';
import type { ReaderAnalysis } from '../utils/reading/analyze.ts';
import { CorrectionsContext } from './corrections-context.ts';

/** Lucid's version from its manifest; '' where there is none (a unit test's page). */
function lucidVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return '';
  }
}

export interface ReportButtonProps {
  analysis: Pick<ReaderAnalysis, 'meta' | 'article' | 'quotes'>;
}

export function ReportButton({ analysis }: ReportButtonProps) {
  const corrections = useContext(CorrectionsContext);
  const [feedback, setFeedback] = useState('');
  async function copy() {
    const corrected = corrections?.correction ? corrections.meta : undefined;
    const report = buildReport({
      meta: analysis.meta,
      quotes: analysis.quotes,
      removed: analysis.article.removed,
      wordCount: analysis.article.wordCount,
      version: lucidVersion(),
      ...(corrected ? { corrected: { title: corrected.title, authors: corrected.authors, published: corrected.published, siteName: corrected.siteName } } : {}),
    });
    setFeedback((await copyToClipboard(report)) ? t('reportCopied') : t('copyFailed'));
  }
  return (
    <footer class="lucid-report">
      <button type="button" onClick={() => void copy()} data-action="copy-report">
        {t('copyReport')}
      </button>{' '}
      <span class="lucid-feedback" role="status" aria-live="polite">
        {feedback}
      </span>
      <p class="lucid-note">{t('copyReportNote')}</p>
    </footer>
  );
}
