/**
 * What every page shows besides its own props, for the cacheKey of keyed pages
 * (src/lib/build/cache-key.ts): site.yaml as the editor wrote it (name, counties, publisher,
 * filing numbers…), the city it names (city.ts: from site.yaml and divisions.json, with the rules
 * page's title), the build mode (drafts, 待填写 in the footer) and the free pages the footer
 * links. Whatever a layout or shared component starts reading must be added here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { withCacheKeys } from '../lib/build/cache-key';
import { isProduction } from '../lib/build-mode';
import { contentDir } from '../lib/content/paths';
import { loadCity } from '../lib/city';
import { cityTexts, pages } from './collections';

let shared: Promise<unknown> | undefined;

export const sharedInputs = () =>
  (shared ??= (async () => ({
    site: fs.readFileSync(path.join(contentDir(), 'site.yaml'), 'utf8'),
    city: loadCity(),
    cityTexts: await cityTexts(),
    production: isProduction(),
    footerPages: (await pages()).map((p) => p.id),
  }))());

/** A page's static paths with their cacheKeys: hand it the props the page shows. */
export async function keyed<P extends { params: object; props?: object }>(paths: readonly P[]) {
  return withCacheKeys(paths, await sharedInputs());
}
