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

/**
 * JSON with object keys sorted, Maps and Sets as arrays (undefined left out of objects and null in
 * arrays, toJSON() honoured, as JSON.stringify does); a function cannot be keyed. Written out
 * rather than as a JSON.stringify replacer, which rebuilt every object to sort its keys: at 10,000
 * entries this runs over every page's props on every build.
 */
function stable(value: unknown, key = '', out: string[] = []): string[] {
  let v = value;
  if (v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON === 'function')
    v = (v as { toJSON: (k: string) => unknown }).toJSON(key);
  if (typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint')
    throw new Error(`cacheKey: 「${key}」 is a ${typeof v}, which cannot be hashed; pass data in a keyed page's props`);
  if (v === null || typeof v !== 'object') {
    out.push(v === undefined ? 'null' : JSON.stringify(v));
    return out;
  }
  const list = Array.isArray(v) ? v : v instanceof Map ? [...v.entries()] : v instanceof Set ? [...v] : undefined;
  if (list) {
    out.push('[');
    list.forEach((item: unknown, i) => {
      if (i) out.push(',');
      stable(item, String(i), out);
    });
    out.push(']');
    return out;
  }
  const o = v as Record<string, unknown>;
  out.push('{');
  let first = true;
  for (const k of Object.keys(o).sort()) {
    const item = o[k];
    if (item === undefined) continue;
    out.push(first ? '' : ',', JSON.stringify(k), ':');
    first = false;
    stable(item, k, out);
  }
  out.push('}');
  return out;
}

/** A hash of `inputs`, each serialized whole. */
export function cacheKey(...inputs: unknown[]): string {
  const hash = createHash('sha256');
  for (const input of inputs) hash.update(input === undefined ? 'undefined' : stable(input).join('')).update('\0');
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
