/**
 * The background's message handlers on WXT's fakeBrowser, called through the
 * same typed messaging the overlay uses: citations (an unknown style is an
 * error, not a wrong citation), the reader font, quote links.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerMessageHandlers } from '../../utils/extension/background-handlers.ts';
import { sendMessage } from '../../utils/extension/messaging.ts';
import type { CitationStyle } from '../../utils/citation/styles-list.ts';
import type { ArticleMeta } from '../../utils/types.ts';

const PUBLIC = join(import.meta.dirname, '..', '..', 'public');
const meta: ArticleMeta = {
  title: 'S. Korea, US, Japan reaffirm cooperation',
  authors: [{ given: 'Si-young', family: 'Choi', familyFirst: true }],
  byline: 'Choi Si-young',
  siteName: 'The Korea Herald',
  published: '2023-11-15',
  modified: '',
  lang: 'en',
  dir: 'ltr',
  excerpt: '',
  leadImage: '',
  canonicalUrl: 'https://www.koreaherald.com/view.php?ud=20231115000000',
  url: 'https://www.koreaherald.com/view.php?ud=20231115000000',
  pageType: 'NewsArticle',
};

let removeHandlers: () => void;
const realFetch = globalThis.fetch;
beforeEach(() => {
  fakeBrowser.reset();
  removeHandlers = registerMessageHandlers();
});
afterEach(() => {
  removeHandlers();
  // (Not vi.unstubAllGlobals: WXT's setup stubs `chrome` and `browser` as globals too.)
  globalThis.fetch = realFetch;
});

test('formatCitation formats in the style asked for', async () => {
  const articleText = 'Officials from Korea, the US and Japan met in Seoul.';
  const citation = await sendMessage('formatCitation', { meta, style: 'apa', accessed: '2024-01-02T00:00:00.000Z', articleText });
  expect(citation.text).toBe(
    'Choi, S.-Y. (2023, November 15). S. Korea, US, Japan reaffirm cooperation. The Korea Herald. https://www.koreaherald.com/view.php?ud=20231115000000',
  );
  const mla = await sendMessage('formatCitation', { meta, style: 'mla', accessed: '2024-01-02T00:00:00.000Z', articleText });
  expect(mla.text).toMatch(/^Choi, Si-young\. “/);
  expect(citation.html).toContain('<i>The Korea Herald</i>');
});

test('formatCitation with a style Lucid does not have is an error the caller sees, not a citation in another style', async () => {
  await expect(
    sendMessage('formatCitation', { meta, style: 'vancouver' as CitationStyle, accessed: '2024-01-02T00:00:00.000Z', articleText: '' }),
  ).rejects.toThrow('Unknown citation style: vancouver');
});

test('readerFont sends both weights of the shipped font, intact', async () => {
  const requested: string[] = [];
  globalThis.fetch = vi.fn((url: string) => {
    requested.push(url);
    const file = join(PUBLIC, new URL(url).pathname);
    return Promise.resolve(new Response(readFileSync(file)));
  }) as unknown as typeof fetch;
  const fonts = await sendMessage('readerFont', undefined);
  expect(fonts.map((font) => font.weight)).toEqual([400, 700]);
  expect(requested.every((url) => url.startsWith(`chrome-extension://${fakeBrowser.runtime.id}/fonts/`))).toBe(true);
  expect(Buffer.from(fonts[0]!.base64, 'base64').equals(readFileSync(join(PUBLIC, 'fonts', 'opendyslexic-latin-400-normal.woff2')))).toBe(true);
});

test('readerFont says which font file is missing when the build lacks it', async () => {
  globalThis.fetch = vi.fn(() => Promise.resolve(new Response('', { status: 404 })));
  await expect(sendMessage('readerFont', undefined)).rejects.toThrow('The font /fonts/opendyslexic-latin-400-normal.woff2 is missing from the build');
});

test('quoteFragment from a sender that is not a tab injects nothing and answers with no fragment', async () => {
  const executeScript = vi.fn();
  (fakeBrowser.scripting as unknown as { executeScript: unknown }).executeScript = executeScript;
  expect(await sendMessage('quoteFragment', { quote: 'We will', before: '', after: '' })).toBeNull();
  expect(executeScript).not.toHaveBeenCalled();
});
