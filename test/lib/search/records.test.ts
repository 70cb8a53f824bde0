import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { searchRecords } from '../../../src/lib/search/records';
import { validateContent } from '../../../src/lib/validate';

const content = validateContent(path.resolve('test/fixtures/search')).content!;
const records = [...searchRecords(content)];

describe('searchRecords', () => {
  it('makes one record per release, person, site, rule and page, besides the section pages', () => {
    expect(records.filter((r) => r.type !== '栏目').length).toBe(8 + 12 + 12 + 5 + 2);
  });

  it('links each rule to its anchor on the rules page', () => {
    const rule = records.find((r) => r.url === '/rules/#rule-3')!;
    expect(rule).toMatchObject({ title: '第3条 垃圾分类', type: '文明条目' });
  });

  it('gives a person the filters the search page offers', () => {
    const person = records.find((r) => r.url === '/people/lyu-de-wang/')!;
    expect(person).toMatchObject({ type: '好人', county: '蒙城县', category: '见义勇为', years: ['2021'], date: '2021-10' });
  });

  it('puts the date a release or a page shows into its text, so a year finds it', () => {
    expect(records.find((r) => r.url === '/releases/2023-wedding-customs/')!.text).toMatch(/ 2023年4月18日$/);
    expect(records.find((r) => r.url === '/about/')!.text).toMatch(/ 2025年1月1日$/);
  });

  it("labels a site's address, hours, phone and services as its page does, and leaves out what the site lacks", () => {
    expect(records.find((r) => r.url === '/sites/qc-zhongxin/')!.text).toBe(
      '谯城区；地址：谯城区人民路8号；开放时间：周一至周五 8:30-17:30；电话：0558-1111111；服务项目：理论宣讲、志愿服务；级别：中心',
    );
    expect(records.find((r) => r.url === '/sites/qc-gucheng-suo/')!.text).toBe(
      '谯城区古城镇；地址：古城镇政府院内；服务项目：理论宣讲、文化活动；级别：所',
    );
  });

  it("puts a person's category, place and honours between the summary and the story, labelled", () => {
    expect(records.find((r) => r.url === '/people/lyu-de-wang/')!.text).toMatch(
      /^吕德旺跳入涡河救起落水儿童。 类别：见义勇为；蒙城县庄周街道；荣誉：2021 亳州好人、2021 中国好人。 2021年夏天，/,
    );
  });

  it('joins the parts of a text without leading, trailing or doubled spaces', () => {
    for (const r of records) expect(r.text, r.url).not.toMatch(/^\s|\s$|\s{2}/);
  });

  it('leaves drafts out of production builds only', () => {
    const draft = {
      ...content,
      people: content.people.map((p, i) => (i === 0 ? { ...p, data: { ...p.data, draft: true } } : p)),
    };
    expect([...searchRecords(draft)].length).toBe(records.length);
    expect([...searchRecords(draft, { production: true })].length).toBe(records.length - 1);
  });
});
