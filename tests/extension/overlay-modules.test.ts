/**
 * The reader overlay's modules, as the overlay finds them after the background injected their scripts into its
 * isolated world (here: the script's main run in this one): citations in the style asked for (an unknown style is an
 * error, not a wrong citation), each script injected once. (The summary and quotes come from the background:
 * background.test.ts.)
 */
import { afterEach, expect, test, vi } from 'vitest';
import citationScript from '../../entrypoints/overlay-citation.ts';
import { OVERLAY_MODULES, overlayModule, type OverlayModuleName } from '../../utils/extension/overlay-modules.ts';
import type { CitationStyle } from '../../utils/citation/styles-list.ts';
import { storyMeta } from '../helpers/article-meta.ts';

const meta = storyMeta({
  title: 'S. Korea, US, Japan reaffirm cooperation',
  siteName: 'The Korea Herald',
  canonicalUrl: 'https://www.koreaherald.com/view.php?ud=20231115000000',
  url: 'https://www.koreaherald.com/view.php?ud=20231115000000',
});

const scripts = { citation: citationScript } as Partial<Record<OverlayModuleName, { main(): void }>>;
/** What the background does for the overlay's request: runs the module's script in the overlay's world. */
const inject = vi.fn((name: OverlayModuleName) => {
  scripts[name]?.main();
  return Promise.resolve();
});

afterEach(() => {
  for (const { key } of Object.values(OVERLAY_MODULES)) Reflect.deleteProperty(globalThis, key);
  inject.mockClear();
});

test('the citation module formats in the style asked for, injected once', async () => {
  const articleText = 'Officials from Korea, the US and Japan met in Seoul.';
  const { formatCitation } = await overlayModule('citation', inject);
  const citation = await formatCitation({ meta, style: 'apa', accessed: '2024-01-02T00:00:00.000Z', articleText });
  expect(citation.text).toBe(
    'Choi, S.-Y. (2023, November 15). S. Korea, US, Japan reaffirm cooperation. The Korea Herald. https://www.koreaherald.com/view.php?ud=20231115000000',
  );
  expect(citation.html).toContain('<i>The Korea Herald</i>');
  const mla = await (await overlayModule('citation', inject)).formatCitation({ meta, style: 'mla', accessed: '2024-01-02T00:00:00.000Z', articleText });
  expect(mla.text).toMatch(/^Choi, Si-young\. “/);
  expect(inject).toHaveBeenCalledTimes(1);
});

test('a style Lucid does not have is an error the caller sees, not a citation in another style', async () => {
  const { formatCitation } = await overlayModule('citation', inject);
  await expect(formatCitation({ meta, style: 'vancouver' as CitationStyle, accessed: '2024-01-02T00:00:00.000Z', articleText: '' })).rejects.toThrow(
    'Unknown citation style: vancouver',
  );
});

test('a module whose script left nothing is an error, not a hang', async () => {
  await expect(overlayModule('citation', () => Promise.resolve())).rejects.toThrow("Lucid's citation module did not load.");
});

test('two asks at once inject the script once', async () => {
  // As in a tab: the script runs a round trip after the ask.
  const injectLater = vi.fn(
    (name: OverlayModuleName) =>
      new Promise<void>((done) =>
        setTimeout(() => {
          scripts[name]?.main();
          done();
        }, 10),
      ),
  );
  const [first, second] = await Promise.all([overlayModule('citation', injectLater), overlayModule('citation', injectLater)]);
  expect(first).toBe(second);
  expect(injectLater).toHaveBeenCalledTimes(1);
});
