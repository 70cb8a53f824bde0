/**
 * What the province's index page says about a city, read from that city's build (never from its
 * content root): the counts its open-data files state (/data/*.json, `count`), and that its
 * search index is there.
 */
import fs from 'node:fs';
import path from 'node:path';
import { BUNDLE_PATH } from '../../src/lib/search/bundle';

export interface CityStats {
  people: number;
  releases: number;
  sites: number;
  /** When the city's open data was generated (its build). */
  generatedAt: string;
}

const DATASETS = { people: 'people.json', releases: 'releases.json', sites: 'practice-sites.json' } as const;

export function readCityStats(dist: string, code: string): CityStats {
  const missing = (what: string) =>
    new Error(`${code} 的构建结果 ${dist} 中没有 ${what}：请先用 npm run build 构建这个市（全省流水线的 city 作业）。`);
  if (!fs.existsSync(path.join(dist, BUNDLE_PATH, 'pagefind-entry.json'))) throw missing(`${BUNDLE_PATH}pagefind-entry.json`);
  const counts: Partial<CityStats> = {};
  for (const [key, file] of Object.entries(DATASETS)) {
    const json = path.join(dist, 'data', file);
    if (!fs.existsSync(json)) throw missing(`data/${file}`);
    const data = JSON.parse(fs.readFileSync(json, 'utf8')) as { count: number; generatedAt: string };
    counts[key as keyof typeof DATASETS] = data.count;
    counts.generatedAt = data.generatedAt;
  }
  return counts as CityStats;
}
