/**
 * npm run bench:incremental [-- --scales 1000,10000] [--runs 3] [--project DIR] [--json FILE]
 * What an editor waits for: `npm run build` from start until dist/ is published, at each scale,
 * in four cases, each the median of `runs`: cold (no dist/, no cache), nothing changed, one entry
 * edited (a sentence added to one 好人 profile that a release names), one entry added (a release
 * naming a person). Also the peak memory of the whole process tree (validate, astro, Pagefind)
 * and the one-minute load average. `--project` measures another checkout (a worktree of an
 * older commit) with the same content, for before/after figures. Exits 1 when a budget in
 * bench/budgets.json (incremental10000) breaks.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { check, formatValue, median, type Check } from './lib/budgets';
import { cacheDirFor } from '../src/lib/build/build-cache';
import { watchTreeMemory } from '../src/lib/build/tree-memory';

const CASES = ['cold', 'noChange', 'oneEdit', 'oneAddition'] as const;
type Case = (typeof CASES)[number];

interface Run {
  ms: number;
  peak: number;
  load: number;
  /** Wall time of the astro step and of the search index, from the build's step report. */
  astroMs: number;
  searchMs: number;
}

function stepTimes(report: string): Pick<Run, 'astroMs' | 'searchMs'> {
  const lines = fs.existsSync(report) ? fs.readFileSync(report, 'utf8').trim().split('\n').filter(Boolean) : [];
  fs.rmSync(report, { force: true });
  const steps = lines.map((l) => JSON.parse(l) as { step: string; wallMs?: number });
  const wall = (step: string) => Math.max(0, ...steps.filter((x) => x.step === step).map((x) => x.wallMs ?? 0));
  return { astroMs: wall('astro'), searchMs: wall('search') };
}

function build(project: string, content: string, dist: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const load = os.loadavg()[0]!;
    const report = path.join(os.tmpdir(), `bz-bench-incremental-${process.pid}.jsonl`);
    fs.rmSync(report, { force: true });
    const start = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--out', dist], {
      cwd: project,
      env: { ...process.env, CONTENT_DIR: content, BZ_STEP_REPORT: report },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const memory = watchTreeMemory(child.pid!);
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - start;
      const peak = memory.stop();
      if (code === 0) resolve({ ms, peak, load, ...stepTimes(report) });
      else reject(new Error(`build of ${content} in ${project} failed (exit ${code})`));
    });
  });
}

/**
 * No dist/ and no cache of this content root and dist/: what a fresh clone or a pipeline without
 * cache builds. Only this build's caches go (tests may be building beside the bench): the one in
 * .astro-cache/ and, for checkouts from before it, Astro's data store in node_modules/.astro/.
 */
function makeCold(project: string, content: string, dist: string): void {
  const legacy = path.join(project, 'node_modules/.astro', createHash('sha256').update(content).digest('hex').slice(0, 12));
  for (const dir of [dist, cacheDirFor(project, content, dist), legacy]) fs.rmSync(dir, { recursive: true, force: true });
}

/** A 好人 whom a release names, and that release's file. */
function namedPerson(content: string): { person: string; release: string } {
  const dir = path.join(content, 'releases');
  for (const file of fs.readdirSync(dir).sort()) {
    const m = fs.readFileSync(path.join(dir, file), 'utf8').match(/^people:\s*(?:\[([a-z0-9-]+)|\n\s+- ([a-z0-9-]+))/m);
    const id = m?.[1] ?? m?.[2];
    if (id && fs.existsSync(path.join(content, 'people', `${id}.md`))) return { person: `${id}.md`, release: file };
  }
  throw new Error(`no release in ${dir} names a person`);
}

function editOne(content: string, n: number): void {
  const { person } = namedPerson(content);
  fs.appendFileSync(path.join(content, 'people', person), `\n第 ${n} 次修改：补充了一句事迹。\n`);
}

function addOne(content: string, n: number): void {
  const id = namedPerson(content).person.replace(/\.md$/, '');
  const text = `---\ntitle: 基准测试新增发布稿${n}\ndate: 2019-06-${String(10 + n).padStart(2, '0')}\npeople: [${id}]\nsample: true\n---\n\n新增的发布稿正文。\n`;
  fs.writeFileSync(path.join(content, 'releases', `bench-added-${n}.md`), text);
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      scales: { type: 'string', default: '1000,10000' },
      runs: { type: 'string', default: '3' },
      project: { type: 'string' },
      json: { type: 'string' },
    },
  });
  const root = process.cwd();
  const project = path.resolve(values.project ?? root);
  const runs = Number(values.runs);
  const out = path.join(root, 'bench/out');
  const results: Record<string, Record<Case, { medianMs: number; peak: number; runs: Run[] }>> = {};
  for (const scale of values.scales!.split(',').map(Number)) {
    const content = path.join(out, `incremental-content-${scale}`);
    const dist = path.join(out, `incremental-dist-${scale}`);
    const sample = ['--import', 'tsx', 'scripts/sample.ts', '--scale', String(scale), '--out', content, '--force'];
    await new Promise((resolve) => spawn(process.execPath, sample, { stdio: 'ignore' }).on('close', resolve));
    const byCase = Object.fromEntries(CASES.map((c) => [c, [] as Run[]])) as Record<Case, Run[]>;
    for (let i = 1; i <= runs; i++) {
      makeCold(project, content, dist);
      byCase.cold.push(await build(project, content, dist));
      byCase.noChange.push(await build(project, content, dist));
      editOne(content, i);
      byCase.oneEdit.push(await build(project, content, dist));
      addOne(content, i);
      byCase.oneAddition.push(await build(project, content, dist));
      const line = CASES.map((c) => {
        const run = byCase[c][i - 1]!;
        const steps = `astro ${(run.astroMs / 1000).toFixed(1)} s, search ${(run.searchMs / 1000).toFixed(1)} s`;
        return `${c} ${(run.ms / 1000).toFixed(1)} s / ${formatValue(run.peak, 'B')} (${steps}; load ${run.load.toFixed(1)})`;
      }).join(', ');
      console.log(`scale ${scale}, run ${i}/${runs}: ${line}`);
      // Every run on disk as soon as it ends, so a bench stopped early still leaves its figures.
      if (values.json) fs.writeFileSync(`${values.json}.partial`, `${JSON.stringify({ project, byCase, scale }, null, 2)}\n`);
    }
    results[`scale${scale}`] = Object.fromEntries(
      CASES.map((c) => [
        c,
        { medianMs: median(byCase[c].map((r) => r.ms)), peak: Math.max(...byCase[c].map((r) => r.peak)), runs: byCase[c] },
      ]),
    ) as Record<Case, { medianMs: number; peak: number; runs: Run[] }>;
  }

  console.log(
    `\n${project}\n\n| case | ${Object.keys(results).join(' | ')} |\n| --- |${Object.keys(results)
      .map(() => ' --- |')
      .join('')}`,
  );
  for (const c of CASES) {
    const cells = Object.values(results).map((r) => `${(r[c].medianMs / 1000).toFixed(1)} s / ${formatValue(r[c].peak, 'B')}`);
    console.log(`| ${c}: wall (median) / tree peak | ${cells.join(' | ')} |`);
  }
  const loads = Object.values(results).flatMap((r) => CASES.flatMap((c) => r[c].runs.map((x) => x.load)));
  console.log(
    `\none-minute load average at the start of the builds: ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}`,
  );

  const checks: Check[] = [];
  const r = results.scale10000;
  const b = JSON.parse(fs.readFileSync(path.join(root, 'bench/budgets.json'), 'utf8')).incremental10000;
  if (r && b)
    checks.push(
      ...check('10k cold: wall', r.cold.medianMs / 1000, b.coldSeconds, 's'),
      ...check('10k nothing changed: wall', r.noChange.medianMs / 1000, b.noChangeSeconds, 's'),
      ...check('10k one edit: wall', r.oneEdit.medianMs / 1000, b.oneEditSeconds, 's'),
      ...check('10k one addition: wall', r.oneAddition.medianMs / 1000, b.oneAdditionSeconds, 's'),
      ...check('10k whole tree peak', Math.max(...CASES.map((c) => r[c].peak)), b.treePeakBytes, 'B'),
    );
  for (const c of checks)
    console.log(`${c.ok ? 'ok  ' : 'OVER'} ${c.name}: ${formatValue(c.value, c.unit)} (limit ${formatValue(c.limit, c.unit)})`);
  if (values.json)
    fs.writeFileSync(
      values.json,
      `${JSON.stringify({ project, measuredAt: new Date().toISOString(), results, checks }, null, 2)}\n`,
    );
  return checks.every((c) => c.ok) ? 0 : 1;
}

main().then((code) => {
  process.exitCode = code;
});
