/**
 * schema.org JSON-LD: the most deliberate statement a page makes about itself.
 * Handles `@graph`, `@id` references between nodes, arrays of `@type`, and the
 * broken JSON that CMSs emit (raw newlines in strings, trailing commas, HTML
 * comments around the object).
 */
import { elementsByTag } from '../dom/dom.ts';

type JsonObject = Record<string, unknown>;

interface JsonLdPerson {
  name: string;
  /** 'Person', 'Organization', or '' when the page does not say. */
  type: string;
}

export interface JsonLdArticle {
  type: string;
  headline: string;
  authors: JsonLdPerson[];
  datePublished: string;
  dateModified: string;
  publisherName: string;
  image: string;
  url: string;
  inLanguage: string;
  description: string;
}

/** schema.org types of a news article or post (Readability's list, plus the WebPage family as a last resort). */
const ARTICLE_TYPES =
  /^(Article|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|Review|VideoObject|Recipe|HowTo)$/;
const PAGE_TYPES = /^(WebPage|ItemPage|AboutPage|CollectionPage|ProfilePage|MediaObject|CreativeWork)$/;
const ORGANIZATION_TYPES =
  /^(Organization|NewsMediaOrganization|Corporation|GovernmentOrganization|NGO|EducationalOrganization|LocalBusiness|Brand|OnlineBusiness)$/;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** The `@type` words of a node, namespace prefixes dropped ("schema:NewsArticle", "http://schema.org/Person"). */
function typesOf(node: JsonObject): string[] {
  return asArray(node['@type'])
    .filter((type): type is string => typeof type === 'string')
    .map((type) => type.replace(/^.*[/:#]/, ''));
}

/** The characters JSON forbids raw inside a string (U+0000 to U+001F), each as a space: JSON's own white space. */
function withoutControlCharacters(text: string): string {
  let out = '';
  for (const character of text) out += character.charCodeAt(0) < 0x20 ? ' ' : character;
  return out;
}

/** JSON as CMSs write it: tolerate what browsers' script parsers would not see as an error. */
function parseLenientJson(source: string): unknown {
  const trimmed = source
    .trim()
    .replace(/^<!--|-->$/g, '')
    .replace(/^\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>$/g, '')
    .trim();
  try {
    return JSON.parse(trimmed);
  } catch {
    // Raw control characters inside strings and trailing commas are the usual faults.
    const repaired = withoutControlCharacters(trimmed).replace(/,\s*([}\]])/g, '$1');
    try {
      return JSON.parse(repaired);
    } catch {
      return undefined;
    }
  }
}

/** Every object node in the page's JSON-LD, with `@graph` arrays flattened and an index of `@id`s. */
function collectJsonLdNodes(document: Document): { nodes: JsonObject[]; byId: Map<string, JsonObject>; depthOf: Map<JsonObject, number> } {
  const nodes: JsonObject[] = [];
  const depthOf = new Map<JsonObject, number>();
  const byId = new Map<string, JsonObject>();
  // Every object is a node: an article often sits inside a WebPage's mainEntity or an ItemList.
  const visit = (value: unknown, depth: number) => {
    if (depth > 8) return;
    for (const item of asArray(value)) {
      if (!isObject(item)) continue;
      nodes.push(item);
      if (!depthOf.has(item)) depthOf.set(item, depth);
      const id = item['@id'];
      if (typeof id === 'string' && Object.keys(item).length > 1 && !byId.has(id)) byId.set(id, item);
      for (const [key, child] of Object.entries(item)) {
        // @graph lists top-level nodes; anything else nested belongs to its parent.
        if (typeof child === 'object' && child !== null) visit(child, key === '@graph' ? depth : depth + 1);
      }
    }
  };
  for (const script of elementsByTag(document, 'script')) {
    if (!script.getAttribute('type')?.toLowerCase().includes('ld+json')) continue;
    visit(parseLenientJson(script.textContent), 0);
  }
  return { nodes, byId, depthOf };
}

function resolve(value: unknown, byId: Map<string, JsonObject>): unknown {
  if (isObject(value) && typeof value['@id'] === 'string' && Object.keys(value).length === 1) {
    return byId.get(value['@id']) ?? value;
  }
  return value;
}

function text(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return text(value[0]);
  if (isObject(value)) return text(value['@value'] ?? value.name ?? value.url ?? '');
  return '';
}

function peopleOf(value: unknown, byId: Map<string, JsonObject>): JsonLdPerson[] {
  const people: JsonLdPerson[] = [];
  for (const raw of asArray(value)) {
    const item = resolve(raw, byId);
    if (typeof item === 'string') {
      if (item.trim() && !/^https?:\/\//.test(item.trim())) people.push({ name: item.trim(), type: '' });
      continue;
    }
    if (!isObject(item)) continue;
    const types = typesOf(item);
    const type = types.some((t) => ORGANIZATION_TYPES.test(t)) ? 'Organization' : types.includes('Person') ? 'Person' : '';
    // Some sites put several names in one node: "name": ["A", "B"].
    for (const name of asArray(item.name)) {
      const value = text(name);
      if (value) people.push({ name: value, type });
    }
    if (!item.name && (item.givenName || item.familyName)) {
      people.push({ name: `${text(item.givenName)} ${text(item.familyName)}`.trim(), type: 'Person' });
    }
  }
  return people;
}

function imageOf(value: unknown, byId: Map<string, JsonObject>): string {
  for (const raw of asArray(value)) {
    const item = resolve(raw, byId);
    if (typeof item === 'string' && item.trim()) return item.trim();
    if (isObject(item)) {
      const url = text(item.url ?? item.contentUrl ?? item['@id']);
      if (url) return url;
    }
  }
  return '';
}

/** A WebPage's mainEntity is the page's article, however deep it is nested. */
function isMainEntity(node: JsonObject, nodes: JsonObject[]): boolean {
  return nodes.some((other) => asArray(other.mainEntity).includes(node));
}

function sameAddress(a: string, b: string): boolean {
  const strip = (url: string) =>
    url
      .replace(/^https?:\/\/(www\.)?/, '')
      .replace(/[?#].*$/, '')
      .replace(/\/$/, '');
  return !!a && !!b && strip(a) === strip(b);
}

function score(node: JsonObject, pageUrl: string): number {
  const types = typesOf(node);
  let value = 0;
  if (types.some((type) => ARTICLE_TYPES.test(type))) value += 10;
  else if (types.some((type) => PAGE_TYPES.test(type))) value += 2;
  else return 0;
  if (node.headline) value += 3;
  if (node.author) value += 2;
  if (node.datePublished) value += 2;
  if (node.articleBody) value += 1;
  // A list of related stories also holds NewsArticle nodes; the page's own is the one at its address.
  const page = node.mainEntityOfPage;
  const address = text(node.url) || (isObject(page) ? text(page['@id'] ?? page.url) : text(page));
  if (sameAddress(address, pageUrl)) value += 5;
  return value;
}

/** The page's article node, read into plain fields; undefined when the page has none. */
export function readJsonLdArticle(document: Document, pageUrl = ''): JsonLdArticle | undefined {
  const { nodes, byId, depthOf } = collectJsonLdNodes(document);
  let best: JsonObject | undefined;
  let bestScore = 0;
  for (const node of nodes) {
    // A live blog's updates and a page's related stories are nested inside it; the page's article is not.
    const value = score(node, pageUrl) - ((depthOf.get(node) ?? 0) > 0 && !isMainEntity(node, nodes) ? 4 : 0);
    if (value > bestScore) {
      best = node;
      bestScore = value;
    }
  }
  if (!best) return undefined;
  const publisher = resolve(asArray(best.publisher)[0], byId);
  const page = resolve(best.mainEntityOfPage, byId);
  return {
    type: typesOf(best)[0] ?? '',
    headline: text(best.headline) || text(best.name),
    authors: peopleOf(best.author ?? best.creator, byId),
    datePublished: text(best.datePublished) || text(best.dateCreated) || text(best.uploadDate),
    dateModified: text(best.dateModified),
    publisherName: isObject(publisher) ? text(publisher.name) : text(publisher),
    image: imageOf(best.image ?? best.thumbnailUrl, byId),
    url: text(best.url) || (isObject(page) ? text(page['@id'] ?? page.url) : text(page)),
    inLanguage: text(best.inLanguage),
    description: text(best.description),
  };
}
