/**
 * The judged query set (test/search/judged-queries.ts) against the real Pagefind index of
 * test/fixtures/search, queried in headless Chromium exactly as the search page does.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/lib/bench/chromium';
import { rankQueries } from '../../src/lib/bench/search-judge';
import { serveDirectory, type StaticServer } from '../../src/lib/bench/static-server';
import { scoreQuality, type QualityScore, type Ranked } from '../../src/lib/search/quality';
import { writeSearchIndex } from '../../src/lib/search/write-index';
import { validateContent } from '../../src/lib/validate';
import { JUDGED_QUERIES } from './judged-queries';

const FIXTURE = path.resolve('test/fixtures/search');
let dir: string;
let server: StaticServer;
let browser: Browser;
let ranked: Ranked[];
let score: QualityScore;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bz-search-'));
  const { content } = validateContent(FIXTURE);
  await writeSearchIndex(content!, dir);
  server = await serveDirectory(dir);
  browser = await launchChromium();
  ranked = await rankQueries(browser, server.url, JUDGED_QUERIES.map((j) => j.q), 'records');
  score = scoreQuality(JUDGED_QUERIES, ranked);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the judged query set', () => {
  it('has at least 40 queries covering every kind the issue names', () => {
    expect(JUDGED_QUERIES.length).toBeGreaterThanOrEqual(40);
    const kinds = new Set(JUDGED_QUERIES.map((j) => j.kind));
    expect([...kinds].sort()).toEqual(['given-name', 'mixed', 'name', 'no-match', 'number', 'phrase', 'place', 'substring', 'two-chars']);
  });

  it('reaches recall@10 of at least 0.95 and MRR of at least 0.9', () => {
    console.log(`recall@10 ${score.recallAt10.toFixed(3)}, MRR ${score.mrr.toFixed(3)}`, score.misses);
    expect(score.recallAt10).toBeGreaterThanOrEqual(0.95);
    expect(score.mrr).toBeGreaterThanOrEqual(0.9);
  });

  it('finds nothing for queries that match no page', () => {
    expect(score.noMatchCorrect).toBe(score.noMatchTotal);
  });

  it('keeps its scores when the index is split into two bundles, as large sites are', async () => {
    const split = fs.mkdtempSync(path.join(os.tmpdir(), 'bz-search-split-'));
    try {
      await writeSearchIndex(validateContent(FIXTURE).content!, split, { shards: 2 });
      expect(fs.existsSync(path.join(split, 'pagefind/shard-2/pagefind-entry.json'))).toBe(true);
      const splitServer = await serveDirectory(split);
      const s2 = scoreQuality(JUDGED_QUERIES, await rankQueries(browser, splitServer.url, JUDGED_QUERIES.map((j) => j.q), 'records'));
      await splitServer.close();
      expect(s2.recallAt10).toBeGreaterThanOrEqual(0.95);
      expect(s2.mrr).toBeGreaterThanOrEqual(0.9);
      expect(s2.noMatchCorrect).toBe(s2.noMatchTotal);
    } finally {
      fs.rmSync(split, { recursive: true, force: true });
    }
  }, 60_000);

  it('ranks the person first for a full name and for a given name alone', () => {
    for (const q of ['韩振富', '振富', '欧阳晓峰', '晓峰', '施军']) {
      expect(ranked.find((r) => r.q === q)!.urls[0], q).toMatch(/^\/people\//);
    }
  });
});
