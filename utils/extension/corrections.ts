/**
 * Corrections to a citation's title, authors, date and site, made by the
 * person before copying. They apply to the page open now; they are kept on
 * the device (storage.local, keyed by the page's canonical address) only when
 * the person asks ("Remember for this page"), and can be forgotten.
 */
import { storage } from 'wxt/utils/storage';
import { displayName } from '../metadata/names.ts';
import type { ArticleMeta, Author } from '../types.ts';

export interface CitationCorrection {
  title: string;
  /** People (given, family, family name first or not) or organisations, in the order they are cited. */
  authors: Author[];
  /** YYYY-MM-DD, or '' for none. */
  published: string;
  siteName: string;
}

export const savedCorrections = storage.defineItem<Record<string, CitationCorrection>>('local:citationCorrections', { fallback: {} });

/** The address corrections are kept under: the canonical one, so the same article read with other tracking parameters finds them. */
export function correctionKey(meta: Pick<ArticleMeta, 'canonicalUrl' | 'url'>): string {
  return meta.canonicalUrl || meta.url;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

function parseAuthor(value: unknown): Author | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  if (typeof record.literal === 'string') return record.literal.trim() ? { literal: record.literal } : undefined;
  const given = text(record.given);
  const family = text(record.family);
  if (!given.trim() && !family.trim()) return undefined;
  const suffix = text(record.suffix);
  return { given, family, ...(suffix ? { suffix } : {}), ...(record.familyFirst === true ? { familyFirst: true } : {}) };
}

/** A correction read back from storage, checked field by field: junk gives undefined, never a broken citation. */
function parseCorrection(value: unknown): CitationCorrection | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  if (typeof record.title !== 'string' || !Array.isArray(record.authors)) return undefined;
  const published = text(record.published);
  return {
    title: record.title,
    authors: record.authors.map(parseAuthor).filter((author): author is Author => author !== undefined),
    published: /^\d{4}-\d{2}-\d{2}$/.test(published) ? published : '',
    siteName: text(record.siteName),
  };
}

/** The found metadata as a correction to start editing from; a particle ("van") is edited as part of the family name. */
export function correctionOf(meta: ArticleMeta): CitationCorrection {
  const authors = meta.authors.map((author): Author => {
    if ('literal' in author) return { literal: author.literal };
    const { particle, ...rest } = author;
    return particle ? { ...rest, family: `${particle} ${author.family}` } : { ...rest };
  });
  return { title: meta.title, authors, published: meta.published, siteName: meta.siteName };
}

/** Names a person left empty are not authors. */
function filledAuthors(authors: Author[]): Author[] {
  return authors.filter((author) => ('literal' in author ? author.literal.trim() : `${author.given}${author.family}`.trim()));
}

export function applyCorrection(meta: ArticleMeta, correction: CitationCorrection | undefined): ArticleMeta {
  if (!correction) return meta;
  const authors = filledAuthors(correction.authors).map((author) =>
    'literal' in author ? { literal: author.literal.trim() } : { ...author, given: author.given.trim(), family: author.family.trim() },
  );
  return {
    ...meta,
    title: correction.title.trim(),
    authors,
    byline: authors.map(displayName).join(', '),
    published: correction.published,
    siteName: correction.siteName.trim(),
  };
}

export async function loadCorrection(key: string): Promise<CitationCorrection | undefined> {
  const all: unknown = await savedCorrections.getValue();
  if (typeof all !== 'object' || all === null) return undefined;
  return parseCorrection((all as Record<string, unknown>)[key]);
}

export async function rememberCorrection(key: string, correction: CitationCorrection): Promise<void> {
  const all = await savedCorrections.getValue();
  await savedCorrections.setValue({ ...(typeof all === 'object' ? all : {}), [key]: correction });
}

export async function forgetCorrection(key: string): Promise<void> {
  const all = { ...(await savedCorrections.getValue()) };
  Reflect.deleteProperty(all, key);
  await savedCorrections.setValue(all);
}
