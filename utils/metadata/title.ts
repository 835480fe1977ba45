/**
 * The headline without the site's name around it: "S. Korea, US, Japan
 * reaffirm cooperation - The Korea Herald" -> "S. Korea, US, Japan reaffirm
 * cooperation". Only a part that names the site (or its host) is cut, or a
 * short part after a bar, so a headline with a dash or a colon stays whole.
 */
const SEPARATOR = /\s+[|–—·•»«:/\\]\s+|\s+-{1,2}\s+|\s*[|｜ㅣ]\s*/;

/** Letters only, with German umlauts spelled out as hosts spell them (Börsen-Zeitung, boersen-zeitung.de). */
export function letters(text: string): string {
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
  // A part a little longer than the name ("The Korea Herald Online") names the site; a headline that mentions it
  // ("Brexit: Guardian readers respond") does not.
  const aboutAsLong = partLetters.length <= site.length * 1.5 + 3;
  if (site && (partLetters === site || (partLetters.length >= 4 && (site.includes(partLetters) || (aboutAsLong && partLetters.includes(site)))))) return true;
  const bare = withoutPublicSuffix(hostname.toLowerCase().replace(/^www\d?\./, ''));
  const labels = bare.split('.');
  const mainLabel = labels[labels.length - 1];
  const host = letters(bare);
  if (mainLabel && mainLabel.length >= 3 && (partLetters === letters(mainLabel) || partLetters === host || partLetters.startsWith(letters(mainLabel))))
    return true;
  // "Schweizerische Vogelwarte" on vogelwarte.ch: a longer name around the host's own word.
  if (mainLabel && mainLabel.length >= 5 && words(part) <= 4 && partLetters.includes(letters(mainLabel))) return true;
  return false;
}

/** The generic second levels under a country's domain ("co.uk", "com.ar", "ac.jp"). */
const GENERIC_SECOND_LEVEL = /^(?:co|com|org|net|gov|gob|edu|ac|ne|or|go|nic|ltd|plc)$/;

/**
 * A host without its public suffix: "nationalrail.co.uk" -> "nationalrail", "lanacion.com.ar" -> "lanacion". A
 * country's generic second level (co, com, org, ac, …) belongs to the suffix, not to the site's name.
 */
function withoutPublicSuffix(host: string): string {
  const labels = host.split('.');
  if (labels.length < 2) return host;
  const cut = labels.length >= 3 && /^[a-z]{2}$/.test(labels[labels.length - 1]!) && GENERIC_SECOND_LEVEL.test(labels[labels.length - 2]!) ? 2 : 1;
  return labels.slice(0, -cut).join('.');
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * A separator at the title's very start or end, with nothing on its other side: "National Rail Enquiries -", "| Home".
 * The template joins the headline to a name or section it left empty. Guillemets stay: French quotes open with "« ".
 */
const DANGLING_SEPARATOR = /^(?:[|｜–—·•:/\\]|-{1,2})\s+|\s+(?:[|｜–—·•:/\\]|-{1,2})$/gu;

export function stripSiteName(title: string, siteName: string, hostname: string): string {
  const clean = title.replace(/\s+/g, ' ').trim().replace(DANGLING_SEPARATOR, '');
  const parts = clean.split(SEPARATOR);
  if (parts.length < 2) return clean;
  const first = parts[0] ?? '';
  const last = parts[parts.length - 1] ?? '';
  if (namesSite(last, siteName, hostname))
    return stripSiteName(clean.slice(0, clean.lastIndexOf(last)).replace(/[\s|–—·•»«:/\\｜ㅣ-]+$/u, ''), siteName, hostname);
  if (namesSite(first, siteName, hostname)) return stripSiteName(clean.slice(first.length).replace(/^[\s|–—·•»«:/\\｜ㅣ-]+/u, ''), siteName, hostname);
  // "Headline : Krimiblog-Archiv | Ermittlungen zum Verfall eines Genres | Gegründet 2005": the site's name in
  // the middle, its tagline after it. A short part that names the site ends the headline.
  const middle = parts.slice(1, -1).find((part) => words(part) <= 2 && namesSite(part, siteName, hostname));
  if (middle && words(first) >= 2)
    return stripSiteName(clean.slice(0, clean.indexOf(middle, first.length)).replace(/[\s|–—·•»«:/\\｜ㅣ-]+$/u, ''), siteName, hostname);
  // "Headline - Eintracht Presse - News": a CMS's title gives the headline, then its topic and its module, each a
  // label of a word or two. Two such labels after a headline of four words or more are no part of it.
  if (parts.length >= 3 && words(first) >= 4 && parts.slice(1).every((part) => words(part) <= 2)) return first;
  // "Alles Neue mach der Mai… | Bibliothek 2.0 und mehr", "… | Politik", "… | DW | 28.04.2023": a short
  // part after a spaced bar is the site's or the section's label, whatever it says.
  const bar = /\s+[|｜]\s+([^|｜]+)$/u.exec(clean);
  if (bar && words(bar[1]!) <= 4 && words(clean.slice(0, bar.index)) >= 3) return stripSiteName(clean.slice(0, bar.index), siteName, hostname);
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

/**
 * Parts of a printed headline that the page sets apart from it: a kicker or topic line ("Klimaschutz",
 * "100. Geburtstag"), a subtitle in <small>, a separator only screen readers hear. Pages mark them with their
 * own element and a class that says what it is; the headline a reader cites is what is left.
 */
const SET_APART_CLASS =
  /kicker|overline|dachzeile|roofline|eyebrow|topic|label|subtitle|sub-title|sub-?heading|subline|titleheader|small|hidden|sr-only|screen-reader/i;

function isSetApart(element: Element): boolean {
  if (element.tagName === 'SMALL' || element.getAttribute('aria-hidden') === 'true') return true;
  return SET_APART_CLASS.test(`${element.getAttribute('class') ?? ''} ${element.id}`);
}

/** The headline's own words, and the parts printed apart from them (empty when nothing is). */
export function splitPrintedHeadline(heading: Element): { headline: string; apart: string[] } {
  const apart: string[] = [];
  let headline = '';
  const walk = (node: Node): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) headline += child.textContent ?? '';
      else if (child.nodeType === 1) {
        if (isSetApart(child as Element)) {
          const text = (child.textContent ?? '').replace(/\s+/g, ' ').trim();
          if (/[\p{L}\p{N}]/u.test(text)) apart.push(text);
          headline += ' ';
        } else walk(child);
      }
    }
  };
  walk(heading);
  // The separator between kicker and headline may be plain text (": ", " – "): it goes with the kicker.
  headline = headline
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\s:|–—·•»/-]+/u, '');
  // Nothing left, or a single word: the class named the headline itself ("headline-label"), not a part of it.
  if (apart.length === 0 || !/[\p{L}\p{N}]/u.test(headline) || headline.split(' ').length < 2)
    return { headline: heading.textContent.replace(/\s+/g, ' ').trim(), apart: [] };
  return { headline, apart };
}
