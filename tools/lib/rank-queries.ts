/** Runs queries through Pagefind as the search page does and returns what it would show. */
import { rankedSearch, type PagefindApi } from '../../src/lib/search/query';
import { showable } from '../../src/lib/search/results';
import { parseQuery } from '../../src/lib/search/segment';
import type { Ranked } from './search-quality';

export async function rankQueries(pagefind: PagefindApi, queries: string[]): Promise<Ranked[]> {
  const out: Ranked[] = [];
  for (const q of queries) {
    const parts = parseQuery(q);
    const hits = await rankedSearch(pagefind, parts);
    const shown = await showable(hits.slice(0, 10), parts);
    out.push({ q, urls: shown.map((s) => s.url), count: hits.length });
  }
  return out;
}
