// @vitest-environment node
/**
 * The page-clutter stage in time linear in the page, under jsdom (the command line and the benchmark), with the same
 * answers. Each case is a page shape that made one step cost the square of something: every pair of comments
 * compared, the whole text of every wrapper above a gallery read, an attribute selector matched against every element.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { removePageClutter } from '../../utils/pipeline/clutter.ts';
import { findMarkedBody } from '../../utils/pipeline/marked-body.ts';
import { unwrapPhotoGalleries } from '../../utils/pipeline/photo-galleries.ts';
import { keepPanelLabels } from '../../utils/pipeline/unlikely-wrappers.ts';
import type { RuleRemoval } from '../../utils/types.ts';

const parse = (body: string) => new JSDOM(`<!doctype html><html><head><title>Test</title></head><body>${body}</body></html>`).window.document;

const sentence = (index: number) =>
  `The council met on day ${index} to hear the residents of the harbour district about the new ferry timetable and the fares it brings. `;

describe('page clutter on large pages under jsdom', () => {
  it('weighs thousands of comments beside an article in linear time, and removes them', () => {
    // Before: whether the comments outweigh the article compared every comment with every other (`contains` for each
    // pair).
    const comments = Array.from(
      { length: 2500 },
      (_, index) => `<div class="comment"><p>Reader ${index} wrote that the ferry was late again this morning.</p></div>`,
    ).join('');
    const article = Array.from({ length: 12 }, (_, index) => `<p>${sentence(index)}${sentence(index + 100)}</p>`).join('');
    const document = parse(`<article><h1>Ferries</h1>${article}</article><section>${comments}</section>`);
    const removed: RuleRemoval[] = [];
    const started = performance.now();
    removePageClutter(document, removed);
    // About 0.7–1.7 s with the set of ancestors on the shared development machine (load 9–12), 5.8–12 s with the pairs.
    expect(performance.now() - started).toBeLessThan(3000);
    expect(removed.filter((removal) => removal.rule === 'comments')).toHaveLength(2500);
    expect(document.body.textContent).toContain(sentence(11));
  });

  it('skips a wrapper with text of its own at its first word, however many wrappers nest above a gallery', () => {
    // Before: every wrapper above the gallery's figures had its whole text read (and its figures listed) to learn that
    // it held more than figures.
    const paragraph = `<p>${sentence(1).repeat(15)}</p>`;
    const gallery = '<div class="photos"><figure><img src="/a.jpg"><figcaption>The pier</figcaption></figure><figure><img src="/b.jpg"></figure></div>';
    const depth = 300;
    const document = parse(`${'<div>'.repeat(depth)}${gallery}${`${paragraph}</div>`.repeat(depth)}`);
    const started = performance.now();
    unwrapPhotoGalleries(document.body);
    // About 0.1 s with the walk that stops at the first word, 6.8–8.3 s reading each wrapper's text (load 9–12).
    expect(performance.now() - started).toBeLessThan(3000);
    // The box of figures alone is a gallery: its figures take its place; every wrapper with a paragraph stays.
    expect(document.querySelector('.photos')).toBeNull();
    expect(document.querySelectorAll('figure')).toHaveLength(2);
    expect(document.querySelector('figure')?.parentElement?.querySelector(':scope > p')).not.toBeNull();
  });

  it('keeps a gallery whose only text is inside its figures, and not one with a line of its own', () => {
    const figures = '<figure><img src="/a.jpg"><figcaption>The pier</figcaption></figure> \n <figure><img src="/b.jpg"></figure>';
    const document = parse(`<main><p>${sentence(2)}</p><div class="gallery">${figures}</div><div class="box"><span>3 photos</span>${figures}</div></main>`);
    unwrapPhotoGalleries(document.body);
    expect(document.querySelector('.gallery')).toBeNull();
    expect(document.querySelector('.box')).not.toBeNull();
    expect(document.querySelectorAll('main > figure')).toHaveLength(2);
  });

  it('finds the panels of an accordion without an attribute selector', () => {
    // jsdom matched `[aria-labelledby], [aria-controls]` against every element of the page, in script.
    const item = (index: number) =>
      `<div class="card"><div class="card-header" id="q${index}"><button aria-controls="a${index}">Question ${index}?</button></div>` +
      `<div class="collapse" id="a${index}" aria-labelledby="q${index}"><p>${sentence(index)}</p></div></div>`;
    const document = parse(`<div class="accordion">${item(1)}${item(2)}</div>`);
    const selector = vi.spyOn(document.defaultView!.Element.prototype, 'querySelectorAll');
    keepPanelLabels(document.body);
    expect(selector).not.toHaveBeenCalled();
    selector.mockRestore();
    // The labels lost the name Readability reads as page chrome, and the buttons became text.
    expect(document.querySelectorAll('.card-header')).toHaveLength(0);
    expect(document.querySelectorAll('button')).toHaveLength(0);
    expect(document.getElementById('q1')?.textContent).toBe('Question 1?');
  });

  it('finds the marked article body without an attribute selector', () => {
    const story = `<div itemprop="articleBody"><p>${sentence(3).repeat(10)}</p></div>`;
    const document = parse(`<div itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Ferries</h1>${story}</div>`);
    const selector = vi.spyOn(document.defaultView!.Element.prototype, 'querySelectorAll');
    const marked = findMarkedBody(document);
    expect(selector).not.toHaveBeenCalled();
    selector.mockRestore();
    expect(marked?.text).toBe(sentence(3).repeat(10).trim());
  });

  it('weighs the list under a "Most read" heading from the tags\' lists, not with selectors', () => {
    // Under jsdom `a[href]`, `*` and `h2, h3, …` were matched against every element below the heading's block, in script.
    const cards = Array.from(
      { length: 4 },
      (_, index) => `<div class="card"><h3><a href="/story/${index}">Story number ${index} of the day</a></h3><p>${sentence(index)}</p></div>`,
    ).join('');
    const article = Array.from({ length: 6 }, (_, index) => `<p>${sentence(index)}${sentence(index + 50)}</p>`).join('');
    const document = parse(`<article><h1>Ferries</h1>${article}</article><section><h2>Most read</h2><div class="grid">${cards}</div></section>`);
    const { Element } = document.defaultView!;
    const all = vi.spyOn(Element.prototype, 'querySelectorAll');
    const one = vi.spyOn(Element.prototype, 'querySelector');
    const removed: RuleRemoval[] = [];
    removePageClutter(document, removed);
    expect(all).not.toHaveBeenCalled();
    // The grid of teasers is no part of the story: it goes whatever its share (the headline's `<h1>` is asked for once).
    expect(one.mock.calls.every(([selector]) => selector === 'h1')).toBe(true);
    all.mockRestore();
    one.mockRestore();
    expect(removed.map((removal) => removal.rule)).toContain('list-under-heading');
    expect(document.body.textContent).not.toContain('Story number 2');
    expect(document.body.textContent).toContain(sentence(5));
  });
});
