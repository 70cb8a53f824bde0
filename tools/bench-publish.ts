/**
 * npm run bench:publish [-- --sizes bundled,10000] [--runs 3] [--cold 1]
 * Seconds from an editor's change to the public site: a commit on main, then the real
 * .gitlab-ci.yml run by gitlab-ci-local (shell mode) in an office's repository, publishing over
 * SSH (Debian's sshd on 127.0.0.1) into a folder Debian's nginx serves. The clock starts with the
 * pipeline and stops when nginx serves the new commit's release (polled every 250 ms).
 * "kept": node_modules/ and Astro's cache left by the previous pipeline (GitLab's cache:);
 * "cold": a new runner: no node_modules/, no Astro cache and an empty npm cache (the pipeline's
 * .npm/), so npm ci downloads every package from the registry. Each size first publishes once untimed (the host's
 * first release). Prints where the time goes (per job, per deploy step) and writes
 * bench/out/publish.json. Targets (issue 22, caches kept): ≤ 90 s bundled, ≤ 150 s at 10,000;
 * rollback ≤ 5 s (the command until nginx serves the older release, median of 3; the manual job,
 * with gitlab-ci-local's own start, once).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { median } from './lib/budgets';
import { serveWithNginx } from './lib/nginx';
import { createOfficeRepo } from './lib/office-repo';
import { runPipeline } from './lib/pipeline';
import { startSshHost } from './lib/sshd';

const TARGETS: Record<string, number> = { bundled: 90, '10000': 150 };

interface Run {
  mode: 'kept' | 'cold';
  /** Pipeline start → nginx serves the new release. */
  liveSeconds: number;
  pipelineSeconds: number;
  /** Seconds per job as gitlab-ci-local reports them, and per deploy step. */
  jobs: Record<string, number>;
  deploySteps: Record<string, number>;
  loadBefore: number;
}

function contentRoot(size: string): string {
  if (size === 'bundled') return path.resolve('content');
  const out = fs.mkdtempSync(path.join(os.tmpdir(), `bz-bench-publish-${size}-`));
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/sample.ts', '--scale', size, '--out', out, '--force'], {
    stdio: 'inherit',
  });
  if (r.status !== 0) throw new Error(`npm run sample -- --scale ${size} failed`);
  return out;
}

/** `[03:14:23   10 s] validate   finished in 10 s` and the like, from gitlab-ci-local's log. */
function jobSeconds(output: string): Record<string, number> {
  const jobs: Record<string, number> = {};
  for (const m of output.matchAll(/^(?:\[[^\]]*\]\s*)?([\w-]+)\s+finished in ([\d.]+) ?(ms|s|min)\b/gm)) {
    if (m[1] === 'downloads') continue;
    const value = Number(m[2]) * (m[3] === 'ms' ? 0.001 : m[3] === 'min' ? 60 : 1);
    jobs[m[1]!] = Math.round(value * 10) / 10;
  }
  return jobs;
}

/** The deploy's own step lines: `▶ 上传到 …（2.8 秒）`. */
function deploySteps(output: string): Record<string, number> {
  const steps: Record<string, number> = {};
  for (const m of output.matchAll(/▶ (读取|上传|切换|检查)[^\n]*?（([\d.]+) 秒）/g)) steps[m[1]!] = Number(m[2]);
  return steps;
}

async function measure(size: string, runs: number, coldRuns: number) {
  const source = contentRoot(size);
  const repo = createOfficeRepo(source, { keepInstall: true });
  if (size !== 'bundled') fs.rmSync(source, { recursive: true, force: true });
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'bz-bench-web-'));
  fs.chmodSync(site, 0o755);
  const host = await startSshHost(site);
  const nginx = await serveWithNginx(path.join(site, 'current'));
  const variables = {
    DEPLOY_TARGET: host.target,
    DEPLOY_PORT: String(host.port),
    DEPLOY_SSH_KEY: host.keyFile,
    DEPLOY_KNOWN_HOSTS: host.knownHostsFile,
    DEPLOY_URL: nginx.url,
  };
  const liveCommit = async () => {
    try {
      return ((await (await fetch(`${nginx.url}/release-info.json`)).json()) as { commit?: string }).commit;
    } catch {
      return undefined;
    }
  };
  const results: Run[] = [];
  const rollbacks: { how: string; seconds: number }[] = [];
  try {
    const first = await runPipeline(repo.dir, variables);
    if (first.code !== 0) throw new Error(`the first pipeline failed:\n${first.output.slice(-3000)}`);
    console.log(`${size}: first publish ${first.seconds.toFixed(1)} s (untimed warm-up)`);
    const plan: Run['mode'][] = [...Array<Run['mode']>(runs).fill('kept'), ...Array<Run['mode']>(coldRuns).fill('cold')];
    for (const [i, mode] of plan.entries()) {
      if (mode === 'cold') fs.rmSync(path.join(repo.dir, 'node_modules'), { recursive: true, force: true });
      const commit = repo.commit(`第 ${i + 1} 次修改`, (dir) => {
        const file = path.join(dir, 'content/pages', fs.readdirSync(path.join(dir, 'content/pages')).sort()[0]!);
        fs.appendFileSync(file, `\n第 ${i + 1} 次修改的说明。\n`);
      });
      const loadBefore = os.loadavg()[0]!;
      const start = performance.now();
      let liveSeconds = 0;
      let done = false;
      const pipeline = runPipeline(repo.dir, variables).finally(() => (done = true));
      while (!liveSeconds && !done) {
        if ((await liveCommit()) === commit) liveSeconds = (performance.now() - start) / 1000;
        else await new Promise((resolve) => setTimeout(resolve, 250));
      }
      const r = await pipeline;
      fs.mkdirSync('bench/out/publish-logs', { recursive: true });
      fs.writeFileSync(`bench/out/publish-logs/${size}-${i + 1}-${mode}.log`, r.output);
      if (r.code !== 0 || !liveSeconds) throw new Error(`pipeline ${i + 1} (${mode}) failed:\n${r.output.slice(-3000)}`);
      const run: Run = {
        mode,
        liveSeconds,
        pipelineSeconds: r.seconds,
        jobs: jobSeconds(r.output),
        deploySteps: deploySteps(r.output),
        loadBefore,
      };
      console.log(
        `${size} ${mode}: live after ${liveSeconds.toFixed(1)} s; jobs ${JSON.stringify(run.jobs)}; deploy ${JSON.stringify(run.deploySteps)}; load ${loadBefore.toFixed(1)}`,
      );
      results.push(run);
    }
    // Rollback: the command alone (what an operator runs), then the pipeline's manual job
    // (gitlab-ci-local's own start included), each until nginx serves the older release.
    const env = { ...process.env, ...variables };
    for (const how of (['command', 'command', 'command', 'job'] as const).slice(0, plan.length)) {
      const before = await liveCommit();
      const start = performance.now();
      let code: number | null;
      let text: string;
      if (how === 'job') ({ code, output: text } = await runPipeline(repo.dir, variables, ['rollback']));
      else
        ({ status: code, stderr: text } = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/deploy.ts', '--rollback'], {
          env,
          encoding: 'utf8',
        }));
      const seconds = (performance.now() - start) / 1000;
      const after = await liveCommit();
      if (code !== 0 || after === before) throw new Error(`rollback (${how}) failed: ${text}`);
      rollbacks.push({ how, seconds: Math.round(seconds * 10) / 10 });
      console.log(`${size} rollback (${how}): ${seconds.toFixed(1)} s`);
    }
  } finally {
    await nginx.close();
    await host.close();
    repo.remove();
    spawnSync('rm', ['-rf', site]);
  }
  return { runs: results, rollbacks };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: 'bundled,10000' },
      runs: { type: 'string', default: '3' },
      cold: { type: 'string', default: '1' },
    },
  });
  const report: Record<
    string,
    {
      kept?: number;
      cold?: number;
      target?: number;
      rollbackMedian?: number;
      runs: Run[];
      rollbacks: { how: string; seconds: number }[];
    }
  > = {};
  let failed = false;
  for (const size of values.sizes.split(',')) {
    const { runs, rollbacks } = await measure(size, Number(values.runs), Number(values.cold));
    const med = (mode: Run['mode']) => {
      const xs = runs.filter((r) => r.mode === mode).map((r) => r.liveSeconds);
      return xs.length ? Math.round(median(xs) * 10) / 10 : undefined;
    };
    const byCommand = rollbacks.filter((r) => r.how === 'command').map((r) => r.seconds);
    report[size] = {
      kept: med('kept'),
      cold: med('cold'),
      target: TARGETS[size],
      rollbackMedian: median(byCommand),
      runs,
      rollbacks,
    };
    if (median(byCommand) > 5) failed = true;
    if (TARGETS[size] && (med('kept') ?? 0) > TARGETS[size]!) failed = true;
  }
  console.log('\nsize      kept (median)  cold (median)  target (kept)  rollback (median, ≤ 5 s)');
  for (const [size, r] of Object.entries(report))
    console.log(
      `${size.padEnd(9)} ${String(r.kept ?? '-').padStart(8)} s   ${String(r.cold ?? '-').padStart(8)} s   ≤ ${r.target ?? '-'} s   ${r.rollbackMedian ?? '-'} s`,
    );
  fs.mkdirSync('bench/out', { recursive: true });
  const measured = { at: new Date().toISOString(), cpus: os.cpus().length, loadAfter: os.loadavg()[0], report };
  fs.writeFileSync('bench/out/publish.json', `${JSON.stringify(measured, null, 2)}\n`);
  return failed ? 1 : 0;
}

process.exitCode = await main();
