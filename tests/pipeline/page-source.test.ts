// @vitest-environment node
/**
 * Pages that hide their article from a plain reading of `document`: DOM
 * clobbering, open shadow roots, same-origin frames and framesets; and the
 * time budget that stops a pipeline run instead of freezing the tab.
 */
import { describe, expect, test } from 'vitest';
import { parseHtml } from '../../scripts/lib/parse-html.ts';
import { extractArticle } from '../../utils/pipeline/extract.ts';
import { trustedCall } from '../../utils/dom/trusted-dom.ts';
import { pageSource } from '../../utils/pipeline/page-source.ts';
import { LEAD_PARAGRAPHS, articlePage } from '../helpers/article-page.ts';

const URL = 'https://news.example/2026/council-bicycles';
const ARTICLE_HTML = `<h1>Council expands bicycle network</h1>${LEAD_PARAGRAPHS.map((text) => `<p>${text}</p>`).join('')}`;

/**
 * jsdom does not implement HTML's named properties, so the test puts them on
 * the objects as a browser does ([LegacyOverrideBuiltIns] on Document, named
 * form controls on forms): the markup names the members, the object answers with elements.
 */
function clobber(target: object, name: string, element: Element): void {
  Object.defineProperty(target, name, { configurable: true, get: () => element });
}

describe('DOM clobbering', () => {
  const html = articlePage(`
    <img name="body" src="a.png"><img name="cloneNode" src="b.png"><form name="getElementsByTagName"></form>
    <form name="querySelectorAll"></form><form name="querySelector"></form><img name="documentElement" src="c.png">
    <form id="comments"><input name="id"><input name="tagName"><input name="getAttribute"><input name="className"></form>`);

  function clobberedPage() {
    const page = parseHtml(html, URL);
    const document = page.document;
    const names = ['body', 'cloneNode', 'getElementsByTagName', 'querySelectorAll', 'querySelector', 'documentElement'];
    const named = names.map((name) => document.querySelector(`[name="${name}"]`)!);
    names.forEach((name, index) => clobber(document, name, named[index]!));
    const form = document.getElementById('comments')!;
    for (const name of ['id', 'tagName', 'getAttribute', 'className']) clobber(form, name, form.querySelector(`[name="${name}"]`)!);
    return page;
  }

  test('the simulated clobbering breaks a plain read of the document (the attack is real)', () => {
    const page = clobberedPage();
    expect(page.document.body.tagName).toBe('IMG');
    expect(() => page.document.cloneNode(true)).toThrow();
    page.close();
  });

  test('the pipeline reads a copy with the clobbering names taken off, and finds the article', () => {
    const page = clobberedPage();
    const source = pageSource(page.document);
    expect(source.live).toBe(false);
    expect(source.document.body.tagName).toBe('BODY');
    const result = extractArticle(page.document, { url: URL });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.article.text).toContain(LEAD_PARAGRAPHS[1]);
    // The live page keeps its markup as it was.
    // Through the prototype: the page's own querySelectorAll is clobbered.
    expect(trustedCall<NodeListOf<Element>>(page.document, 'querySelectorAll', '[name="body"]')).toHaveLength(1);
    page.close();
  });

  test('an ordinary page with a search form and comment form is read live, without a copy', () => {
    const page = parseHtml(articlePage('<form><input name="q"><input type="submit" name="submit"><input name="title"></form>'), URL);
    expect(pageSource(page.document).live).toBe(true);
    page.close();
  });
});

describe('articles the document does not show directly', () => {
  test('an article inside an open shadow root is found, with slotted children in place', () => {
    const page = parseHtml(
      '<!DOCTYPE html><html><head><title>Council expands bicycle network</title></head><body><nav><a href="/">Home</a></nav><news-story><span slot="byline">By Jane Doe</span></news-story></body></html>',
      URL,
    );
    const document = page.document;
    const host = document.querySelector('news-story')!;
    const shadow = host.attachShadow({ mode: 'open' });
    const article = document.createElement('article');
    article.innerHTML = `${ARTICLE_HTML}<p class="byline"><slot name="byline"></slot></p>`;
    shadow.append(article);
    const before = document.documentElement.outerHTML;

    const result = extractArticle(document, { url: URL });
    expect(result).toMatchObject({ ok: true });
    if (result.ok) {
      expect(result.article.text).toContain(LEAD_PARAGRAPHS[2]);
      expect(result.meta.title).toBe('Council expands bicycle network');
    }
    expect(document.documentElement.outerHTML).toBe(before);
    expect(host.shadowRoot?.querySelector('article')).not.toBeNull();
    page.close();
  });

  test('an article inside a same-origin iframe is found', () => {
    const page = parseHtml(
      '<!DOCTYPE html><html><head><title>Council expands bicycle network</title></head><body><header>Site</header><iframe></iframe></body></html>',
      URL,
    );
    const frame = page.document.querySelector('iframe')!;
    frame.contentDocument!.body.innerHTML = `<article>${ARTICLE_HTML}</article>`;
    const result = extractArticle(page.document, { url: URL });
    expect(result).toMatchObject({ ok: true });
    if (result.ok) expect(result.article.text).toContain(LEAD_PARAGRAPHS[0]);
    page.close();
  });

  test('a frameset whose frames cannot be read says so, instead of "empty page"', () => {
    const page = parseHtml(
      '<html><head><title>Frames</title></head><frameset cols="50%,50%"><frame src="menu.html"><frame src="story.html"></frameset></html>',
      URL,
    );
    const result = extractArticle(page.document, { url: URL });
    page.close();
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toBe('not-article');
      expect(result.message).toMatch(/frames/);
    }
  });
});

describe('time budget', () => {
  test('a run past its budget stops with a "took too long" message, not a hang or a throw', () => {
    const page = parseHtml(articlePage(''), URL);
    const result = extractArticle(page.document, { url: URL, timeBudgetMs: 0 });
    page.close();
    expect(result).toMatchObject({ ok: false, reason: 'timeout', message: 'Reading this page took too long.' });
  });
});
