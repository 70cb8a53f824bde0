/**
 * A query on the Pagefind index of 2-gram records (segment.ts), as the search page runs it.
 *
 * Pagefind's plain search ranks (BM25 over the body, the title boosted), but it matches any word
 * that starts with a query word, and a word it does not know falls back to a shorter one it
 * does; its quoted search matches the words exactly and in a row, but gives every result the
 * same score. So each part of the query is searched quoted, for the exact set, and all its
 * words plain, for the order: the results are the plain ones found in every exact set. Both
 * read the same index chunks. A single Han character is found as the start of a 2-gram, so
 * its plain search is already exact. Section and informational pages are weighted (TYPE_WEIGHTS). Browser
 * only in use, but free of DOM so tests run it.
 */
import { FILTER_KEYS, TYPE_WEIGHTS } from './bundle';
import type { QueryPart } from './segment';

export interface PagefindFragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
export interface PagefindHit {
  id: string;
  score: number;
  data(): Promise<PagefindFragment>;
}
export interface SearchOptions {
  filters?: Record<string, string>;
  sort?: Record<string, 'asc' | 'desc'>;
}
export interface PagefindApi {
  search(term: string, options?: SearchOptions): Promise<{ results: PagefindHit[] } | null>;
  /** Loads the index chunks a search for `term` will read, without searching. */
  preload(term: string, options?: SearchOptions): Promise<void>;
}

export async function rankedSearch(pf: PagefindApi, parts: QueryPart[], options: SearchOptions = {}): Promise<PagefindHit[]> {
  if (!parts.length) return [];
  const exact = parts.filter((p) => !p.single);
  const words = parts.flatMap((p) => p.words).join(' ');
  // The hits of each weighted type, from the same index chunks (the 类型 filter file is fetched
  // alongside them on the first search); a sort by date keeps its own order.
  const weighted = options.sort ? [] : Object.entries(TYPE_WEIGHTS);
  const [ranked, sets, typed] = await Promise.all([
    pf.search(words, options),
    Promise.all(exact.map((p) => pf.search(`"${p.words.join(' ')}"`, { filters: options.filters }))),
    Promise.all(weighted.map(([type]) => pf.search(words, { filters: { [FILTER_KEYS.type]: type } }))),
  ]);
  const ids = sets.map((s) => new Set((s?.results ?? []).map((r) => r.id)));
  const hits = (ranked?.results ?? []).filter((r) => ids.every((set) => set.has(r.id)));
  const weights = new Map<string, number>();
  typed.forEach((t, i) => t?.results.forEach((r) => weights.set(r.id, weighted[i]![1])));
  if (!weights.size) return hits;
  const score = (h: PagefindHit) => h.score * (weights.get(h.id) ?? 1);
  return hits.sort((a, b) => score(b) - score(a));
}
