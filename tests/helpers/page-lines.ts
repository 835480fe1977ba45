/** The short texts of the saved pages, folded as the text rules see them: lines to check a cheaper matcher against. */
import { readdirSync } from 'node:fs';
import { parseHtml } from '../../scripts/lib/parse-html.ts';
import { caseless } from '../../utils/pipeline/clutter.ts';
import { foldSpaces } from '../../utils/dom/dom.ts';
import { FIXTURES, fixtureHtml } from './pages.ts';

let savedPageLines: string[] | undefined;

/** The short texts of the saved pages (of elements with few children), folded as the rules see them. */
export function pageLines(): string[] {
  if (savedPageLines) return savedPageLines;
  const lines = new Set<string>();
  for (const slug of readdirSync(FIXTURES).sort()) {
    const { document, close } = parseHtml(fixtureHtml(slug));
    for (const element of Array.from(document.querySelectorAll('body *'))) {
      if (element.childElementCount > 3 || element.localName === 'script' || element.localName === 'style') continue;
      const text = foldSpaces(element.textContent);
      if (text && text.length <= 400) lines.add(caseless(text));
    }
    close();
  }
  return (savedPageLines = [...lines]);
}
