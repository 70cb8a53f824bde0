/** Runs queries through the engine as the search page does and returns what it would show. */
import type { SearchEngine } from '../../src/lib/search/engine';
import type { Ranked } from './search-quality';
import { resultPage } from '../../src/lib/search/result-page';

export async function rankQueries(engine: SearchEngine, queries: string[]): Promise<Ranked[]> {
  const out: Ranked[] = [];
  for (const q of queries) {
    const result = await engine.search(q);
    const page = await resultPage(engine, result, 0, 10);
    out.push({ q, urls: page.items.map((i) => i.url), count: result.docs.length - page.dropped });
  }
  return out;
}
