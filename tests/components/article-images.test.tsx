// @vitest-environment jsdom
/**
 * The article's images as the reader chose: off, not one image element ever
 * enters the document (so nothing is requested; CSS would hide them and still
 * load them); on, they load without a referrer, and one that fails collapses
 * (a figure to its caption) instead of showing a broken box. (jsdom: the view
 * sanitizes, and DOMPurify is not safe under happy-dom.)
 */
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { ArticleBody } from '../../components/ArticleBody.tsx';
import { SettingsPanel } from '../../components/SettingsPanel.tsx';
import { DEFAULT_SETTINGS } from '../../utils/extension/settings.ts';
import type { RawHtml } from '../../utils/types.ts';

const ARTICLE = `<p>The council met on Tuesday.</p>
<figure><picture><source srcset="https://news.example/lane.webp" type="image/webp"><img src="https://news.example/lane.jpg" alt="A lane"></picture><figcaption>The new lane in the north.</figcaption></figure>
<p><a href="https://news.example/big.jpg"><img src="https://news.example/small.jpg" alt="Cyclists"></a></p>
<figure><img src="https://news.example/uncaptioned.jpg" alt="Uncaptioned"></figure>
<p>Work starts in March.</p>` as RawHtml;

afterEach(() => cleanup());

function body(showImages: boolean) {
  return render(<ArticleBody html={ARTICLE} quotes={[]} lang="en" dir="ltr" showImages={showImages} />).container.querySelector('.lucid-body')!;
}

test('images off: no image, picture or source ever enters the document, and the captions stay', () => {
  const inserted: string[] = [];
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== 1) continue;
        const element = node as Element;
        if (element.matches('img, picture, source') || element.querySelector('img, picture, source')) inserted.push(element.outerHTML);
      }
    }
  });
  observer.observe(document.body, { childList: true, subtree: true });
  const article = body(false);
  const records = observer.takeRecords();
  observer.disconnect();
  for (const record of records) for (const node of record.addedNodes) if (node.nodeType === 1 && (node as Element).querySelector('img')) inserted.push('img');
  expect(inserted).toEqual([]);
  expect(article.querySelector('img, picture, source')).toBeNull();
  expect(article.textContent).toContain('The new lane in the north.');
  expect(article.textContent).toContain('Work starts in March.');
  // Wrappers left with nothing (the link around the second image, the figure without a caption) go with their image.
  expect(article.querySelector('a')).toBeNull();
  expect(article.querySelectorAll('figure')).toHaveLength(1);
});

test('images on: they load from the publisher without a referrer', () => {
  const article = body(true);
  const images = [...article.querySelectorAll('img')];
  expect(images).toHaveLength(3);
  for (const image of images) expect(image.getAttribute('referrerpolicy')).toBe('no-referrer');
  expect(article.querySelector('source')?.getAttribute('srcset')).toBe('https://news.example/lane.webp');
});

test('an image that fails to load collapses: a figure to its caption, an image alone with its wrappers', () => {
  const article = body(true);
  const [captioned, linked, uncaptioned] = [...article.querySelectorAll('img')];
  captioned!.dispatchEvent(new Event('error'));
  expect(article.querySelector('picture')).toBeNull();
  expect(article.querySelector('figcaption')?.textContent).toBe('The new lane in the north.');
  linked!.dispatchEvent(new Event('error'));
  expect(article.querySelector('a')).toBeNull();
  uncaptioned!.dispatchEvent(new Event('error'));
  expect(article.querySelectorAll('figure')).toHaveLength(1);
  expect(article.querySelector('img')).toBeNull();
  expect(article.textContent).toContain('Work starts in March.');
});

test('the image setting is in the settings panel, on by default, and reports a change', () => {
  expect(DEFAULT_SETTINGS.showImages).toBe(true);
  const changes: [string, unknown][] = [];
  const { getByLabelText } = render(<SettingsPanel settings={DEFAULT_SETTINGS} onChange={(key, value) => changes.push([key, value])} />);
  const box = getByLabelText('Show images') as HTMLInputElement;
  expect(box.checked).toBe(true);
  fireEvent.click(box);
  expect(changes).toEqual([['showImages', false]]);
});
