/**
 * "Copy citation" with a style picker that remembers the last style, and
 * "Correct" to edit the citation's title, authors, date and site first. The
 * citation engine is not part of the view: the formatter comes from the
 * context (see citation/request.ts), and runs on the first copy.
 */
import { useContext, useState } from 'preact/hooks';
import type { CitationStyle } from '../utils/citation/styles-list.ts';
import { CITATION_STYLES } from '../utils/citation/styles-list.ts';
import { copyToClipboard } from '../utils/extension/clipboard.ts';
import { t } from '../utils/extension/i18n.ts';
import { CitationFormatterContext } from './citation-context.ts';
import { CitationEditor } from './CitationEditor.tsx';
import { CorrectionsContext } from './corrections-context.ts';
import type { ArticleMeta } from '../utils/types.ts';

export const STYLE_NAMES: Record<CitationStyle, string> = {
  apa: 'APA 7',
  mla: 'MLA 9',
  chicago: 'Chicago 17',
  harvard: 'Harvard',
  ieee: 'IEEE',
  bibtex: 'BibLaTeX',
  ris: 'RIS',
  csl: 'CSL-JSON',
};

/** The styles as <option>s: for the picker here and for the default style in the settings. */
export function CitationStyleOptions() {
  return (
    <>
      {CITATION_STYLES.map((name) => (
        <option key={name} value={name}>
          {STYLE_NAMES[name]}
        </option>
      ))}
    </>
  );
}

export interface CitationMenuProps {
  meta: ArticleMeta;
  articleText: string;
  style: CitationStyle;
  onStyleChange: (style: CitationStyle) => void;
  onCopied: (ok: boolean) => void;
  /** Injected in tests, so the access date is fixed. */
  accessed?: Date;
}

export function CitationMenu({ meta, articleText, style, onStyleChange, onCopied, accessed }: CitationMenuProps) {
  const [busy, setBusy] = useState(false);
  const [editing, setEditing] = useState(false);
  const formatCitation = useContext(CitationFormatterContext);
  const corrections = useContext(CorrectionsContext);
  async function copy() {
    if (!formatCitation) {
      onCopied(false);
      return;
    }
    setBusy(true);
    try {
      const citation = await formatCitation({ meta, style, accessed: (accessed ?? new Date()).toISOString(), articleText });
      onCopied(await copyToClipboard(citation.text, citation.html || undefined));
    } catch {
      onCopied(false);
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <div class="lucid-citation" role="group" aria-label={t('copyCitation')}>
        <button type="button" onClick={() => void copy()} disabled={busy} data-action="copy-citation">
          {t('copyCitation')}
        </button>
        <label>
          <span class="lucid-visually-hidden">{t('citationStyle')}</span>
          <select value={style} onChange={(event) => onStyleChange(event.currentTarget.value as CitationStyle)}>
            <CitationStyleOptions />
          </select>
        </label>
        {corrections && (
          <button
            type="button"
            onClick={() => setEditing((open) => !open)}
            aria-expanded={editing}
            title={t('editCitationHeading')}
            class={corrections.correction ? 'lucid-corrected' : undefined}
            data-action="edit-citation"
          >
            {corrections.correction ? t('editCitationCorrected') : t('editCitation')}
          </button>
        )}
      </div>
      {editing && <CitationEditor onClose={() => setEditing(false)} />}
    </>
  );
}
