import { describe, expect, it } from 'vitest';
import { rankedSearch, type PagefindApi, type SearchOptions } from '../../../src/lib/search/query';
import { parseQuery } from '../../../src/lib/search/segment';

/** A stand-in for Pagefind: plain searches return ranked ids, quoted ones the exact set, and every call is recorded. */
function fake(plain: string[], exact: Record<string, string[]>) {
  const calls: Array<[string, SearchOptions | undefined]> = [];
  const hit = (id: string) => ({ id, score: 1, data: () => Promise.reject(new Error('not needed')) });
  const pf: PagefindApi = {
    search: async (term, options) => {
      calls.push([term, options]);
      return { results: (term.startsWith('"') ? (exact[term] ?? []) : plain).map(hit) };
    },
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
    await rankedSearch(pf, parseQuery('雨污分流 韩'));
    expect(calls.map((c) => c[0])).toEqual(['雨污 污分 分流 韩', '"雨污 污分 分流"']);
  });

  it('finds nothing when a part is nowhere, whatever the plain search found', async () => {
    const { pf } = fake(['a', 'b'], {});
    expect(await rankedSearch(pf, parseQuery('火星'))).toEqual([]);
    expect(await rankedSearch(pf, parseQuery(''))).toEqual([]);
  });
});
