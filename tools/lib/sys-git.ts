/** The system git, for tests and tools only (the product uses isomorphic-git), with a fixed identity. */
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';

const IDENTITY = {
  GIT_AUTHOR_NAME: '初始',
  GIT_AUTHOR_EMAIL: 'init@example.org',
  GIT_COMMITTER_NAME: '初始',
  GIT_COMMITTER_EMAIL: 'init@example.org',
};

/** Runs git in `cwd`; throws with git's message on failure. */
export function sysGit(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...IDENTITY } });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** The same, without blocking: needed when the remote is served by this process. */
export async function sysGitAsync(cwd: string, ...args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)('git', args, { cwd, env: { ...process.env, ...IDENTITY } });
  return stdout;
}
