/**
 * The headline without the site's name around it: "S. Korea, US, Japan
 * reaffirm cooperation - The Korea Herald" -> "S. Korea, US, Japan reaffirm
 * cooperation". Only a part that names the site (or its host) is cut, or a
 * short part after a bar, so a headline with a dash or a colon stays whole.
 */
export const SEPARATOR = /\s+[|–—·•»«›‹:/\\]\s+|\s+-{1,2}\s+|\s*[|｜ㅣ]\s*/;
const SEPARATOR_CAPTURE = new RegExp(`(${SEPARATOR.source})`);

/** Letters only, with German umlauts spelled out as hosts spell them (Börsen-Zeitung, boersen-zeitung.de). */
function letters(text: string): string {
  return text
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Whether a title part is the site's name: it matches the stated name or the host's main label. */
export function namesSite(part: string, siteName: string, hostname: string): boolean {
  const partLetters = letters(part);
  if (!partLetters) return false;
  const site = letters(siteName);
  if (site && (partLetters === site || (partLetters.length >= 4 && (site.includes(partLetters) || partLetters.includes(site))))) return true;
  const labels = hostname
    .toLowerCase()
    .replace(/^www\d?\./, '')
    .split('.');
  const mainLabel = labels.length > 1 ? labels[labels.length - 2] : labels[0];
  const host = letters(hostname.replace(/^www\d?\./, '').replace(/\.[a-z]{2,}$/, ''));
  if (mainLabel && mainLabel.length >= 3 && (partLetters === letters(mainLabel) || partLetters === host || partLetters.startsWith(letters(mainLabel))))
    return true;
  return false;
}

export function stripSiteName(title: string, siteName: string, hostname: string): string {
  return cleanTitle(title, { siteNames: [siteName], hostname });
}

export interface TitleEvidence {
  /** The names the site goes by: og:site_name, the JSON-LD publisher, application-name. */
  siteNames: string[];
  hostname: string;
  /** The page's menu and breadcrumb labels, folded ("sport", "wirtschaft"). */
  labels?: Set<string>;
  /** The page's other wordings of its title: one that is this title minus an edge part shows that part is furniture. */
  otherTitles?: string[];
}

const EDGE_SEPARATORS = /^[\s|–—·•»«:/\\｜ㅣ›‹>-]+|[\s|–—·•»«:/\\｜ㅣ›‹>-]+$/gu;

/** "28.04.2023", "2023-04-28", "April 28, 2023": a date is never part of a headline's edge. */
function isDateOnly(part: string): boolean {
  return /^(\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}\.?\s+\p{L}+\.?\s+\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4})$/u.test(part.trim());
}

export function foldTitle(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether an edge part of a title is the site's name, a section label or a date, rather than the headline's. */
function isFurniturePart(part: string, evidence: TitleEvidence): boolean {
  if (evidence.siteNames.some((name) => namesSite(part, name, evidence.hostname))) return true;
  if (!evidence.siteNames.some(Boolean) && namesSite(part, '', evidence.hostname)) return true;
  if (isDateOnly(part)) return true;
  return !!evidence.labels?.has(foldTitle(part));
}

/**
 * The headline without the site's furniture around it: "S. Korea, US, Japan
 * reaffirm cooperation - The Korea Herald", "… | Sport", "… | DW | 28.04.2023".
 * An edge part goes when it names the site, is a menu label or a date, or
 * when another of the page's titles is this one without it. Only edge parts
 * go, so a headline with a dash or a colon in it stays whole.
 */
export function cleanTitle(title: string, evidence: TitleEvidence): string {
  let clean = title
    .replace(/[\u00ad\u200b-\u200d\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const others = (evidence.otherTitles ?? []).map(foldTitle).filter(Boolean);
  const namesTheSite = (part: string) =>
    evidence.siteNames.some((name) => namesSite(part, name, evidence.hostname)) ||
    (!evidence.siteNames.some(Boolean) && namesSite(part, '', evidence.hostname));
  const substantial = (text: string) => text.length >= 8 || text.includes(' ');
  for (let round = 0; round < 4; round++) {
    const pieces = clean.split(SEPARATOR_CAPTURE);
    const parts = pieces.filter((_piece, index) => index % 2 === 0);
    if (parts.length < 2) return clean;
    const join = (from: number, to: number) =>
      pieces
        .slice(from * 2, to * 2 + 1)
        .join('')
        .replace(EDGE_SEPARATORS, '');
    // The site's name in the middle ends the headline: what follows it is its motto, a date, a section
    // ("… : Krimiblog-Archiv | Ermittlungen zum Verfall eines Genres | Gegründet 2005").
    const suffixAt = parts.findIndex((part, index) => index > 0 && namesTheSite(part));
    if (suffixAt > 0 && substantial(join(0, suffixAt - 1))) {
      clean = join(0, suffixAt - 1);
      continue;
    }
    let prefixAt = -1;
    parts.forEach((part, index) => {
      if (index < parts.length - 1 && namesTheSite(part)) prefixAt = index;
    });
    if (prefixAt >= 0 && substantial(join(prefixAt + 1, parts.length - 1))) {
      clean = join(prefixAt + 1, parts.length - 1);
      continue;
    }
    const withoutLast = join(0, parts.length - 2);
    const withoutFirst = join(1, parts.length - 1);
    if (isFurniturePart(parts[parts.length - 1] ?? '', evidence) || others.includes(foldTitle(withoutLast))) clean = withoutLast;
    else if (isFurniturePart(parts[0] ?? '', evidence) || others.includes(foldTitle(withoutFirst))) clean = withoutFirst;
    else return clean;
  }
  return clean;
}

/** A headline truncated with an ellipsis is replaced by a fuller candidate that begins the same way. */
export function preferUntruncated(title: string, candidates: string[]): string {
  const truncated = /(…|\.\.\.)$/.exec(title);
  if (!truncated) return title;
  const stem = title.slice(0, truncated.index).trim();
  return candidates.find((candidate) => candidate.length > stem.length && candidate.startsWith(stem)) ?? title;
}

/** Words of a title, for telling whether two titles are the same headline: CJK characters count one by one. */
function titleWords(title: string): Set<string> {
  return new Set(title.toLowerCase().match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}]+/gu) ?? []);
}

/** Share of the shorter title's words found in the other: 1 for the same headline in other words' order. */
export function titleOverlap(a: string, b: string): number {
  const wordsA = titleWords(a);
  const wordsB = titleWords(b);
  const [smaller, larger] = wordsA.size <= wordsB.size ? [wordsA, wordsB] : [wordsB, wordsA];
  if (smaller.size === 0) return 0;
  let shared = 0;
  for (const word of smaller) if (larger.has(word)) shared++;
  return shared / smaller.size;
}
