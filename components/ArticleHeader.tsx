/** Title, authors, site, date and reading time: all as text, never as markup from the page. */
import { t, uiLanguage } from '../utils/extension/i18n.ts';
import { formatDate } from '../utils/output/format-date.ts';
import type { ArticleMeta } from '../utils/types.ts';

export function ArticleHeader({ meta, readingMinutes }: { meta: ArticleMeta; readingMinutes: number }) {
  const names = meta.byline;
  const source = meta.canonicalUrl || meta.url;
  return (
    <header class="lucid-header" lang={meta.lang || undefined} dir={meta.dir}>
      {meta.siteName && <p class="lucid-site">{meta.siteName}</p>}
      <h1 class="lucid-title">{meta.title}</h1>
      <p class="lucid-credit">
        {names && <span class="lucid-authors">{t('byAuthors', names)}</span>}
        {meta.published && (
          <span class="lucid-date">
            <time dateTime={meta.published}>{formatDate(meta.published, uiLanguage())}</time>
          </span>
        )}
        <span class="lucid-reading-time">{t('readingTime', readingMinutes)}</span>
        {source && /^https?:/i.test(source) && (
          <a class="lucid-source" href={source} target="_blank" rel="noopener noreferrer">
            {t('source')}
          </a>
        )}
      </p>
    </header>
  );
}
