/**
 * Title, authors, site, date and reading time: all as text, never as markup
 * from the page. The title and names are in the article's language and
 * direction; the words around them ("By", "1 min read", the date as the reader
 * reads dates) are the interface's, each isolated in its own direction, so an
 * Arabic article shows "1 min read" and not "min read 1".
 */
import { t, uiLanguage } from '../utils/extension/i18n.ts';
import { formatDate } from '../utils/output/format-date.ts';
import type { ArticleMeta } from '../utils/types.ts';
import { uiDirection } from './ui-direction.ts';

/** A UI template around page text ("By $1"), with the page text isolated in the article's language and direction. */
function templateAround(template: string, text: string, meta: ArticleMeta) {
  const [before = '', after = ''] = template.split('\u0000');
  return (
    <>
      {before}
      <bdi lang={meta.lang || undefined} dir={meta.dir}>
        {text}
      </bdi>
      {after}
    </>
  );
}

export function ArticleHeader({ meta, readingMinutes }: { meta: ArticleMeta; readingMinutes: number }) {
  const names = meta.byline;
  const source = meta.canonicalUrl || meta.url;
  const ui = { lang: uiLanguage(), dir: uiDirection() };
  return (
    <header class="lucid-header" lang={meta.lang || undefined} dir={meta.dir}>
      {meta.siteName && <p class="lucid-site">{meta.siteName}</p>}
      <h1 class="lucid-title">{meta.title}</h1>
      <p class="lucid-credit">
        {names && (
          <span class="lucid-authors" lang={ui.lang} dir={ui.dir}>
            {templateAround(t('byAuthors', '\u0000'), names, meta)}
          </span>
        )}
        {meta.published && (
          <span class="lucid-date" lang={ui.lang} dir={ui.dir}>
            <time dateTime={meta.published}>{formatDate(meta.published, ui.lang)}</time>
          </span>
        )}
        <span class="lucid-reading-time" lang={ui.lang} dir={ui.dir}>
          {t('readingTime', readingMinutes)}
        </span>
        {source && /^https?:/i.test(source) && (
          <a class="lucid-source" href={source} target="_blank" rel="noopener noreferrer" lang={ui.lang} dir={ui.dir}>
            {t('source')}
          </a>
        )}
      </p>
    </header>
  );
}
