/** site.yaml, read once per process. Validation has already run, so a failure here is a bug. */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { contentDir } from './content/paths';
import { siteSchema, type Site } from './schemas/site';

let cached: { dir: string; site: Site } | undefined;

export function loadSite(dir: string = contentDir()): Site {
  if (cached?.dir === dir) return cached.site;
  const site = siteSchema.parse(parse(fs.readFileSync(path.join(dir, 'site.yaml'), 'utf8')));
  cached = { dir, site };
  return site;
}
