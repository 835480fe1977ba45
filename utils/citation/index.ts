/**
 * Citations from the article's metadata, formatted by citation-js with
 * citeproc-js and the official CSL styles: APA 7, MLA 9, Chicago 17
 * (notes-bibliography, bibliography entry), Harvard (Cite Them Right), IEEE;
 * plus BibLaTeX, RIS and CSL-JSON. Heavy (the engine and the styles), so
 * the popup loads this module only when a citation is asked for.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import type { ArticleMeta } from '../types.ts';
import { isHostName, sameName } from './fields.ts';
import { babelLanguage } from './langid.ts';
import { formatRis } from './ris.ts';
import { isNameWithoutInitials, reordersNames, wholeInStyleOrder } from './script-names.ts';
import { addressWithoutScheme, isEnglish, toCslItem, type CslItem, type CslName, type ItemOptions } from './item.ts';
import apa from './styles/apa.csl?raw';
import chicago from './styles/chicago.csl?raw';
import harvard from './styles/harvard.csl?raw';
import ieee from './styles/ieee.csl?raw';
import mla from './styles/mla.csl?raw';

import { CITATION_STYLES, type CitationStyle } from './styles-list.ts';

export { CITATION_STYLES, type CitationStyle };

export interface Citation {
  text: string;
  /** Markup with the style's italics, for the clipboard's rich-text flavour; '' for data formats. */
  html: string;
}

const CSL_STYLES = { apa, mla, chicago, harvard, ieee } as const;
type CslStyle = keyof typeof CSL_STYLES;

let registered = false;

interface CslConfig {
  styles: { add(name: string, xml: string): void };
  locales: { add(name: string, xml: string): void; get(name: string): string | undefined };
}

/**
 * British English from the American locale citation-js ships (it ships no en-GB): the differences CSL's own
 * locales-en-GB.xml makes. Cite Them Right Harvard is a British style (default-locale en-GB); run in en-US it
 * printed the day of publication the British way and the access date the American way in one citation
 * ("15 November. … (Accessed: December 1, 2026)"), and a comma inside the title's quotation marks.
 */
function britishLocale(american: string): string {
  return american
    .replace(/xml:lang="en-US"/u, 'xml:lang="en-GB"')
    .replace(/punctuation-in-quote="true"/u, 'punctuation-in-quote="false"')
    .replace(
      /<date form="text">[\s\S]*?<\/date>/u,
      '<date form="text"><date-part name="day" suffix=" "/><date-part name="month" suffix=" "/><date-part name="year"/></date>',
    )
    .replace(
      /<date form="numeric">[\s\S]*?<\/date>/u,
      '<date form="numeric"><date-part name="day" form="numeric-leading-zeros" suffix="/"/><date-part name="month" form="numeric-leading-zeros" suffix="/"/><date-part name="year"/></date>',
    )
    .replace('<term name="open-quote">“</term>', '<term name="open-quote">‘</term>')
    .replace('<term name="close-quote">”</term>', '<term name="close-quote">’</term>')
    .replace('<term name="open-inner-quote">‘</term>', '<term name="open-inner-quote">“</term>')
    .replace('<term name="close-inner-quote">’</term>', '<term name="close-inner-quote">”</term>');
}

/** The locale a style is written for, where Lucid has it: its default-locale, else American English. */
const STYLE_LOCALES = new Map<CslStyle, string>();

function registerStyles(): void {
  if (registered) return;
  const config = plugins.config.get('@csl') as CslConfig;
  const american = config.locales.get('en-US');
  if (american) config.locales.add('en-GB', britishLocale(american));
  for (const [name, xml] of Object.entries(CSL_STYLES) as [CslStyle, string][]) {
    config.styles.add(`lucid-${name}`, xml);
    const locale = /default-locale="([^"]+)"/u.exec(xml)?.[1];
    STYLE_LOCALES.set(name, locale === 'en-GB' && american ? 'en-GB' : 'en-US');
  }
  registered = true;
}

/** Styles that print English titles in title case. */
const TITLE_CASE_STYLES = new Set<CslStyle>(['mla', 'chicago']);

/** Styles that print initials write "Si-young" as "S.-Y." only when the syllable after the hyphen is capitalised. */
const INITIAL_STYLES = new Set<CslStyle>(['apa', 'harvard', 'ieee']);

/** Styles that put the title in quotation marks. */
const QUOTING_STYLES = new Set<CslStyle>(['mla', 'chicago', 'harvard', 'ieee']);

/**
 * A quotation inside a quoted title in the marks of Swedish and Finnish (”…”) or German, Czech and Polish („…“,
 * „…”) reads against the style's own marks: “Oro i hamnen – ”ett stort problem”.” seems to close after "hamnen".
 * Written as English double quotes, citeproc prints it as the style's inner quotation (‘…’, or “…” in Harvard).
 * Guillemets and corner brackets are left as written: nothing in them reads as an English mark.
 */
function withEnglishInnerQuotes(title: string): string {
  // A Nordic quotation opens where no letter or digit comes before its mark and closes where none follows: "65” vs
  // 55” TVs" are inches, not a quotation.
  return title.replace(
    /(?<![\p{L}\p{N}])”([^”“„\n]+)”(?![\p{L}\p{N}])|„([^”“„\n]+)[“”]/gu,
    (_pair, nordic?: string, low?: string) => `“${nordic ?? low ?? ''}”`,
  );
}

function forStyle(item: CslItem, style: CslStyle, english: boolean): CslItem {
  const variant: CslItem = { ...item };
  // A title that is not English in an item of no known language: "und", which no style title-cases by
  // (citeproc takes an item without a language for English).
  if (!english && !item.language) variant.language = 'und';
  if (style === 'mla' && item.URL) variant.URL = addressWithoutScheme(item.URL);
  if (QUOTING_STYLES.has(style)) variant.title = withEnglishInnerQuotes(variant.title);
  // citeproc's title case passes over a word that opens with a quotation mark ("Nepal Says ‘no Proof’"):
  // the title-case styles get it capitalised already. English titles only: the others are not title-cased.
  if (TITLE_CASE_STYLES.has(style) && /^(?:en\b|$)/i.test(variant.language ?? '')) {
    variant.title = variant.title.replace(
      /(^|\s)([‘“"'«(])(\p{Ll})/gu,
      (_match, space: string, mark: string, letter: string) => space + mark + letter.toUpperCase(),
    );
  }
  // IEEE cites anything read online as an online source: with its address and access date.
  if (style === 'ieee') variant.type = 'webpage';
  const container = item['container-title'];
  if (container) {
    const soleAuthor = item.author?.length === 1 ? item.author[0]?.literal : undefined;
    if (soleAuthor && sameName(soleAuthor, container)) {
      // The organisation that wrote it is the site. APA 7 omits the site's name when it is the author's;
      // MLA 9 skips the author and names the organisation as the site only.
      if (style === 'apa') delete variant['container-title'];
      if (style === 'mla') delete variant.author;
      // Chicago 17 (14.207) and IEEE cite an unsigned story under the paper's name or its title, not the paper twice
      // ("朝日新聞デジタル. “…” 朝日新聞デジタル, January 13, 2025."); without the author their no-author forms do.
      if (style === 'chicago') delete variant['container-title'];
      if (style === 'ieee') delete variant.author;
    }
    // A site known by its address keeps the case it is written in ("Inews.Co.Uk", "Phys.Org" are no one's spelling);
    // citeproc leaves text in a "nocase" span as written.
    if (isHostName(container) && variant['container-title']) variant['container-title'] = `<span class="nocase">${container}</span>`;
  }
  // citeproc drops the comma before "&" or "and" when the last of several names is an organisation's
  // ("Gilbertson, S. & Gear Team."); written as a family name alone it is printed whole and punctuated right.
  if (variant.author && variant.author.length > 1) {
    variant.author = variant.author.map((name: CslName) => (name.literal ? { family: name.literal } : name));
  }
  if (variant.author?.some(isNameWithoutInitials)) {
    variant.author = variant.author.map((name: CslName, position) => (isNameWithoutInitials(name) ? wholeInStyleOrder(name, position, style) : name));
  }
  // Still not English, so no style title-cases the title; but no longer a language citeproc reorders names for.
  if (reordersNames(variant.language)) variant.language = 'und';
  if (INITIAL_STYLES.has(style) && variant.author) {
    variant.author = variant.author.map((name: CslName) =>
      name.given ? { ...name, given: name.given.replace(/-(\p{Ll})/gu, (_hyphen, letter: string) => `-${letter.toUpperCase()}`) } : name,
    );
  }
  return variant;
}

function formatCsl(item: CslItem, style: CslStyle, english: boolean): Citation {
  const variant = forStyle(item, style, english);
  const cite = new Cite(variant);
  const options = { template: `lucid-${style}`, lang: STYLE_LOCALES.get(style) ?? 'en-US' };
  // A numbered style's "[1]" belongs to a reference list, not to one citation copied on its own.
  const text = (cite.format('bibliography', { ...options, format: 'text' }) as string).trim().replace(/^\[\d+\]\s*/, '');
  const html = (cite.format('bibliography', { ...options, format: 'html' }) as string).trim();
  // Chicago's paper named once, as the author (forStyle): the title then ends its sentence before the date, as in
  // 14.207's "New York Times. “Title.” July 30, 2002.", where citeproc keeps the comma that led to the paper's name.
  const siteDropped = style === 'chicago' && !!item['container-title'] && !variant['container-title'];
  const tidy = (citation: string) => {
    const tidied = withoutCommaAfterQuestion(withoutDoubledStop(citation));
    return siteDropped ? tidied.replace(/,(?=”)/u, '.') : tidied;
  };
  return { text: tidy(text), html: tidy(bodyOfEntry(html)) };
}

/**
 * A title that ends in "?" or "!" has its own end: the comma that American styles put inside the closing quotation
 * mark after it is one mark too many ("Who is in it?,” BBC News").
 */
function withoutCommaAfterQuestion(citation: string): string {
  return citation.replace(/([?!]),(?=[”’])/gu, '$1');
}

/** A title that ends in an ellipsis ends its part of the citation: the style's full stop after it is one too many ("Mai…."). */
function withoutDoubledStop(citation: string): string {
  return citation.replace(/…([”’»"]?)\./gu, '…$1');
}

/**
 * citeproc wraps the entry in <div class="csl-bib-body"><div class="csl-entry">…</div></div>, and a
 * numbered style splits it into a left margin (the number) and the inline text: only the text is kept.
 */
function bodyOfEntry(html: string): string {
  const inline = /<div class="csl-right-inline">([\s\S]*?)<\/div>/.exec(html);
  if (inline?.[1]) return inline[1].trim();
  const match = /<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/.exec(html);
  return (match?.[1] ?? html).trim();
}

/**
 * A character outside the Latin script (Chinese, Japanese, Korean, Cyrillic, Greek, Arabic…). citation-js writes
 * BibTeX values in ASCII, with LaTeX commands for accented Latin letters, and drops every character it has no command
 * for: a Japanese title came out as `title = {...}`. Where an item holds such a character its values are written in
 * UTF-8, which biber (BibLaTeX's back end), Zotero and JabRef read; elsewhere the ASCII form that any TeX reads.
 */
const BEYOND_LATIN = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;

/**
 * The accents citation-js writes as LaTeX commands (its own list); a Latin letter carrying any other mark lost it in
 * ASCII: Vietnamese "Phương" came out "Phuong" and "thư" "thu" (the horn has no command).
 */
const MARK_WITHOUT_COMMAND = /(?![\u0300-\u0308\u030a-\u030c\u0332\u0323\u0327\u0328\u0361\u0326])\p{M}/u;

/** Whether the item can be written in ASCII with LaTeX commands without losing a letter or an accent. */
function writableInAscii(item: CslItem): boolean {
  const text = JSON.stringify(item);
  return !BEYOND_LATIN.test(text) && !MARK_WITHOUT_COMMAND.test(text.normalize('NFKD'));
}

/**
 * Latin letters with a stroke or ligatures, which Unicode does not decompose into a base letter and a mark: the key
 * lost them ("le2025au" for "Đau bụng", Polish "Łódź" as "odz").
 */
const LETTERS_WITHOUT_DECOMPOSITION: Record<string, string> = {
  Đ: 'D',
  đ: 'd',
  Ð: 'D',
  ð: 'd',
  Ł: 'L',
  ł: 'l',
  Ø: 'O',
  ø: 'o',
  ı: 'i',
  ß: 'ss',
  Æ: 'AE',
  æ: 'ae',
  Œ: 'OE',
  œ: 'oe',
  Þ: 'Th',
  þ: 'th',
};

/**
 * The entry's key: the first author's family name (or the organisation), else the site's host, then the year and the
 * title's first word, in ASCII letters and digits. citation-js builds it from the same parts but keeps none of a name
 * or word in another script, and wrote `undefined2024undefined` for an organisation author.
 */
function bibLabel(item: CslItem): string {
  const ascii = (text: string | undefined) =>
    (text ?? '')
      .normalize('NFKD')
      .replace(/[ĐđÐðŁłØøıßÆæŒœÞþ]/gu, (letter) => LETTERS_WITHOUT_DECOMPOSITION[letter] ?? '')
      .replace(/[^A-Za-z0-9\s]/g, '')
      .split(/\s+/)
      .filter(Boolean);
  const author = item.author?.[0];
  const host = /^(?:https?:\/\/)?(?:www\.)?([^./]+)/.exec(item.URL ?? '')?.[1];
  const who = ascii(author?.family ?? author?.literal)[0] ?? ascii(host)[0] ?? 'page';
  const year = item.issued?.['date-parts']?.[0]?.[0] ?? '';
  const word = ascii(item.title).find((token) => token.length > 1 && !/^(?:the|an)$/i.test(token)) ?? '';
  return `${who.toLowerCase()}${year}${word.toLowerCase()}`;
}

/** TeX's special characters as text: "&" → "\\&", "{" → "\\{", "\\" → "\\textbackslash{}". */
function texText(text: string): string {
  return text.replace(/[\\{}&%#_$^~]/gu, (char) =>
    char === '\\' ? '\\textbackslash{}' : char === '^' ? '\\textasciicircum{}' : char === '~' ? '\\textasciitilde{}' : `\\${char}`,
  );
}

/** The item's text fields (title, site, publisher, names; not its address) with TeX's special characters escaped. */
function withTexSpecialsEscaped(item: CslItem): CslItem {
  const name = (person: CslName): CslName =>
    Object.fromEntries(Object.entries(person).map(([key, value]) => [key, typeof value === 'string' ? texText(value) : value]));
  return {
    ...item,
    title: texText(item.title),
    ...(item['container-title'] === undefined ? {} : { 'container-title': texText(item['container-title']) }),
    ...(item.publisher === undefined ? {} : { publisher: texText(item.publisher) }),
    ...(item.author ? { author: item.author.map(name) } : {}),
  };
}

/**
 * BibLaTeX, which has a field for what BibTeX cannot say: a newspaper article
 * is `@article` with `entrysubtype = {newspaper}`; a page that is not news is `@online`.
 */
function formatBibtex(item: CslItem): string {
  const format = (plugins.config.get('@bibtex') as { format: { asciiOnly: boolean } }).format;
  const asciiOnly = format.asciiOnly;
  format.asciiOnly = writableInAscii(item);
  // In UTF-8 citation-js escapes nothing: a raw "&", "#" or "%" stops LaTeX (a "%" comments out the rest of the
  // field) and an unmatched brace makes biber drop the entry. The ASCII form escapes them itself.
  const written = format.asciiOnly ? item : withTexSpecialsEscaped(item);
  let bib: string;
  try {
    bib = (new Cite({ ...written, 'citation-key': bibLabel(item) }).format('biblatex') as string).trim();
  } finally {
    format.asciiOnly = asciiOnly;
  }
  // The language as BibLaTeX's langid, not as a code the styles print in the reference.
  bib = bib.replace(/\n\tlanguage = \{([^}]*)\},/u, (_field, code: string) => {
    const langid = babelLanguage(code);
    return langid ? `\n\tlangid = {${langid}},` : '';
  });
  // The access date is in urldate; citation-js repeats it as a note.
  bib = bib.replace(/\n\tnote = \{\[Online; accessed [^}]*\]\},/, '');
  if (item.type === 'article-newspaper') {
    bib = bib.replace(/^@article\{([^,]+),/, '@article{$1,\n\tentrysubtype = {newspaper},');
  } else {
    // BibLaTeX's @online has no journaltitle or booktitle (citation-js writes a web page's site as the latter):
    // biber drops both, and the site with them. The site that publishes a page is its organization.
    bib = bib.replace(/^@\w+\{/, '@online{').replace(/\n\t(?:journaltitle|booktitle) = /, '\n\torganization = ');
  }
  return bib;
}

export function formatCitation(meta: ArticleMeta, style: CitationStyle, options: ItemOptions): Citation {
  const english = isEnglish(meta, options.articleText ?? '');
  return formatItem(toCslItem(meta, options, english), style, english);
}

/** Every style from one item: the title's language and case are read from the article text once, not per style. */
export function formatAllCitations(meta: ArticleMeta, options: ItemOptions): Record<CitationStyle, Citation> {
  const english = isEnglish(meta, options.articleText ?? '');
  const item = toCslItem(meta, options, english);
  const citations = {} as Record<CitationStyle, Citation>;
  for (const style of CITATION_STYLES) citations[style] = formatItem(item, style, english);
  return citations;
}

function formatItem(item: CslItem, style: CitationStyle, english: boolean): Citation {
  registerStyles();
  switch (style) {
    case 'bibtex':
      return { text: formatBibtex(item), html: '' };
    case 'ris':
      return { text: formatRis(item), html: '' };
    case 'csl':
      return { text: JSON.stringify([item], null, 2), html: '' };
    default:
      return formatCsl(item, style, english);
  }
}
