import type { KnipConfig } from 'knip';

// knip: files no one imports, exports no one uses, dependencies no one needs. WXT's entrypoints and the Node
// scripts are where the code is entered; the test files are entered by vitest.
const config: KnipConfig = {
  entry: ['entrypoints/**/*.{ts,tsx}', 'scripts/*.ts', 'scripts/lib/extract-worker.ts', 'tests/**/*.{test,e2e}.{ts,tsx}', 'wxt.config.ts'],
  project: ['entrypoints/**', 'components/**', 'utils/**', 'scripts/**', 'tests/**'],
  ignore: ['scripts/_*'],
};

export default config;
