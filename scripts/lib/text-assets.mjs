// Node module hooks: `import text from './apa.csl?raw'` gives the file's text, as Vite does in the extension's build
// and in vitest. The command line's worker registers these (scripts/lib/job-runner.ts). Plain JavaScript: the hooks run
// before any TypeScript loader.
import { readFile } from 'node:fs/promises';

const RAW = '?raw';

export async function load(url, context, nextLoad) {
  if (url.startsWith('file:') && url.endsWith(RAW)) {
    const text = await readFile(new URL(url.slice(0, -RAW.length)), 'utf8');
    return { format: 'module', source: `export default ${JSON.stringify(text)};`, shortCircuit: true };
  }
  return nextLoad(url, context);
}
