/**
 * npm run bench:lighthouse [-- DIST] [--runs N]: Lighthouse's Performance score and CLS (mobile,
 * simulated throttling) for one page of every template, the median of N runs (default 3), against
 * the targets (Performance ≥ 95, ≥ 90 for /search/?q=…; CLS ≤ 0.05). Timings: never in a test.
 * Prints the load average, since two shared cores move the scores; exit 1 when a median misses.
 */
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { audit, serveForLighthouse, type PageReport } from './lib/lighthouse';
import { LIGHTHOUSE_PAGES, PERFORMANCE_TARGET } from './lib/lighthouse-pages';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ options: { runs: { type: 'string', default: '3' } }, allowPositionals: true });
  const runs = Number(values.runs);
  const dist = path.resolve(positionals[0] ?? 'dist');
  const served = await serveForLighthouse(dist);
  const names = Object.keys(LIGHTHOUSE_PAGES);
  const perf = new Map<string, number[]>(names.map((n) => [n, []]));
  const cls = new Map<string, number[]>(names.map((n) => [n, []]));
  const metrics = new Map<string, Array<NonNullable<PageReport['metrics']>>>(names.map((n) => [n, []]));
  const load = [os.loadavg()[0]!];
  try {
    for (let run = 0; run < runs; run++) {
      const reports = await audit(
        names.map((n) => served.url + LIGHTHOUSE_PAGES[n]),
        ['performance'],
      );
      reports.forEach((r, i) => {
        if (r.error) throw new Error(`${names[i]}: ${r.error}`);
        perf.get(names[i]!)!.push(r.scores.performance ?? 0);
        cls.get(names[i]!)!.push(r.cls ?? 0);
        if (r.metrics) metrics.get(names[i]!)!.push(r.metrics);
      });
      load.push(os.loadavg()[0]!);
    }
  } finally {
    await served.close();
  }
  console.log(
    `Lighthouse mobile, median of ${runs}, served by ${served.server}; load average (1 min) ${load.map((l) => l.toFixed(1)).join(' → ')}`,
  );
  console.log('template          Performance (runs)       CLS           median FCP / LCP / TBT / Speed Index');
  let missed = 0;
  for (const n of names) {
    const target = n === 'search' ? PERFORMANCE_TARGET.search : PERFORMANCE_TARGET.default;
    const [p, c] = [median(perf.get(n)!), median(cls.get(n)!)];
    const ok = p >= target && c <= PERFORMANCE_TARGET.cls;
    if (!ok) missed++;
    console.log(
      `${ok ? '✓' : '✗'} ${n.padEnd(16)} ${String(p).padStart(3)} ≥ ${target} (${perf.get(n)!.join(', ')})`.padEnd(46) +
        `${c.toFixed(3)} ≤ ${PERFORMANCE_TARGET.cls}`.padEnd(14) +
        timings(metrics.get(n)!),
    );
  }
  return missed ? 1 : 0;
}

/** `1.2 s / 1.5 s / 120 ms / 1.3 s`: the median of each timing over the runs. */
function timings(runs: Array<NonNullable<PageReport['metrics']>>): string {
  if (!runs.length) return '';
  const m = (k: keyof NonNullable<PageReport['metrics']>) => median(runs.map((r) => r[k]));
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  return `${s(m('fcp'))} / ${s(m('lcp'))} / ${Math.round(m('tbt'))} ms / ${s(m('si'))}`;
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  },
);
