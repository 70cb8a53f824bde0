/**
 * npm run bench:province [-- --scales 1000,10000] [--cities 4] [--json FILE]
 * A province, measured on this machine and extrapolated to 16 cities (issue 25):
 *   - each city's `npm run build` (the matrix job's one command) from cold, one after another as
 *     one runner would: wall time, CPU time (user + system of the whole process tree, from bash's
 *     `times`) and peak memory of the process tree (src/lib/build/tree-memory.ts);
 *   - the province job (npm run province:assemble) over those builds;
 *   - wall time for 16 cities with 1 runner (the sum), 4 and 16 runners (rounds of the slowest
 *     city), computed from the measured per-city figures; total CPU time likewise;
 *   - at the largest scale, the bytes of Pagefind files a first query costs in Chromium on the
 *     province's search page (every city's index merged) against the same query on one city's own
 *     search page, by file kind and index, with the 16-city figure computed from the per-index bytes,
 *     and the same query on the province's page with the first city chosen in the 城市 filter.
 * Each city's sample root is written by `npm run sample` with its own seed and address. The
 * one-minute load average is printed with every figure. Figures for the report, never test assertions.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Request } from 'playwright-core';
import { cacheDirFor } from '../src/lib/build/build-cache';
import { watchTreeMemory } from '../src/lib/build/tree-memory';
import { median } from './lib/budgets';
import { launchChromium } from './lib/chromium';
import { serveDirectory } from './lib/static-server';
import { assembleProvince } from './province/assemble';
import { loadProvince, type ProvinceConfig } from './province/config';
import { writeCitySample } from './province/sample-province';

const OUT = path.resolve('bench/out/province');
const GiB = 1024 ** 3;

interface CityRun {
  code: string;
  wallS: number;
  cpuS: number;
  peakBytes: number;
  load: number;
}

/** `npm run build` of one root, timed: bash's `times` gives the CPU of everything it waited for. */
function build(content: string, dist: string, code: string): Promise<CityRun> {
  return new Promise((resolve, reject) => {
    const load = os.loadavg()[0]!;
    const start = performance.now();
    const script = '"$0" --import tsx scripts/build.ts --out "$1" >/dev/null; c=$?; times >&2; exit $c';
    const child = spawn('bash', ['-c', script, process.execPath, dist], {
      env: { ...process.env, CONTENT_DIR: content },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const memory = watchTreeMemory(child.pid!);
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (status) => {
      const peakBytes = memory.stop();
      const wallS = (performance.now() - start) / 1000;
      // `times`: the shell's own user/system line, then its children's.
      const seconds = [...(err.trim().split('\n').pop() ?? '').matchAll(/(\d+)m([\d.]+)s/g)].map(
        (m) => Number(m[1]) * 60 + Number(m[2]),
      );
      if (status !== 0) return reject(new Error(`build of ${code} failed (exit ${status}):\n${err.slice(-2000)}`));
      resolve({ code, wallS, cpuS: seconds.reduce((a, b) => a + b, 0), peakBytes, load });
    });
  });
}

/** The cities' roots at `scale`, each with its own seed; kept between runs of the bench. */
function sampleRoots(config: ProvinceConfig, scale: number): string {
  const dir = path.join(OUT, `roots-${scale}`);
  config.cities.forEach((city, i) => {
    const root = path.join(dir, city.code);
    if (!fs.existsSync(path.join(root, 'site.yaml'))) writeCitySample(city, scale, 2019 + i, root);
  });
  return dir;
}

interface Transfer {
  url: string;
  bytes: number;
}

/** Pagefind files received by a fresh page until the first query's results are all shown. */
async function firstQuery(browser: Browser, url: string): Promise<Transfer[]> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const pending: Array<Promise<Transfer>> = [];
  context.on('requestfinished', (r: Request) =>
    pending.push(r.sizes().then((s) => ({ url: new URL(r.url()).pathname, bytes: s.responseBodySize + s.responseHeadersSize }))),
  );
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('[data-search-status="done"]').waitFor({ timeout: 120_000 });
  await page.waitForTimeout(500);
  const all = await Promise.all(pending);
  await context.close();
  return all.filter((t) => /\/pagefind\//.test(t.url));
}

const kind = (url: string) =>
  /pagefind(?:_[0-9a-f]+)?\.js$/.test(url)
    ? 'pagefind.js'
    : /entry\.json(?:\?.*)?$/.test(url)
      ? 'entry'
      : /\.pagefind$/.test(url)
        ? 'wasm'
        : (/\.pf_(meta|index|filter|fragment)$/.exec(url)?.[1] ?? 'other');
const indexOf = (url: string) => /\/cities\/(\d+)\//.exec(url)?.[1] ?? 'primary';

function breakdown(transfers: Transfer[]): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const t of transfers) {
    const index = (out[indexOf(t.url)] ??= {});
    index[kind(t.url)] = (index[kind(t.url)] ?? 0) + t.bytes;
  }
  return out;
}
const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scales: { type: 'string', default: '1000,10000' },
      cities: { type: 'string', default: '4' },
      json: { type: 'string' },
      query: { type: 'string' },
    },
  });
  const full = loadProvince('deploy/province/province.example.yaml');
  const count = Number(values.cities);
  // The first and the last cities of the province, and every other one between them.
  const picked = [...full.cities.slice(0, count - 1), full.cities[full.cities.length - 1]!].slice(0, count);
  const config = { ...full, cities: picked };
  const scales = values.scales.split(',').map(Number);
  const report: Record<string, unknown> = { cores: os.cpus().length, memoryGiB: +(os.totalmem() / GiB).toFixed(1) };
  for (const scale of scales) {
    const roots = sampleRoots(config, scale);
    const sites = path.join(OUT, `sites-${scale}`);
    fs.rmSync(sites, { recursive: true, force: true });
    // From cold, as a runner without the pipeline's cache: no build cache of these roots and dists.
    for (const c of config.cities)
      fs.rmSync(cacheDirFor(process.cwd(), path.join(roots, c.code), path.join(sites, c.code)), { recursive: true, force: true });
    const runs: CityRun[] = [];
    const runnerStart = performance.now();
    for (const city of config.cities) {
      const run = await build(path.join(roots, city.code), path.join(sites, city.code), city.code);
      console.log(
        `${scale} 条 ${city.code}：${run.wallS.toFixed(1)} s 墙钟，${run.cpuS.toFixed(1)} s CPU，峰值内存 ${(run.peakBytes / GiB).toFixed(2)} GiB（负载 ${run.load.toFixed(2)}）`,
      );
      runs.push(run);
    }
    const assembleStart = performance.now();
    const dist = path.join(OUT, `province-${scale}`);
    await assembleProvince(config, sites, dist);
    const assembleS = (performance.now() - assembleStart) / 1000;
    const oneRunnerS = (performance.now() - runnerStart) / 1000;
    const wall = median(runs.map((r) => r.wallS));
    const slowest = Math.max(...runs.map((r) => r.wallS));
    const cpu = median(runs.map((r) => r.cpuS));
    const n = full.cities.length;
    const figures = {
      cities: runs,
      medianWallS: wall,
      medianCpuS: cpu,
      peakBytesMax: Math.max(...runs.map((r) => r.peakBytes)),
      assembleS,
      measuredOneRunnerS: oneRunnerS,
      [`computed${n}`]: {
        cpuS: cpu * n + assembleS,
        oneRunnerS: wall * n + assembleS,
        fourRunnersS: Math.ceil(n / 4) * slowest + assembleS,
        [`${n}RunnersS`]: slowest + assembleS,
      },
      loadAfter: os.loadavg()[0],
    };
    report[`scale${scale}`] = figures;
    console.log(JSON.stringify({ scale, ...figures, cities: undefined }, null, 2));
  }

  // Bytes of a first query, at the largest scale: the province page against one city's own page.
  const scale = Math.max(...scales);
  const roots = path.join(OUT, `roots-${scale}`);
  const sites = path.join(OUT, `sites-${scale}`);
  const first = config.cities[0]!;
  const person = fs.readdirSync(path.join(roots, first.code, 'people')).sort()[0]!;
  const name = /^name: (.+)$/m.exec(fs.readFileSync(path.join(roots, first.code, 'people', person), 'utf8'))![1]!;
  const queries = values.query ? [values.query] : [name, '志愿服务'];
  const browser = await launchChromium();
  const province = await serveDirectory(path.join(OUT, `province-${scale}`), { gzip: true });
  const city = await serveDirectory(path.join(sites, first.code), { gzip: true });
  const bytes: Record<string, unknown> = {};
  try {
    for (const q of queries) {
      const single = breakdown(await firstQuery(browser, `${city.url}/search/?q=${encodeURIComponent(q)}`));
      const merged = breakdown(await firstQuery(browser, `${province.url}/search/?q=${encodeURIComponent(q)}`));
      // The same query on the province's page with the first city chosen in the 城市 filter.
      const chosen = breakdown(
        await firstQuery(
          browser,
          `${province.url}/search/?q=${encodeURIComponent(q)}&${encodeURIComponent('城市')}=${encodeURIComponent(first.name)}`,
        ),
      );
      const chosenTotal = Object.values(chosen).reduce((a, v) => a + sum(v), 0);
      const singleTotal = sum(single.primary ?? {});
      const cityIndexes = Object.entries(merged).filter(([k]) => k !== 'primary');
      const perIndex = cityIndexes.map(([, v]) => sum(v) - (v.fragment ?? 0));
      const fragments = cityIndexes.reduce((a, [, v]) => a + (v.fragment ?? 0), 0);
      const provinceTotal = Object.values(merged).reduce((a, v) => a + sum(v), 0);
      const n = full.cities.length;
      const computed = sum(merged.primary ?? {}) + (perIndex.reduce((a, b) => a + b, 0) / perIndex.length) * n + fragments;
      const line = {
        query: q,
        single,
        merged,
        singleTotal,
        provinceTotal,
        ratio: provinceTotal / singleTotal,
        chosen,
        chosenTotal,
        chosenRatio: chosenTotal / singleTotal,
        [`computed${n}`]: computed,
        [`ratio${n}`]: computed / singleTotal,
      };
      bytes[q] = line;
      console.log(
        `首次查询「${q}」：单市 ${kb(singleTotal)}；全省（${config.cities.length} 市合并）${kb(provinceTotal)}，${line.ratio.toFixed(2)} 倍；推算 ${n} 市 ${kb(computed)}，${(computed / singleTotal).toFixed(2)} 倍；全省搜索页选定${first.name} ${kb(chosenTotal)}，${line.chosenRatio.toFixed(2)} 倍`,
      );
      console.log(JSON.stringify({ single, merged, chosen }));
    }
  } finally {
    await browser.close();
    await province.close();
    await city.close();
  }
  report.firstQueryBytes = bytes;
  report.loadAverage = os.loadavg();
  if (values.json) fs.writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
