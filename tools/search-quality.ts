/**
 * npm run search:quality -- DIST
 * First nDCG@10 of the graded judged set over the bundled content (test/search/judged-bundled.ts),
 * with the rank of each query's best page. Then recall@10 and MRR of the judged query set
 * (test/search/judged-queries.ts) for the site's index
 * (Pagefind over 2-gram records, queried in Node as the page queries it) and, as the yardstick,
 * for default Pagefind over the whole HTML of DIST (a build of test/fixtures/search), indexed as
 * zh-CN and queried with the raw text in headless Chromium.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { launchChromium } from './lib/chromium';
import { openBundle } from './lib/pagefind-node';
import { rankQueries } from './lib/rank-queries';
import { rankWithDefaultPagefind } from './lib/search-judge';
import { scoreGraded, scoreQuality, type QualityScore } from './lib/search-quality';
import { serveDirectory } from './lib/static-server';
import { writeSearchIndex } from '../src/lib/search/write-index';
import { validateContent } from '../src/lib/validate';
import { GRADED_QUERIES } from '../test/search/judged-bundled';
import { JUDGED_QUERIES } from '../test/search/judged-queries';

async function defaultIndex(dist: string, out: string): Promise<void> {
  const { index } = await pagefind.createIndex({ writePlayground: false });
  await index!.addDirectory({ path: dist });
  await index!.writeFiles({ outputPath: path.join(out, 'pagefind') });
  await pagefind.close();
}

function print(name: string, score: QualityScore): void {
  console.log(
    `${name}: recall@10 ${score.recallAt10.toFixed(3)}, MRR ${score.mrr.toFixed(3)}, no-match ${score.noMatchCorrect}/${score.noMatchTotal}`,
  );
  for (const m of score.misses) console.log(`  ${m}`);
}

async function main(): Promise<void> {
  const dist = path.resolve(process.argv[2] ?? '');
  if (!fs.existsSync(path.join(dist, 'index.html')))
    throw new Error('用法：npm run search:quality -- 已构建的 test/fixtures/search 网站文件夹');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bz-quality-'));
  const queries = JUDGED_QUERIES.map((j) => j.q);
  try {
    const bundled = path.join(tmp, 'bundled');
    await writeSearchIndex(validateContent(path.resolve('content')).content!, bundled);
    const graded = await openBundle(bundled);
    try {
      const s = scoreGraded(
        GRADED_QUERIES,
        await rankQueries(
          graded.pagefind,
          GRADED_QUERIES.map((j) => j.q),
        ),
      );
      console.log(`bundled content, graded set (${GRADED_QUERIES.length} queries): nDCG@10 ${s.ndcgAt10.toFixed(3)}`);
      console.log('| query | nDCG@10 | rank of the best page | first result |');
      for (const r of s.runs) console.log(`| ${r.q} | ${r.ndcg.toFixed(2)} | ${r.bestRank || '> 10'} | ${r.top[0] ?? '-'} |`);
    } finally {
      await graded.close();
    }

    const ours = path.join(tmp, 'ours');
    await writeSearchIndex(validateContent(path.resolve('test/fixtures/search')).content!, ours);
    const bundle = await openBundle(ours);
    try {
      print('site index (2-gram records)', scoreQuality(JUDGED_QUERIES, await rankQueries(bundle.pagefind, queries)));
    } finally {
      await bundle.close();
    }

    const stock = path.join(tmp, 'default');
    await defaultIndex(dist, stock);
    const browser = await launchChromium();
    const server = await serveDirectory(stock);
    try {
      print(
        'default Pagefind (whole HTML)',
        scoreQuality(JUDGED_QUERIES, await rankWithDefaultPagefind(browser, server.url, queries), true),
      );
    } finally {
      await server.close();
      await browser.close();
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
