/**
 * The article's authors from everything the page says about them, in
 * priority order: JSON-LD, citation_* and Dublin Core, the author meta tags,
 * the printed byline, and last the byline lines the clean-up found.
 *
 * - The first source that names a person wins; a source naming only
 *   organisations is kept as a fallback while later ones are searched for
 *   the reporter ("Reuters" alone is an author; "毎日新聞" beside a
 *   reporter's name is the publisher).
 * - When the printed byline names the chosen people and more ("By A and B"
 *   where the metadata has only A), the byline's list is taken.
 * - The site's own name is an author only where the page declares it so: an
 *   Organization in JSON-LD, or the printed byline. A meta tag or a JSON-LD
 *   "Person" with the site's name is a CMS filling a field, and with nothing
 *   else naming an author there is none: the citation styles then apply
 *   their own no-author rules.
 */
import type { Author } from '../types.ts';
import { authorFromCandidate, cleanCandidates, dedupeAuthors, isKnownAgency, isOrganisationName, isPerson, type AuthorCandidate } from './authors.ts';
import { findVisibleBylines } from './bylines.ts';
import type { JsonLdArticle } from './json-ld.ts';
import { allMeta, type MetaTags } from './meta-tags.ts';
import { displayName } from './names.ts';
import { foldLabel } from './page-chrome.ts';

export interface AuthorHints {
  /** Readability's byline (or a "By …" line the clean-up removed). */
  byline?: string;
  /** A name standing alone as the article's last line. */
  signature?: string;
}

export interface AuthorContext {
  /** Primary language subtag of the page ("en", "ko"). */
  lang: string;
  /** The names the site goes by (og:site_name, the JSON-LD publisher…), first the one shown. */
  siteNames: string[];
  hostname: string;
  /** The page's menu labels, folded: a "name" equal to one is a label. */
  labels: Set<string>;
  /** The printed headline, near which the byline is looked for. */
  headline?: Element;
}

/** Second-level labels that are not the site's name: "bbc.co.uk", "ntv.com.tr". */
const GENERIC_SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'or', 'ne', 'go', 'edu', 'gv', 'nic']);

/** The label of the host that names the site: "ntv" for www.ntv.com.tr, "spiegel" for www.spiegel.de. */
export function siteLabelOfHost(hostname: string): string {
  const labels = hostname
    .toLowerCase()
    .replace(/^www\d?\./, '')
    .split('.');
  let index = labels.length - 2;
  while (index > 0 && GENERIC_SECOND_LEVEL.has(labels[index] ?? '')) index--;
  return labels[Math.max(0, index)] ?? '';
}

function wordSet(text: string): string {
  return [
    ...new Set(
      text
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean),
    ),
  ]
    .sort()
    .join(' ');
}

const lettersOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]/gu, '');

/**
 * Whether a name is exactly the site's own: its stated name in another
 * spelling ("DER SPIEGEL", "Bundestagsfraktion Bündnis 90/Die Grünen"), its
 * host ("ntv.com.tr") or its host's name. "Redaktion hessenschau.de" and
 * "Guardian staff reporter" name a newsroom: they are bylines.
 */
export function isTheSiteItself(name: string, siteNames: string[], hostname: string): boolean {
  const letters = lettersOf(name);
  if (!letters) return false;
  if (siteNames.some((site) => site && (lettersOf(site) === letters || wordSet(name) === wordSet(site)))) return true;
  const host = hostname.toLowerCase().replace(/^www\d?\./, '');
  return letters === lettersOf(host) || letters === lettersOf(siteLabelOfHost(host));
}

interface Source {
  read: () => AuthorCandidate[];
  /** Entries of this source are one name each ("Family, Given" included), not bylines to split. */
  oneNameEach?: boolean;
  /** The page prints these, or declares their type: the site's own name counts as an author here. */
  declared?: boolean;
  /**
   * A generic author meta tag: an organisation there is the site, its company or its web agency
   * ("wegewerk GmbH"), unless it is a news agency.
   */
  agenciesOnly?: boolean;
}

/** "twitter:label1" = "Written by", "twitter:data1" = the name: how WordPress SEO plugins state the author. */
function labelledTwitterAuthors(tags: MetaTags): string[] {
  const names: string[] = [];
  for (let index = 1; index <= 4; index++) {
    const label = tags.get(`twitter:label${index}`)?.[0] ?? '';
    const data = tags.get(`twitter:data${index}`)?.[0] ?? '';
    if (
      data &&
      /^(written by|verfasst von|geschrieben von|autor(in)?|author|écrit par|rédigé par|escrito por|scritto da|geschreven door|skrevet av|napisane przez)$/i.test(
        label.trim(),
      )
    )
      names.push(data);
  }
  return names;
}

export function readAuthors(document: Document, tags: MetaTags, jsonLd: JsonLdArticle | undefined, hints: AuthorHints, context: AuthorContext): Author[] {
  const named = (values: string[]): AuthorCandidate[] => values.map((name) => ({ name, type: '' }));
  let printed: AuthorCandidate[] | undefined;
  const printedByline = () => (printed ??= named(findVisibleBylines(document, { headline: context.headline })));
  // Sources are read lazily: the printed byline is looked for only when it is needed.
  const sources: Source[] = [
    { read: () => jsonLd?.authors ?? [], declared: true },
    { read: () => named(allMeta(tags, 'citation_author')), oneNameEach: true },
    { read: () => named(allMeta(tags, 'dc.creator', 'dcterms.creator', 'dc.contributor')), oneNameEach: true },
    {
      read: () =>
        named(
          [
            ...allMeta(
              tags,
              'article:author',
              'og:article:author',
              'author',
              'parsely-author',
              'sailthru.author',
              'byl',
              'twitter:misc:written by',
              'twitter:creator:name',
            ),
            ...labelledTwitterAuthors(tags),
          ].filter((value) => !/^(https?:|@)/.test(value)),
        ),
      agenciesOnly: true,
    },
    { read: printedByline, declared: true },
    { read: () => named([hints.byline ?? '', hints.signature ?? ''].filter(Boolean)), declared: true },
  ];
  const siteName = context.siteNames[0] ?? '';
  const toAuthors = (candidates: AuthorCandidate[]) =>
    dedupeAuthors(
      candidates.map((candidate) => authorFromCandidate(candidate, { lang: context.lang, siteName })),
      siteName,
    );
  const siteAllowed = (source: Source, candidate: AuthorCandidate) => !!source.declared && candidate.type !== 'Person';
  const clean = (source: Source) =>
    cleanCandidates(
      // Whole before it is split: "Bündnis 90/Die Grünen Bundestagsfraktion" is the site's name, not two names.
      source.read().filter((candidate) => siteAllowed(source, candidate) || !isTheSiteItself(candidate.name, context.siteNames, context.hostname)),
      { oneNameEach: source.oneNameEach },
    ).filter((candidate) => {
      // The site's name as a "person" or in a meta tag is a CMS default, not a byline.
      if (isTheSiteItself(candidate.name, context.siteNames, context.hostname)) return siteAllowed(source, candidate);
      if (source.agenciesOnly && isOrganisationName(candidate.name, siteName) && !isKnownAgency(candidate.name)) return false;
      // A menu's label is not a name: "Über", "Archiv", a section called "Capital". (A person the page declares is one.)
      return candidate.type === 'Person' || !context.labels.has(foldLabel(candidate.name));
    });
  let organisationsOnly: Author[] = [];
  for (const source of sources) {
    const candidates = clean(source);
    if (candidates.length === 0) continue;
    const authors = toAuthors(candidates);
    if (authors.some((author) => isPerson(author, siteName)))
      return withPrintedCoauthors(authors, () => toAuthors(clean({ read: printedByline, declared: true })));
    if (organisationsOnly.length === 0) organisationsOnly = authors;
  }
  return organisationsOnly;
}

const nameKey = (author: Author) =>
  displayName(author)
    .toLowerCase()
    .replace(/[^\p{L}]/gu, '');

/**
 * The printed byline's list when it names everyone the chosen source does
 * and more people: metadata often credits only the first of two reporters.
 */
function withPrintedCoauthors(authors: Author[], readPrinted: () => Author[]): Author[] {
  const printed = readPrinted();
  if (printed.length <= authors.length) return authors;
  const printedKeys = new Set(printed.map(nameKey));
  if (!authors.every((author) => printedKeys.has(nameKey(author)))) return authors;
  return printed.filter((author) => isPerson(author) || authors.some((chosen) => nameKey(chosen) === nameKey(author)));
}
