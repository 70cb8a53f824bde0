/**
 * One page of results as the search page shows them: the documents are fetched in parallel,
 * checked against the query's long phrases (a rare 3-gram coincidence is dropped here, and the
 * count shown goes down by as many), and cut into a marked title and excerpt.
 */
import type { SearchEngine, SearchResult } from './engine';
import { excerpt, holdsPhrases, markTitle, type Piece } from './excerpt';

export interface ShownResult {
  url: string;
  type: string;
  date?: string;
  title: Piece[];
  excerpt: Piece[];
}
export interface ResultPage {
  items: ShownResult[];
  next: number;
  dropped: number;
}

export async function resultPage(engine: SearchEngine, result: SearchResult, from: number, size: number): Promise<ResultPage> {
  const items: ShownResult[] = [];
  let next = from;
  let dropped = 0;
  while (items.length < size && next < result.docs.length) {
    const batch = result.docs.slice(next, next + size - items.length);
    next += batch.length;
    for (const doc of await Promise.all(batch.map((d) => engine.document(d)))) {
      if (!holdsPhrases(doc, result.tokens)) {
        dropped++;
        continue;
      }
      items.push({
        url: doc.url,
        type: doc.type,
        date: doc.date,
        title: markTitle(doc.title, result.tokens),
        excerpt: excerpt(doc.text, result.tokens),
      });
    }
  }
  return { items, next, dropped };
}
