import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assembleProvince } from '../../tools/province/assemble';
import type { ProvinceConfig } from '../../tools/province/config';
import { writeCityBuild } from './city-builds';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bz-province-assemble-'));
const config: ProvinceConfig = {
  name: '测试省文明网',
  publisher: '测试省文明办',
  url: 'https://province.example.org',
  cities: [
    { code: '340100', name: '合肥市', url: 'https://hefei.example.org' },
    { code: '341800', name: '宣城市', url: 'https://xuancheng.example.org' },
  ],
};
const read = (file: string) => fs.readFileSync(path.join(dir, 'out', file), 'utf8');

beforeAll(async () => {
  await writeCityBuild(path.join(dir, 'sites/340100'), {
    code: '340100',
    people: [{ id: 'a', name: '甲', text: '甲的事迹' }],
    releases: 3,
    sites: 7,
  });
  await writeCityBuild(path.join(dir, 'sites/341800'), {
    code: '341800',
    people: [
      { id: 'b', name: '乙', text: '乙的事迹' },
      { id: 'c', name: '丙', text: '丙的事迹' },
    ],
    releases: 5,
    sites: 11,
  });
  await assembleProvince(config, path.join(dir, 'sites'), path.join(dir, 'out'));
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('assembling the province site', () => {
  it('lists every city with a link to its own site and the counts its build states, and the totals', () => {
    const html = read('index.html');
    expect(html).toContain('<a href="https://hefei.example.org/">合肥市</a></th><td>1</td><td>3</td><td>7</td>');
    expect(html).toContain('<a href="https://xuancheng.example.org/">宣城市</a></th><td>2</td><td>5</td><td>11</td>');
    expect(html).toContain('全省合计</th><td>3</td><td>8</td><td>18</td>');
    expect(JSON.parse(read('province.json')).cities.map((c: { code: string }) => c.code)).toEqual(['340100', '341800']);
  });

  it("serves each city's own search bundle, untouched, and a primary index of the cities only", () => {
    for (const code of ['340100', '341800']) {
      const copied = path.join(dir, 'out/cities', code, 'pagefind');
      expect(fs.readFileSync(path.join(copied, 'pagefind-entry.json'), 'utf8')).toBe(
        fs.readFileSync(path.join(dir, 'sites', code, 'pagefind/pagefind-entry.json'), 'utf8'),
      );
      expect(fs.existsSync(path.join(copied, 'pagefind-ui.js'))).toBe(false);
    }
    const entry = JSON.parse(read('pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
    expect(Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0)).toBe(2);
  });

  it('allows WebAssembly on the search page only, and loads the bundled search script there', () => {
    expect(read('search/index.html')).toMatch(/Content-Security-Policy" content="[^"]*'wasm-unsafe-eval'/);
    expect(read('index.html')).not.toContain('wasm-unsafe-eval');
    expect(read('search/index.html')).toContain('<script type="module" src="/assets/province-search.js"></script>');
    const script = read('assets/province-search.js');
    expect(script).toContain('mergeIndex');
    expect(script).toContain('mergeFilter');
    expect(read('assets/province.css')).toContain('--bz-color-brand');
  });

  it('refuses a city whose build is missing, saying which and how to fix it', async () => {
    const more = { ...config, cities: [...config.cities, { code: '341200', name: '阜阳市', url: 'https://fuyang.example.org' }] };
    await expect(assembleProvince(more, path.join(dir, 'sites'), path.join(dir, 'out2'))).rejects.toThrow(
      /341200 的构建结果 .* 中没有 \/pagefind\/pagefind-entry.json：请先用 npm run build 构建这个市/,
    );
  });
});
