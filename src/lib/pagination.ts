/** Static pagination: /releases/, /releases/page/2/, … — the first page lives at the section's root. */

export interface Page<T> {
  /** 1-based page number. */
  number: number;
  items: T[];
  /** Number of pages, at least 1 (an empty list still has one page saying so). */
  total: number;
}

export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => ({ number: i + 1, items: items.slice(i * size, (i + 1) * size), total }));
}

/** `/releases/` + 1 → `/releases/`; + 3 → `/releases/page/3/`. `base` ends with a slash. */
export function pageHref(base: string, n: number): string {
  return n <= 1 ? base : `${base}page/${n}/`;
}
