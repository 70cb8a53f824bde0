/**
 * The graded judged set (judged-bundled.ts) over the bundled content, in Node, through the bundle's
 * own pagefind.js and the page's query code: nDCG@10 of at least 0.9, every query's best page in
 * the first three, and for 好人 the 好人榜 or a profile first (issue 20).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSearchIndex } from '../../src/lib/search/write-index';
import { validateContent } from '../../src/lib/validate';
import { openBundle, type OpenBundle } from '../../tools/lib/pagefind-node';
import { rankQueries } from '../../tools/lib/rank-queries';
import { scoreGraded, type GradedScore } from '../../tools/lib/search-quality';
import { GRADED_QUERIES } from './judged-bundled';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bz-ranking-'));
let bundle: OpenBundle;
let score: GradedScore;

beforeAll(async () => {
  await writeSearchIndex(validateContent(path.resolve('content')).content!, dir);
  bundle = await openBundle(dir);
  score = scoreGraded(
    GRADED_QUERIES,
    await rankQueries(
      bundle.pagefind,
      GRADED_QUERIES.map((j) => j.q),
    ),
  );
}, 120_000);

afterAll(async () => {
  await bundle?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('ranking by what people mean (bundled content)', () => {
  it('judges at least 60 queries of every kind citizens type', () => {
    expect(GRADED_QUERIES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(GRADED_QUERIES.map((j) => j.kind)).size).toBe(11);
  });

  it('reaches nDCG@10 of at least 0.9', () => {
    expect(score.ndcgAt10).toBeGreaterThanOrEqual(0.9);
  });

  it("puts each query's best page in the first three results", () => {
    expect(
      score.runs.filter((r) => r.bestRank < 1 || r.bestRank > 3).map((r) => `${r.q}: ${r.top.slice(0, 3).join(' ')}`),
    ).toEqual([]);
  });

  it('puts the 好人榜 or a profile first for 好人, and an informational page first only for a query about it', () => {
    expect(score.runs.find((r) => r.q === '好人')!.top[0]).toMatch(/^\/people\/(sample-[^/]+\/)?$/);
    const info = ['/about/', '/privacy/', '/accessibility/'];
    for (const r of score.runs.filter((r) => GRADED_QUERIES.find((j) => j.q === r.q)!.kind !== 'info')) {
      const firstInfo = r.top.findIndex((u) => info.includes(u));
      if (firstInfo >= 0) expect(r.top[0], r.q).not.toBe(r.top[firstInfo]);
    }
  });
});
