/**
 * Shorter queries to offer when a query finds nothing: each part of a query of several parts,
 * and the first and last two characters of a Han part of three or more (a name with one wrong
 * character, 韩振福, still finds 韩振). The page shows only those that find something.
 */
import { parseQuery } from './segment';

const MAX = 4;

export function shorterQueries(q: string): string[] {
  const parts = parseQuery(q);
  const out: string[] = [];
  if (parts.length > 1) out.push(...parts.map((p) => p.text));
  for (const p of parts) {
    const c = Array.from(p.text);
    if (c.length >= 3 && /^\p{Script=Han}+$/u.test(p.text)) out.push(c.slice(0, 2).join(''), c.slice(-2).join(''));
  }
  return [...new Set(out)].slice(0, MAX);
}
