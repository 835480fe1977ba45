/**
 * Correcting the citation before copying: title, authors (people with given
 * and family name, written family name first or not, or organisations; added,
 * removed and put in order), date and site. Changes apply to the next copy at
 * once; "Remember for this page" keeps them on the device. Every value is
 * set as text: a name typed with markup stays a name.
 */
import { useContext } from 'preact/hooks';
import { correctionOf, type CitationCorrection } from '../utils/extension/corrections.ts';
import { t } from '../utils/extension/i18n.ts';
import type { Author } from '../utils/types.ts';
import { CorrectionsContext } from './corrections-context.ts';

export interface CitationEditorProps {
  onClose: () => void;
}

export function CitationEditor({ onClose }: CitationEditorProps) {
  const corrections = useContext(CorrectionsContext);
  if (!corrections) return null;
  const draft: CitationCorrection = corrections.correction ?? correctionOf(corrections.found);
  const update = (change: Partial<CitationCorrection>) => corrections.correct({ ...draft, ...change });
  const setAuthor = (index: number, author: Author) => update({ authors: draft.authors.map((current, at) => (at === index ? author : current)) });
  const move = (index: number, by: number) => {
    const authors = [...draft.authors];
    const [moved] = authors.splice(index, 1);
    if (moved) authors.splice(index + by, 0, moved);
    update({ authors });
  };

  return (
    <section class="lucid-citation-editor" aria-labelledby="lucid-citation-editor-heading" data-part="citation-editor">
      <h2 id="lucid-citation-editor-heading">{t('editCitationHeading')}</h2>
      <label class="lucid-field">
        <span>{t('citationTitle')}</span>
        <input type="text" value={draft.title} onInput={(event) => update({ title: event.currentTarget.value })} data-field="title" />
      </label>
      <fieldset class="lucid-authors-editor">
        <legend>{t('citationAuthors')}</legend>
        <ol>
          {draft.authors.map((author, index) => {
            const name = (part: string) => `${t('citationAuthor', index + 1)}: ${part}`;
            return (
              <li key={index} data-author={index}>
                {'literal' in author ? (
                  <label class="lucid-field">
                    <span>{t('organisationName')}</span>
                    <input
                      type="text"
                      value={author.literal}
                      onInput={(event) => setAuthor(index, { literal: event.currentTarget.value })}
                      data-field="literal"
                    />
                  </label>
                ) : (
                  <>
                    <label class="lucid-field">
                      <span>{t('givenName')}</span>
                      <input
                        type="text"
                        value={author.given}
                        onInput={(event) => setAuthor(index, { ...author, given: event.currentTarget.value })}
                        data-field="given"
                      />
                    </label>
                    <label class="lucid-field">
                      <span>{t('familyName')}</span>
                      <input
                        type="text"
                        value={author.family}
                        onInput={(event) => setAuthor(index, { ...author, family: event.currentTarget.value })}
                        data-field="family"
                      />
                    </label>
                    <label class="lucid-setting-check">
                      <input
                        type="checkbox"
                        checked={author.familyFirst === true}
                        onChange={(event) => setAuthor(index, { ...author, familyFirst: event.currentTarget.checked })}
                        data-field="family-first"
                      />
                      <span>{t('familyNameFirst')}</span>
                    </label>
                  </>
                )}
                <span class="lucid-author-actions">
                  <button type="button" onClick={() => move(index, -1)} disabled={index === 0} aria-label={name(t('moveUp'))} data-action="author-up">
                    ↑
                  </button>
                  <button
                    type="button"
                    onClick={() => move(index, 1)}
                    disabled={index === draft.authors.length - 1}
                    aria-label={name(t('moveDown'))}
                    data-action="author-down"
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    onClick={() => update({ authors: draft.authors.filter((_author, at) => at !== index) })}
                    aria-label={name(t('removeAuthor'))}
                    data-action="author-remove"
                  >
                    ✕
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
        <button type="button" onClick={() => update({ authors: [...draft.authors, { given: '', family: '' }] })} data-action="add-person">
          {t('addPerson')}
        </button>{' '}
        <button type="button" onClick={() => update({ authors: [...draft.authors, { literal: '' }] })} data-action="add-organisation">
          {t('addOrganisation')}
        </button>
      </fieldset>
      <label class="lucid-field">
        <span>{t('citationDate')}</span>
        <input type="date" value={draft.published} onInput={(event) => update({ published: event.currentTarget.value })} data-field="published" />
      </label>
      <label class="lucid-field">
        <span>{t('citationSite')}</span>
        <input type="text" value={draft.siteName} onInput={(event) => update({ siteName: event.currentTarget.value })} data-field="site" />
      </label>
      <label class="lucid-setting-check">
        <input
          type="checkbox"
          checked={corrections.remembered}
          disabled={!corrections.correction}
          onChange={(event) => corrections.remember(event.currentTarget.checked)}
          data-field="remember"
        />
        <span>{t('rememberCorrections')}</span>
      </label>
      <p class="lucid-editor-actions">
        <button type="button" onClick={() => corrections.correct(undefined)} disabled={!corrections.correction} data-action="reset-citation">
          {t('resetCorrections')}
        </button>{' '}
        <button type="button" class="lucid-primary" onClick={onClose} data-action="close-editor">
          {t('done')}
        </button>
      </p>
    </section>
  );
}
