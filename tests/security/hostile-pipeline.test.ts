// @vitest-environment node
/**
 * The hostile corpus through the pipeline under jsdom, as the command line
 * runs it: every known way of smuggling script past a sanitizer is planted in
 * a real-looking article. The article must come out, and nothing executable
 * with it: checked on the markup, on a second sanitizing pass (mutation XSS
 * shows up as markup that changes when parsed again), and by loading the
 * output in a jsdom that runs scripts, with every event fired.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { formatHtml } from '../../scripts/lib/format-output.ts';
import { parseHtml } from '../../scripts/lib/parse-html.ts';
import { analyzeDocument } from '../../utils/pipeline/extract.ts';
import { ALLOWED_TAGS, sanitizeHtml } from '../../utils/pipeline/sanitize.ts';
import { HOSTILE_ARTICLE_TEXTS, VECTORS, hostileArticle } from '../helpers/hostile-pages.ts';

const URL = 'https://news.example/2026/council-bicycles';
const report = (id: string) => `window.__lucidXss('${id}')`;

/** The hostile page, with script-bearing metadata too: a title, an author and JSON-LD that carry markup. */
function hostilePage(): string {
  return hostileArticle(report).replace(
    '<title>Council expands bicycle network</title>',
    `<title>Council expands bicycle network</title>
<meta name="author" content="Jane Doe<img src=x onerror=${report('meta-author')}>">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Council expands bicycle network<img src=x onerror=${report('jsonld-headline')}>","author":{"@type":"Person","name":"<script>${report('jsonld-author')}<\\/script>Jane Doe"}}</script>`,
  );
}

function analyzeHostile() {
  const page = parseHtml(hostilePage(), URL);
  const result = analyzeDocument(page.document, { url: URL });
  page.close();
  if (!result.ok) throw new Error(`The hostile page gave no article: ${result.message}`);
  return result;
}

/** Loads markup in a jsdom that runs scripts, fires every kind of event at every element, and returns what reported. */
async function executionsWhenLoaded(html: string): Promise<string[]> {
  const ran: string[] = [];
  const dom = new JSDOM(`<!DOCTYPE html><html><body>${html}</body></html>`, {
    runScripts: 'dangerously',
    virtualConsole: new VirtualConsole(),
    url: URL,
    beforeParse(window) {
      (window as unknown as { __lucidXss: (id: string) => void }).__lucidXss = (id) => ran.push(id);
    },
  });
  const { document, Event } = dom.window;
  for (const element of document.querySelectorAll('*')) {
    for (const type of ['click', 'mouseover', 'focus', 'error', 'load', 'toggle', 'begin', 'start']) element.dispatchEvent(new Event(type));
  }
  for (const link of document.querySelectorAll('a')) link.click();
  await new Promise((done) => setTimeout(done, 50));
  dom.window.close();
  return ran;
}

describe('the hostile corpus through the pipeline', () => {
  const result = analyzeHostile();
  const fragment = JSDOM.fragment(result.article.html);

  test('keeps the article', () => {
    for (const text of HOSTILE_ARTICLE_TEXTS) expect(result.article.text).toContain(text);
    expect(result.meta.title).toMatch(/^Council expands bicycle network/);
  });

  test('leaves only allowed elements, no event handlers, no script URLs, no styles', () => {
    const problems: string[] = [];
    for (const element of fragment.querySelectorAll('*')) {
      if (!ALLOWED_TAGS.includes(element.localName)) problems.push(`<${element.localName}>`);
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name) || attribute.name === 'style' || attribute.name === 'srcdoc' || attribute.name.includes(':'))
          problems.push(`${element.localName}[${attribute.name}]`);
        const isUrl = ['href', 'src', 'srcset', 'action', 'formaction', 'data', 'poster', 'cite'].includes(attribute.name);
        const isImageData = element.localName === 'img' && attribute.name === 'src' && /^data:image\/(png|jpe?g|gif|webp);/i.test(attribute.value);
        if (isUrl && !isImageData && !/^(https?:|#|\/|[^:]*$)/i.test(attribute.value.trim()))
          problems.push(`${element.localName}[${attribute.name}=${attribute.value}]`);
      }
    }
    expect(problems).toEqual([]);
    expect(result.article.html).not.toMatch(/javascript:|<script|<style|<iframe|<svg|<math|<noscript|<template|<base|<meta|<link/i);
  });

  test('is stable: sanitizing the output again changes nothing (no markup that mutates when parsed again)', () => {
    const window = new JSDOM('').window as unknown as Parameters<typeof sanitizeHtml>[1];
    expect(sanitizeHtml(result.article.html, window)).toBe(result.article.html);
  });

  test('runs no planted script when the output is loaded in a page that runs scripts and every event is fired', async () => {
    // The hook works: the same markup before the pipeline does report.
    expect(await executionsWhenLoaded('<img src="x" onerror="window.__lucidXss(\'control\')"><script>window.__lucidXss("control-script")</script>')).toContain(
      'control-script',
    );
    expect(await executionsWhenLoaded(result.article.html)).toEqual([]);
  });

  test('titles, names, quotes and the command line HTML document carry page markup as text only', async () => {
    const document = formatHtml(result);
    expect(await executionsWhenLoaded(document.replace(/^[\s\S]*?<body[^>]*>/i, '').replace(/<\/body>[\s\S]*$/i, ''))).toEqual([]);
    for (const author of result.meta.authors) expect('literal' in author ? author.literal : `${author.given} ${author.family}`).not.toMatch(/<script/);
    expect(document).not.toMatch(/<img[^>]*onerror/i);
    expect(document).not.toMatch(/<script/i);
  });

  test('covers every family of the corpus', () => {
    expect(VECTORS.length).toBeGreaterThanOrEqual(35);
  });
});
