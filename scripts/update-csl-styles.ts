/**
 * `npm run update-csl-styles`: copies the official CSL styles Lucid cites with
 * from the npm packages that distribute them into utils/citation/styles/*.csl,
 * which utils/citation/index.ts imports as text (`?raw`) into the lazily loaded
 * citation chunk.
 *
 * Sources (CSL styles are CC BY-SA 3.0, by the Citation Style Language project and their authors):
 * - @manuscripts/csl-styles: APA 7th, Chicago 17th notes-bibliography, Cite Them Right Harvard, IEEE;
 * - rehype-citation: MLA 9th (the newer edition than the one in @manuscripts/csl-styles).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './lib/paths.ts';

// Both packages are resolved as folders: their exports do not list package.json.
const manuscripts = join(projectRoot, 'node_modules', '@manuscripts', 'csl-styles');
const rehype = join(projectRoot, 'node_modules', 'rehype-citation');

function fromManuscripts(letter: string, id: string): string {
  const styles = JSON.parse(readFileSync(join(manuscripts, 'dist', `${letter}.json`), 'utf8')) as Record<string, string>;
  const xml = styles[`http://www.zotero.org/styles/${id}`];
  if (!xml) throw new Error(`@manuscripts/csl-styles has no style ${id}`);
  return xml;
}

function fromRehypeCitation(name: string): string {
  const module = readFileSync(join(rehype, 'dist', 'node', 'styles', `${name}.js`), 'utf8');
  const match = /export default `([\s\S]*)`;?\s*$/.exec(module);
  if (!match?.[1]) throw new Error(`rehype-citation has no style ${name}`);
  return match[1];
}

const STYLES: [file: string, xml: string, source: string][] = [
  ['apa', fromManuscripts('a', 'apa'), '@manuscripts/csl-styles'],
  ['mla', fromRehypeCitation('mla'), 'rehype-citation'],
  ['chicago', fromManuscripts('c', 'chicago-note-bibliography'), '@manuscripts/csl-styles'],
  ['harvard', fromManuscripts('h', 'harvard-cite-them-right'), '@manuscripts/csl-styles'],
  ['ieee', fromManuscripts('i', 'ieee'), '@manuscripts/csl-styles'],
];

for (const [file, xml, source] of STYLES) {
  const title = /<title>([^<]*)<\/title>/.exec(xml)?.[1] ?? file;
  // Where the file came from, as an XML comment after the declaration (which must stay first).
  const provenance = `<!-- ${title}: the official CSL style (CC BY-SA 3.0, citationstyles.org), copied from the npm package ${source} by scripts/update-csl-styles.ts. Do not edit by hand. -->`;
  const withProvenance = xml.trim().replace(/^(<\?xml[^>]*\?>)?\s*/, (declaration) => `${declaration.trim()}\n${provenance}\n`);
  writeFileSync(join(projectRoot, 'utils', 'citation', 'styles', `${file}.csl`), `${withProvenance}\n`);
  process.stdout.write(`${file}: ${title} (${withProvenance.length} bytes)\n`);
}
