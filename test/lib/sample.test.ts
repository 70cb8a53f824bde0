import { describe, expect, it } from 'vitest';
import { writeTree } from '../helpers/content-root';
import { generateSampleRoot, sampleShape } from '../../src/lib/sample/generate';
import { validateContent } from '../../src/lib/validate';
import { officialTownships, readDivisions } from '../../src/lib/divisions/townships';
import { distance } from '../../src/lib/sites/browser-finder';
import { sampleCity } from '../../src/lib/sample/city';
import { SAMPLE_PLACES } from '../../tools/data/sample-places';
import { parse as parseCsv } from 'csv-parse/sync';

/** The bundled city with the real county seats `npm run sample` gives it. */
const bundled = sampleCity(readDivisions('content')!, SAMPLE_PLACES[readDivisions('content')!.code]);
const text = (files: Map<string, string | Uint8Array>, file: string) => files.get(file) as string;

describe('generateSampleRoot', () => {
  it("has the seed document's shape at the default scale", () => {
    expect(sampleShape(2000)).toEqual({ centres: 4, institutes: 96, stations: 1344, people: 442, releases: 94, rules: 20 });
    expect(sampleShape(2000, 8)).toMatchObject({ centres: 8, releases: 90 });
  });

  it('grows to about N entries at larger scales', () => {
    const s = sampleShape(10000);
    const total = s.centres + s.institutes + s.stations + s.people + s.releases + s.rules;
    expect(total).toBe(10000);
  });

  it('writes the same bytes for the same scale and seed, and different ones for another seed', () => {
    const a = generateSampleRoot(300);
    const b = generateSampleRoot(300);
    expect([...a.entries()]).toEqual([...b.entries()]);
    expect(generateSampleRoot(300, 7).get('practice-sites.csv')).not.toBe(a.get('practice-sites.csv'));
    expect(generateSampleRoot(300, 2019, bundled).get('practice-sites.csv')).toBe(
      generateSampleRoot(300, 2019, bundled).get('practice-sites.csv'),
    );
  });

  it('produces a content root that validates without a single problem, every entry marked sample', () => {
    const dir = writeTree(generateSampleRoot(2000, 2019, bundled));
    const result = validateContent(dir, { today: '2026-12-01' });
    expect(result.problems).toEqual([]);
    const c = result.content!;
    expect(c.people.filter((p) => p.data.photo)).toHaveLength(1);
    expect(c.releases.flatMap((r) => r.data.attachments)).toHaveLength(1);
    expect(c.practiceSites.filter((s) => s.data.level === '站')).toHaveLength(1344);
    expect(c.people).toHaveLength(442);
    expect(
      [...c.releases, ...c.people, ...c.rules, ...c.practiceSites, ...c.pages].every(
        (e) => (e.data as { sample: boolean }).sample,
      ),
    ).toBe(true);
    expect(validateContent(dir, { today: '2026-12-01', production: true }).errors).toBeGreaterThan(0);
  });

  it('never gives a generated person the name of a real person in the seed', () => {
    const names = [...generateSampleRoot(10000).entries()]
      .filter(([p]) => p.startsWith('people/'))
      .map(([, t]) => /name: (.*)/.exec(t as string)?.[1]);
    expect(names.length).toBe(2210);
    for (const real of ['赵玉富', '杨爱平', '许张氏']) expect(names).not.toContain(real);
  });

  it('names its 96 所 after the 96 official 乡镇/街道 of their counties, each once, and puts every located site near its county seat', () => {
    const rows = parseCsv(text(generateSampleRoot(2000, 2019, bundled), 'practice-sites.csv'), {
      bom: true,
      columns: true,
    }) as Record<string, string>[];
    const suo = rows.filter((r) => r.level === '所');
    expect(suo).toHaveLength(96);
    const official = officialTownships(readDivisions('content')!);
    expect(new Set(suo.map((r) => `${r.county}/${r.township}`)).size).toBe(96);
    for (const r of suo) expect(official.get(r.county!), r.township).toContain(r.township);
    const located = rows.filter((r) => r.lat);
    expect(located.length).toBeGreaterThan(1000);
    // Within the county's disc, and a 站 within 5 km of its 所 beyond that.
    const far = located.filter((r) => {
      const c = bundled.counties.find((x) => x.name === r.county)!;
      return distance(Number(r.lat), Number(r.lng), c.seat[1], c.seat[0]) > (c.radius + 5.01) * 1000;
    });
    expect(far.map((r) => r.id)).toEqual([]);
  });
});
