import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**', 'node_modules/**'],
    testTimeout: 20_000,
    hookTimeout: 240_000,
    // Test files run one after another: builds of different content roots share Astro's
    // ./.astro/ folder, and two cores gain little from running builds side by side.
    fileParallelism: false,
  },
});
