/**
 * What the web editor's 「提交」 would commit: the files under content/ that differ from the last
 * commit, read with isomorphic-git (pure JavaScript, so an editor installs Node.js and nothing
 * else). Only content/ is ever staged by this path; anything else already staged is refused.
 */
import fs from 'node:fs';
import path from 'node:path';
import git from 'isomorphic-git';

/** The folder, inside the repository, that the web editor may commit. */
export const CONTENT_PREFIX = 'content/';

export const CHANGE_KINDS = ['added', 'modified', 'deleted'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** One changed file, its path relative to the repository with `/`. */
export interface ContentChange {
  path: string;
  change: ChangeKind;
}

/** The repository the content folder lies in (its parent folder), as isomorphic-git takes it. */
export interface Repo {
  fs: typeof fs;
  dir: string;
  /** The content folder's path inside the repository, with a trailing `/` (normally `content/`). */
  prefix: string;
  /** isomorphic-git's cache of parsed objects, kept for the repository while the process runs (halves a status at 10,000 files). */
  cache: object;
}

const caches = new Map<string, object>();

/** The repository holding `contentDir` (the folder above it must be the repository's top). */
export async function openRepo(contentDir: string): Promise<Repo> {
  const dir = path.dirname(path.resolve(contentDir));
  const root = await git.findRoot({ fs, filepath: dir }).catch(() => undefined);
  if (root === undefined)
    throw new GitSetupError(
      `${dir} 不在 Git 仓库里，无法提交。请请负责发布的同事把项目文件夹设置好（见编辑指南「第一次使用前的准备」）。`,
    );
  const prefix = `${path.relative(root, path.resolve(contentDir)).split(path.sep).join('/')}/`;
  if (!caches.has(root)) caches.set(root, {});
  return { fs, dir: root, prefix, cache: caches.get(root)! };
}

/** A problem with the repository itself (not the content), said in Chinese for the editor. */
export class GitSetupError extends Error {}

const KIND: Record<string, ChangeKind | undefined> = { '0,2': 'added', '1,2': 'modified', '1,0': 'deleted' };

/** The content files that differ from the last commit (ignored files left out), sorted by path. */
export async function contentChanges(repo: Repo): Promise<ContentChange[]> {
  const rows = await git.statusMatrix({ fs: repo.fs, dir: repo.dir, cache: repo.cache, filepaths: [repo.prefix.slice(0, -1)] });
  const changes: ContentChange[] = [];
  for (const [file, head, workdir] of rows) {
    const change = KIND[`${head},${workdir}`];
    if (change && file.startsWith(repo.prefix)) changes.push({ path: file, change });
  }
  return changes.sort((a, b) => a.path.localeCompare(b.path));
}

/** Paths outside the content folder whose staged version differs from the last commit. */
export async function stagedOutsideContent(repo: Repo): Promise<string[]> {
  const head = await git.resolveRef({ fs: repo.fs, dir: repo.dir, ref: 'HEAD' }).catch(() => undefined);
  const found: string[] = [];
  await git.walk({
    fs: repo.fs,
    dir: repo.dir,
    trees: head ? [git.TREE({ ref: head }), git.STAGE()] : [git.STAGE(), git.STAGE()],
    map: async (file, entries) => {
      if (file === '.') return true;
      if (repo.prefix.startsWith(`${file}/`)) return true; // a folder on the way to content/
      if (file === repo.prefix.slice(0, -1)) return null; // content/ itself: the editor's to commit
      const [a, b] = entries;
      const [typeA, typeB] = await Promise.all([a?.type(), b?.type()]);
      if (typeA === 'tree' || typeB === 'tree') return true;
      const [oidA, oidB] = await Promise.all([head ? a?.oid() : undefined, b?.oid()]);
      if (oidA !== oidB) found.push(file);
      return true;
    },
  });
  return found;
}

/** Brings the index of every changed content file up to the working folder. */
export async function stageContent(repo: Repo, changes: readonly ContentChange[]): Promise<void> {
  for (const { path: filepath, change } of changes) {
    if (change === 'deleted') await git.remove({ fs: repo.fs, dir: repo.dir, cache: repo.cache, filepath });
    else await git.add({ fs: repo.fs, dir: repo.dir, cache: repo.cache, filepath });
  }
}
