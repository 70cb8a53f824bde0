/**
 * npm run check:budgets [-- DIST]: measures dist/ (default) against the page budgets and exits 1
 * when one is broken. Prints the largest figures so a benchmark can log them.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { BUDGETS, checkBudgets, isDirectoryPage, NEAR_DATA, SEED_RELEASE_PAGE, type PageMeasure } from './lib/page-budgets';

function main(): number {
  const dist = path.resolve(process.argv[2] ?? 'dist');
  const { pages, failures } = checkBudgets(dist);
  const max = (list: PageMeasure[], key: 'js' | 'jsOnUse' | 'css' | 'html') =>
    list.reduce(
      (a, p) => (p[key] > a[key] ? p : a),
      list[0] ?? { page: '-', js: 0, jsOnUse: 0, jsLimit: 0, css: 0, html: 0, foreign: [] },
    );
  const others = pages.filter((p) => !isDirectoryPage(p.page));
  const directory = pages.filter((p) => isDirectoryPage(p.page));
  const dir = BUDGETS.directory;
  const seed = pages.find((p) => p.page === SEED_RELEASE_PAGE);
  const near = path.join(dist, NEAR_DATA);
  console.log(`pages measured: ${pages.length} (search excluded), ${directory.length} of them in the directory`);
  console.log(
    `max JavaScript per page: ${max(others, 'js').js} B (${max(others, 'js').page}); budget ${BUDGETS.jsPerPage} B, ${BUDGETS.jsPerReadAloudPage} B with 朗读`,
  );
  console.log(`max CSS per page: ${max(pages, 'css').css} B (${max(pages, 'css').page}); budget ${BUDGETS.cssPerPage} B`);
  console.log(`seed release HTML: ${seed ? `${seed.html} B` : 'not built'}; budget ${BUDGETS.seedReleaseHtml} B`);
  console.log(`directory, JavaScript with the page: ${max(directory, 'js').js} B; budget ${dir.jsBytesPerPage} B`);
  console.log(`directory, JavaScript on use (gzip): ${max(directory, 'jsOnUse').jsOnUse} B; budget ${dir.finderGzipBytes} B`);
  console.log(
    `directory, max HTML: ${max(directory, 'html').html} B (${max(directory, 'html').page}); budget ${dir.htmlBytesPerPage} B`,
  );
  if (fs.existsSync(near))
    console.log(
      `${NEAR_DATA} (gzip): ${zlib.gzipSync(fs.readFileSync(near), { level: 9 }).length} B; budget ${dir.nearDataGzipBytes} B`,
    );
  console.log(`pages loading from another origin: ${pages.filter((p) => p.foreign.length > 0).length}`);
  for (const f of failures) console.error(`over budget: ${f}`);
  return failures.length > 0 ? 1 : 0;
}

process.exitCode = main();
