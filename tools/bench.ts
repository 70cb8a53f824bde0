/**
 * npm run bench [-- --scales 1000,10000] [--runs 3] [--no-browser]
 * Builds deterministic sample roots and the bundled content, measures each step (wall time and
 * peak memory of the step's whole process tree), dist sizes, page weights and search queries in
 * headless Chromium; prints a table, writes bench/results.json and exits 1 when a budget breaks.
 * Each run also builds bench/bare, a bare Astro site rendering as many pages from the same content
 * root, right after the portal (or before it, every other run), so the portal's own cost is a ratio
 * measured under the same load. The load average is recorded with every run.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { check, formatValue, median, type Check } from './lib/budgets';
import { distStats, type DistStats } from './lib/dist-stats';
import { launchChromium } from './lib/chromium';
import { listFiles } from './lib/list-files';
import { measureSearch, type QueryCost } from './lib/search-query';
import { astroCli } from '../src/lib/build/astro-cli';
import { watchTreeMemory } from '../src/lib/build/tree-memory';
import { serveDirectory } from './lib/static-server';

const root = process.cwd();
const out = path.join(root, 'bench/out');
const budgets = JSON.parse(fs.readFileSync(path.join(root, 'bench/budgets.json'), 'utf8'));

interface StepFigures {
  validateMs: number;
  astroMs: number;
  searchMs: number;
  buildMs: number;
  validatePeak: number;
  astroPeak: number;
  searchPeak: number;
  /** The bare Astro baseline over the same content root: wall, peak, and the pages both built. */
  bareMs: number;
  barePeak: number;
  pages: number;
  /** astroMs / bareMs of this run. */
  astroToBare: number;
  /** The same bare site with the portal's Markdown processor (unified), and astroMs over it. */
  bareUnifiedMs: number;
  astroToBareUnified: number;
  /** One-minute load average when the run started and when it ended. */
  loadBefore: number;
  loadAfter: number;
}
interface ScaleResult {
  runs: number;
  steps: StepFigures;
  allRuns: StepFigures[];
  dist: DistStats;
  queries: QueryCost[];
}

function exec(args: string[], env: NodeJS.ProcessEnv = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

type PortalFigures = Pick<
  StepFigures,
  'validateMs' | 'astroMs' | 'searchMs' | 'buildMs' | 'validatePeak' | 'astroPeak' | 'searchPeak'
>;

async function buildOnce(contentDir: string, dist: string): Promise<PortalFigures> {
  const report = path.join(os.tmpdir(), `bz-bench-${process.pid}-${Date.now()}.jsonl`);
  const start = performance.now();
  // --clean: every run a full build (npm run bench:incremental measures the incremental ones).
  const code = await exec(['--import', 'tsx', 'scripts/build.ts', '--clean', '--out', dist], {
    CONTENT_DIR: contentDir,
    BZ_STEP_REPORT: report,
  });
  const buildMs = performance.now() - start;
  if (code !== 0) throw new Error(`build of ${contentDir} failed (exit ${code})`);
  const lines = fs
    .readFileSync(report, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  fs.rmSync(report);
  const get = (step: string, key: string) =>
    Math.max(0, ...lines.filter((l) => l.step === step && key in l).map((l) => l[key] as number));
  const peak = (step: string) => Math.max(get(step, 'maxRssBytes'), get(step, 'treePeakRssBytes'));
  return {
    validateMs: get('validate', 'wallMs'),
    astroMs: get('astro', 'wallMs'),
    searchMs: get('search', 'wallMs'),
    buildMs,
    validatePeak: peak('validate'),
    astroPeak: peak('astro'),
    // The search index runs inside the build's process, beside astro: its memory is in the tree's.
    searchPeak: peak('build'),
  };
}

/** `astro build` of bench/bare over the same content root, rendering `pages` pages. */
async function bareBuildOnce(contentDir: string, pages: number, processor = ''): Promise<{ bareMs: number; barePeak: number }> {
  const outDir = path.join(out, 'dist-bare');
  fs.rmSync(outDir, { recursive: true, force: true });
  const start = performance.now();
  const child = spawn(process.execPath, [astroCli(), 'build', '--root', path.join(root, 'bench/bare')], {
    env: { ...process.env, CONTENT_DIR: contentDir, BARE_PAGES: String(pages), BARE_OUT_DIR: outDir, BARE_PROCESSOR: processor },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const memory = watchTreeMemory(child.pid!);
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  const barePeak = memory.stop();
  const bareMs = performance.now() - start;
  if (code !== 0) throw new Error(`bare Astro build of ${contentDir} failed (exit ${code})`);
  const built = listFiles(outDir, '.html').length;
  if (built !== pages) throw new Error(`bare Astro built ${built} pages, not ${pages}`);
  return { bareMs, barePeak };
}

/**
 * One run: the portal and the two bare baselines back to back; the portal goes first in even runs
 * and last in odd ones, so a load that rises or falls during the run does not favour either.
 */
async function runOnce(contentDir: string, dist: string, index: number): Promise<StepFigures> {
  const loadBefore = os.loadavg()[0]!;
  const pagesOf = () => listFiles(dist, '.html').length;
  const portalFirst = index % 2 === 0 || !fs.existsSync(dist);
  const portalThen = portalFirst ? await buildOnce(contentDir, dist) : undefined;
  const bare = await bareBuildOnce(contentDir, pagesOf());
  const bareUnified = await bareBuildOnce(contentDir, pagesOf(), 'unified');
  const portal = portalThen ?? (await buildOnce(contentDir, dist));
  return {
    ...portal,
    ...bare,
    pages: pagesOf(),
    astroToBare: portal.astroMs / bare.bareMs,
    bareUnifiedMs: bareUnified.bareMs,
    astroToBareUnified: portal.astroMs / bareUnified.bareMs,
    loadBefore,
    loadAfter: os.loadavg()[0]!,
  };
}

/** Medians of the runs; peaks and load averages are the highest seen. */
function medianFigures(runs: StepFigures[]): StepFigures {
  const keys = Object.keys(runs[0]!) as Array<keyof StepFigures>;
  const highest = (k: string) => k.endsWith('Peak') || k.startsWith('load');
  return Object.fromEntries(
    keys.map((k) => [k, highest(k) ? Math.max(...runs.map((r) => r[k])) : median(runs.map((r) => r[k]))]),
  ) as unknown as StepFigures;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      scales: { type: 'string', default: '1000,10000' },
      runs: { type: 'string', default: '3' },
      'no-browser': { type: 'boolean' },
    },
  });
  const scales = values.scales!.split(',').map(Number);
  const runs = Number(values.runs);
  fs.mkdirSync(out, { recursive: true });
  const results: Record<string, unknown> = {};
  const scaleResults: Record<string, ScaleResult> = {};
  const checks: Check[] = [];
  const browser = values['no-browser'] ? undefined : await launchChromium();

  for (const scale of scales) {
    const content = path.join(out, `content-${scale}`);
    const dist = path.join(out, `dist-${scale}`);
    if ((await exec(['--import', 'tsx', 'scripts/sample.ts', '--scale', String(scale), '--out', content, '--force'])) !== 0)
      throw new Error('sample failed');
    const figures: StepFigures[] = [];
    for (let i = 0; i < runs; i++) {
      const run = await runOnce(content, dist, i);
      figures.push(run);
      console.error(
        `scale ${scale}: run ${i + 1}/${runs}: build ${(run.buildMs / 1000).toFixed(1)} s, astro ${(run.astroMs / 1000).toFixed(1)} s, ` +
          `bare Astro ${(run.bareMs / 1000).toFixed(1)} s (${run.astroToBare.toFixed(2)}×), with unified ${(run.bareUnifiedMs / 1000).toFixed(1)} s ` +
          `(${run.astroToBareUnified.toFixed(2)}×), load ${run.loadBefore.toFixed(2)}→${run.loadAfter.toFixed(2)}`,
      );
    }
    const m = medianFigures(figures);
    const stats = distStats(dist);
    let queries: QueryCost[] = [];
    if (browser) {
      const server = await serveDirectory(dist, { gzip: true });
      try {
        queries = await measureSearch(browser, server.url, ['好人', '志愿服务']);
      } catch (error) {
        console.error(`search measurement failed at scale ${scale}: ${(error as Error).message}`);
      } finally {
        await server.close();
      }
    }
    results[`scale${scale}`] = scaleResults[`scale${scale}`] = { runs, steps: m, allRuns: figures, dist: stats, queries };
    if (scale === 10000) {
      const b = budgets.scale10000;
      checks.push(
        ...check('build 10k: wall', m.buildMs / 1000, b.buildSeconds, 's'),
        ...check(
          'build 10k: whole process tree peak',
          Math.max(m.validatePeak, m.astroPeak, m.searchPeak),
          b.buildTreePeakBytes,
          'B',
        ),
        ...check('astro step 10k / bare Astro (median of runs)', m.astroToBare, b.astroToBareRatio, 'x'),
        ...check('validate 10k: wall', m.validateMs / 1000, b.validateSeconds, 's'),
        ...check('search index 10k: wall', m.searchMs / 1000, b.searchIndexSeconds, 's'),
        ...check('first query 10k: bytes', queries[0]?.bytes ?? (browser ? Infinity : undefined), b.firstQueryBytes, 'B'),
        ...check('later query 10k: bytes', queries[1]?.bytes ?? (browser ? Infinity : undefined), b.laterQueryBytes, 'B'),
      );
    }
  }
  await browser?.close();

  // Page budgets on the bundled content, which holds the seed release.
  const dist = path.join(out, 'dist-content');
  const bundled = await buildOnce(path.join(root, 'content'), dist);
  const stats: DistStats = distStats(dist);
  const seedBytes = fs.statSync(path.join(dist, 'releases/2019-work-report/index.html')).size;
  results.content = { steps: bundled, dist: stats, seedReleaseHtmlBytes: seedBytes };
  const p = budgets.pages;
  checks.push(
    ...check('pages: JS per page (max)', stats.jsBytesPerPage.max, p.jsBytesPerPage, 'B'),
    ...check('pages: JS per page with 朗读 (max)', stats.jsBytesPerReadAloudPage.max, p.jsBytesPerReadAloudPage, 'B'),
    ...check('pages: CSS per page (max)', stats.cssBytesPerPage.max, p.cssBytesPerPage, 'B'),
    ...check('pages: seed release HTML', seedBytes, p.seedReleaseHtmlBytes, 'B'),
    ...check('pages: pages with third-party requests', stats.thirdPartyPages.length, p.thirdPartyPages, 'n'),
  );

  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryBytes: os.totalmem(),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
  const versions = Object.fromEntries(
    ['astro', 'pagefind', 'sharp', 'vitest'].map((n) => [
      n,
      JSON.parse(fs.readFileSync(path.join(root, 'node_modules', n, 'package.json'), 'utf8')).version,
    ]),
  );
  const date = process.env.SOURCE_DATE_EPOCH ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000) : new Date();
  fs.writeFileSync(
    path.join(root, 'bench/results.json'),
    `${JSON.stringify({ date: date.toISOString(), machine, versions, results, checks }, null, 2)}\n`,
  );

  printTable(scaleResults, scales);
  console.log('\n| budget | measured | limit | |\n| --- | --- | --- | --- |');
  for (const c of checks)
    console.log(
      `| ${c.name} | ${formatValue(c.value, c.unit)} | ${formatValue(c.limit, c.unit)} | ${c.ok ? 'ok' : '**over**'} |`,
    );
  const broken = checks.filter((c) => !c.ok);
  console.log(broken.length ? `\n${broken.length} budget(s) broken.` : '\nAll budgets hold.');
  return broken.length ? 1 : 0;
}

function printTable(results: Record<string, ScaleResult>, scales: number[]) {
  const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MiB`;
  console.log('| figure | ' + scales.map((s) => `${s} entries`).join(' | ') + ' |');
  console.log('| --- |' + scales.map(() => ' --- |').join(''));
  const rows: Array<[string, (r: ScaleResult) => string]> = [
    ['npm run build, wall (median)', (r) => `${(r.steps.buildMs / 1000).toFixed(1)} s`],
    ['validate, wall / peak', (r) => `${(r.steps.validateMs / 1000).toFixed(1)} s / ${mb(r.steps.validatePeak)}`],
    ['astro build, wall / peak', (r) => `${(r.steps.astroMs / 1000).toFixed(1)} s / ${mb(r.steps.astroPeak)}`],
    ['bare Astro, same pages: wall / peak', (r) => `${(r.steps.bareMs / 1000).toFixed(1)} s / ${mb(r.steps.barePeak)}`],
    ['astro step / bare Astro (median)', (r) => `${r.steps.astroToBare.toFixed(2)}× (${r.steps.pages} pages)`],
    [
      'bare Astro with unified Markdown: wall; astro step / it',
      (r) => `${(r.steps.bareUnifiedMs / 1000).toFixed(1)} s; ${r.steps.astroToBareUnified.toFixed(2)}×`,
    ],
    ['load average (highest, 1 min)', (r) => `${r.steps.loadBefore.toFixed(2)} / ${r.steps.loadAfter.toFixed(2)}`],
    [
      'search index (beside astro), wall; whole tree peak',
      (r) => `${(r.steps.searchMs / 1000).toFixed(1)} s; ${mb(r.steps.searchPeak)}`,
    ],
    ['dist size / files', (r) => `${mb(r.dist.totalBytes)} / ${r.dist.fileCount}`],
    [
      'HTML median / max (person page)',
      (r) => `${r.dist.htmlBytesByType['people-entry']?.median ?? '-'} / ${r.dist.htmlBytesByType['people-entry']?.max ?? '-'} B`,
    ],
    [
      'HTML median / max (site page)',
      (r) => `${r.dist.htmlBytesByType['sites-entry']?.median ?? '-'} / ${r.dist.htmlBytesByType['sites-entry']?.max ?? '-'} B`,
    ],
    [
      'HTML median / max (release page)',
      (r) =>
        `${r.dist.htmlBytesByType['releases-entry']?.median ?? '-'} / ${r.dist.htmlBytesByType['releases-entry']?.max ?? '-'} B`,
    ],
    ['CSS / JS per page (max)', (r) => `${r.dist.cssBytesPerPage.max} / ${r.dist.jsBytesPerPage.max} B`],
    ['first query: bytes / ms', (r) => (r.queries[0] ? `${r.queries[0].bytes} B / ${r.queries[0].ms} ms` : '-')],
    ['later query: bytes / ms', (r) => (r.queries[1] ? `${r.queries[1].bytes} B / ${r.queries[1].ms} ms` : '-')],
  ];
  for (const [label, f] of rows) console.log(`| ${label} | ${scales.map((s) => f(results[`scale${s}`]!)).join(' | ')} |`);
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error((error as Error).message);
    process.exitCode = 1;
  },
);
