import { describe, expect, it } from 'vitest';
import { divisionExcerpt, formatDivisions } from '../../../src/lib/divisions/excerpt';
import { divisionsSchema } from '../../../src/lib/schemas/divisions';

const source = {
  package: 'p',
  version: '1.0.0',
  licence: 'WTFPL',
  edition: '2023',
  command: 'npm run divisions -- --code 341600',
};
const tables = {
  provinces: [{ code: '34', name: '安徽省' }],
  cities: [
    { code: '3416', name: '亳州市', provinceCode: '34' },
    { code: '3412', name: '阜阳市', provinceCode: '34' },
    { code: '4501', name: '南宁市', provinceCode: '45' },
  ],
  areas: [
    { code: '341621', name: '涡阳县', cityCode: '3416' },
    { code: '341602', name: '谯城区', cityCode: '3416' },
    { code: '341202', name: '颍州区', cityCode: '3412' },
  ],
  streets: [
    { code: '341602100', name: '古井镇', areaCode: '341602' },
    { code: '341602001', name: '花戏楼街道', areaCode: '341602' },
    { code: '341202001', name: '鼓楼街道', areaCode: '341202' },
  ],
};

describe('the divisions excerpt', () => {
  it('takes the counties of one city and their townships, in code order, with the source recorded', () => {
    const d = divisionExcerpt('341600', tables, source);
    expect(d.name).toBe('亳州市');
    expect(d.counties.map((c) => [c.name, c.townships.map((t) => t.name)])).toEqual([
      ['谯城区', ['花戏楼街道', '古井镇']],
      ['涡阳县', []],
    ]);
    expect(d.source).toEqual(source);
  });

  it("records the city's province with its 6-digit code", () => {
    expect(divisionExcerpt('341200', tables, source).province).toEqual({ code: '340000', name: '安徽省' });
  });

  it('works for any prefecture-level city of the tables', () => {
    expect(divisionExcerpt('341200', tables, source).counties.map((c) => c.name)).toEqual(['颍州区']);
  });

  it('refuses a code that is not a prefecture-level city, or one the tables do not have', () => {
    expect(() => divisionExcerpt('341602', tables, source)).toThrow('不是地级市的 6 位区划代码');
    expect(() => divisionExcerpt('349900', tables, source)).toThrow('数据包 p@1.0.0 中没有区划代码为 349900 的地级市');
    expect(() => divisionExcerpt('450100', tables, source)).toThrow('数据包 p@1.0.0 中没有 南宁市 所属的省（代码 45）');
  });

  it('writes a file that reads back to the same excerpt and passes its schema', () => {
    const d = divisionExcerpt('341600', tables, source);
    expect(divisionsSchema.parse(JSON.parse(formatDivisions(d)))).toEqual(d);
    expect(formatDivisions(d)).toContain('        {"code":"341602001","name":"花戏楼街道"},\n');
    expect(formatDivisions(d)).toContain('\n  "province": {"code": "340000", "name": "安徽省"},\n');
  });
});
