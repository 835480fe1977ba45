/**
 * What an article holds besides paragraphs comes out as what it is: a table
 * with its header cells, a code block with its whitespace.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { LEAD_PARAGRAPHS, articlePage } from '../helpers/article-page.ts';
import { extractHtml } from '../helpers/pages.ts';

function extract(inside: string) {
  const { result } = extractHtml(articlePage(inside), 'https://news.example/story');
  if (!result.ok) throw new Error(result.message);
  for (const paragraph of LEAD_PARAGRAPHS) expect(result.article.text).toContain(paragraph);
  return { text: result.article.text, html: result.article.html, fragment: JSDOM.fragment(result.article.html) };
}

describe('tables and code', () => {
  it('a data table keeps its header cells and its rows', () => {
    const { fragment, text } =
      extract(`<table><caption>Votes by district</caption><thead><tr><th scope="col">District</th><th scope="col">Yes</th><th scope="col">No</th></tr></thead>
<tbody><tr><td>North</td><td>5</td><td>1</td></tr><tr><td>South</td><td>4</td><td>3</td></tr></tbody></table>`);
    expect([...fragment.querySelectorAll('th')].map((cell) => cell.textContent)).toEqual(['District', 'Yes', 'No']);
    expect(fragment.querySelectorAll('tbody tr')).toHaveLength(2);
    expect(text).toContain('North | 5 | 1');
  });

  it('a code block keeps its indentation, also where a highlighter put the spaces in elements of their own', () => {
    const code = `<pre><code class="language-python"><span class="k">def</span> <span class="nf">lanes</span>(<span class="n">city</span>):
<span class="w">    </span><span class="k">for</span> <span class="n">street</span> <span class="ow">in</span> <span class="n">city</span>:
<span class="w">        </span><span class="k">yield</span> <span class="n">street</span>
</code></pre>`;
    const { fragment, text } = extract(code);
    const block = fragment.querySelector('pre')?.textContent ?? '';
    expect(block).toContain('def lanes(city):\n    for street in city:\n        yield street');
    expect(text).toContain('def lanes(city):\n    for street in city:\n        yield street');
  });
});
