import { defineConfig } from 'vitest/config';

/** npm run test:browser: builds fixture roots and drives Debian's Chromium through playwright-core. */
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
