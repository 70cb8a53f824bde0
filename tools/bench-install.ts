/**
 * npm run bench:install [-- --runs 3] [--ref GIT_REF]
 * What an install costs, for the two installs there are: the office's (`npm ci --omit=dev`, what
 * the editors' start and the pipelines' ci:install run) and a developer's (`npm ci`, with the test,
 * check and bench tools), of this checkout's package.json and package-lock.json (or those of
 * GIT_REF) in a temporary folder, once to warm npm's cache and then `runs` times each on the warm
 * cache, each into an empty node_modules. Reports the median wall time, node_modules' disk usage
 * (allocated blocks, as `du` counts them) and file count, and the load average before each run;
 * exits 1 when a median of the office install breaks its budget (45 s, 600 MiB); the developer's
 * install is reported beside it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { median } from './lib/budgets';

const BUDGET = { seconds: 45, megabytes: 600 } as const;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Bytes allocated on disk (st_blocks × 512) and number of files under `dir`, links not followed. */
function diskUsage(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      const st = fs.lstatSync(p);
      bytes += st.blocks * 512;
      if (e.isDirectory()) walk(p);
      else files++;
    }
  };
  walk(dir);
  return { bytes, files };
}

function main(): number {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, ref: { type: 'string' } } });
  const runs = Number(values.runs);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bz-install-bench-'));
  for (const file of ['package.json', 'package-lock.json']) {
    const text = values.ref
      ? execFileSync('git', ['show', `${values.ref}:${file}`], { encoding: 'utf8' })
      : fs.readFileSync(file, 'utf8');
    fs.writeFileSync(path.join(dir, file), text);
  }
  const install = (omitDev: boolean) => {
    fs.rmSync(path.join(dir, 'node_modules'), { recursive: true, force: true });
    const load = os.loadavg()[0]!;
    const start = process.hrtime.bigint();
    const r = spawnSync(npm, ['ci', ...(omitDev ? ['--omit=dev'] : []), '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: dir,
      stdio: 'inherit',
      shell: process.platform === 'win32',
    });
    if (r.status !== 0) throw new Error(`npm ci 失败（退出码 ${r.status}）`);
    return { seconds: Number(process.hrtime.bigint() - start) / 1e9, load };
  };
  try {
    console.log(`warming npm's cache (${values.ref ?? 'working tree'})…`);
    install(false);
    const kinds = { office: true, developer: false } as const;
    const report: Record<string, { runs: unknown[]; seconds: number; megabytes: number }> = {};
    for (const [kind, omitDev] of Object.entries(kinds)) {
      const results = [];
      for (let i = 0; i < runs; i++) {
        const { seconds, load } = install(omitDev);
        const { bytes, files } = diskUsage(path.join(dir, 'node_modules'));
        results.push({ seconds, megabytes: bytes / 2 ** 20, files, load });
        console.log(
          `${kind} run ${i + 1}: ${seconds.toFixed(1)} s, ${(bytes / 2 ** 20).toFixed(0)} MiB in ${files} files, load ${load.toFixed(2)}`,
        );
      }
      const seconds = median(results.map((r) => r.seconds));
      const megabytes = median(results.map((r) => r.megabytes));
      report[kind] = { runs: results, seconds, megabytes };
      console.log(
        `${kind} (npm ci${omitDev ? ' --omit=dev' : ''}), median of ${runs}: ${seconds.toFixed(1)} s, node_modules ${megabytes.toFixed(0)} MiB` +
          (omitDev ? ` (budget ${BUDGET.seconds} s, ${BUDGET.megabytes} MiB)` : ' (no budget: the developers’ tools)'),
      );
    }
    fs.mkdirSync('bench', { recursive: true });
    fs.writeFileSync(
      path.join('bench', `install-results${values.ref ? `-${values.ref.replace(/[^\w.-]/g, '_')}` : ''}.json`),
      `${JSON.stringify({ ref: values.ref ?? 'working tree', node: process.version, cpus: os.cpus().length, ...report }, null, 2)}\n`,
    );
    const office = report.office!;
    return office.seconds <= BUDGET.seconds && office.megabytes <= BUDGET.megabytes ? 0 : 1;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

process.exitCode = main();
