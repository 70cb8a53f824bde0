/** Counts of the practice-site directory per county and per level, for /sites/ and /data/. */
import { SITE_LEVELS, type PracticeSite, type SiteLevel } from './schemas';

export type LevelCounts = Record<SiteLevel, number>;

export function siteCounts(sites: ReadonlyArray<{ data: PracticeSite }>, counties: readonly string[]) {
  const zero = (): LevelCounts => ({ 中心: 0, 所: 0, 站: 0 });
  const byCounty = new Map(counties.map((c) => [c, zero()]));
  const total = zero();
  for (const { data } of sites) {
    total[data.level]++;
    const row = byCounty.get(data.county);
    if (row) row[data.level]++;
  }
  return { byCounty, total, levels: SITE_LEVELS };
}
