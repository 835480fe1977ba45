/**
 * A reporter's name printed alone in bold as the article's first line, on papers that publish through one shared
 * CMS account: the byline the theme prints ("by Site Admin", the site's own name) names the account, the bold
 * line names the writer. Cut-down pages in our own words, modelled on two news templates where the account won.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/parse-html.ts';
import { displayName } from '../../utils/metadata/names.ts';
import { extractArticle } from '../../utils/pipeline/extract.ts';

const URL = 'https://www.riverside-times.example.com/young-lawyer-takes-on-pension-fund/';

const paragraphs = Array.from(
  { length: 6 },
  (_, index) =>
    `<p>Paragraph ${index + 1} tells how the young lawyer grew up in the valley, studied at night and now argues cases for families who cannot pay.</p>`,
).join('');

function authorsOf({ head = '', byline, lead }: { head?: string; byline: string; lead: string }): string[] {
  const page = parseHtml(
    `<!doctype html><html lang="en"><head><title>Young lawyer takes on the pension fund</title>${head}</head><body>` +
      `<article><h1 class="entry-title">Young lawyer takes on the pension fund</h1><p class="post-meta">${byline}</p>` +
      `<div class="entry-content">${lead}${paragraphs}</div></article></body></html>`,
    URL,
  );
  const result = extractArticle(page.document, { url: URL });
  page.close();
  return result.ok ? result.meta.authors.map(displayName) : [];
}

describe("the reporter's name in bold over the story", () => {
  it("outranks a byline that links to the CMS's admin author page", () => {
    const byline = 'by <span class="author vcard"><a href="/author/admin/" rel="author">Riverside T</a></span>';
    expect(authorsOf({ byline, lead: '<p><strong>THANDI MOLEFE&nbsp;</strong></p>' })).toEqual(['Thandi Molefe']);
  });

  it("outranks a byline that is the site's own name", () => {
    const head = '<meta property="og:site_name" content="Riverside Times">';
    const byline = 'by <span class="author vcard"><a href="/author/riverside/" rel="author">Riverside Times</a></span>';
    expect(authorsOf({ head, byline, lead: '<p>&nbsp;</p><p><strong>Lerato Nkosi</strong></p>' })).toEqual(['Lerato Nkosi']);
  });

  it("does not replace a writer's own byline", () => {
    const byline = 'by <span class="author vcard"><a href="/author/pmokoena/" rel="author">Palesa Mokoena</a></span>';
    expect(authorsOf({ byline, lead: '<p><strong>Lerato Nkosi</strong></p>' })).toEqual(['Palesa Mokoena']);
  });

  it('takes no bold first line that is not a name alone', () => {
    const byline = 'by <span class="author vcard"><a href="/author/admin/" rel="author">Riverside T</a></span>';
    expect(authorsOf({ byline, lead: '<p><strong>Read the full ruling below</strong></p>' })).toEqual(['Riverside T']);
  });
});
