// @ts-check
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { parse } from 'yaml';
import contentFiles from './src/integrations/content-files.ts';
import markdownGuard from './src/integrations/markdown-guard.ts';
import { bodySanitizer, markdownProcessor } from './src/lib/markdown/processor.ts';
import portalSitemap from './src/integrations/sitemap.ts';
import contentImages from './src/integrations/content-images.ts';
import { MAX_IMAGE_PIXELS } from './src/lib/image-limits.ts';

// Every step reads the same content root: CONTENT_DIR, default ./content.
const contentRoot = path.resolve(process.env.CONTENT_DIR || 'content');

/** The public address from site.yaml (validate has already checked it); a placeholder when absent. */
function siteUrl() {
  try {
    const url = parse(fs.readFileSync(path.join(contentRoot, 'site.yaml'), 'utf8'))?.url;
    return typeof url === 'string' ? url : 'https://example.org';
  } catch {
    return 'https://example.org';
  }
}

export default defineConfig({
  site: siteUrl(),
  // scripts/build.ts builds into a temporary folder and swaps it in when every step has passed.
  outDir: process.env.BUILD_OUT_DIR || 'dist',
  // One cache per content root, so builds of different roots never read each other's data store;
  // npm run build names one per content root and dist/ under .astro-cache/ (src/lib/build/build-cache.ts).
  cacheDir:
    process.env.BZ_CACHE_DIR || `node_modules/.astro/${createHash('sha256').update(contentRoot).digest('hex').slice(0, 12)}`,
  trailingSlash: 'ignore',
  // Stylesheets stay files: the Content-Security-Policy allows no inline style.
  build: { format: 'directory', concurrency: 2, inlineStylesheets: 'never' },
  // Astro 7's default: whitespace by JSX rules, so formatting a template (Prettier) cannot add a
  // space to a page; write {' '} where a space between elements is meant.
  compressHTML: 'jsx',
  // Only the unified processor runs rehype plugins (Astro 7's default, Sätteri, does not); MDX
  // inherits it. Only allowlisted elements, attributes and addresses from any body reach a page.
  markdown: { processor: markdownProcessor() },
  // A decompression bomb is refused by validate from its header; this is the second line.
  image: { service: { entrypoint: 'astro/assets/services/sharp', config: { limitInputPixels: MAX_IMAGE_PIXELS } } },
  integrations: [
    markdownGuard(bodySanitizer),
    mdx(),
    contentFiles(contentRoot),
    contentImages(contentRoot),
    portalSitemap(contentRoot),
  ],
  // Scripts stay files under /_astro/: the Content-Security-Policy allows no inline script but the
  // mode script (by its hash), and Astro would otherwise inline a small one (「朗读」).
  vite: { build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) } },
  devToolbar: { enabled: false },
  // npm run build skips the pages whose cacheKey (src/lib/build/cache-key.ts) and code did not
  // change; a plain `astro build` renders everything. parallelPrerender stays off: on 2 cores it
  // made the astro step twice as slow and used 8 GiB.
  experimental: { incrementalBuild: process.env.BZ_INCREMENTAL === '1' },
});
