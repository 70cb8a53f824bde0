/**
 * The judged query set (test/search/judged-queries.ts) in Node, against the Pagefind index of
 * test/fixtures/search, through the bundle's own pagefind.js and the page's query and result
 * code. (test/browser/search.test.ts types the whole set into the page itself.)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSearchIndex } from '../../src/lib/search/write-index';
import { validateContent } from '../../src/lib/validate';
import { openBundle, type OpenBundle } from '../../tools/lib/pagefind-node';
import { rankQueries } from '../../tools/lib/rank-queries';
import { scoreQuality, type QualityScore, type Ranked } from '../../tools/lib/search-quality';
import { JUDGED_QUERIES } from './judged-queries';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bz-search-'));
let bundle: OpenBundle;
let ranked: Ranked[];
let score: QualityScore;

beforeAll(async () => {
  await writeSearchIndex(validateContent(path.resolve('test/fixtures/search')).content!, dir);
  bundle = await openBundle(dir);
  ranked = await rankQueries(
    bundle.pagefind,
    JUDGED_QUERIES.map((j) => j.q),
  );
  score = scoreQuality(JUDGED_QUERIES, ranked);
});

afterAll(async () => {
  await bundle?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the judged query set', () => {
  it('has at least 80 queries covering every kind the issue names', () => {
    expect(JUDGED_QUERIES.length).toBeGreaterThanOrEqual(80);
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

  it('reaches recall@10 of at least 0.98 and MRR of at least 0.95', () => {
    expect(score.misses).toEqual([]);
    expect(score.recallAt10).toBeGreaterThanOrEqual(0.98);
    expect(score.mrr).toBeGreaterThanOrEqual(0.95);
  });

  it('finds nothing for queries that match no page', () => {
    expect(score.noMatchCorrect).toBe(score.noMatchTotal);
  });

  it('ranks the person first for a full name and for a given name alone', () => {
    for (const q of ['韩振富', '振富', '欧阳晓峰', '晓峰', '施军']) {
      expect(ranked.find((r) => r.q === q)!.urls[0], q).toMatch(/^\/people\//);
    }
  });
});
