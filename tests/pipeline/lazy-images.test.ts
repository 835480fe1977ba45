// @vitest-environment node
/**
 * lazy-images.ts: an image a page ships inside `<noscript>` (its script swaps it in on scroll) stands in the page.
 * Under jsdom, which parses without scripting, the `<noscript>` holds the image as an element.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { fixLazyImages } from '../../utils/pipeline/lazy-images.ts';

const parse = (body: string) => new JSDOM(`<!doctype html><html><body>${body}</body></html>`).window.document;

describe('images inside <noscript>', () => {
  it('take the place of their placeholder, the image itself rather than a copy of it', () => {
    const document = parse('<figure><img src="data:image/gif;base64,R0lGOD"><noscript><img src="/photos/pier.jpg" alt="The pier"></noscript></figure>');
    const real = document.querySelector('noscript img');
    expect(fixLazyImages(document)).toBe(1);
    const images = [...document.querySelectorAll('img')];
    expect(images.map((image) => image.getAttribute('src'))).toEqual(['/photos/pier.jpg']);
    // Moved, not copied: copying an element under jsdom costs as much as making it anew.
    expect(images[0]).toBe(real);
    expect(images[0]?.getAttribute('alt')).toBe('The pier');
    expect(document.querySelector('noscript')).toBeNull();
  });

  it('stand in for their <noscript> where no placeholder comes before', () => {
    const document = parse('<p>Before</p><noscript><img src="/photos/ferry.jpg"></noscript><p>After</p>');
    fixLazyImages(document);
    expect(document.body.innerHTML).toBe('<p>Before</p><img src="/photos/ferry.jpg"><p>After</p>');
  });

  it('leave a real image before them and the <noscript> as they are', () => {
    const document = parse('<img src="/photos/a.jpg"><noscript><img src="/photos/b.jpg"></noscript>');
    fixLazyImages(document);
    expect(document.body.innerHTML).toBe('<img src="/photos/a.jpg"><noscript><img src="/photos/b.jpg"></noscript>');
  });
});
