/**
 * unlikely-wrappers.ts: a story wrapped in a block whose class Readability
 * reads as page chrome ("above-footer") is still the article.
 * (tests/fixtures/extraction/unlikely-wrapper.json is the real page.)
 */
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../helpers/pages.ts';

const story = Array.from(
  { length: 8 },
  (_, index) =>
    `<p>The airline said on day ${index} that it would join the alliance in March, three months later than its executives had planned when it was invited in July.</p>`,
).join('');
// Longer than Readability's 500 characters, so that it does not read the page again without dropping blocks by name.
const disclosure = Array.from(
  { length: 4 },
  (_, index) =>
    `<p>Offer note ${index}: offers on this site come from companies that pay us, and this may change where and how products appear on the site.</p>`,
).join('');
const page = (wrapperClass: string) =>
  `<!DOCTYPE html><html lang="en"><head><title>The airline's new date</title></head><body><div class="disclosure">${disclosure}</div><div class="${wrapperClass}"><h1>The airline's new date</h1><div class="story">${story}</div></div><footer>© Example</footer></body></html>`;

describe('a story in a wrapper named like page chrome', () => {
  it('is read whole, not the short block beside it', () => {
    const { result } = extractHtml(page('above-footer'), 'https://news.example/airline');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.text).toContain('three months later than its executives had planned');
  });
});

// A guide that ends with questions in a collapsible list (an accordion). Readability drops a block named
// "card-header" or "accordion-header" by its name, and the clutter pass drops a <button> as a form control: the
// answers stayed and the questions went. The page says which block labels which panel.
const guide = Array.from(
  { length: 5 },
  (_, index) =>
    `<p>Part ${index} of the guide: the interest a bank charges on a personal loan follows from the amount, the annual rate and how many months the loan runs.</p>`,
).join('');
const answer = (index: number) =>
  `<p>The answer to question ${index} takes a few sentences: the bank weighs your income, your past loans and the length of the loan before it names a rate.</p>`;
const QUESTIONS = ['How is the interest on my loan worked out?', 'Can the rate change while I repay?'];
// The panel names its label; the label is a plain block in a "card-header".
const labelledItem = (text: string, index: number) =>
  `<div class="card"><div class="card-header" id="faq-heading-${index}"><div class="collapse-title" data-toggle="collapse">${text}</div></div>` +
  `<div id="faq-panel-${index}" class="collapse" aria-labelledby="faq-heading-${index}"><div class="card-body">${answer(index)}</div></div></div>`;
// The question is a button that says which panel it opens, in an "accordion-header".
const toggledItem = (text: string, index: number) =>
  `<div class="accordion-item"><h3 class="accordion-header"><button class="accordion-button" aria-controls="faq-panel-${index}">${text}</button></h3>` +
  `<div id="faq-panel-${index}" class="accordion-collapse collapse"><div class="accordion-body">${answer(index)}</div></div></div>`;
const faqPage = (item: (text: string, index: number) => string, questions = QUESTIONS) =>
  `<!DOCTYPE html><html lang="en"><head><title>Interest on a personal loan</title></head><body><header class="site-header"><a href="/">Loans</a></header><main><h1>Interest on a personal loan</h1>${guide}` +
  `<h2>Questions people ask</h2><div class="accordion">${questions.map(item).join('')}</div></main><footer>© Example</footer></body></html>`;

describe('the questions of a collapsible list', () => {
  for (const [how, item] of [
    ['the panel names its label (aria-labelledby)', labelledItem],
    ['the question is a button that opens its panel (aria-controls)', toggledItem],
  ] as const) {
    it(`are read with their answers when ${how}`, () => {
      const { result } = extractHtml(faqPage(item), 'https://loans.example/interest');
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.article.text).toContain('The answer to question 1');
      for (const question of QUESTIONS) expect(result.article.text).toContain(question);
    });
  }

  for (const hidden of [true, false]) {
    it(`but toggles of ${hidden ? 'hidden panels' : 'panels'} between the story's paragraphs stay controls (a player's "Show transcript")`, () => {
      // Found by the second read: two players, each a button that opens a transcript, between the story's paragraphs.
      const player = (index: number) =>
        `<div class="player"><button aria-controls="transcript-${index}">Show transcript</button><div id="transcript-${index}"${hidden ? ' hidden' : ''}><p>Transcript ${index}: the reporter describes the runway, the new terminal and the queue at the gate.</p></div></div>`;
      const paragraphs = guide.split('</p>');
      const html = `<!DOCTYPE html><html lang="en"><head><title>Interest on a personal loan</title></head><body><main><h1>Interest on a personal loan</h1>${paragraphs[0]}</p>${player(1)}${paragraphs.slice(1).join('</p>')}${player(2)}</main></body></html>`;
      const { result } = extractHtml(html, 'https://loans.example/interest');
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.article.text).toContain('Part 4 of the guide');
      expect(result.article.text).not.toContain('Show transcript');
    });
  }

  it('but a lone button that opens the rest of the story stays a control', () => {
    const { result } = extractHtml(faqPage(toggledItem, ['Show the whole answer']), 'https://loans.example/interest');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.text).toContain('The answer to question 0');
    expect(result.article.text).not.toContain('Show the whole answer');
  });
});
