// Preloaded into a measured step (node --import ./bench/report-rss.mjs …): at exit, appends the
// process's own peak RSS and wall time to the file named by BZ_STEP_REPORT, as one JSON line.
import fs from 'node:fs';

const file = process.env.BZ_STEP_REPORT;
const label = process.env.BZ_STEP_LABEL ?? process.argv.slice(1).join(' ');
const start = performance.now();
if (file) {
  process.on('exit', (code) => {
    const maxRssBytes = process.resourceUsage().maxRSS * 1024;
    fs.appendFileSync(
      file,
      `${JSON.stringify({ step: label, code, wallMs: Math.round(performance.now() - start), maxRssBytes })}\n`,
    );
  });
}
