import { describe, expect, it } from 'vitest';
import { practiceSiteSchema } from '../../../src/lib/schemas';
import { addressWithTownship, countyDirectory, fullAddress, homePage, townshipName } from '../../../src/lib/sites/directory';
import { mapLinks } from '../../../src/lib/sites/map-links';

const site = (id: string, row: Record<string, string>) => ({
  id,
  data: practiceSiteSchema.parse({ id, name: `${id}名称`, county: '谯城区', address: '某地', ...row }),
});
const SITES = [
  site('zx', { level: '中心', address: '谯城区人民路1号' }),
  site('suo-a', { level: '所', parent: 'zx', township: '古井镇', address: '古井镇政府院内' }),
  site('suo-b', { level: '所', parent: 'zx', name: '谯城区十八里镇新时代文明实践所' }),
  site('zhan-1', { level: '站', parent: 'suo-a', township: '古井镇', address: '柳林村委会' }),
  site('zhan-2', { level: '站', parent: 'suo-a', township: '古井镇' }),
  site('gy', { level: '中心', county: '涡阳县' }),
];

describe('countyDirectory', () => {
  it('gives a county its 中心 and its 乡镇/街道, each a 所 with its 站, in file order', () => {
    const dir = countyDirectory(SITES, '谯城区');
    expect(dir.centres.map((s) => s.id)).toEqual(['zx']);
    expect(dir.townships.map((t) => [t.institute.id, t.name, t.stations.map((s) => s.id)])).toEqual([
      ['suo-a', '古井镇', ['zhan-1', 'zhan-2']],
      ['suo-b', '十八里镇', []],
    ]);
    expect(dir.all).toHaveLength(5);
  });

  it('names a township from its 所 when the 乡镇/街道 column is empty, and sends a 站 to its 所’s page', () => {
    expect(townshipName(SITES[2]!.data)).toBe('十八里镇');
    expect(homePage(SITES[3]!)).toBe('suo-a');
    expect(homePage(SITES[1]!)).toBe('suo-a');
  });

  it('writes county and 乡镇/街道 before an address only when it does not start with them', () => {
    expect(addressWithTownship(SITES[3]!.data)).toBe('古井镇柳林村委会');
    expect(addressWithTownship(SITES[1]!.data)).toBe('古井镇政府院内');
    expect(fullAddress(SITES[3]!.data)).toBe('谯城区古井镇柳林村委会');
    expect(fullAddress(SITES[0]!.data)).toBe('谯城区人民路1号');
  });
});

describe('mapLinks', () => {
  it('opens the position in 高德, 百度 and Apple maps as plain web addresses that say the coordinates are WGS-84', () => {
    const links = mapLinks('柳林村新时代文明实践站', 33.792, 115.662);
    expect(links.map((l) => l.app)).toEqual(['高德地图', '百度地图', '苹果地图']);
    expect(links.every((l) => l.href.startsWith('https://'))).toBe(true);
    expect(links[0]!.href).toBe(
      'https://uri.amap.com/marker?position=115.662,33.792&name=%E6%9F%B3%E6%9E%97%E6%9D%91%E6%96%B0%E6%97%B6%E4%BB%A3%E6%96%87%E6%98%8E%E5%AE%9E%E8%B7%B5%E7%AB%99&coordinate=wgs84&callnative=1',
    );
    expect(links[1]!.href).toContain('location=33.792,115.662');
    expect(links[1]!.href).toContain('coord_type=wgs84');
    expect(links[2]!.href).toMatch(/^https:\/\/maps\.apple\.com\/\?ll=33\.792,115\.662&q=/);
  });
});
