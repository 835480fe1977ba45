/**
 * The publication day an address carries (/2017/7/12/), and when it outweighs the day the page states.
 */
import { parseDate } from './dates.ts';

/** /2023/11/15/ in the address: many CMSs put the publication date there. */
export function dateFromUrl(url: string): string {
  const match = /\/(20\d{2}|19\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:\/|-|$)/.exec(url);
  return match ? parseDate(`${match[1]}-${match[2]}-${match[3]}`) : '';
}

/**
 * How much later than its address's day a stated publication may lie and still be the piece's own: a draft's
 * permalink is made days or weeks before it goes out ("/2022/05/02/…" published on 8 May).
 */
const DRAFT_DELAY_MS = 365 * 24 * 60 * 60 * 1000;

/**
 * The address's day where it outweighs the stated one: a stated day more than a year after the address's is a
 * stamp written when the site was moved or the post re-saved (a blog moved to another CMS stamps every post with
 * the day of the move), while the address keeps the day the post first went out. Unless the page prints the stated
 * day for its readers (`printsStated`, asked only then): a publisher that shows it stands by it.
 */
export function urlDayOverRestamp(stated: string, urlDay: string, printsStated: (day: string) => boolean): string {
  if (!stated || !urlDay) return '';
  if (Date.parse(stated) - Date.parse(urlDay) <= DRAFT_DELAY_MS) return '';
  return printsStated(stated) ? '' : urlDay;
}
