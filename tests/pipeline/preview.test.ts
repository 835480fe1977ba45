/**
 * A very long page is read in two passes (pipeline/preview.ts): its beginning
 * at once, then the whole. The first pass must be a true beginning of what the
 * whole gives, and must not touch a page of ordinary length.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/parse-html.ts';
import { extractArticle } from '../../utils/pipeline/extract.ts';
import { beginningEnd, cutAfterText, pageBeginning, PREVIEW_TEXT_CHARACTERS } from '../../utils/pipeline/preview.ts';
import { omissionsOf, readingCopy } from '../../utils/pipeline/reading-copy.ts';
import { readRest } from '../../utils/pipeline/continuation.ts';
import { continueAfter, joinRest } from '../../utils/pipeline/join-rest.ts';
import type { RawHtml } from '../../utils/types.ts';
import { LEAD_PARAGRAPHS } from '../helpers/article-page.ts';
import { liveBlog } from '../helpers/odd-pages.ts';
import { fixtureHtml } from '../helpers/pages.ts';

describe('cutAfterText', () => {
  it('keeps whole blocks up to the one where the text passes the limit, and everything before it in order', () => {
    const { document } = parseHtml(
      '<html><body><header>Site</header><main><section><p>one one one</p><p>two two two</p></section><section><p>three</p></section></main><footer>Foot</footer></body></html>',
      'https://news.example/',
    );
    expect(cutAfterText(document.body, 'Siteone one one'.length + 2)).toBe(true);
    expect(document.body.innerHTML).toBe('<header>Site</header><main><section><p>one one one</p><p>two two two</p></section></main>');
  });

  it('cuts nothing when the text stays under the limit', () => {
    const { document } = parseHtml('<html><body><p>short</p><p>text</p></body></html>', 'https://news.example/');
    expect(cutAfterText(document.body, 100)).toBe(false);
    expect(document.body.innerHTML).toBe('<p>short</p><p>text</p>');
  });
});

describe('the beginning found on the page, before anything is copied', () => {
  const PAGE =
    '<html><head><title>T</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Head"}</script></head><body><header>Site</header><script>var padding = "a very long inline script whose text is no article text at all";</script><main><section><p>one one one</p><p>two two two</p></section><section><p>three</p></section></main><footer>Foot<script type="application/ld+json">{"@type":"Person","name":"Late"}</script></footer></body></html>';
  const elementsOf = (document: Document) => Array.from(document.getElementsByTagName('*'));

  it('copies the page up to where its text passes the limit, as cutting a whole copy did, and no further', () => {
    const { document } = parseHtml(PAGE, 'https://news.example/');
    const omissions = omissionsOf(elementsOf(document));
    // Script text does not count: the copy leaves scripts out, and the cut falls where it falls in the copy.
    const end = beginningEnd(document.body, 'Siteone one one'.length + 2, omissions.omitted);
    expect(end?.textContent).toBe('two two two');
    const { copy, partial } = readingCopy(document, elementsOf(document), end, omissions);
    expect(partial).toBe(true);
    const whole = readingCopy(document, elementsOf(document)).copy;
    expect(cutAfterText(whole.body, 'Siteone one one'.length + 2)).toBe(true);
    expect(copy.body.innerHTML).toBe(whole.body.innerHTML);
    expect(copy.body.innerHTML).toBe('<header>Site</header><main><section><p>one one one</p><p>two two two</p></section></main>');
    // The page itself is never changed.
    expect(document.body.textContent).toContain('three');
  });

  it('gives metadata the head, the beginning, and the JSON-LD from after it', () => {
    const { document } = parseHtml(PAGE, 'https://news.example/');
    const end = beginningEnd(document.body, 'Siteone one one'.length + 2, omissionsOf(elementsOf(document)).omitted)!;
    const beginning = pageBeginning(document, end);
    expect(beginning.title).toBe('T');
    expect(beginning.body.textContent).not.toContain('three');
    expect(beginning.body.textContent).not.toContain('Foot');
    const structured = Array.from(beginning.querySelectorAll('script[type="application/ld+json"]')).map((script) => script.textContent);
    expect(structured).toEqual(['{"@type":"NewsArticle","headline":"Head"}', '{"@type":"Person","name":"Late"}']);
  });

  it('finds no end on a page under the limit', () => {
    const { document } = parseHtml(PAGE, 'https://news.example/');
    expect(beginningEnd(document.body, 10_000)).toBeUndefined();
  });
});

describe('the first pass over a very long page', () => {
  const page = liveBlog(0.2);

  it('reads the beginning: the lead and the first updates, not the last, and says the article is partial', () => {
    const first = extractArticle(parseHtml(page, 'https://news.example/live').document, { previewCharacters: 10_000 });
    const whole = extractArticle(parseHtml(page, 'https://news.example/live').document);
    expect(first.ok && whole.ok).toBe(true);
    if (!first.ok || !whole.ok) return;
    expect(first.article.partial).toBe(true);
    expect(whole.article.partial).toBeUndefined();
    expect(first.article.text).toContain(LEAD_PARAGRAPHS[0]);
    expect(first.article.text).toContain('Update 1: crews');
    const lastUpdate = /Update (\d+): crews/g;
    const numbers = [...whole.article.text.matchAll(lastUpdate)].map((match) => Number(match[1]));
    expect(first.article.text).not.toContain(`Update ${Math.max(...numbers)}: crews`);
    // A beginning of the whole: the same title and the same opening text.
    expect(first.meta.title).toBe(whole.meta.title);
    expect(whole.article.text.startsWith(first.article.text.slice(0, 5000))).toBe(true);
    expect(first.article.text.length).toBeLessThan(whole.article.text.length / 5);
  });

  it('changes nothing on a page of ordinary length', () => {
    const read = (previewCharacters?: number) =>
      extractArticle(parseHtml(fixtureHtml('korea-herald'), 'https://news.example/story').document, { previewCharacters });
    const first = read(PREVIEW_TEXT_CHARACTERS);
    const whole = read();
    expect(first.ok && whole.ok).toBe(true);
    if (!first.ok || !whole.ok) return;
    expect(first.article.partial).toBeUndefined();
    expect(first.article.html).toBe(whole.article.html);
  });
});

describe('the second pass: the rest of a very long article', () => {
  /** A live blog whose updates each carry a share bar, with a "Most read" list after every 50th: junk the rest must lose too. */
  function blogWithJunk(updates: number): string {
    const sections = Array.from({ length: updates }, (_, index) => {
      const words = `Update ${index}: crews resurfaced lane ${index} of the ring road overnight, and traffic moved again by dawn. `.repeat(4);
      const junk =
        index % 50 === 49
          ? '<aside class="most-read"><h2>Most read</h2><ul><li><a href="/a">Another story</a></li><li><a href="/b">And another</a></li></ul></aside>'
          : '';
      return `<section class="update"><p>${words}</p><div class="share-bar"><a href="/s">Share on Facebook</a> <a href="/t">Share on X</a></div>${junk}</section>`;
    });
    return `<!DOCTYPE html><html lang="en"><head><title>Ring road works: live</title></head><body><nav><a href="/">Home</a></nav><main><article><h1>Ring road works: live</h1><p>${LEAD_PARAGRAPHS[0]}</p>${sections.join('')}</article></main><footer>© News</footer></body></html>`;
  }

  it('joins onto the beginning: every update once, in order, the last one in, and no junk between them', async () => {
    const updates = 300;
    const page = parseHtml(blogWithJunk(updates), 'https://news.example/live');
    const first = extractArticle(page.document, { previewCharacters: 20_000 });
    expect(first.ok && first.article.partial).toBe(true);
    if (!first.ok) return;
    const before = page.document.documentElement.outerHTML;
    const rest = await readRest(page.document, continueAfter(first), { serialize: (content) => content.innerHTML as RawHtml });
    expect(rest.ok).toBe(true);
    if (!rest.ok) return;
    // The page is read, never changed.
    expect(page.document.documentElement.outerHTML).toBe(before);
    const whole = joinRest(first, rest);
    const numbers = [...whole.article.text.matchAll(/Update (\d+): crews/g)].map((match) => Number(match[1]));
    const once = [...new Set(numbers)];
    expect(once).toEqual(Array.from({ length: updates }, (_, index) => index));
    expect(whole.article.text).not.toMatch(/Share on|Most read|Another story/);
    expect(whole.article.partial).toBeUndefined();
    expect(whole.article.wordCount).toBeGreaterThan(first.article.wordCount * 5);
  });

  it('says so, rather than guess, when the beginning is no longer on the page', async () => {
    const page = parseHtml(blogWithJunk(40), 'https://news.example/live');
    const rest = await readRest(
      page.document,
      { first: 'A paragraph this page never had, long enough to be matched at all.', last: 'x' },
      { serialize: (content) => content.innerHTML as RawHtml },
    );
    expect(rest.ok).toBe(false);
  });
});
