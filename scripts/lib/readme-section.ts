/** The README's benchmark tables are written by the benchmarks themselves, between markers, so they never drift. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './paths.ts';

/** Puts `content` into the README between `<!-- bench:NAME -->` and `<!-- /bench:NAME -->`; false when the markers are missing. */
export function updateReadmeSection(name: string, content: string): boolean {
  const file = join(projectRoot, 'README.md');
  const readme = readFileSync(file, 'utf8');
  const pattern = new RegExp(`(<!-- bench:${name} -->\\n)[\\s\\S]*?(<!-- /bench:${name} -->)`);
  if (!pattern.test(readme)) return false;
  writeFileSync(
    file,
    readme.replace(pattern, (_match, start: string, end: string) => `${start}${content.trimEnd()}\n${end}`),
  );
  return true;
}
