/**
 * What a gallery prints around its pictures, read without its stylesheet: a counter split across two lines
 * ("Image 1 of / 23"), and the words of its buttons ("Caption", "View gallery"). Each stood as a body paragraph.
 */
import { describe, expect, it } from 'vitest';
import { articlePage } from '../helpers/article-page.ts';
import { extractHtml } from '../helpers/pages.ts';

function read(inside: string): string {
  const { result } = extractHtml(articlePage(inside), 'https://news.example/velo');
  if (!result.ok) throw new Error(result.message);
  return result.article.text;
}

const PICTURE = '<figure><img src="/lane.jpg" alt=""><figcaption>The first protected lane on the northern ring road.</figcaption></figure>';

describe('gallery furniture', () => {
  it('drops a picture counter split by the page’s markup, and its caption stays', () => {
    const text = read(`<div><p>Image 1 of</p><p>/ 23</p></div><div><span>Image 2 of</span> / <span>23</span></div>${PICTURE}`);
    expect(text).not.toMatch(/Image \d of/);
    expect(text).toContain('The first protected lane on the northern ring road.');
  });

  it('drops "3 of 12" and "Photo 4 of 12" alone on their lines', () => {
    const text = read(`<p>3 of 12</p><p>Photo 4 of 12</p>${PICTURE}`);
    expect(text).not.toContain('3 of 12');
    expect(text).not.toContain('Photo 4 of 12');
  });

  it('drops the words of the gallery’s buttons', () => {
    const text = read(`<p>Caption</p><p>Hide caption</p><p>View gallery</p><p>Enlarge this image</p>${PICTURE}`);
    for (const button of ['Caption', 'Hide caption', 'View gallery', 'Enlarge this image'])
      expect(text.split('\n').map((line) => line.trim())).not.toContain(button);
    expect(text).toContain('The first protected lane on the northern ring road.');
  });

  it('keeps a sentence that counts', () => {
    const text = read('<p>Only 3 of 12 districts have a protected lane today.</p>');
    expect(text).toContain('Only 3 of 12 districts have a protected lane today.');
  });
});
