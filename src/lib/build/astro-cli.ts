/**
 * The Astro CLI's entry file, as astro's own package.json names it (`bin.astro`), so scripts that
 * spawn it follow the package when the file moves (Astro 7 moved it from astro.js to bin/astro.mjs).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

export function astroCli(): string {
  const manifest = require.resolve('astro/package.json');
  const { bin } = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { bin: string | Record<string, string> };
  const entry = typeof bin === 'string' ? bin : bin.astro;
  if (!entry) throw new Error(`${manifest} names no astro command`);
  return path.join(path.dirname(manifest), entry);
}
