/**
 * A query on the Pagefind index of 2-gram records (segment.ts), as the search page runs it.
 *
 * Pagefind's plain search ranks (BM25 over the body, the title boosted), but it matches any word
 * that starts with a query word, and a word it does not know falls back to a shorter one it
 * does; its quoted search matches the words exactly and in a row, but gives every result the
 * same score. So each part of the query is searched quoted, for the exact set, and all its
 * words plain, for the order: the results are the plain ones found in every exact set. Both
 * read the same index chunks. A single Han character is found as the start of a 2-gram, so
 * its plain search is already exact. Section and informational pages are weighted (TYPE_WEIGHTS):
 * which pages those are comes from a search with no term, by their own small filter alone
 * (WEIGHT_FILTER), made once per index (a few dozen pages; a search filtered by 类型 for the
 * query's words instead cost as much as the query itself, about 0.4 s of a slow phone's CPU at
 * 10,000 entries, and fetched the 类型 filter's 22 KB).
 * Browser only in use, but free of DOM so tests run it.
 */
import { TYPE_WEIGHTS, WEIGHT_FILTER } from './bundle';
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
  /** With `null` for the term: every page the filters let through, unranked. */
  search(term: string | null, options?: SearchOptions): Promise<{ results: PagefindHit[] } | null>;
  /** Loads the index chunks a search for `term` will read, without searching. */
  preload(term: string, options?: SearchOptions): Promise<void>;
}

/** The weight of each page of a weighted type, by id: asked once per index and kept. */
const typeWeights = new WeakMap<PagefindApi, Promise<Map<string, number>>>();
function weightsOf(pf: PagefindApi): Promise<Map<string, number>> {
  let known = typeWeights.get(pf);
  if (!known) {
    known = Promise.all(
      Object.entries(TYPE_WEIGHTS).map(async ([type, weight]) => {
        const pages = await pf.search(null, { filters: { [WEIGHT_FILTER]: type } });
        return (pages?.results ?? []).map((r) => [r.id, weight] as const);
      }),
    ).then((lists) => new Map(lists.flat()));
    // A failed load (offline) is asked again on the next search.
    known.catch(() => typeWeights.delete(pf));
    typeWeights.set(pf, known);
  }
  return known;
}

export async function rankedSearch(pf: PagefindApi, parts: QueryPart[], options: SearchOptions = {}): Promise<PagefindHit[]> {
  if (!parts.length) return [];
  const exact = parts.filter((p) => !p.single);
  const words = parts.flatMap((p) => p.words).join(' ');
  // A sort by date keeps its own order, unweighted.
  const [ranked, sets, weights] = await Promise.all([
    pf.search(words, options),
    Promise.all(exact.map((p) => pf.search(`"${p.words.join(' ')}"`, { filters: options.filters }))),
    options.sort ? new Map<string, number>() : weightsOf(pf),
  ]);
  const ids = sets.map((s) => new Set((s?.results ?? []).map((r) => r.id)));
  const hits = (ranked?.results ?? []).filter((r) => ids.every((set) => set.has(r.id)));
  if (!weights.size) return hits;
  const score = (h: PagefindHit) => h.score * (weights.get(h.id) ?? 1);
  return hits.sort((a, b) => score(b) - score(a));
}
