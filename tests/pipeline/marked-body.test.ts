/**
 * marked-body.ts: where Readability reads one section of the element the page
 * marks `itemprop="articleBody"`, the marked element is the article.
 * (tests/fixtures/extraction/marked-body-sections.json is the real page.)
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/parse-html.ts';
import { textOf } from '../../utils/dom/dom.ts';
import { findMarkedBody, preferMarkedBody } from '../../utils/pipeline/marked-body.ts';

const paragraph = (section: number, index: number) =>
  `<p>Section ${section}, paragraph ${index}: the ferry crossed the valley lake ${section * 10 + index} times in the season, and the council counted each crossing.</p>`;
const section = (number: number, paragraphs: number) =>
  `<div class="part"><h2>Part ${number}</h2>${Array.from({ length: paragraphs }, (_, index) => paragraph(number, index + 1)).join('')}</div>`;
const sections = [section(1, 3), section(2, 3), section(3, 4), section(4, 3)].join('');

function pageWith(body: string) {
  return parseHtml(`<!DOCTYPE html><html><head><title>Ferry</title></head><body>${body}<footer>Powered by a blog host</footer></body></html>`).document;
}

/** A reading as Readability gives it: the element it chose, copied apart. */
function readingOf(document: Document, selector: string) {
  const content = document.querySelector(selector)!.cloneNode(true) as Element;
  return { content, textContent: content.textContent, byline: '', dir: '' };
}

describe('the body the page marks as its article', () => {
  it('replaces a reading of one of its sections', () => {
    const document = pageWith(`<div itemprop="description articleBody">${sections}</div>`);
    const marked = findMarkedBody(document);
    const reading = preferMarkedBody(readingOf(document, '.part:nth-child(3)'), marked, document);
    const text = textOf(reading!.content);
    for (const number of [1, 2, 3, 4]) expect(text).toContain(`Part ${number}`);
    expect(text).not.toContain('Powered by');
  });

  it('keeps a reading that holds most of it', () => {
    const document = pageWith(`<div itemprop="articleBody">${sections}</div>`);
    const reading = readingOf(document, '[itemprop]');
    expect(preferMarkedBody(reading, findMarkedBody(document), document)).toBe(reading);
  });

  it('keeps a reading that lies elsewhere on the page', () => {
    const document = pageWith(`<div itemprop="articleBody">${sections}</div><main>${section(9, 12)}</main>`);
    const reading = readingOf(document, 'main');
    expect(preferMarkedBody(reading, findMarkedBody(document), document)).toBe(reading);
  });

  it('is none where several elements are marked, or the marked one is short', () => {
    expect(findMarkedBody(pageWith(`<div itemprop="articleBody">${sections}</div><div itemprop="articleBody">${sections}</div>`))).toBeUndefined();
    expect(findMarkedBody(pageWith(`<div itemprop="articleBody">${section(1, 2)}</div>`))).toBeUndefined();
  });

  it('drops a list of links inside it, never the wrapper that holds the story beside that list', () => {
    // The story and a long "more stories" list in one wrapper: the wrapper is mostly link text, yet holds the story.
    const more = `<ul class="more">${Array.from({ length: 60 }, (_, index) => `<li><a href="/r${index}">Another story headline that is quite long, number ${index}</a></li>`).join('')}</ul>`;
    const document = pageWith(`<div itemprop="articleBody"><div class="inner">${sections}${more}</div></div>`);
    const reading = preferMarkedBody(readingOf(document, '.part:nth-child(3)'), findMarkedBody(document), document);
    const text = textOf(reading!.content);
    for (const number of [1, 2, 3, 4]) expect(text).toContain(`Part ${number}`);
    expect(text).not.toContain('Another story headline');
  });
});
