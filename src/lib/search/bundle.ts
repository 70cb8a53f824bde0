/**
 * What the index writer (write-index.ts) and the search page agree on: where the Pagefind bundle
 * lives, its records' language tag, and their types and filter names. Loaded by the page, so it
 * holds constants only.
 */
export const BUNDLE_PATH = '/pagefind/';

/**
 * Records are handed to Pagefind as 2-grams (segment.ts), under `und` (undetermined): a `zh`
 * record would be segmented again by Pagefind's indexer, and on a zh page Pagefind would split
 * the query's 2-grams with Intl.Segmenter, so neither side may see a Chinese tag.
 */
export const RECORD_LANGUAGE = 'und';

export const SEARCH_TYPES = ['新闻发布', '好人', '实践站点', '文明条目', '页面'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** Filter names, as the search page shows them and puts them in its address. */
export const FILTER_KEYS = { type: '类型', county: '县区', category: '好人类别', year: '年份' } as const;
export type FilterName = keyof typeof FILTER_KEYS;
