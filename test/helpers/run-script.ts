/**
 * Runs one of the project's CLIs as editors do, capturing its output and exit code. Asynchronous:
 * a synchronous spawn would block the test worker for a whole build and time out vitest's RPC.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

export interface ScriptResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Starts a script without waiting: for tests that signal the process. */
export function startScript(script: string, args: string[] = [], env: NodeJS.ProcessEnv = {}) {
  return spawn(process.execPath, ['--import', 'tsx', path.resolve('scripts', script), ...args], {
    env: { ...process.env, ...env },
    stdio: 'pipe',
  });
}

export function runScript(script: string, args: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<ScriptResult> {
  const child = startScript(script, args, env);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
