/**
 * structured-body.ts: where the markup holds a stub and the page's JSON-LD
 * holds the whole story, the article is the JSON-LD's articleBody.
 * (tests/fixtures/extraction/structured-body.json is the real page.)
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/parse-html.ts';
import { elementsInOrder } from '../../utils/dom/dom.ts';
import { bodyParagraphs, preferStructuredBody } from '../../utils/pipeline/structured-body.ts';

const sentence = (index: number) => `The harbour board met for the ${index}th time this year and heard from fishermen about the silted channel.`;
const story = Array.from({ length: 14 }, (_, index) => sentence(index + 1)).join(' ');

function pageWith(json: unknown, title = 'Harbour board hears fishermen') {
  const { document } = parseHtml(
    `<!DOCTYPE html><html><head><title>${title} | The Coast Paper</title>` +
      `<script type="application/ld+json">${JSON.stringify(json)}</script></head><body><p>Photo: the harbour at dawn.</p></body></html>`,
  );
  return document;
}

const stub = (document: Document) => {
  const content = document.createElement('div');
  content.innerHTML = '<p>Photo: the harbour at dawn.</p>';
  return { content, textContent: 'Photo: the harbour at dawn.', byline: '', dir: '' };
};

describe("the article from the page's structured data", () => {
  it('replaces a reading that holds little of the articleBody', () => {
    const document = pageWith({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Harbour board hears fishermen', articleBody: story });
    const reading = preferStructuredBody(stub(document), elementsInOrder(document), document.title, document);
    expect(reading?.textContent).toContain(sentence(14));
    expect(reading?.content.querySelectorAll('p').length).toBeGreaterThan(1);
    expect(reading?.content.querySelector('script')).toBeNull();
  });

  it('keeps a reading that holds the articleBody', () => {
    const document = pageWith({ '@type': 'NewsArticle', articleBody: story });
    const full = { ...stub(document), textContent: story };
    expect(preferStructuredBody(full, elementsInOrder(document), document.title, document)).toBe(full);
  });

  it("ignores another story's articleBody and a short one", () => {
    for (const json of [
      { '@graph': [{ '@type': 'NewsArticle', headline: 'Council closes the old bridge for repairs', articleBody: story }] },
      { '@type': 'NewsArticle', headline: 'Harbour board hears fishermen', articleBody: sentence(1) },
    ]) {
      const document = pageWith(json);
      const reading = stub(document);
      expect(preferStructuredBody(reading, elementsInOrder(document), document.title, document)).toBe(reading);
    }
  });

  it('sets markup in the articleBody as text, never as elements', () => {
    const document = pageWith({ '@type': 'NewsArticle', articleBody: `<img src=x onerror=alert(1)>${story}` });
    const reading = preferStructuredBody(null, elementsInOrder(document), document.title, document);
    expect(reading?.content.querySelector('img')).toBeNull();
    expect(reading?.textContent).not.toContain('onerror');
  });

  it("keeps the body's own paragraphs, and groups sentences where it has none", () => {
    expect(bodyParagraphs('First paragraph.\n\nSecond paragraph.')).toEqual(['First paragraph.', 'Second paragraph.']);
    const grouped = bodyParagraphs(story);
    expect(grouped.length).toBeGreaterThan(1);
    expect(grouped.join(' ')).toBe(story);
  });
  it("reads a script-printed recipe's description, ingredients and steps, through sections, with its entities decoded", () => {
    const steps = Array.from({ length: 8 }, (_, index) => ({ '@type': 'HowToStep', text: sentence(index + 1) }));
    const document = pageWith({
      '@type': ['Recipe'],
      name: 'Harbour board hears fishermen',
      description: 'Fish soup as the harbour&nbsp;cooks make it.',
      recipeIngredient: ['500 g cod', '2 leeks'],
      recipeInstructions: [{ '@type': 'HowToSection', name: 'Soup', itemListElement: steps }, 'Serve hot.'],
    });
    const reading = preferStructuredBody(stub(document), elementsInOrder(document), document.title, document);
    const paragraphs = [...(reading?.content.querySelectorAll('p') ?? [])].map((paragraph) => paragraph.textContent);
    expect(paragraphs.slice(0, 4)).toEqual(['Fish soup as the harbour cooks make it.', '500 g cod', '2 leeks', sentence(1)]);
    expect(paragraphs.at(-1)).toBe('Serve hot.');
  });
});
