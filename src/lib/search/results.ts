/**
 * Results as the search page shows them: type, date, the title and a passage of the text, with
 * the query marked. Title and text come back from Pagefind as 2-grams and are read back first.
 */
import { FILTER_KEYS } from './bundle';
import { excerpt, markTitle, type Piece } from './excerpt';
import type { PagefindHit } from './query';
import { desegment, type QueryPart } from './segment';

export interface ShownResult {
  url: string;
  type: string;
  /** YYYY-MM-DD, or YYYY-MM for a 好人 (the start of the latest honour). */
  date?: string;
  title: Piece[];
  excerpt: Piece[];
}

/** `20190506` → `2019-05-06`, `20190500` → `2019-05` (write-index.ts stores dates compact). */
const isoDate = (compact?: string) =>
  compact ? [compact.slice(0, 4), compact.slice(4, 6), compact.slice(6, 8)].filter((p) => p !== '00').join('-') : undefined;

export async function showable(hits: PagefindHit[], parts: QueryPart[]): Promise<ShownResult[]> {
  return (await Promise.all(hits.map((h) => h.data()))).map((d) => ({
    url: d.url,
    type: d.filters[FILTER_KEYS.type]?.[0] ?? '',
    date: isoDate(d.meta.date),
    title: markTitle(desegment(d.meta.heading ?? d.meta.title ?? ''), parts),
    excerpt: excerpt(desegment(d.content), parts),
  }));
}
