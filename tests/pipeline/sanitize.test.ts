/**
 * The one sanitizer configuration, on jsdom (DOMPurify is not safe under
 * happy-dom). Every attack here must come out inert, and the article's
 * structure must come out whole.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/parse-html.ts';
import { ALLOWED_TAGS, sanitizeHtml, sanitizeOwnElement } from '../../utils/pipeline/sanitize.ts';
import type { RawHtml } from '../../utils/types.ts';

const { window } = parseHtml('<!DOCTYPE html><html><body></body></html>', 'https://news.example/');
const clean = (html: string) => sanitizeHtml(html as RawHtml, window as unknown as Parameters<typeof sanitizeHtml>[1]);

describe('sanitizer', () => {
  it('removes scripts, event handlers and javascript: links', () => {
    const out = clean('<p onclick="steal()">Hi<script>steal()</script></p><a href="javascript:steal()">x</a><img src=x onerror="steal()">');
    expect(out).not.toMatch(/script|onclick|onerror|javascript:/i);
    expect(out).toContain('<p>Hi</p>');
  });

  it('allows web addresses only: no vbscript:, file: or hidden javascript:', () => {
    const out = clean(
      '<a href="vbscript:msgbox(1)">a</a><a href="file:///etc/passwd">b</a><a href=" jav&#x09;ascript:alert(1)">c</a><a href="https://ok.example/">d</a>',
    );
    expect(out).not.toMatch(/vbscript|file:|javascript/i);
    expect(out).toContain('href="https://ok.example/"');
  });

  it('allows data: URLs on images only', () => {
    const out = clean('<img src="data:image/png;base64,iVBORw0KGgo="><a href="data:text/html,<script>alert(1)</script>">x</a>');
    expect(out).toContain('src="data:image/png;base64');
    expect(out).not.toContain('href="data:');
  });

  it('drops forms, frames, styles, SVG and MathML with their contents', () => {
    const out = clean(
      '<form><input value="a"><button>Go</button></form><iframe src="https://x"></iframe><style>p{}</style><svg><script>x</script></svg><math><mi>x</mi></math><p>kept</p>',
    );
    expect(out).toBe('<p>kept</p>');
  });

  it('keeps figures, captions, tables, lists, quotes and code', () => {
    const html =
      '<figure><img src="https://img.example/a.jpg" alt="A"><figcaption>Caption</figcaption></figure><table><tbody><tr><td>1</td></tr></tbody></table><ul><li>a</li></ul><ol><li>b</li></ol><blockquote>q</blockquote><pre><code>c</code></pre>';
    const out = clean(html);
    for (const tag of ['<figure>', '<figcaption>', '<table>', '<td>', '<ul>', '<ol>', '<blockquote>', '<pre>', '<code>']) expect(out).toContain(tag);
  });

  it('opens links in a new tab without giving the page a handle on Lucid', () => {
    const out = clean('<a href="https://other.example/">link</a>');
    expect(out).toContain('target="_blank"');
    expect(out).toContain('rel="noopener noreferrer"');
  });

  it('strips classes, ids, styles and data attributes, keeps dir and lang', () => {
    const out = clean('<p class="x" id="y" style="color:red" data-track="1" dir="rtl" lang="ar">نص</p>');
    expect(out).toBe('<p dir="rtl" lang="ar">نص</p>');
  });

  it('defeats DOM clobbering names', () => {
    const out = clean('<img name="cookie" src="https://img.example/a.jpg"><form name="body"></form><a id="location" href="https://x">x</a>');
    expect(out).not.toMatch(/name="(cookie|body)"|id="location"/);
  });

  it('gives the same markup when it sanitizes an element of a parsed page in place (the command line)', () => {
    const hostile = [
      '<p onclick="steal()" id="cookie">Hi<script>steal()</script></p><a href="javascript:steal()">x</a><img src=x onerror="steal()">',
      '<!-- <img src=x onerror=steal()> --><form><input value="a"><button>Go</button></form><iframe src="https://x"></iframe>',
      '<svg><script>x</script></svg><math><mi>x</mi></math><noscript><p title="</noscript><img src=x onerror=steal()>"></p></noscript>',
      '<figure><img src="https://img.example/a.jpg" srcset="a.jpg 1x"><figcaption>A <em>caption</em></figcaption></figure><table><tr><th>h</th></tr></table>',
    ].join('');
    const page = parseHtml(`<!DOCTYPE html><html><body><article id="story">${hostile}</article></body></html>`, 'https://news.example/');
    const article = page.document.getElementById('story')!;
    const viaMarkup = clean(article.innerHTML);
    const inPlace = sanitizeOwnElement(article, page.window as unknown as Parameters<typeof sanitizeHtml>[1]);
    page.close();
    expect(inPlace).toBe(viaMarkup);
    expect(inPlace).not.toMatch(/script|onclick|onerror|javascript:|<iframe|<svg|<math|<form|id="cookie"/i);
    expect(inPlace).toContain('<figcaption>A <em>caption</em></figcaption>');
  });

  it('leaves nothing unsafe in place in a tree built by script, and takes any number of children', () => {
    const page = parseHtml('<!DOCTYPE html><html><body><div id="story"></div></body></html>', 'https://news.example/');
    const document = page.document;
    const story = document.getElementById('story')!;
    // Nesting no parser builds, a comment that would close itself early, a foreign element made by script.
    const paragraph = story.appendChild(document.createElement('p'));
    paragraph.appendChild(document.createElement('h2')).textContent = 'A heading moved into a paragraph';
    story.appendChild(document.createComment('--><img src=x onerror=steal()>'));
    story
      .appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'svg'))
      .appendChild(document.createElement('img'))
      .setAttribute('onerror', 'steal()');
    for (let index = 0; index < 200_000; index++) story.appendChild(document.createTextNode(index % 2 ? 'word ' : ''));
    const out = sanitizeOwnElement(story, page.window as unknown as Parameters<typeof sanitizeHtml>[1]);
    page.close();
    const reparsed = parseHtml(`<!DOCTYPE html><html><body>${out}</body></html>`, 'https://news.example/');
    const tags = [...new Set(Array.prototype.slice.call(reparsed.document.body.getElementsByTagName('*')).map((element: Element) => element.localName))];
    const handlers = reparsed.document.body.innerHTML.match(/\son\w+=/g);
    reparsed.close();
    expect(tags.every((tag) => ALLOWED_TAGS.includes(tag))).toBe(true);
    expect(handlers).toBeNull();
    expect(out).toContain('A heading moved into a paragraph');
    expect(out.length).toBeGreaterThan(400_000);
  });
});
