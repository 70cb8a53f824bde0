/**
 * Shorter queries to offer when a query finds nothing: each part of a query of several parts,
 * and the first and last two characters of a Han part of three or more (a name with one wrong
 * character, 韩振福, still finds 韩振). The page shows only those that find something.
 */
import { parseQuery } from './grams';

const MAX = 4;

export function shorterQueries(q: string): string[] {
  const tokens = parseQuery(q);
  const out: string[] = [];
  if (tokens.length > 1) out.push(...tokens.map((t) => t.text));
  for (const t of tokens) {
    const c = Array.from(t.text);
    if (t.han && c.length >= 3) out.push(c.slice(0, 2).join(''), c.slice(-2).join(''));
  }
  return [...new Set(out)].filter((s) => s !== tokens.map((t) => t.text).join(' ')).slice(0, MAX);
}
