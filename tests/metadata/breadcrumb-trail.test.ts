/**
 * The breadcrumb trail is found under jsdom by a walk instead of a page-wide attribute selector (which jsdom matches
 * in script, element by element): it must be the element the selector finds, the first in document order.
 */
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { breadcrumbTrail } from '../../utils/metadata/site-name.ts';

const SELECTOR = '[class*="breadcrumb" i], [aria-label*="breadcrumb" i], [class*="crumbs" i]';

const PAGES = [
  '<nav class="site-Breadcrumbs"><a href="/">Start</a></nav>',
  '<div><ol aria-label="BreadCrumb navigation"><li><a href="/">Home</a></li></ol></div>',
  '<header class="top"><div class="nav-crumbs x"><a href="/">Accueil</a></div></header><div class="breadcrumb"></div>',
  '<div class="crumb"><a href="/">Not a trail</a></div><p class="CRUMBS">the trail</p>',
  '<div id="breadcrumb"><a href="/">an id is no class</a></div>',
  '<main><article><p>No trail on this page.</p></article></main>',
  '<div title="breadcrumb">a title is no label</div><span aria-label="crumbs">a label must say breadcrumb</span>',
];

describe('the breadcrumb trail', () => {
  it('is the element the attribute selector finds', () => {
    for (const body of PAGES) {
      const { document } = new JSDOM(`<!doctype html><html><body>${body}</body></html>`).window;
      expect(breadcrumbTrail(document), body).toBe(document.querySelector(SELECTOR) ?? undefined);
    }
  });

  it('may be the root element itself', () => {
    const { document } = new JSDOM('<!doctype html><html class="has-breadcrumbs"><body><nav class="breadcrumb"></nav></body></html>').window;
    expect(breadcrumbTrail(document)).toBe(document.documentElement);
  });
});
