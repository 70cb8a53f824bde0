import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SearchEngine, type Loader, type SearchOptions } from '../../../src/lib/search/engine';
import { fileLoader } from '../../../src/lib/search/load-files';
import { writeSearchIndex } from '../../../src/lib/search/write-index';
import { validateContent } from '../../../src/lib/validate';

let dir: string;
let engine: SearchEngine;
let loaded: string[];

const urls = async (q: string, options?: SearchOptions) => {
  const r = await engine.search(q, options);
  return Promise.all(r.docs.map(async (d) => (await engine.document(d)).url));
};

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bz-engine-'));
  await writeSearchIndex(validateContent(path.resolve('test/fixtures/search')).content!, dir);
  const files = fileLoader(dir);
  const counting: Loader = (p) => (loaded.push(p), files(p));
  loaded = [];
  engine = await SearchEngine.open(counting);
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('SearchEngine', () => {
  it("fetches only the meta columns and the buckets of the query's terms, then one file per shown group", async () => {
    loaded = [];
    const r = await engine.search('好人');
    expect(loaded.map((p) => p.replace(/^.*\/search-index\/\w+\//, ''))).toEqual([
      'meta.bin',
      expect.stringMatching(/^t\/\d+\.bin$/),
    ]);
    loaded = [];
    await engine.document(r.docs[0]!);
    expect(loaded).toEqual([expect.stringMatching(/\/d\/\d+\.bin$/)]);
  });

  it('requires every token of the query to match', async () => {
    expect(await urls('2019 好人')).toContain('/people/han-zhen-fu/');
    expect(await urls('2019 火星')).toEqual([]);
  });

  it('narrows by 类型, 县区, 好人类别 and 年份, and a value no document has matches nothing', async () => {
    expect((await urls('阚疃镇', { filters: { type: '实践站点' } })).every((u) => u.startsWith('/sites/'))).toBe(true);
    expect(await urls('好人', { filters: { county: '蒙城县', category: '见义勇为', year: '2021' } })).toEqual([
      '/people/lyu-de-wang/',
    ]);
    expect(await urls('好人', { filters: { county: '合肥市' } })).toEqual([]);
  });

  it('sorts by date, newest first, when asked', async () => {
    const r = await engine.search('文明', { sort: 'date', filters: { type: '新闻发布' } });
    const dates = await Promise.all(r.docs.map(async (d) => (await engine.document(d)).date!));
    expect(dates.length).toBeGreaterThan(3);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('refuses an index written in another format', async () => {
    const old: Loader = async (p) => (p.endsWith('manifest.json') ? { version: 99, id: 'x', buckets: 1, docs: 0 } : {});
    await expect(SearchEngine.open(old)).rejects.toThrow(/format 99/);
  });
});
