// @vitest-environment jsdom
/** Finding a key quote in the live page: the article's occurrence, not a pull quote's, and nothing when the page does not print it as one run. */
import { expect, test } from 'vitest';
import { locateQuote, quoteLinkRequest } from '../../utils/extension/quote-locator.ts';

const QUOTE = 'We will keep working with like-minded countries on supply chains';
const ARTICLE_TEXT = `Ministers met in Seoul on Tuesday.\n\n“${QUOTE},” Blinken told reporters after the talks.\n\nThe talks ended at noon.`;

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

test('the request carries the clean text around the quote', () => {
  const start = ARTICLE_TEXT.indexOf(QUOTE);
  const request = quoteLinkRequest(ARTICLE_TEXT, { text: QUOTE, start, end: start + QUOTE.length });
  expect(request.quote).toBe(QUOTE);
  expect(request.before.endsWith('Tuesday.\n\n“')).toBe(true);
  expect(request.after.startsWith(',” Blinken told')).toBe(true);
});

test('a quote printed twice (a pull quote above the paragraph) is found where the article has it', () => {
  const document = page(`<article><h1>Talks</h1><p>Ministers met in Seoul on Tuesday.</p>
    <aside class="pull-quote"><p>“${QUOTE}”</p></aside>
    <p>“We will keep working with <a href="/c">like-minded countries</a> on supply chains,” Blinken told reporters after the talks.</p>
    <p>The talks ended at noon.</p></article>`);
  const range = locateQuote(document, quoteLinkRequest(ARTICLE_TEXT, { text: QUOTE }));
  expect(range?.toString()).toBe(QUOTE);
  // In the paragraph, not in the pull quote.
  expect(range?.startContainer.parentElement?.closest('aside')).toBeNull();
  expect(range?.endContainer.parentElement?.closest('p')?.textContent).toContain('Blinken told reporters');
});

test('white space folded and text in scripts and styles ignored', () => {
  const document = page(`<p>“We will keep   working with\n like-minded countries on supply chains,” Blinken said.</p><script>var q = "${QUOTE}";</script>`);
  const range = locateQuote(document, { quote: QUOTE, before: '', after: '' });
  expect(range?.toString().replace(/\s+/g, ' ')).toBe(QUOTE);
  expect(range?.startContainer.parentElement?.localName).toBe('p');
});

test('no range when the page does not print the words as one run (a quote Lucid joined across blocks), or not at all', () => {
  const split = page('<p>We will keep working with like-minded countries</p><p>on supply chains</p>');
  expect(locateQuote(split, { quote: QUOTE, before: '', after: '' })).toBeNull();
  expect(locateQuote(page('<p>Nothing quoted here.</p>'), { quote: QUOTE, before: '', after: '' })).toBeNull();
  expect(locateQuote(page('<p>x</p>'), { quote: '  ', before: '', after: '' })).toBeNull();
});
