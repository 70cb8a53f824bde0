/**
 * Stand-ins for cities' builds, for the province's unit and page tests: what the province reads
 * of a build (its Pagefind bundle, written by the project's own index writer from records, and
 * the counts of its open-data files), without building whole sites.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { pagefindRecord, writeBundle } from '../../src/lib/search/write-index';
import type { SearchRecord } from '../../src/lib/search/records';

export interface CityBuild {
  code: string;
  people: Array<{ id: string; name: string; text: string }>;
  releases: number;
  sites: number;
}

export async function writeCityBuild(dist: string, city: CityBuild): Promise<void> {
  const { index } = await pagefind.createIndex({ writePlayground: false });
  try {
    for (const p of city.people) {
      const record: SearchRecord = { url: `/people/${p.id}/`, type: '好人', title: p.name, text: p.text };
      await index!.addCustomRecord(pagefindRecord(record));
    }
    await writeBundle(index!, path.join(dist, 'pagefind'));
  } finally {
    await pagefind.close();
  }
  fs.mkdirSync(path.join(dist, 'data'), { recursive: true });
  const counts = { 'people.json': city.people.length, 'releases.json': city.releases, 'practice-sites.json': city.sites };
  for (const [file, count] of Object.entries(counts))
    fs.writeFileSync(
      path.join(dist, 'data', file),
      JSON.stringify({ generatedAt: '2026-12-07T00:00:00Z', count, fields: [], items: [] }),
    );
}
