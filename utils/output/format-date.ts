/**
 * "15 November 2023" (or "2023년 11월 15일") for an ISO day, in the reader's
 * language: the one formatter the reader view's header and the command line share.
 * Anything that is not an ISO day comes back as it is.
 */
export function formatDate(iso: string, language: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  // Noon UTC, formatted in UTC: the day stays the publisher's day in every time zone.
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12));
  try {
    return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
  } catch {
    // An unknown language tag: the ISO day is still readable.
    return iso;
  }
}
