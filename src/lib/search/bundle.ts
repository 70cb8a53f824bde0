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

export const SEARCH_TYPES = ['栏目', '新闻发布', '好人', '实践站点', '文明条目', '页面'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/**
 * Scores of these types are multiplied by their weight when results are ranked by relevance
 * (query.ts). A section page (栏目) is the natural landing for a query that names its topic
 * (实践站, a county's name) but shows no entry's text, so it is weighted up. An informational page (关于本站,
 * 隐私说明, 无障碍声明) mentions 好人, 文明实践 and most other topics of the site in a few lines,
 * and would otherwise come before the entries about them; its own title still brings it first.
 */
export const TYPE_WEIGHTS: Partial<Record<SearchType, number>> = { 栏目: 2, 页面: 0.3 };

/**
 * A filter that only the weighted pages carry, with their type as its value: the search page learns
 * which hits to weight from its file (91 B at 10,000 entries) instead of the 类型 filter's, which lists
 * every record (22 KB at 10,000 entries, then fetched only when a reader filters by type). Never shown
 * as a choice.
 */
export const WEIGHT_FILTER = '权重';

/**
 * What the page and the Node tools pass to Pagefind's createInstance. `ranking.metaWeights.title`:
 * a match in the title (a name, a section's name, a rule's title) adds this many times Pagefind's
 * unit to the body's BM25 score (Pagefind's default is 5), so the entry named by the query comes
 * before entries that mention it; `heading` (the title a section page shows) counts for nothing, it
 * is there to be shown. No `metaCacheTag`: the search page passes the bundle's (versioned-bundle.ts).
 */
export const PAGEFIND_OPTIONS = {
  basePath: BUNDLE_PATH,
  baseUrl: '/',
  noWorker: true,
  ranking: { metaWeights: { title: 10, heading: 0 } },
} as const;

/**
 * The addresses a search page's preload links are rendered with, under BUNDLE_PATH: pagefind.js,
 * the entry as pagefind.js asks for it with a fixed metaCacheTag, and Pagefind's language-neutral
 * WebAssembly (an `und` index names none). The build then puts the versioned names in their place
 * (versioned-bundle.ts), and the page takes its script and tag from these links.
 */
export const UNVERSIONED = {
  script: 'pagefind.js',
  entry: 'pagefind-entry.json?ts=entry',
  wasm: 'wasm.unknown.pagefind',
} as const;

/** Filter names, as the search page shows them and puts them in its address. */
export const FILTER_KEYS = { type: '类型', county: '县区', category: '好人类别', year: '年份' } as const;
export type FilterName = keyof typeof FILTER_KEYS;
