import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { searchRecords } from '../../../src/lib/search/records';
import { validateContent } from '../../../src/lib/validate';

const content = validateContent(path.resolve('test/fixtures/search')).content!;
const sections = [...searchRecords(content)].filter((r) => r.type === '栏目');
const byUrl = (url: string) => sections.find((r) => r.url === url);

describe('the section pages in the search index', () => {
  it('has the 好人榜, 新闻发布, the rules, the directory and each county of site.yaml', () => {
    for (const url of [
      '/people/',
      '/releases/',
      '/rules/',
      '/sites/',
      ...['qiaocheng', 'guoyang', 'mengcheng', 'lixin'].map((c) => `/sites/${c}/`),
    ])
      expect(byUrl(url), url).toBeDefined();
    expect(byUrl('/people/')).toMatchObject({ heading: '好人榜' });
    expect(byUrl('/sites/mengcheng/')).toMatchObject({ heading: '蒙城县新时代文明实践阵地' });
    expect(byUrl('/rules/')!.text).toContain('共 5 条');
  });

  it('ranks by the names people call a section by, and shows its own title', () => {
    expect(byUrl('/people/')!.title).toMatch(/^好人榜 .*身边好人/);
    expect(byUrl('/sites/')!.title).toContain('实践站');
  });

  it('lists the 好人榜 by level, category and county under the value alone, and never by year or when empty', () => {
    expect(byUrl('/people/level/china/')).toMatchObject({ title: '中国好人', heading: '中国好人 · 好人榜' });
    expect(byUrl('/people/category/jian-yi-yong-wei/')).toMatchObject({ title: '见义勇为' });
    expect(byUrl('/people/county/mengcheng/')).toMatchObject({ title: '蒙城县', heading: '蒙城县 · 好人榜' });
    expect(sections.some((r) => r.url.startsWith('/people/year/'))).toBe(false);
    for (const r of sections) expect(r.text, r.url).not.toMatch(/(^| )0 人/);
  });
});
