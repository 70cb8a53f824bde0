import { describe, expect, it } from 'vitest';
import { practiceSiteSchema } from '../../../src/lib/schemas';
import { nearData } from '../../../src/lib/sites/near-data';
import { distance, nearest } from '../../../src/lib/sites/browser-finder';

const site = (id: string, row: Record<string, string>) => ({
  id,
  data: practiceSiteSchema.parse({ id, name: `${id}站`, level: '站', parent: 'p', county: '谯城区', address: '某村', ...row }),
});

describe('nearData', () => {
  it('says the datum of its coordinates, WGS-84, in the file itself', () => {
    expect(nearData([]).datum).toBe('WGS-84');
  });

  it('keeps only sites with coordinates, to four decimals, with their hours in a shared table', () => {
    const data = nearData([
      site('a', {
        lat: '33.845678',
        lng: '115.781234',
        hours: '周一至周五 8:30-17:30',
        phone: '0558-1234567',
        services: '理论宣讲、志愿服务',
      }),
      site('b', { lat: '33.8', lng: '115.7', hours: '周一至周五 8:30-17:30' }),
      site('c', { hours: '每天 9:00-21:00' }),
      site('d', { lat: '33.7', lng: '115.9', hours: '预约开放', township: '古井镇' }),
    ]);
    expect(data.hours).toEqual([
      ['周一至周五 8:30\u2060-\u206017:30', '510-1050|510-1050|510-1050|510-1050|510-1050||'],
      ['预约开放', ''],
    ]);
    expect(data.sites).toEqual([
      ['a', 'a站', 33.8457, 115.7812, '某村', '0558-1234567', 0, '理论宣讲、志愿服务', 'tel:0558-1234567'],
      ['b', 'b站', 33.8, 115.7, '某村', '', 0, '', ''],
      ['d', 'd站', 33.7, 115.9, '古井镇某村', '', 1, '', ''],
    ]);
  });
});

describe('the finder’s distances', () => {
  it('measures great-circle distances in metres', () => {
    // One degree of latitude is about 111.2 km; the seats of 谯城区 and 利辛县 are 90.6 km apart (checked with Python's math).
    expect(distance(33, 116, 34, 116)).toBeCloseTo(111_195, -2);
    expect(distance(33.8762, 115.779, 33.1445, 116.2086) / 1000).toBeCloseTo(90.6, 1);
  });

  it('gives the finder the same tel: link as the directory’s pages, the local number completed with the area code', () => {
    const data = nearData([site('a', { lat: '33.8', lng: '115.7', phone: '5123456转8001、5585123457' })], '0558');
    expect(data.sites[0]!.slice(5)).toEqual(['5123456 转 8001、0558-5123457', -1, '', 'tel:0558-5123456,8001']);
  });

  it('lists the nearest sites first, as many as asked', () => {
    const data = nearData([
      site('far', { lat: '33.2', lng: '116.2' }),
      site('near', { lat: '33.85', lng: '115.78' }),
      site('mid', { lat: '33.6', lng: '115.9' }),
    ]);
    expect(nearest(data, 33.84, 115.78, 2).map(([s, m]) => [s[0], Math.round(m / 100) * 100])).toEqual([
      ['near', 1100],
      ['mid', 28900],
    ]);
  });
});
