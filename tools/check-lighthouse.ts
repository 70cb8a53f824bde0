/**
 * npm run check:lighthouse [-- DIST]: Lighthouse (mobile) over one page of every template of
 * dist/ (the bundled content's build): Accessibility, Best Practices and SEO must be 100, but for
 * the audits a template fails on purpose (lib/lighthouse-pages.ts). Performance and CLS are
 * timings: `npm run bench:lighthouse` reports them. Exit 1 on any failed audit.
 */
import path from 'node:path';
import { audit, serveForLighthouse } from './lib/lighthouse';
import { DELIBERATE, LIGHTHOUSE_PAGES } from './lib/lighthouse-pages';

async function main(): Promise<number> {
  const dist = path.resolve(process.argv[2] ?? 'dist');
  const served = await serveForLighthouse(dist);
  console.log(`Lighthouse ${Object.keys(LIGHTHOUSE_PAGES).length} pages, mobile, served by ${served.server}`);
  const names = Object.keys(LIGHTHOUSE_PAGES);
  let problems = 0;
  try {
    const reports = await audit(
      names.map((n) => served.url + LIGHTHOUSE_PAGES[n]),
      ['accessibility', 'best-practices', 'seo'],
    );
    reports.forEach((r, i) => {
      const name = names[i]!;
      const allowed = DELIBERATE[name] ?? {};
      const failed = r.failed.filter((f) => !(f.split(':')[0]! in allowed));
      const s = r.scores;
      const mark = r.error || failed.length ? '✗' : '✓';
      console.log(
        `${mark} ${name.padEnd(16)} a11y ${s.accessibility} · best practices ${s['best-practices']} · SEO ${s.seo}  ${LIGHTHOUSE_PAGES[name]}`,
      );
      for (const a of Object.keys(allowed)) console.log(`    allowed: ${a} (${allowed[a]})`);
      if (r.error) console.error(`    Lighthouse: ${r.error}`);
      for (const f of failed) console.error(`    ${f}`);
      problems += failed.length + (r.error ? 1 : 0);
    });
  } finally {
    await served.close();
  }
  return problems ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  },
);
