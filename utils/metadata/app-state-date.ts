/**
 * The publication date a JavaScript application keeps in the state it ships with the page (Next.js's
 * `<script id="__NEXT_DATA__" type="application/json">`, other frameworks' JSON islands), for a page that states and
 * prints no date elsewhere: such pages render their date line in the browser, from that state, and the HTML the
 * extension reads may not hold it yet.
 */
import { elementsByTag } from '../dom/dom.ts';
import { parseDate } from './dates.ts';

/** The names such states give the publication time, as CMS APIs spell them (not "createdAt": a block's, an image's). */
const PUBLICATION_KEY =
  /"(?:datePublished|publicationDate|publishedAt|publishDate|publishedDate|published_at|publish_date|publication_date|firstPublishedAt|first_published_at)"\s*:\s*"([^"]{8,40})"/;

/** How much of one state is searched: a state can run to megabytes, and the page's own record comes early. */
const STATE_CHARACTERS = 2_000_000;

/** The first publication time in the page's JSON state, as an ISO day ('' where there is none). */
export function appStateDate(document: Document, lang: string): string {
  for (const script of elementsByTag(document, 'script')) {
    // JSON islands only: a script's code may name the key for any item it fetches.
    if ((script.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/json') continue;
    const match = PUBLICATION_KEY.exec(script.textContent.slice(0, STATE_CHARACTERS));
    const date = match ? parseDate(match[1]!, lang) : '';
    if (date) return date;
  }
  return '';
}
