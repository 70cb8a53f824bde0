/**
 * The judged query set (test/search/judged-queries.ts) against the real index of
 * test/fixtures/search, run through the same engine and result paging as the search page.
 * (test/browser/search.test.ts types a dozen of them into the page itself.)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SearchEngine } from '../../src/lib/search/engine';
import { fileLoader } from '../../src/lib/search/load-files';
import { scoreQuality, type QualityScore, type Ranked } from '../../tools/lib/search-quality';
import { rankQueries } from '../../tools/lib/rank-queries';
import { writeSearchIndex } from '../../src/lib/search/write-index';
import { validateContent } from '../../src/lib/validate';
import { JUDGED_QUERIES } from './judged-queries';

const FIXTURE = path.resolve('test/fixtures/search');
const queries = JUDGED_QUERIES.map((j) => j.q);
const dirs: string[] = [];
let ranked: Ranked[];
let score: QualityScore;

async function judge(buckets?: number): Promise<Ranked[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bz-search-'));
  dirs.push(dir);
  await writeSearchIndex(validateContent(FIXTURE).content!, dir, { buckets });
  return rankQueries(await SearchEngine.open(fileLoader(dir)), queries);
}

beforeAll(async () => {
  ranked = await judge();
  score = scoreQuality(JUDGED_QUERIES, ranked);
});

afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

describe('the judged query set', () => {
  it('has at least 40 queries covering every kind the issue names', () => {
    expect(JUDGED_QUERIES.length).toBeGreaterThanOrEqual(40);
    const kinds = new Set(JUDGED_QUERIES.map((j) => j.kind));
    expect([...kinds].sort()).toEqual([
      'given-name',
      'mixed',
      'name',
      'no-match',
      'number',
      'phrase',
      'place',
      'substring',
      'two-chars',
    ]);
  });

  it('reaches recall@10 of at least 0.95 and MRR of at least 0.9', () => {
    expect(score.misses).toEqual([]);
    expect(score.recallAt10).toBeGreaterThanOrEqual(0.95);
    expect(score.mrr).toBeGreaterThanOrEqual(0.9);
  });

  it('finds nothing for queries that match no page', () => {
    expect(score.noMatchCorrect).toBe(score.noMatchTotal);
  });

  it('ranks the person first for a full name and for a given name alone', () => {
    for (const q of ['韩振富', '振富', '欧阳晓峰', '晓峰', '施军']) {
      expect(ranked.find((r) => r.q === q)!.urls[0], q).toMatch(/^\/people\//);
    }
  });

  it('gives the same results whether all terms share one bucket or are spread over many', async () => {
    expect(await judge(1)).toEqual(ranked);
    expect(await judge(64)).toEqual(ranked);
  });
});
