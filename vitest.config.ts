import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';
import { textRuleWords } from './utils/pipeline/text-rule-words.ts';

// Tests run in Node by default. Files that render components say `@vitest-environment happy-dom`;
// everything that extracts or sanitizes runs on jsdom (DOMPurify is not safe under happy-dom).
export default defineConfig({
  plugins: [WxtVitest(), preact({ prefreshEnabled: false, devToolsEnabled: false })],
  // As the extension's build does (wxt.config.ts), so the tests read the text rules as the page script does.
  define: { __LUCID_TEXT_RULE_WORDS__: JSON.stringify(textRuleWords()) },
  test: {
    environment: 'node',
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    testTimeout: 30_000,
    pool: 'forks',
    setupFiles: ['tests/setup/english-messages.ts'],
  },
});
