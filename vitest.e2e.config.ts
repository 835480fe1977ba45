import { defineConfig } from 'vitest/config';

// The built extension in real browsers: one file at a time (each starts a browser), generous timeouts.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
