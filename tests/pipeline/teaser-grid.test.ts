/**
 * clutter.ts: a grid of teaser cards under a "Related" heading goes, though
 * each card's description is prose rather than link text; sections under such
 * a heading whose blocks are long prose stay.
 * (tests/fixtures/extraction/teaser-grid.json is the real page.)
 */
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../helpers/pages.ts';

const story = Array.from(
  { length: 8 },
  (_, index) =>
    `<p>The council met on the evening of day ${index} to hear residents of the valley, who asked why the ferry had stopped running and when it would return to the old timetable.</p>`,
).join('');
const card = (index: number) =>
  `<article class="Teaser"><h3 class="Teaser-headline">Other story number ${index}</h3><p class="Teaser-copy">A sentence about the other story, which the reader may open next; it says what happened there.</p><a href="/other/${index}">Mehr erfahren</a></article>`;
const page = (after: string) =>
  `<!DOCTYPE html><html lang="de"><head><title>The ferry</title></head><body><main><article><h1>The ferry</h1>${story}${after}</article></main></body></html>`;

describe('teaser cards under a list heading', () => {
  it('go with their heading, though each card holds a sentence of prose', () => {
    const grid = `<div class="Teasers"><h2 class="Teasers-headline">Zum Weiterlesen</h2><div class="Teasers-items">${[1, 2, 3].map(card).join('')}</div></div>`;
    const { result } = extractHtml(page(grid), 'https://example.org/ferry');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.text).toContain('when it would return');
    expect(result.article.text).not.toContain('Zum Weiterlesen');
    expect(result.article.text).not.toContain('A sentence about the other story');
    expect(result.article.removed.some((removal) => removal.rule === 'list-under-heading')).toBe(true);
  });

  it('are told apart from long paragraphs that each link a source', () => {
    const long = (index: number) =>
      `<div class="note"><p>Note ${index}: the figures in this story come from the council's own report on the ferry, which counted every crossing in the past ten years and every passenger on them, and from the operator's accounts, which were published in the spring and show the losses of each route by season; both are linked here for readers who wish to check them, and the council has promised to answer any question about them at its next public meeting in the town hall, <a href="/report/${index}">the report</a>.</p></div>`;
    const notes = `<div><h2>Weitere Artikel</h2><div>${[1, 2, 3].map(long).join('')}</div></div>`;
    const { result } = extractHtml(page(notes), 'https://example.org/ferry');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.text, JSON.stringify(result.article.removed)).toContain('Note 2: the figures in this story');
  });
});

describe('teaser cards under a list heading after a short story', () => {
  // A paywalled story shows a few lines; the "latest articles" grid under it then holds most of the page's prose,
  // which once spared it as if it were the article. Each card has a headline, and one says more than 400 characters.
  const teaser = '<p>The valley ferry stopped running in March, and residents want to know when it will return to the old timetable.</p>';
  const longCard = `<div class="grid-item"><p class="kicker">Valley</p><h3><a href="/other/long">The bridge that was never built</a></h3><div class="copy">${'Plans for a bridge across the valley were drawn three times in fifty years, and each time the money went elsewhere. '.repeat(4)}</div></div>`;
  const card = (index: number) =>
    `<div class="grid-item"><p class="kicker">Valley</p><h3><a href="/other/${index}">Other story number ${index}</a></h3><div class="copy">Two sentences about the other story, which the reader may open next. It says what happened there and why.</div></div>`;
  const html = `<!DOCTYPE html><html lang="en"><head><title>The ferry</title></head><body><main><article><h1>The ferry</h1>${teaser}</article><div class="band"><div class="wrap"><h2><span>Latest articles</span></h2><div class="grid">${[1, 2, 3].map(card).join('')}${longCard}</div></div></div></main></body></html>`;

  it('go, however much of the page they hold, and the story stays', () => {
    const { result } = extractHtml(html, 'https://example.org/ferry');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.text).toContain('when it will return');
    expect(result.article.text).not.toContain('Latest articles');
    expect(result.article.text).not.toContain('Two sentences about the other story');
    expect(result.article.text).not.toContain('Plans for a bridge');
  });
});

describe("an article's own headed items under a list heading", () => {
  // A briefing or a listicle is a run of headed items, each with its link, under "Top stories" or "Latest": the
  // article itself, whether the items are short or run past 400 characters. (Second read of the change above.)
  const item = (index: number, length: number) =>
    `<div class="item"><h3><a href="/story/${index}">Item ${index}: what happened at the harbour</a></h3><p>${`Item ${index} says what the council decided about the harbour and why it matters to the people of the town. `.repeat(8).slice(0, length)}</p></div>`;
  const page = (length: number, wrap: (items: string) => string) =>
    `<!DOCTYPE html><html lang="en"><head><title>Morning briefing</title></head><body><main><article><h1>Morning briefing</h1><p>Good morning. Here is what you need to know today, in a few items you can read over coffee.</p>${wrap([1, 2, 3, 4, 5].map((index) => item(index, length)).join(''))}</article></main></body></html>`;

  it.each([
    ['short items under a heading in the article', 300, (items: string) => `<h2>Top stories</h2>${items}`],
    ['long items under a heading in the article', 550, (items: string) => `<h2>Top stories</h2>${items}`],
    ['items in a section of their own in the article', 250, (items: string) => `<div class="body"><h2>Latest</h2>${items}</div>`],
    ['long items in a section of their own in the article', 420, (items: string) => `<div class="body"><h2>Latest</h2>${items}</div>`],
  ])('stay: %s', (_name, length, wrap) => {
    const { result } = extractHtml(page(length, wrap), 'https://example.org/briefing');
    expect(result.ok, JSON.stringify(result).slice(0, 300)).toBe(true);
    if (!result.ok) return;
    for (const index of [1, 3, 5]) expect(result.article.text).toContain(`Item ${index} says what the council decided`);
  });
});

describe('a list heading after a short story inside its own <article>', () => {
  const story = [1, 2, 3]
    .map(
      (index) =>
        `<p>Residents of the valley said on day ${index} that the ferry is the only way to reach the hospital in winter, when the mountain road is closed.</p>`,
    )
    .join('');
  const card = (index: number) =>
    `<div class="card"><h3><a href="/other/${index}">Other story number ${index} about the valley</a></h3><div class="copy">A line about the other story, which the reader may open next.</div></div>`;

  it('takes a grid of headline-and-a-line cards, though it fills most of the page', () => {
    const html = `<!DOCTYPE html><html lang="en"><head><title>The ferry</title></head><body><main><article><h1>The ferry</h1>${story}<section><h2>Related</h2><div class="grid">${[1, 2, 3, 4, 5, 6].map(card).join('')}</div></section></article></main></body></html>`;
    const { result } = extractHtml(html, 'https://example.org/ferry');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.text).toContain('only way to reach the hospital');
    expect(result.article.text).not.toContain('A line about the other story');
  });
});

describe('long headed items with no <article> and no <h1>', () => {
  // Most cards over 400 characters are an article's own sections, wherever they stand; only a few long cards make a grid.
  const item = (index: number) =>
    `<div class="entry"><h3><a href="/entry/${index}">Entry ${index}: the harbour</a></h3><p>${`Entry ${index} tells what the council decided about the harbour and why it matters to the town. `.repeat(6)}</p></div>`;

  it('stay under a "Latest" heading', () => {
    const html = `<!DOCTYPE html><html lang="en"><head><title>Harbour notes</title></head><body><div class="page"><div class="title">Harbour notes</div><div class="body"><h2>Latest</h2>${[1, 2, 3, 4, 5].map(item).join('')}</div></div></body></html>`;
    const { result } = extractHtml(html, 'https://example.org/harbour');
    expect(result.ok, JSON.stringify(result).slice(0, 300)).toBe(true);
    if (!result.ok) return;
    for (const index of [1, 3, 5]) expect(result.article.text).toContain(`Entry ${index} tells what the council decided`);
  });
});

describe('a briefing whose items end in a "Read more" link', () => {
  it('stays: a link of one or two words is no headline of another story', () => {
    const item = (index: number) =>
      `<div class="card"><h3><a href="/story/${index}">Item ${index}: what happened at the harbour</a></h3><p>${`Item ${index} says what the council decided about the harbour and why it matters. `.repeat(3).slice(0, 250)} <a href="/story/${index}">Read more</a></p></div>`;
    const html = `<!DOCTYPE html><html lang="en"><head><title>Morning briefing</title></head><body><main><article><h1>Morning briefing</h1><p>Good morning. Here is what you need to know today, in a few items you can read over coffee.</p><div><h2>Top stories</h2>${[1, 2, 3, 4, 5].map(item).join('')}</div></article></main></body></html>`;
    const { result } = extractHtml(html, 'https://example.org/briefing');
    expect(result.ok, JSON.stringify(result).slice(0, 300)).toBe(true);
    if (!result.ok) return;
    for (const index of [1, 3, 5]) expect(result.article.text).toContain(`Item ${index} says what the council decided`);
  });
});
