/**
 * When the day a page prints for its readers outweighs the day its markup states.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * `printed` with its day and month swapped, or '' where that is no date: "11/01/2021" is read day first on a German
 * page, and its other reading may be the day the markup states.
 */
function swappedDayAndMonth(printed: string): string {
  const [year, month, day] = printed.split('-');
  if (!year || !month || !day || Number(day) > 12) return '';
  return `${year}-${day}-${month}`;
}

/**
 * The day printed beside the headline where it, not the stated one, is the publication's: the page prints one day
 * for its readers (both the text by the headline and its date-marked element say it) and states another in its
 * markup, a stamp a CMS wrote when the entry was created or imported ("datePublished" 2021-12-06 on a story printed
 * "15.12.2022"). A reader cites the day the page shows. It wins outright where another of the page's statements of
 * its publication (`statedDays`: JSON-LD, Dublin Core, Open Graph) names it too. Otherwise not where it is
 * - the day the markup states as the last change: the page prints its update, and the stated publication stands;
 * - within a day of the stated one: the same moment in another time zone;
 * - the stated day read the other way round ("11/01/2021" for 1 November): the same date.
 */
export function printedDayOverStated(stated: string, printed: () => string, statedModified: string, statedDays: readonly string[]): string {
  if (!stated) return '';
  const day = printed();
  if (!day || day === stated) return '';
  if (statedDays.includes(day)) return day;
  if (day === statedModified) return '';
  if (Math.abs(Date.parse(day) - Date.parse(stated)) <= DAY_MS) return '';
  if (swappedDayAndMonth(day) === stated) return '';
  return day;
}
