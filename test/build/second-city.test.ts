/**
 * A second city, built: the sample root of 阜阳市 (341200; eight counties and districts, two
 * development zones) from `npm run sample -- --city 341200 --scale 300`, built once with
 * `npm run build`. Every page must name 阜阳 where the bundled site names its own city, and no
 * file of the build may name a place of the bundled city. The browser suite runs on the same
 * root with `npm run test:browser:city2`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { countyId } from '../../src/lib/counties';
import { readDivisions } from '../../src/lib/divisions/townships';
import type { NearData } from '../../src/lib/sites/near-data';
import { checkLinks } from '../../tools/lib/links';
import { listFiles } from '../../tools/lib/list-files';
import { htmlProblems } from '../helpers/html-validate';
import { runScript } from '../helpers/run-script';

const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'bz-city2-'));
const content = path.join(parent, 'content');
const out = path.join(parent, 'dist');
const read = (rel: string) => fs.readFileSync(path.join(out, rel), 'utf8');
const COUNTIES = ['颍州区', '颍东区', '颍泉区', '临泉县', '太和县', '阜南县', '颍上县', '界首市'];
let site: { name: string; publisher: string; url: string; counties: string[] };
let rows: Array<Record<string, string>>;

beforeAll(async () => {
  const sample = await runScript('sample.ts', ['--city', '341200', '--scale', '300', '--out', content]);
  if (sample.code !== 0) throw new Error(`npm run sample failed:\n${sample.stdout}\n${sample.stderr}`);
  site = parseYaml(fs.readFileSync(path.join(content, 'site.yaml'), 'utf8')) as typeof site;
  rows = parseCsv(fs.readFileSync(path.join(content, 'practice-sites.csv')), { bom: true, columns: true }) as typeof rows;
  const built = await runScript('build.ts', ['--out', out], { CONTENT_DIR: content });
  if (built.code !== 0) throw new Error(`the 阜阳 sample did not build:\n${built.stdout}\n${built.stderr}`);
});

describe('the sample site of 阜阳市, built', () => {
  it('has a directory page and a 好人 page for each of its eight counties and districts, none for its development zones', () => {
    expect(site.counties).toEqual(COUNTIES);
    for (const county of COUNTIES) {
      expect(fs.existsSync(path.join(out, 'sites', countyId(county), 'index.html')), county).toBe(true);
      expect(fs.existsSync(path.join(out, 'people/county', countyId(county), 'index.html')), county).toBe(true);
    }
    const directory = read('sites/index.html');
    for (const county of COUNTIES) expect(directory).toContain(`href="/sites/${countyId(county)}/"`);
    expect(directory).not.toContain('开发区');
  });

  it('names the city and its office in the title, the header and the footer', () => {
    const home = read('index.html');
    expect(home).toMatch(new RegExp(`<title>[^<]*${site.name}[^<]*</title>`));
    expect(home).toContain(site.publisher);
    expect(read('rules/index.html')).toMatch(/<h1[^>]*>阜阳文明20条<\/h1>/);
  });

  it('files its 好人 under its own city, its province and China', () => {
    for (const level of ['fuyang', 'anhui', 'china'])
      expect(fs.existsSync(path.join(out, 'people/level', level, 'index.html')), level).toBe(true);
    expect(read('people/level/fuyang/index.html')).toContain('阜阳好人');
  });

  it('names no place of the bundled city in any page, feed or data file', () => {
    const bundled = readDivisions('content')!;
    const own = new Set(readDivisions(content)!.counties.flatMap((c) => [c.name, ...c.townships.map((t) => t.name)]));
    const names = [
      bundled.name.replace(/市$/, ''),
      ...bundled.counties.flatMap((c) => [c.name, ...c.townships.map((t) => t.name)]),
      'bozhou',
      'qiaocheng',
    ].filter((n) => !own.has(n));
    const found: string[] = [];
    for (const file of listFiles(out).filter((f) => /\.(html|xml|json|csv|txt|webmanifest|svg)$/.test(f))) {
      const text = read(file);
      for (const n of names) if (text.includes(n)) found.push(`${file}: ${n}`);
    }
    expect(found).toEqual([]);
  });

  it('publishes every located site in near.json, and its search finds the sites of a 乡镇 of the city by name', async () => {
    const near = JSON.parse(read('sites/near.json')) as NearData;
    expect(near.sites.map((s) => s[0]).sort()).toEqual(
      rows
        .filter((r) => r.lat)
        .map((r) => r.id)
        .sort(),
    );
    const suo = rows.find((r) => r.level === '所')!;
    const { openBundle } = await import('../../tools/lib/pagefind-node');
    const { rankQueries } = await import('../../tools/lib/rank-queries');
    const bundle = await openBundle(out);
    try {
      const [byTownship, byName] = await rankQueries(bundle.pagefind, [suo.township!, suo.name!]);
      const inTownship = rows.filter((r) => r.township === suo.township).map((r) => `/sites/${r.id}/`);
      expect(inTownship).toContain(byTownship!.urls[0]);
      expect(byName!.urls).toContain(`/sites/${suo.id}/`);
    } finally {
      await bundle.close();
    }
  });

  it('has links that resolve and HTML that html-validate accepts on its county pages', async () => {
    const { checked, broken } = checkLinks(out, site.url);
    expect(checked).toBeGreaterThan(1000);
    expect(broken).toEqual([]);
    const counties = COUNTIES.map((c) => `sites/${countyId(c)}/index.html`);
    const { pages, problems } = await htmlProblems(out, (f) => counties.includes(f) || f === 'index.html');
    expect(pages).toBe(9);
    expect(problems).toEqual([]);
  });
});
