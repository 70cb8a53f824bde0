/**
 * The real .gitlab-ci.yml run by the registry's gitlab-ci-local in shell mode in an office's
 * repository, with the project's pinned Node first on PATH (gitlab-ci-local needs Node ≥ 22) and
 * the deploy settings passed as CI variables, as GitLab's project settings would.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const GITLAB_CI_LOCAL = path.resolve('node_modules/.bin/gitlab-ci-local');

export interface PipelineResult {
  code: number | null;
  output: string;
  seconds: number;
}

/** Runs the pipeline (or the named jobs) in `repo`; `onLine` sees each line as it comes. */
export function runPipeline(
  repo: string,
  variables: Record<string, string>,
  jobs: string[] = [],
  onLine?: (line: string) => void,
): Promise<PipelineResult> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'bz-gcl-home-'));
  const args = [
    '--no-color',
    '--timestamps',
    // The file names an image for Docker runners; here every job runs on this machine.
    '--force-shell-executor',
    '--home',
    home,
    ...Object.entries(variables).flatMap(([k, v]) => ['--variable', `${k}=${v}`]),
    ...jobs,
  ];
  const env = { ...process.env, PATH: `${path.dirname(process.execPath)}:${process.env.PATH}`, FORCE_COLOR: '0' };
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(GITLAB_CI_LOCAL, args, { cwd: repo, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let partial = '';
    const take = (d: Buffer) => {
      output += d.toString();
      partial += d.toString();
      const lines = partial.split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) onLine?.(line);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', reject);
    child.on('close', (code) => {
      fs.rmSync(home, { recursive: true, force: true });
      resolve({ code, output, seconds: (performance.now() - start) / 1000 });
    });
  });
}
