/**
 * What the second read of the small-site metadata rules found (2026-11-30): each case printed the wrong author or
 * date after those rules went in, and the right one before them.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/parse-html.ts';
import { authorFromCandidate, cleanCandidates, splitByline } from '../../utils/metadata/authors.ts';
import { extractMetadata } from '../../utils/metadata/index.ts';
import { displayName } from '../../utils/metadata/names.ts';

const URL = 'https://news.example/2023/05/story/';
const STORY = `<p>${'The council met on Tuesday and talked for a long time about the new park by the river. '.repeat(20)}</p>`;

function metadataOf(body: string, head = '<title>Big story</title>') {
  const page = parseHtml(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`, URL);
  const meta = extractMetadata(page.document, URL);
  page.close();
  return { ...meta, names: meta.authors.map(displayName) };
}

describe('authors', () => {
  it('does not credit the author of the next story a page appends, nor of a teaser padded with script', () => {
    const next = `<article><h2><a href="/next/">Next</a></h2><div class="byline">By Karl Next</div>${STORY}</article>`;
    expect(metadataOf(`<article><h1>Big story</h1><div class="byline">By Jane Doe</div>${STORY}</article>${next}`).names).toEqual(['Jane Doe']);
    const teaser = `<article class="teaser"><h3><a href="/other/">Other</a></h3><span class="byline">By Karl Other</span><script>var x = "${'y'.repeat(1600)}";</script></article>`;
    expect(metadataOf(`<h1>Big story</h1><div>${STORY}</div><aside>${teaser}</aside>`).names).toEqual([]);
  });

  it('keeps people whose names or initials look like an organisation’s', () => {
    const asAuthor = (name: string) => cleanCandidates([{ name, type: 'Person' }]).map((candidate) => authorFromCandidate(candidate, { lang: 'en' }));
    for (const name of ['AG Sulzberger', 'B.V. Jansen', 'Anna Steinkammer']) expect(asAuthor(name)[0]).not.toHaveProperty('literal');
  });

  it('splits a byline whose person writes "für" a paper, or works at an institute named later', () => {
    expect(splitByline('Anna Frank für Die Zeit und Max Muster')).toContain('Max Muster');
    expect(splitByline('Max Muster und Erika Beispiel vom Institut für Wald und Forst')[0]).toBe('Max Muster');
    expect(splitByline('Bayerische Landesanstalt für Wald und Forstwirtschaft')).toEqual(['Bayerische Landesanstalt für Wald und Forstwirtschaft']);
  });

  it('reads a byline hidden on small screens only, as most readers see it', () => {
    const body = `<article><h1>Big story</h1><div class="post-meta"><span class="author hidden md:inline">Jane Doe</span></div>${STORY}</article>`;
    expect(metadataOf(body).names).toEqual(['Jane Doe']);
  });

  it('takes no title-case deck under the headline for a byline', () => {
    for (const deck of ['<h2>By The Numbers</h2>', '<p>By Any Means Necessary</p>', '<p>Von Berlin Nach Rom</p>', '<h2>By Train And Bus</h2>'])
      expect(metadataOf(`<article><h1>Big story</h1>${deck}${STORY}</article>`).names).toEqual([]);
  });

  it('drops soft hyphens from a stated name', () => {
    expect(cleanCandidates([{ name: 'Mat\u00adthi\u00adas Lauerer', type: '' }]).map((candidate) => candidate.name)).toEqual(['Matthias Lauerer']);
  });
});

describe('dates', () => {
  const sidebar = '<aside><div class="date">June 1, 2023</div></aside>';
  it('reads the publication printed before an update in the same element', () => {
    for (const line of ['Published May 3, 2023 | Updated May 9, 2023', 'May 3, 2023 · Photo © Reuters'])
      expect(metadataOf(`<h1>Big story</h1><div class="date">${line}</div>${STORY}${sidebar}`).published).toBe('2023-05-03');
  });

  it('takes no comment before a date for its label', () => {
    const body = `<h1>Big story</h1><p>Intro line.</p><!-- /.updated --><span class="date">May 3, 2023</span>${STORY}${sidebar}`;
    expect(metadataOf(body).published).toBe('2023-05-03');
  });
});
