// @ts-check
// The bench's baseline: a bare Astro site over the same content root as the portal, with Astro's
// defaults (Sätteri Markdown, no integrations, no schemas), rendering as many pages as the portal
// did, so that `npm run bench` reports the portal's own cost as a ratio measured in one run.
// BARE_PROCESSOR=unified swaps in the Markdown processor the portal must use (the only one that
// runs rehype plugins, hence the sanitizer), to show what the processor alone costs.
import os from 'node:os';
import path from 'node:path';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';

export default defineConfig({
  outDir: process.env.BARE_OUT_DIR || path.join(os.tmpdir(), 'bz-bare-dist'),
  cacheDir: path.join(os.tmpdir(), 'bz-bare-cache'),
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  ...(process.env.BARE_PROCESSOR === 'unified' && { markdown: { processor: unified() } }),
});
