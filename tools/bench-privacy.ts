/**
 * npm run bench:privacy [-- --root /tmp/s10k] [--attachments 200] [--runs 3]
 * validate's time on a sample root (npm run sample -- --scale 10000 --out /tmp/s10k) with and
 * without reading the text of attachments. Adds `--attachments` PDF, Word and Excel files (60 %
 * PDF of 40 lines, 20 % .docx, 20 % .xlsx), each named by a release of its own, once. Each run is
 * a fresh `validate` process, as an editor runs it; the two kinds alternate, and the medians of
 * wall time and of CPU time (user + system, from /usr/bin/time; steadier than wall time on a
 * shared machine) and the load average are printed.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { makeDocx, makePdf, makeWorkbook } from '../test/helpers/documents';

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: '/tmp/s10k' },
    attachments: { type: 'string', default: '200' },
    runs: { type: 'string', default: '3' },
  },
});
const root = path.resolve(values.root);
if (!fs.existsSync(path.join(root, 'site.yaml'))) {
  console.error(`${root} is not a content root: run npm run sample -- --scale 10000 --out ${values.root} first.`);
  process.exit(1);
}

function addAttachments(count: number): void {
  const dir = path.join(root, 'files/bench');
  if (fs.existsSync(dir) && fs.readdirSync(dir).length >= count) return;
  fs.mkdirSync(dir, { recursive: true });
  const lines = (n: number) =>
    Array.from({ length: 40 }, (_, i) => `Item ${n}-${i}: volunteers 2019, 1344 sites, tel 0558-5123456`);
  for (let n = 0; n < count; n++) {
    const kind = n % 5 < 3 ? 'pdf' : n % 5 === 3 ? 'docx' : 'xlsx';
    const bytes =
      kind === 'pdf'
        ? makePdf(lines(n))
        : kind === 'docx'
          ? makeDocx(lines(n))
          : makeWorkbook(
              lines(n).map((l) => l.split(':')),
              'xlsx',
            );
    const file = `bench/${String(n).padStart(4, '0')}.${kind}`;
    fs.writeFileSync(path.join(root, 'files', file), bytes);
    fs.writeFileSync(
      path.join(root, 'releases', `bench-attachment-${n}.md`),
      `---\ntitle: 附件测试${n}\ndate: 2021-03-04\nsample: true\nattachments:\n  - title: 附件\n    file: ${file}\n---\n\n正文。\n`,
    );
  }
}

const TIME = '/usr/bin/time';

/** Wall time, and CPU time (user + system of the process tree) where /usr/bin/time is there. */
function validateOnce(scan: boolean): { wall: number; cpu?: number } {
  const command = [path.resolve('node_modules/.bin/tsx'), 'scripts/validate.ts', ...(scan ? [] : ['--no-attachment-text']), root];
  const timed = fs.existsSync(TIME);
  const start = performance.now();
  const r = timed
    ? spawnSync(TIME, ['-f', 'BENCH-CPU %U %S', ...command], { encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(command[0]!, command.slice(1), { encoding: 'utf8', maxBuffer: 1 << 28 });
  const wall = performance.now() - start;
  if (r.status !== 0) throw new Error(`validate failed:\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`);
  const cpu = /BENCH-CPU ([\d.]+) ([\d.]+)/.exec(r.stderr);
  return { wall, cpu: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : undefined };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

addAttachments(Number(values.attachments));
const times: Record<'with' | 'without', Array<{ wall: number; cpu?: number }>> = { with: [], without: [] };
const loads: number[] = [];
for (let run = 0; run < Number(values.runs); run++) {
  for (const scan of run % 2 === 0 ? [false, true] : [true, false]) {
    loads.push(os.loadavg()[0]!);
    times[scan ? 'with' : 'without'].push(validateOnce(scan));
  }
}
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
console.log(
  `validate ${root} (${values.attachments} attachments added), ${values.runs} runs each, load average ${loads.map((l) => l.toFixed(1)).join(' ')}`,
);
for (const kind of ['without', 'with'] as const) {
  const wall = times[kind].map((t) => t.wall);
  const cpu = times[kind].flatMap((t) => (t.cpu === undefined ? [] : [t.cpu]));
  console.log(
    `  ${kind} attachment text: wall median ${s(median(wall))} (${wall.map(s).join(', ')})` +
      (cpu.length ? `; CPU median ${s(median(cpu))} (${cpu.map(s).join(', ')})` : ''),
  );
}
