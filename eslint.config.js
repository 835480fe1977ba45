// ESLint: typescript-eslint's strict, type-aware rules for everything we write, and
// no-unsanitized, which turns the promise of utils/pipeline/sanitize.ts (no page markup through
// innerHTML and friends) into an error. Formatting is Prettier's (eslint-config-prettier).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'public/', 'bench-results/', 'fuzz-failures/', 'scripts/_*'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  noUnsanitized.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // With noUncheckedIndexedAccess every `array[i]` is `T | undefined`; `!` is how the code says "this index is in range".
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Numbers in messages and tables are what templates are for; objects and undefined still are errors.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `(event) => void handle(event)` and `() => setOpen(false)` read better than a block around one call.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true, ignoreVoidOperator: true }],
    },
  },
  { files: ['**/*.js', '**/*.mjs'], extends: [tseslint.configs.disableTypeChecked] },
  {
    // Tests build their pages from constant markup and run code inside the browser under test; the sanitizer rule is
    // for the product's own code, where page markup could reach a Lucid page.
    files: ['tests/**'],
    rules: { 'no-unsanitized/property': 'off', 'no-unsanitized/method': 'off' },
  },
  prettier,
);
