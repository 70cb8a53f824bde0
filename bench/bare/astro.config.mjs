// @ts-check
// The bench's baseline: a bare Astro site over the same content root as the portal, with Astro's
// defaults (Sätteri Markdown, no integrations, no schemas), rendering as many pages as the portal
// did, so that `npm run bench` reports the portal's own cost as a ratio measured in one run.
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from 'astro/config';

export default defineConfig({
  outDir: process.env.BARE_OUT_DIR || path.join(os.tmpdir(), 'bz-bare-dist'),
  cacheDir: path.join(os.tmpdir(), 'bz-bare-cache'),
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
