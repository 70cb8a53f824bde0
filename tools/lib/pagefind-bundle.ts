/**
 * Reads a written Pagefind bundle's stored records (its fragment files: gzip, a `pagefind_dcd`
 * signature, then JSON), for tests and checks that need every result a search can show.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { BUNDLE_PATH } from '../../src/lib/search/bundle';
import type { PagefindFragment } from '../../src/lib/search/query';

const SIGNATURE = 'pagefind_dcd';

export function bundleFragments(dist: string): PagefindFragment[] {
  const dir = path.join(dist, BUNDLE_PATH, 'fragment');
  return fs.readdirSync(dir).map((name) => {
    const data = zlib.gunzipSync(fs.readFileSync(path.join(dir, name))).toString('utf8');
    if (!data.startsWith(SIGNATURE)) throw new Error(`${name} is not a Pagefind fragment`);
    return JSON.parse(data.slice(SIGNATURE.length)) as PagefindFragment;
  });
}
