import { defineConfig } from 'vitest/config';

// npm run test:browser: Chromium over the built dist/ (run `npm run build` first).
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One browser at a time: the machine's two cores are shared.
    fileParallelism: false,
  },
});
