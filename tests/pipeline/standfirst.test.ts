/**
 * standfirst.ts: the lead a page prints beside its headline, outside the
 * article body, is put back at the article's top when the page's own
 * description says it is the lead. (tests/fixtures/extraction/standfirst-*.json are real pages.)
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/parse-html.ts';
import { textOf } from '../../utils/dom/dom.ts';
import { pageDescriptions, restoreStandfirst } from '../../utils/pipeline/standfirst.ts';

const LEAD = 'The council voted on Tuesday to reopen the valley ferry in spring, after two years without a crossing.';
const BODY = '<p>Residents had asked for the ferry since the bridge closed, and the vote was close: seven to six.</p>';

const page = (description: string, header: string) =>
  `<!DOCTYPE html><html><head><title>Ferry to return</title><meta property="og:description" content="${description}"></head>` +
  `<body><header><h1>Ferry to return</h1>${header}</header><main>${BODY}</main>` +
  `<script type="application/json">{"description": "${description}"}</script></body></html>`;

/** The article as Readability would give it: the body alone, in a document of its own. */
function articleOf(): Element {
  const { document } = parseHtml(`<div>${BODY}</div>`);
  return document.body.firstElementChild!;
}

describe("the page's standfirst", () => {
  it('is put back at the top when the description begins as it does', () => {
    const { document } = parseHtml(page(`${LEAD} Read the full story.`, `<p class="lead">${LEAD}</p>`));
    const content = articleOf();
    expect(restoreStandfirst(content, document, 'Ferry to return')).toBe(LEAD);
    expect(textOf(content.firstElementChild!)).toBe(LEAD);
    expect(textOf(content)).toContain('seven to six');
  });

  it('leaves out the photo credit of a lead printed as a figure caption', () => {
    const caption = `<figure><img src="a.jpg" alt=""><figcaption><span class="figure__caption">${LEAD}</span> <span class="figure__copyright">picture alliance | Andrew Milligan</span></figcaption></figure>`;
    const { document } = parseHtml(page(LEAD, caption));
    const content = articleOf();
    expect(restoreStandfirst(content, document, 'Ferry to return')).toBe(LEAD);
    expect(textOf(content)).not.toContain('Milligan');
  });

  it('is a paragraph even where the page sets it as a subtitle heading', () => {
    const { document } = parseHtml(page(LEAD, `<h2 class="subtitle">${LEAD}</h2>`));
    const content = articleOf();
    restoreStandfirst(content, document, 'Ferry to return');
    expect(content.firstElementChild?.localName).toBe('p');
  });

  it('is not added twice where the article holds it already', () => {
    const { document } = parseHtml(page(LEAD, `<p class="lead">${LEAD}</p>`));
    const content = articleOf();
    content.insertAdjacentHTML('afterbegin', `<p>${LEAD}</p>`);
    expect(restoreStandfirst(content, document, 'Ferry to return')).toBe('');
    expect(content.children).toHaveLength(2);
  });

  it('is nothing where the description is printed nowhere but in a script', () => {
    const { document } = parseHtml(page(LEAD, ''));
    const content = articleOf();
    expect(restoreStandfirst(content, document, 'Ferry to return')).toBe('');
  });

  it('is not the headline, nor a block holding much more than the description', () => {
    const title = 'The council voted on Tuesday to reopen the valley ferry in spring after two years';
    const { document } = parseHtml(page(title, `<p>${title}, and then ${'it spoke of other things at length. '.repeat(10)}</p>`));
    document.querySelector('h1')!.textContent = title;
    expect(restoreStandfirst(articleOf(), document, title)).toBe('');
  });

  it('reads only descriptions long enough to be a lead', () => {
    const { document } = parseHtml(page('News from the valley', ''));
    expect(pageDescriptions(document)).toEqual([]);
  });
});
