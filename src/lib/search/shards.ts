/**
 * The index is written as several Pagefind bundles, merged in the browser with mergeIndex():
 * Pagefind's indexer needs memory that grows faster than the text it indexes, so two half-size
 * bundles stay under the 1 GB budget at 10,000 pages where one does not (docs/search.md).
 * Shared by the indexer and the search page, which must agree on the folders.
 */
export const SEARCH_SHARDS = 2;

/** URL path of shard k (0-based): /pagefind/ for the first, /pagefind/shard-2/ … for the others. */
export const shardPath = (k: number) => (k === 0 ? '/pagefind/' : `/pagefind/shard-${k + 1}/`);
