/**
 * Pagefind gives every result of a quoted (exact) query the same score, so on its own the order
 * would be index order. The unquoted query over the same tokens loads the same index chunks and
 * is scored (term frequency, page length; our titles count twice), so exact results are ordered
 * by that score. Self-contained (no imports, no closures): the quality check injects it into a
 * page as source text.
 */
export interface PagefindHit { id: string; score: number; data(): Promise<unknown> }
export interface PagefindLike { search(q: string, options?: object): Promise<{ results: PagefindHit[] } | null> }

export async function rankedSearch(pf: PagefindLike, exact: string, plain: string, options: { sort?: object; filters?: object } = {}): Promise<PagefindHit[]> {
  const found = (await pf.search(exact, options))?.results ?? [];
  if (exact === plain || options.sort || found.length < 2) return found;
  const scored = (await pf.search(plain, options))?.results ?? [];
  const score = new Map(scored.map((r) => [r.id, r.score]));
  return [...found].sort((a, b) => (score.get(b.id) ?? 0) - (score.get(a.id) ?? 0));
}
