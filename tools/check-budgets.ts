/**
 * npm run check:budgets [-- DIST]: measures dist/ (default) against the page budgets and exits 1
 * when one is broken. Prints the largest figures so a benchmark can log them.
 */
import path from 'node:path';
import { BUDGETS, checkBudgets, SEED_RELEASE_PAGE } from './lib/page-budgets';

function main(): number {
  const dist = path.resolve(process.argv[2] ?? 'dist');
  const { pages, failures } = checkBudgets(dist);
  const max = (key: 'js' | 'css' | 'html') =>
    pages.reduce((a, p) => (p[key] > a[key] ? p : a), pages[0] ?? { page: '-', js: 0, jsLimit: 0, css: 0, html: 0, foreign: [] });
  const seed = pages.find((p) => p.page === SEED_RELEASE_PAGE);
  console.log(`pages measured: ${pages.length} (search excluded)`);
  console.log(
    `max JavaScript per page: ${max('js').js} B (${max('js').page}); budget ${BUDGETS.jsPerPage} B, ${BUDGETS.jsPerReadAloudPage} B with 朗读`,
  );
  console.log(`max CSS per page: ${max('css').css} B (${max('css').page}); budget ${BUDGETS.cssPerPage} B`);
  console.log(`seed release HTML: ${seed ? `${seed.html} B` : 'not built'}; budget ${BUDGETS.seedReleaseHtml} B`);
  console.log(`pages loading from another origin: ${pages.filter((p) => p.foreign.length > 0).length}`);
  for (const f of failures) console.error(`over budget: ${f}`);
  return failures.length > 0 ? 1 : 0;
}

process.exitCode = main();
