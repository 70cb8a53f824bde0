import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchRecords } from '../../../src/lib/search/records';
import { desegment } from '../../../src/lib/search/segment';
import { pagefindRecord, writeSearchIndex, type IndexSummary } from '../../../src/lib/search/write-index';
import { validateContent } from '../../../src/lib/validate';
import { bundleFragments } from '../../../tools/lib/pagefind-bundle';

const content = validateContent(path.resolve('test/fixtures/search')).content!;
const dirs: string[] = [];
const write = async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bz-index-'));
  dirs.push(dir);
  return { dir, summary: await writeSearchIndex(content, dir) };
};
let first: { dir: string; summary: IndexSummary };

beforeAll(async () => {
  first = await write();
});
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('pagefindRecord', () => {
  const person = [...searchRecords(content)].find((r) => r.url === '/people/lyu-de-wang/')!;

  it('hands Pagefind the text and title as 2-grams under the language tag und', () => {
    const record = pagefindRecord(person);
    expect(record.language).toBe('und');
    expect(record.meta!.title).toBe('吕德 德旺 旺');
    expect(desegment(record.content)).toBe(person.text);
  });

  it('takes filters, the date shown and the sort key from the content', () => {
    expect(pagefindRecord(person)).toMatchObject({
      filters: { 类型: ['好人'], 县区: ['蒙城县'], 好人类别: ['见义勇为'], 年份: ['2021'] },
      meta: { date: '20211000' },
      sort: { date: '20211000' },
    });
    const rule = pagefindRecord([...searchRecords(content)].find((r) => r.url === '/rules/#rule-1')!);
    expect(rule.filters).toEqual({ 类型: ['文明条目'] });
    expect(rule.sort).toEqual({ date: '00000000' });
  });

  it('marks the section and informational pages, and only those, with the small filter the ranking reads', () => {
    const all = [...searchRecords(content)].map(pagefindRecord);
    const marked = all.filter((r) => r.filters!['权重']);
    expect(marked.length).toBeGreaterThan(5);
    for (const r of marked) expect(r.filters!['权重']).toEqual(r.filters!['类型']);
    expect(new Set(marked.map((r) => r.filters!['类型']![0]))).toEqual(new Set(['栏目', '页面']));
    expect(all.filter((r) => ['栏目', '页面'].includes(r.filters!['类型']![0]!) && !r.filters!['权重'])).toEqual([]);
  });
});

describe('writeSearchIndex', () => {
  it('writes a Pagefind bundle with one stored record per search record, and no UI or worker files', () => {
    const files = fs.readdirSync(path.join(first.dir, 'pagefind'));
    expect(files).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-entry.json', 'index', 'fragment']));
    expect(files.filter((f) => /ui|highlight|worker/.test(f))).toEqual([]);
    const urls = bundleFragments(first.dir).map((f) => f.url);
    expect(urls.sort()).toEqual([...searchRecords(content)].map((r) => r.url).sort());
    expect(first.summary.records).toBe(urls.length);
  });

  it('gives the same bytes for the same content', async () => {
    const again = await write();
    const list = (dir: string) => fs.readdirSync(path.join(dir, 'pagefind'), { recursive: true }).map(String).sort();
    expect(list(again.dir)).toEqual(list(first.dir));
    for (const f of list(first.dir).filter((f) => f.endsWith('.pf_meta')))
      expect(fs.readFileSync(path.join(again.dir, 'pagefind', f))).toEqual(fs.readFileSync(path.join(first.dir, 'pagefind', f)));
  });

  it('links the previous index whole when it was made from the same records, and indexes again when one changed', async () => {
    const previous = path.join(first.dir, 'pagefind');
    const digests = (dir: string) =>
      Object.fromEntries(
        fs
          .readdirSync(dir, { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => [
            path.relative(dir, path.join(e.parentPath, e.name)),
            fs.readFileSync(path.join(e.parentPath, e.name)).toString('base64'),
          ]),
      );
    const same = fs.mkdtempSync(path.join(os.tmpdir(), 'bz-index-'));
    dirs.push(same);
    const reused = await writeSearchIndex(content, same, { previous, previousInputs: first.summary.inputs });
    expect(reused.unchanged).toBe(true);
    expect(reused.written).toBe(0);
    expect(reused.inputs).toBe(first.summary.inputs);
    expect(digests(path.join(same, 'pagefind'))).toEqual(digests(previous));

    // One title changed: Pagefind runs again and the bundle differs.
    const edited = {
      ...content,
      rules: content.rules.map((r, i) => (i === 0 ? { ...r, data: { ...r.data, title: `${r.data.title}（修订）` } } : r)),
    };
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'bz-index-'));
    dirs.push(other);
    const again = await writeSearchIndex(edited, other, { previous, previousInputs: first.summary.inputs });
    expect(again.unchanged).toBe(false);
    expect(again.written).toBeGreaterThan(0);
    expect(again.inputs).not.toBe(first.summary.inputs);

    // A previous folder that is not the one the inputs line names (its entry file differs) is not trusted.
    const stale = fs.mkdtempSync(path.join(os.tmpdir(), 'bz-index-'));
    dirs.push(stale);
    const notTrusted = await writeSearchIndex(content, stale, {
      previous: path.join(other, 'pagefind'),
      previousInputs: first.summary.inputs,
    });
    expect(notTrusted.unchanged).toBe(false);
    expect(notTrusted.inputs).toBe(first.summary.inputs);
  });
});
