/**
 * Large sites are indexed as several Pagefind bundles, merged in the browser with mergeIndex():
 * Pagefind's indexer needs memory that grows faster than the text it indexes, so two half-size
 * bundles stay under the 1 GB budget at 10,000 entries where one does not. Each extra bundle
 * adds its own index chunks to every query, so small sites keep one (docs/search.md).
 * The indexer writes the count to SHARDS_FILE; the search page reads it before merging.
 */
export const RECORDS_PER_SHARD = 6000;

/** Folder (under the site root) where Pagefind's first bundle lives, and the manifest in it. */
export const SHARDS_FILE = '/pagefind/bz-shards.json';

export const shardCount = (records: number) => Math.max(1, Math.ceil(records / RECORDS_PER_SHARD));

/** URL path of shard k (0-based): /pagefind/ for the first, /pagefind/shard-2/ … for the others. */
export const shardPath = (k: number) => (k === 0 ? '/pagefind/' : `/pagefind/shard-${k + 1}/`);
