import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { DATASETS, datasetFields } from '../../../src/lib/open-data/fields';
import { generatedAt } from '../../../src/lib/open-data/generated-at';
import { personRecord } from '../../../src/lib/open-data/records';
import { csvCell, csvDocument, jsonDocument } from '../../../src/lib/open-data/serialize';
import { personSchema } from '../../../src/lib/schemas/person';

const TITLES = ['亳州好人', '安徽好人', '中国好人'] as const;
const ctx = { siteUrl: 'https://site.org', publisher: '测试市文明办' };
const person = personSchema(TITLES).parse({
  name: '王"五",\n小组',
  category: '助人为乐',
  county: '谯城区',
  summary: '简介',
  honors: [
    { title: '中国好人', period: '2020-05' },
    { title: '亳州好人', period: '2019-Q2' },
  ],
  photo: 'people/w.jpg',
  photoAlt: '照片',
  consent: true,
});

describe('open-data files', () => {
  it("publishes only the dictionary's fields of a person, honours oldest first, absent values as null", () => {
    const record = personRecord('wang-wu', person, ctx);
    expect(Object.keys(record)).toEqual(DATASETS.people.fields.map((f) => f.key));
    expect(record).toMatchObject({ township: null, group: false, url: 'https://site.org/people/wang-wu/' });
    expect(record.honors).toEqual([
      { title: '亳州好人', period: '2019-Q2' },
      { title: '中国好人', period: '2020-05' },
    ]);
  });

  it('writes CSV cells editors can read: lists with 、, honours with ；, 是/否, empty for absent', () => {
    expect(csvCell(['理论宣讲', '志愿服务'])).toBe('理论宣讲、志愿服务');
    expect(
      csvCell([
        { title: '亳州好人', period: '2019-Q2' },
        { title: '中国好人', period: '2020-05' },
      ]),
    ).toBe('亳州好人 2019-Q2；中国好人 2020-05');
    expect([csvCell(true), csvCell(false), csvCell(null), csvCell(33.8), csvCell([])]).toEqual(['是', '否', '', '33.8', '']);
  });

  it('writes a CSV with a BOM and CRLF that parses back to the same cells, quotes and line breaks included', () => {
    const record = personRecord('wang-wu', person, ctx);
    const csv = csvDocument('people', [record]);
    expect(csv.startsWith('\uFEFFid,name,')).toBe(true);
    expect(csv).toContain('\r\n');
    expect(parse(csv, { bom: true, columns: true })[0]).toMatchObject({
      name: '王"五",\n小组',
      honors: '亳州好人 2019-Q2；中国好人 2020-05',
    });
  });

  it('quotes a cell whose only special character is a line break typed with Alt+Enter, so its row stays one row', () => {
    const record = personRecord('wang-wu', { ...person, name: '王五', summary: '第一行\n第二行' }, ctx);
    const csv = csvDocument('people', [record]);
    expect(csv).toContain('"第一行\n第二行"');
    expect(parse(csv, { bom: true, columns: true })).toHaveLength(1);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(2);
  });

  it('wraps items with generatedAt, count and fields', () => {
    const doc = JSON.parse(jsonDocument('people', [personRecord('wang-wu', person, ctx)], '2023-11-14T22:13:20.000Z', TITLES));
    expect(doc).toMatchObject({ generatedAt: '2023-11-14T22:13:20.000Z', count: 1, fields: datasetFields('people', TITLES) });
  });

  it("names the city's own honour titles in the field dictionary", () => {
    const honors = (titles: readonly [string, string, string]) =>
      datasetFields('people', titles).find((f) => f.key === 'honors')!.description;
    expect(honors(TITLES)).toBe(
      '所获荣誉，每项含 title（亳州好人、安徽好人或中国好人）和 period（年月 2019-05 或季度 2019-Q2）；CSV 中写作「亳州好人 2019-Q2；中国好人 2020-05」',
    );
    expect(honors(['阜阳好人', '安徽好人', '中国好人'])).toContain('title（阜阳好人、安徽好人或中国好人）');
  });

  it('stamps generatedAt from SOURCE_DATE_EPOCH when set, else from the build time', () => {
    const now = new Date('2026-01-02T03:04:05Z');
    expect(generatedAt({ SOURCE_DATE_EPOCH: '1700000000' }, now)).toBe('2023-11-14T22:13:20.000Z');
    expect(generatedAt({}, now)).toBe('2026-01-02T03:04:05.000Z');
    expect(generatedAt({ SOURCE_DATE_EPOCH: 'soon' }, now)).toBe('2026-01-02T03:04:05.000Z');
  });

  it('has one dictionary entry per key, each with a Chinese label and description', () => {
    for (const { fields } of Object.values(DATASETS)) {
      expect(new Set(fields.map((f) => f.key)).size).toBe(fields.length);
      for (const f of fields) expect(f.label && f.description).toMatch(/\p{Script=Han}/u);
    }
  });
});
