import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**', 'node_modules/**'],
    testTimeout: 20_000,
    hookTimeout: 240_000,
    // Build tests run astro; two cores are shared with the other test files.
    maxWorkers: 2,
  },
});
