/** Runs one of the project's CLIs as editors do, capturing its output and exit code. */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';

export interface ScriptResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runScript(script: string, args: string[] = [], env: NodeJS.ProcessEnv = {}): ScriptResult {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.resolve('scripts', script), ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 300_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Like runScript, without waiting: for tests that signal the process. */
export function startScript(script: string, args: string[] = [], env: NodeJS.ProcessEnv = {}) {
  return spawn(process.execPath, ['--import', 'tsx', path.resolve('scripts', script), ...args], {
    env: { ...process.env, ...env },
    stdio: 'pipe',
  });
}
