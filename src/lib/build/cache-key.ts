/**
 * The cacheKey of a page (Astro's experimental.incrementalBuild skips a page whose key and code
 * did not change): a hash of everything the page shows of the content. Keys are correct by
 * construction when a keyed page reads content only from its props and from the inputs every page
 * shares (site.yaml, the build mode, the footer's pages): the key hashes exactly those, whole, so
 * an entry another page shows (a person's releases, a release's neighbours and named people, a
 * site's parent chain and stations) changes that page's key as soon as it is in its props.
 * test/lib/build/cache-key-reads.test.ts fails when a keyed page or one of its components reads
 * content any other way.
 */
import { createHash } from 'node:crypto';

/** JSON with object keys sorted, Maps and Sets as arrays; a function cannot be keyed. */
function stable(value: unknown): string {
  return JSON.stringify(value, (key, v: unknown) => {
    if (typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint')
      throw new Error(`cacheKey: 「${key}」 is a ${typeof v}, which cannot be hashed; pass data in a keyed page's props`);
    if (v instanceof Map) return [...v.entries()];
    if (v instanceof Set) return [...v];
    if (v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)) {
      const o = v as Record<string, unknown>;
      return Object.fromEntries(
        Object.keys(o)
          .sort()
          .map((k) => [k, o[k]]),
      );
    }
    return v;
  });
}

/** A hash of `inputs`, each serialized whole. */
export function cacheKey(...inputs: unknown[]): string {
  const hash = createHash('sha256');
  for (const input of inputs) hash.update(stable(input) ?? 'undefined').update('\0');
  return hash.digest('base64url');
}

/** Adds to each static path a cacheKey over its params, its props and `shared`. */
export function withCacheKeys<P extends { params: object; props?: object }>(
  paths: readonly P[],
  shared: unknown,
): Array<P & { cacheKey: string }> {
  const common = cacheKey(shared);
  return paths.map((p) => ({ ...p, cacheKey: cacheKey(common, p.params, p.props) }));
}
