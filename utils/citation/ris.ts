/**
 * RIS, written from the CSL item directly. citation-js's RIS writer follows a newer mapping in which a newspaper
 * article's AU is the CSL "reporter", so every author of a news story was dropped, and it gave the day of
 * publication to no field (PY, the year, only); it put a blog post's access date in VL (the volume) and dropped a
 * web page's site; and it broke every value longer than 70 characters over lines in the middle of a word, an
 * address or a Devanagari syllable, which reference managers read back with a space in it.
 * The tags are those Zotero, EndNote and Mendeley read for these three kinds of page.
 */
import type { CslItem, CslName } from './item.ts';

const RIS_TYPES: Record<CslItem['type'], string> = { 'article-newspaper': 'NEWS', 'post-weblog': 'BLOG', webpage: 'ELEC' };

/** "Family, Given" as RIS writes a person; an organisation as it is written. */
function risName(name: CslName): string {
  if (name.literal) return name.literal;
  // A name of one part ("Madonna", a Thai given name alone) is written as it is, not as ", Madonna".
  if (!name.family) return name.given ?? '';
  const family = [name['non-dropping-particle'], name.family].filter(Boolean).join(' ');
  const given = name.given ? `, ${name.given}` : '';
  const suffix = name.suffix ? `, ${name.suffix}` : '';
  return `${family}${given}${suffix}`;
}

/** RIS dates are "YYYY/MM/DD/", with the parts not known left empty. */
function risDate(date: CslItem['issued']): string | undefined {
  const [year, month, day] = date?.['date-parts'][0] ?? [];
  if (!year) return undefined;
  const two = (part: number | undefined) => (part ? String(part).padStart(2, '0') : '');
  return `${String(year)}/${two(month)}/${two(day)}/`;
}

/** One value on one line: a line break inside a field would start a line RIS readers take as a continuation. */
const oneLine = (value: string) => value.replace(/\s+/gu, ' ').trim();

export function formatRis(item: CslItem): string {
  const lines: [tag: string, value: string | undefined][] = [['TY', RIS_TYPES[item.type]]];
  for (const name of item.author ?? []) lines.push(['AU', risName(name)]);
  lines.push(['TI', item.title]);
  lines.push(['T2', item['container-title']]);
  lines.push(['DA', risDate(item.issued)]);
  lines.push(['PY', item.issued?.['date-parts'][0]?.[0]?.toString()]);
  lines.push(['UR', item.URL]);
  // Y2 is the access date in the RIS that Zotero and EndNote read for web pages and news.
  lines.push(['Y2', risDate(item.accessed)]);
  lines.push(['LA', item.language]);
  const written = lines.filter((line): line is [string, string] => Boolean(line[1]?.trim())).map(([tag, value]) => `${tag}  - ${oneLine(value)}`);
  return [...written, 'ER  -'].join('\n');
}
