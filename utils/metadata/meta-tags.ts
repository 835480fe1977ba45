import { elementsByTag } from '../dom/dom.ts';

/**
 * The page's <meta> tags as a lookup: `name`, `property` and `itemprop` keys,
 * lower-cased, each with every value in document order (citation_author repeats).
 */
export type MetaTags = Map<string, string[]>;

export function readMetaTags(document: Document): MetaTags {
  const tags: MetaTags = new Map();
  // All <meta>s, not `meta[content]`: one without content is passed below, and under jsdom a selector is matched in script.
  for (const meta of elementsByTag(document, 'meta')) {
    const content = (meta.getAttribute('content') ?? '').trim();
    if (!content) continue;
    for (const attribute of ['name', 'property', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attribute)?.trim().toLowerCase();
      if (!key) continue;
      // RDFa pages put several properties in one attribute: property="og:title twitter:title".
      // A name may itself hold a space ("twitter:misc:Written by").
      for (const part of attribute === 'property' ? key.split(/\s+/) : [key]) {
        const values = tags.get(part) ?? [];
        values.push(content);
        tags.set(part, values);
      }
    }
  }
  return tags;
}

/** The first value of the first key that has one. */
export function firstMeta(tags: MetaTags, ...keys: string[]): string {
  for (const key of keys) {
    const value = tags.get(key)?.[0];
    if (value) return value;
  }
  return '';
}

/** Every value of every key, in key order, duplicates dropped. */
export function allMeta(tags: MetaTags, ...keys: string[]): string[] {
  const values: string[] = [];
  for (const key of keys) for (const value of tags.get(key) ?? []) if (!values.includes(value)) values.push(value);
  return values;
}
