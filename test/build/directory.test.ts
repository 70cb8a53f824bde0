/**
 * The practice-site directory on dist/, without a browser: a sample root of about 300 entries
 * (4 中心, 14 所 named after official 乡镇/街道, 202 站, most with coordinates) and a standard map
 * named in its site.yaml, built once.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateSampleRoot } from '../../src/lib/sample/generate';
import { parseHours } from '../../src/lib/hours/parse';
import { encodeHours } from '../../src/lib/hours/code';
import { parse as parseYaml } from 'yaml';
import { countyId } from '../../src/lib/counties';
import type { Site } from '../../src/lib/schemas';
import type { NearData } from '../../src/lib/sites/near-data';
import { writeTree } from '../helpers/content-root';
import { htmlProblems } from '../helpers/html-validate';
import { checkLinks } from '../../tools/lib/links';
import { runScript } from '../helpers/run-script';
import { listFiles } from '../../tools/lib/list-files';
import { MARK_STROKES } from '../../src/lib/brand/logo-mark';
import sharp from 'sharp';

const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bz-directory-')), 'dist');
const read = (rel: string) => fs.readFileSync(path.join(out, rel), 'utf8');
const files = generateSampleRoot(300);
const site = parseYaml(files.get('site.yaml') as string) as Site;
/** The sample city's first county (the bundled content's: 谯城区) and any county's URL id. */
const first = site.counties[0]!;
const idOf = (county: string) => countyId(county, site.countyIds);
const rows = parseCsv(files.get('practice-sites.csv')!, { bom: true, columns: true }) as Record<string, string>[];
const located = rows.filter((r) => r.lat);
// The office's standard map, as site.yaml may name one: a stand-in picture with a 审图号.
const mapPng = await sharp({ create: { width: 600, height: 400, channels: 3, background: '#dde' } })
  .png()
  .toBuffer();
files.set(
  'site.yaml',
  `${files.get('site.yaml')}standardMap:\n  image: standard-map.png\n  approvalNumber: 皖S(2023)12号\n  alt: 示例标准地图\n  source: 自然资源部标准地图服务\n`,
);

beforeAll(async () => {
  const root = writeTree(files);
  fs.mkdirSync(path.join(root, 'images'), { recursive: true });
  fs.writeFileSync(path.join(root, 'images', 'standard-map.png'), mapPng);
  const r = await runScript('build.ts', ['--out', out], { CONTENT_DIR: root });
  if (r.code !== 0) throw new Error(`directory sample build failed:\n${r.stdout}\n${r.stderr}`);
});

describe('the directory of a sample root', () => {
  it('publishes /sites/near.json with every site that has coordinates, to four decimals, with readable hours', () => {
    const near = JSON.parse(read('sites/near.json')) as NearData;
    expect(near.sites.map((s) => s[0]).sort()).toEqual(located.map((r) => r.id).sort());
    const first = near.sites.find((s) => s[0] === located[0]!.id)!;
    expect(first.slice(1, 4)).toEqual([
      located[0]!.name,
      Number(Number(located[0]!.lat).toFixed(4)),
      Number(Number(located[0]!.lng).toFixed(4)),
    ]);
    for (const [text, code] of near.hours) expect(code).toBe(encodeHours(parseHours(text.replaceAll('\u2060', ''))!));
  });

  it('draws no map: every <path> in every page is an icon written in src/ or a stroke of the mark, and near.json holds only sites and hours', () => {
    const source = listFiles('src')
      .map((f) => fs.readFileSync(path.join('src', f), 'utf8'))
      .join('\n');
    const pages = listFiles(out).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(200);
    const paths = new Set(pages.flatMap((f) => [...read(f).matchAll(/<path\b[^>]*\bd="([^"]*)"/g)].map((m) => m[1]!)));
    expect([...paths].filter((d) => !(MARK_STROKES as readonly string[]).includes(d) && !source.includes(`d="${d}"`))).toEqual(
      [],
    );
    for (const page of ['sites/index.html', `sites/${idOf(first)}/index.html`])
      expect(read(page), page).not.toMatch(/bz-map|<svg[^>]*viewBox="0 0 \d{3}/);
    expect(Object.keys(JSON.parse(read('sites/near.json')) as NearData)).toEqual(['datum', 'hours', 'sites']);
  });

  it('shows the standard map that site.yaml names byte for byte, with its 审图号 beside it', () => {
    const html = read('sites/index.html');
    expect(html).toMatch(/<img src="\/sites\/standard-map\.png" alt="示例标准地图" width="600" height="400"/);
    expect(html).toContain('审图号：皖S(2023)12号。来源：自然资源部标准地图服务。');
    expect(fs.readFileSync(path.join(out, 'sites/standard-map.png')).equals(mapPng)).toBe(true);
    expect(read(`sites/${idOf(first)}/index.html`)).not.toContain('standard-map');
  });

  it('indexes every 所 of a county under its 乡镇/街道 with its number of 站, in the file’s order', () => {
    const html = read(`sites/${idOf(first)}/index.html`);
    const index = [
      ...html.matchAll(
        /<a href="\/sites\/([^"]+)\/"><span class="bz-townships__name">([^<]+)<\/span><span class="bz-meta">(\d+) 个站<\/span>/g,
      ),
    ];
    const suo = rows.filter((r) => r.county === first && r.level === '所');
    expect(index.map((m) => [m[1], m[2], Number(m[3])])).toEqual(
      suo.map((s) => [s.id, s.township, rows.filter((r) => r.parent === s.id).length]),
    );
  });

  it('lists every 站 of a 所 on its page with address, hours and today’s code, a tappable phone and services', () => {
    const suo = rows.find((r) => r.level === '所')!;
    const html = read(`sites/${suo.id}/index.html`);
    for (const s of rows.filter((r) => r.parent === suo.id)) {
      const row = html.slice(html.indexOf(`<a href="/sites/${s.id}/" data-f="name"`));
      const end = row.indexOf('</li>');
      expect(row.slice(0, end)).toContain(s.address);
      expect(row.slice(0, end)).toContain(`data-bz-today="${encodeHours(parseHours(s.hours!)!)}"`);
      expect(row.slice(0, end)).toContain(s.services!);
      if (s.phone) expect(row.slice(0, end)).toContain(`href="tel:${s.phone}"`);
    }
  });

  it('gives a located site map-app links to its WGS-84 position', () => {
    const s = located.find((r) => r.level === '站')!;
    const html = read(`sites/${s.id}/index.html`);
    expect(html).toContain(`href="https://uri.amap.com/marker?position=${s.lng},${s.lat}&amp;name=`);
    expect(html).toContain(`href="https://api.map.baidu.com/marker?location=${s.lat},${s.lng}&amp;`);
    expect(html).toContain('coord_type=wgs84');
    expect(html).toContain(`href="https://maps.apple.com/?ll=${s.lat},${s.lng}&amp;q=`);
  });

  it('keeps the finder’s script inside a <template>, and the directory’s script off every other page', () => {
    const html = read('sites/index.html');
    const finder = /<script type="module" src="(\/_astro\/FinderScript[^"]+)"/.exec(html)![1]!;
    expect(html.replace(/<template\b[\s\S]*?<\/template>/g, '')).not.toContain(finder);
    for (const page of ['index.html', 'people/index.html', 'releases/index.html', 'data/index.html'])
      expect(read(page), page).not.toMatch(/DirectoryPage|FinderScript/);
  });

  it('has links that resolve and HTML that html-validate accepts on a page of each kind', async () => {
    const { checked, broken } = checkLinks(out, site.url);
    expect(checked).toBeGreaterThan(1000);
    expect(broken).toEqual([]);
    const kinds = new Set([
      'sites/index.html',
      ...['中心', '所', '站'].map((l) => `sites/${rows.find((r) => r.level === l)!.id}/index.html`),
    ]);
    const counties = site.counties.map((c) => `sites/${idOf(c)}/index.html`);
    const { pages, problems } = await htmlProblems(out, (f) => kinds.has(f) || counties.includes(f));
    expect(pages).toBe(4 + site.counties.length);
    expect(problems).toEqual([]);
  });
});
