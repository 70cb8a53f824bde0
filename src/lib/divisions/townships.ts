/**
 * The official 乡镇/街道 of each county, read from the content root's divisions.json (the excerpt
 * that scripts/divisions.ts generates for site.yaml's divisionCode). Node only; read once per
 * content root. No data package is read here: the excerpt carries all the site needs.
 */
import fs from 'node:fs';
import path from 'node:path';
import leven from 'leven';
import { divisionsSchema, type Divisions } from '../schemas/divisions';

export const DIVISIONS_FILE = 'divisions.json';

const cache = new Map<string, Divisions | undefined>();

/** The excerpt of the content root, or undefined when it has none; throws when it is not valid. */
export function readDivisions(dir: string): Divisions | undefined {
  if (cache.has(dir)) return cache.get(dir);
  const file = path.join(dir, DIVISIONS_FILE);
  const divisions = fs.existsSync(file) ? divisionsSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8'))) : undefined;
  cache.set(dir, divisions);
  return divisions;
}

/** County name → its official township names in the code order. */
export function officialTownships(divisions: Divisions): ReadonlyMap<string, readonly string[]> {
  return new Map(divisions.counties.map((c) => [c.name, c.townships.map((t) => t.name)]));
}

const stem = (name: string) => name.replace(/(?:街道|镇|乡)$/, '');

/**
 * The official names closest to `name`, at most `count`: by the edit distance of the names
 * without 镇/乡/街道 (「王店乡」 is nearest 「王店镇」), then of the whole names, then the code order.
 */
export function closestNames(name: string, official: readonly string[], count = 3): string[] {
  return official
    .map((o, i) => ({ o, i, s: leven(stem(name), stem(o)), d: leven(name, o) }))
    .sort((a, b) => a.s - b.s || a.d - b.d || a.i - b.i)
    .slice(0, count)
    .map((x) => x.o);
}
