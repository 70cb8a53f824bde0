/** Throw-away git repositories whose content/ is the good fixture, for the web editor's 提交 and 发布. */
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GOOD_ROOT } from './content-root';

const IDENTITY = {
  GIT_AUTHOR_NAME: '初始',
  GIT_AUTHOR_EMAIL: 'init@example.org',
  GIT_COMMITTER_NAME: '初始',
  GIT_COMMITTER_EMAIL: 'init@example.org',
};

/** Runs the system git (only the tests do: the product uses isomorphic-git); throws on failure. */
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

/** A repository with content/ (the good fixture) and a README committed on main; `remote` becomes origin, pushed. */
export async function tempContentRepo(remote?: string): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bz-repo-'));
  sysGit(dir, 'init', '-q', '-b', 'main');
  fs.cpSync(GOOD_ROOT, path.join(dir, 'content'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'README.md'), '# office\n');
  sysGit(dir, 'add', '.');
  sysGit(dir, 'commit', '-q', '-m', '初始内容');
  if (remote) {
    sysGit(dir, 'remote', 'add', 'origin', remote);
    await sysGitAsync(dir, 'push', '-q', 'origin', 'main');
  }
  return dir;
}

/** Another clone of `remote`, as a colleague's computer. */
export async function cloneOf(remote: string): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bz-clone-'));
  await sysGitAsync(dir, 'clone', '-q', remote, '.');
  return dir;
}
