import type { KnipConfig } from 'knip';

// knip: files no one imports, exports no one uses, dependencies no one needs. WXT's entrypoints and the Node
// scripts are where the code is entered; the test files are entered by vitest.
const config: KnipConfig = {
  entry: [
    'entrypoints/**/*.{ts,tsx}',
    'scripts/*.ts',
    'scripts/lib/extract-worker.ts',
    'tests/**/*.{test,e2e}.{ts,tsx}',
    // Run by hand when labels change (npx tsx tests/fixtures/quote-labels/check-labels.ts).
    'tests/fixtures/quote-labels/check-labels.ts',
    // Reached through a build alias in wxt.config.ts, not an import.
    'utils/citation/no-network.ts',
  ],
  project: ['entrypoints/**', 'components/**', 'utils/**', 'scripts/**', 'tests/**'],
  ignoreDependencies: [
    // Sources of files committed to the tree, not imports: the OpenDyslexic fonts in public/fonts, and the CSL styles
    // scripts/update-csl-styles.ts copies into utils/citation/styles.
    '@fontsource/opendyslexic',
    '@manuscripts/csl-styles',
    'rehype-citation',
  ],
};

export default config;
