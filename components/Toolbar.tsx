/** Reader mode (or close), copy citation, copy text, copy Markdown, settings; with spoken "Copied" feedback. */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { copyToClipboard } from '../utils/extension/clipboard.ts';
import { t } from '../utils/extension/i18n.ts';
import type { CitationStyle } from '../utils/citation/styles-list.ts';
import type { ArticleMeta } from '../utils/types.ts';
import { CitationMenu } from './CitationMenu.tsx';

export interface ToolbarProps {
  meta: ArticleMeta;
  html: string;
  text: string;
  citationStyle: CitationStyle;
  onCitationStyleChange: (style: CitationStyle) => void;
  settingsOpen: boolean;
  onToggleSettings: () => void;
  onOpenReader?: () => void;
  onClose?: () => void;
  accessed?: Date;
  /** Reader mode's Listen: opens or closes the Listen bar. */
  onListen?: () => void;
  listening?: boolean;
  /** Print; a rejection (the background could not open the print page) is said in the feedback line. */
  onPrint?: () => Promise<void>;
  /** Actions a view adds after reader mode (the popup's "Always open on this site"). */
  children?: ComponentChildren;
}

export function Toolbar(props: ToolbarProps) {
  const [feedback, setFeedback] = useState('');
  useEffect(() => {
    if (!feedback) return;
    const timer = setTimeout(() => setFeedback(''), 2500);
    return () => clearTimeout(timer);
  }, [feedback]);
  const report = (ok: boolean) => setFeedback(ok ? t('copied') : t('copyFailed'));

  async function copyMarkdown() {
    try {
      const { articleToMarkdown } = await import('../utils/output/markdown.ts');
      report(await copyToClipboard(articleToMarkdown(props.html, props.meta)));
    } catch {
      report(false);
    }
  }

  return (
    <nav class="lucid-toolbar" aria-label={t('extensionName')}>
      {props.onOpenReader && (
        <button type="button" class="lucid-primary" onClick={props.onOpenReader} data-action="reader-mode">
          {t('readerMode')}
        </button>
      )}
      {props.children}
      <CitationMenu
        meta={props.meta}
        articleText={props.text}
        style={props.citationStyle}
        onStyleChange={props.onCitationStyleChange}
        onCopied={report}
        accessed={props.accessed}
      />
      <button type="button" onClick={() => void copyToClipboard(props.text).then(report)} data-action="copy-text">
        {t('copyText')}
      </button>
      <button type="button" onClick={() => void copyMarkdown()} data-action="copy-markdown">
        {t('copyMarkdown')}
      </button>
      {props.onListen && (
        <button type="button" aria-pressed={props.listening} onClick={props.onListen} data-action="listen">
          {t('listen')}
        </button>
      )}
      {props.onPrint && (
        <button type="button" onClick={() => void props.onPrint?.().catch(() => setFeedback(t('printFailed')))} data-action="print">
          {t('print')}
        </button>
      )}
      <button type="button" aria-expanded={props.settingsOpen} aria-controls="lucid-settings-panel" onClick={props.onToggleSettings} data-action="settings">
        {t('settings')}
      </button>
      {props.onClose && (
        <button type="button" class="lucid-close" onClick={props.onClose} data-action="close" aria-label={t('closeReader')}>
          ✕
        </button>
      )}
      <span class="lucid-feedback" role="status" aria-live="polite">
        {feedback}
      </span>
    </nav>
  );
}
