/** Throw-away git repositories whose content/ is the good fixture, for the web editor's 提交 and 发布. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sysGit, sysGitAsync } from '../../tools/lib/sys-git';
import { GOOD_ROOT } from './content-root';

export { sysGit, sysGitAsync };

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
