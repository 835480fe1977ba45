/**
 * Fuzzing the pipeline: random pages and mutated real pages, from a fixed
 * seed so every failure can be replayed. Each case runs the whole analysis
 * (extraction, metadata, summary, quotes) on jsdom; a case fails when
 * anything throws, when it runs past the time budget, or when script-bearing
 * markup comes out of the sanitizer.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument } from '../../utils/pipeline/extract.ts';
import { decodePageBytes } from './decode-page.ts';
import { JSDOM } from 'jsdom';
import { parseHtml } from './parse-html.ts';

/** mulberry32: small, fast, and the same sequence on every machine. */
export function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const between = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1));

const TAGS = [
  'div',
  'p',
  'span',
  'article',
  'section',
  'main',
  'aside',
  'nav',
  'header',
  'footer',
  'figure',
  'figcaption',
  'img',
  'a',
  'ul',
  'ol',
  'li',
  'table',
  'tr',
  'td',
  'h1',
  'h2',
  'h3',
  'blockquote',
  'pre',
  'code',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'form',
  'input',
  'time',
  'picture',
  'source',
  'br',
  'hr',
  'script',
  'style',
  'b',
  'i',
  'q',
  'select',
  'option',
  'frameset',
  'frame',
  'object',
  'details',
  'summary',
];
const CLASSES = [
  'article-body',
  'related',
  'most-popular',
  'share',
  'byline',
  'author',
  'ad',
  'newsletter',
  'caption',
  'lazyload',
  'content',
  'story',
  'comments',
  'footer',
  'nav',
  'hidden',
  'sr-only',
  'subscribe',
];
const ATTRIBUTES = [
  () => `class="${CLASSES.join(' ').slice(0, 40)}"`,
  () => 'data-src="/image.jpg"',
  () => 'data-srcset="a.jpg 1x, , ,b.jpg 2x,"',
  () => 'srcset=",,, 100w"',
  () => 'itemprop="author"',
  () => 'itemprop="articleBody"',
  () => 'rel="author"',
  () => 'dir="rtl"',
  () => 'lang="ko"',
  () => 'hidden',
  () => 'datetime="not a date"',
  () => 'datetime="2024-02-30T25:61:00Z"',
  () => 'onerror="throw 1"',
  () => 'style="display:none"',
  () => 'href="javascript:void(0)"',
  () => 'name="body"',
  () => 'id="cloneNode"',
];
const TEXTS = [
  'The council voted on Tuesday to approve the plan, officials said.',
  '“We will not back down,” the minister said. “Never.”',
  '"Quoted text that never closes',
  '「東京の会議は終わった」と彼は言った。',
  '서울 = 연합뉴스 기자 hong@example.com',
  'مرحبا بكم في الأخبار "اقتباس" قال الوزير',
  'Ещё одна строка «цитата» — сказал он.',
  '‮reversed‬ text ‎marks‏',
  '\u0000\u0001\uFFFE\uD800 broken surrogates \uDC00',
  '😀🏳️‍🌈 emoji text, ZWJ‍joined',
  'By Jane Doe and John Smith | Reuters',
  'ADVERTISEMENT',
  'Most popular',
  'Photo: AP / Getty Images',
  'a'.repeat(5000),
  'U.S. Sept. Dr. St. e.g. i.e. No. 5 vs. Inc.',
  '',
];

function randomAttributes(random: Random): string {
  const count = between(random, 0, 2);
  return Array.from({ length: count }, () => ` ${pick(random, ATTRIBUTES)()}`).join('');
}

/** A random tree of elements and text: valid-ish markup, not always balanced. */
export function randomPage(random: Random): string {
  const parts: string[] = [];
  const open: string[] = [];
  const steps = between(random, 5, 400);
  for (let step = 0; step < steps; step++) {
    const roll = random();
    if (roll < 0.4) {
      const tag = pick(random, TAGS);
      parts.push(`<${tag}${randomAttributes(random)}>`);
      open.push(tag);
    } else if (roll < 0.65 && open.length) {
      // Sometimes the wrong closing tag: parsers and readers must cope.
      parts.push(`</${random() < 0.9 ? open.pop() : pick(random, TAGS)}>`);
    } else {
      parts.push(pick(random, TEXTS));
    }
  }
  const head = random() < 0.5 ? `<title>${pick(random, TEXTS)}</title><meta property="og:title" content="${pick(random, TEXTS).replaceAll('"', '')}">` : '';
  const jsonLd =
    random() < 0.3
      ? `<script type="application/ld+json">${pick(random, ['{"@type":"NewsArticle","author":[{"name":null},"x",3]}', '{"@graph":[{"@id":"#a"},{"author":{"@id":"#a"}}]}', '{not json', '[]', 'null', '{"@type":["NewsArticle"],"datePublished":"yesterday"}'])}</script>`
      : '';
  return `<!DOCTYPE html><html><head>${head}${jsonLd}</head><body>${parts.join('')}</body></html>`;
}

/** A real page with a few of the edits that break real pages: cut, doubled, shuffled, or stuffed with hostile tags. */
export function mutatePage(random: Random, html: string): string {
  let page = html;
  const edits = between(random, 1, 6);
  for (let edit = 0; edit < edits; edit++) {
    const at = between(random, 0, page.length);
    const length = between(random, 0, Math.min(5000, page.length - at));
    switch (between(random, 0, 6)) {
      case 0:
        page = page.slice(0, at) + page.slice(at + length);
        break;
      case 1:
        page = page.slice(0, at) + page.slice(at, at + length) + page.slice(at);
        break;
      case 2:
        page = page.slice(0, at) + `<${pick(random, TAGS)}${randomAttributes(random)}>` + page.slice(at);
        break;
      case 3:
        page = page.slice(0, at) + pick(random, TEXTS) + page.slice(at);
        break;
      case 4:
        page = page.slice(0, at);
        break;
      case 5: {
        const other = between(random, 0, page.length);
        page = page.slice(0, Math.min(at, other)) + page.slice(Math.max(at, other)) + page.slice(Math.min(at, other), Math.max(at, other));
        break;
      }
      default:
        page = page.slice(0, at) + '<div>'.repeat(between(random, 10, 600)) + page.slice(at);
    }
  }
  return page;
}

export interface FuzzOptions {
  seed: number;
  cases: number;
  /** First case to run (cases are numbered from 0; each has its own random stream, so any range replays exactly). */
  from?: number;
  /** Milliseconds one case may take (parse and analysis) before it counts as a failure. */
  budgetMs: number;
  /** Real pages to mutate. */
  corpus: string[];
  /** Share of cases that mutate a real page rather than build a random one. */
  realShare?: number;
  onProgress?: (done: number) => void;
  /** Called before each case: a run that hangs can leave the case it hung on behind. */
  onStart?: (index: number, html: string) => void;
}

export interface FuzzFailure {
  index: number;
  kind: 'threw' | 'slow' | 'unsafe-output';
  detail: string;
  html: string;
}

export interface FuzzReport {
  cases: number;
  /** Pages jsdom's parser threw on (the command line turns these into a message). */
  parserErrors: number;
  articles: number;
  messages: number;
  slowestMs: number;
  failures: FuzzFailure[];
}

const UNSAFE_TAGS = new Set(['script', 'iframe', 'object', 'embed', 'svg', 'math', 'style', 'form', 'base', 'meta', 'link', 'template', 'noscript']);

/** What in sanitized output could run or load something: an element or attribute, read from the parsed markup (not its text). */
function unsafeMarkup(html: string): string | undefined {
  for (const element of JSDOM.fragment(html).querySelectorAll('*')) {
    if (UNSAFE_TAGS.has(element.localName)) return `<${element.localName}>`;
    for (const attribute of element.attributes) {
      if (/^on/i.test(attribute.name) || attribute.name === 'style') return `${element.localName}[${attribute.name}]`;
      if (/^(href|src|srcset|action|formaction|data)$/.test(attribute.name) && /^\s*(javascript|vbscript|data:(?!image\/))/i.test(attribute.value))
        return `${element.localName}[${attribute.name}=${attribute.value.slice(0, 40)}]`;
    }
  }
  return undefined;
}

export function runFuzz(options: FuzzOptions): FuzzReport {
  const report: FuzzReport = { cases: 0, parserErrors: 0, articles: 0, messages: 0, slowestMs: 0, failures: [] };
  const from = options.from ?? 0;
  for (let index = from; index < from + options.cases; index++) {
    const random = randomSource(Math.imul(options.seed, 0x9e3779b1) ^ index);
    const useReal = options.corpus.length > 0 && random() < (options.realShare ?? 0.2);
    const html = useReal ? mutatePage(random, pick(random, options.corpus)) : randomPage(random);
    options.onStart?.(index, html);
    const started = performance.now();
    let page: ReturnType<typeof parseHtml> | undefined;
    try {
      page = parseHtml(html, 'https://fuzz.example/story');
    } catch {
      // jsdom itself gave up on the markup (its CSS parser throws on some broken style): the command line says so in a
      // message. Not the pipeline's failure, but counted, so a rise shows.
      report.parserErrors++;
      report.messages++;
    }
    if (page) {
      try {
        const result = analyzeDocument(page.document, { url: 'https://fuzz.example/story', force: random() < 0.2 });
        if (result.ok) {
          report.articles++;
          const unsafe = unsafeMarkup(result.article.html);
          if (unsafe) report.failures.push({ index, kind: 'unsafe-output', detail: unsafe, html });
        } else {
          report.messages++;
          if (!result.message || result.reason === 'failed')
            report.failures.push({ index, kind: 'threw', detail: result.message || `no message for ${result.reason}`, html });
        }
      } catch (error) {
        report.failures.push({ index, kind: 'threw', detail: error instanceof Error ? (error.stack ?? error.message) : String(error), html });
      } finally {
        page.close();
      }
    }
    const milliseconds = performance.now() - started;
    report.slowestMs = Math.max(report.slowestMs, milliseconds);
    if (milliseconds > options.budgetMs) report.failures.push({ index, kind: 'slow', detail: `${Math.round(milliseconds)} ms`, html });
    report.cases++;
    options.onProgress?.(index + 1 - from);
  }
  return report;
}

/** The saved fixture pages: real news markup to mutate. */
export function fixtureCorpus(fixturesDir: string): string[] {
  return readdirSync(fixturesDir).flatMap((slug) => {
    const file = ['page.html.gz', 'page.html'].map((name) => join(fixturesDir, slug, name)).find(existsSync);
    return file ? [decodePageBytes(readFileSync(file))] : [];
  });
}
