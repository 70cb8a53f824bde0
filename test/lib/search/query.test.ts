import { describe, expect, it } from 'vitest';
import { rankedSearch, type PagefindApi, type SearchOptions } from '../../../src/lib/search/query';
import { parseQuery } from '../../../src/lib/search/segment';

/** A stand-in for Pagefind: plain searches return ranked ids, quoted ones the exact set, and every call is recorded. */
function fake(
  plain: string[],
  exact: Record<string, string[]>,
  types: Record<string, string> = {},
  scores: Record<string, number> = {},
) {
  const calls: Array<[string | null, SearchOptions | undefined]> = [];
  const hit = (id: string) => ({ id, score: scores[id] ?? 1, data: () => Promise.reject(new Error('not needed')) });
  const pf: PagefindApi = {
    search: async (term, options) => {
      calls.push([term, options]);
      const type = options?.filters?.['类型'];
      if (term === null)
        return {
          results: Object.keys(types)
            .filter((id) => types[id] === options?.filters?.['权重'])
            .map(hit),
        };
      const found = term.startsWith('"') ? (exact[term] ?? []) : plain;
      return { results: found.filter((id) => !type || !(id in types) || types[id] === type).map(hit) };
    },
    preload: async () => {},
  };
  return { pf, calls };
}

describe('rankedSearch', () => {
  it('keeps the plain ranking, narrowed to the pages that hold each part exactly', async () => {
    const { pf, calls } = fake(['a', 'b', 'c'], { '"2019"': ['a', 'c'], '"好人"': ['c', 'b', 'a'] });
    const hits = await rankedSearch(pf, parseQuery('2019 好人'), { filters: { 类型: '好人' }, sort: { date: 'desc' } });
    expect(hits.map((h) => h.id)).toEqual(['a', 'c']);
    expect(calls).toEqual([
      ['2019 好人', { filters: { 类型: '好人' }, sort: { date: 'desc' } }],
      ['"2019"', { filters: { 类型: '好人' } }],
      ['"好人"', { filters: { 类型: '好人' } }],
    ]);
  });

  it('searches a long part as its 2-grams in a row, and a single character only plainly', async () => {
    const { pf, calls } = fake(['a'], { '"雨污 污分 分流"': ['a'] });
    await rankedSearch(pf, parseQuery('雨污分流 韩'), { sort: { date: 'desc' } });
    expect(calls.map((c) => c[0])).toEqual(['雨污 污分 分流 韩', '"雨污 污分 分流"']);
  });

  it('weights section pages up and informational pages down when ranking by relevance, and not when sorting by date', async () => {
    const types = { about: '页面', list: '栏目', person: '好人' };
    const scores = { about: 4.6, person: 3.4, list: 2 };
    const { pf, calls } = fake(['about', 'person', 'list'], { '"好人"': ['about', 'person', 'list'] }, types, scores);
    expect((await rankedSearch(pf, parseQuery('好人'))).map((h) => h.id)).toEqual(['list', 'person', 'about']);
    // Which pages are weighted is asked by their own filter alone, with no term, once per index.
    const typed = [
      [null, { filters: { 权重: '栏目' } }],
      [null, { filters: { 权重: '页面' } }],
    ];
    expect(calls.slice(2)).toEqual(typed);
    await rankedSearch(pf, parseQuery('好人'));
    expect(calls.filter((c) => c[0] === null)).toEqual(typed);
    const byDate = await rankedSearch(pf, parseQuery('好人'), { sort: { date: 'desc' } });
    expect(byDate.map((h) => h.id)).toEqual(['about', 'person', 'list']);
  });

  it('finds nothing when a part is nowhere, whatever the plain search found', async () => {
    const { pf } = fake(['a', 'b'], {});
    expect(await rankedSearch(pf, parseQuery('火星'))).toEqual([]);
    expect(await rankedSearch(pf, parseQuery(''))).toEqual([]);
  });
});
