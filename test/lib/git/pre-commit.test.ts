import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkStagedContent, HOOK_MARKER, installPreCommitHook } from '../../../src/lib/git/pre-commit';
import { formatProblem } from '../../../src/lib/validate/problem';
import { GOOD_ROOT } from '../../helpers/content-root';

const git = (cwd: string, ...rest: [NodeJS.ProcessEnv | string, ...string[]]) => {
  const [env, args] = typeof rest[0] === 'string' ? [{}, rest as string[]] : [rest[0], rest.slice(1) as string[]];
  const r = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      ...env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.org',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.org',
    },
  });
  return { code: r.status, out: r.stdout + r.stderr };
};

/** A throw-away repository whose content/ is the good fixture, committed; scripts, src and node_modules link to this project. */
function tempRepo(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bz-repo-'));
  git(dir, 'init', '-q', '-b', 'main');
  fs.cpSync(GOOD_ROOT, path.join(dir, 'content'), { recursive: true });
  for (const link of ['scripts', 'src', 'node_modules']) fs.symlinkSync(path.resolve(link), path.join(dir, link));
  fs.writeFileSync(path.join(dir, '.gitignore'), 'scripts\nsrc\nnode_modules\n');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'content');
  return dir;
}

const storyFile = (dir: string) => path.join(dir, 'content/people/li-si.md');

describe('the pre-commit check', () => {
  it('says nothing when the commit does not touch content/', async () => {
    const dir = tempRepo();
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'x');
    git(dir, 'add', 'notes.txt');
    expect(await checkStagedContent(dir)).toBeUndefined();
  });

  it('checks the staged version of a file, not the one in the working folder', async () => {
    const dir = tempRepo();
    const good = fs.readFileSync(storyFile(dir), 'utf8');
    fs.writeFileSync(storyFile(dir), good.replace('category: 敬业奉献', 'category: 敬业'));
    git(dir, 'add', 'content');
    fs.writeFileSync(storyFile(dir), good); // fixed on disk, but not staged
    const problems = (await checkStagedContent(dir))!;
    expect(problems.map((p) => formatProblem(p))).toEqual([
      'content/people/li-si.md:4 category：「敬业」不是允许的值，可选：助人为乐、见义勇为、诚实守信、敬业奉献、孝老爱亲',
    ]);
    git(dir, 'add', 'content');
    expect(await checkStagedContent(dir)).toEqual(undefined); // staged == HEAD again: nothing to check
  });

  it('installs a hook that stops a commit with an error and lets a good one through', () => {
    const dir = tempRepo();
    expect(installPreCommitHook(dir)).toEqual({ status: 'installed', file: path.join(dir, '.git/hooks/pre-commit') });
    const good = fs.readFileSync(storyFile(dir), 'utf8');
    fs.writeFileSync(storyFile(dir), good.replace('category: 敬业奉献', 'category: 敬业'));
    git(dir, 'add', 'content');
    const refused = git(dir, 'commit', '-m', 'bad');
    expect(refused.code).not.toBe(0);
    expect(refused.out).toContain('content/people/li-si.md:4 category：「敬业」不是允许的值');
    expect(refused.out).toContain('提交已取消：暂存的内容有 1 个错误。');
    fs.writeFileSync(storyFile(dir), good.replace(/summary: .*/, 'summary: 新的简介。'));
    git(dir, 'add', 'content');
    expect(git(dir, 'commit', '-q', '-m', 'good').code).toBe(0);
  }, 60_000);

  it('runs on the Node 24 that npm ci linked, even when the PATH offers an older Node', () => {
    const dir = tempRepo();
    installPreCommitHook(dir);
    const good = fs.readFileSync(storyFile(dir), 'utf8');
    fs.writeFileSync(storyFile(dir), good.replace('category: 敬业奉献', 'category: 敬业'));
    git(dir, 'add', 'content');
    // The PATH a git GUI or a plain terminal gives: no node_modules/.bin, and first a `node` that
    // stands for an old system Node (it only says so).
    const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'bz-bin-'));
    fs.writeFileSync(path.join(bin, 'node'), '#!/bin/sh\necho "the PATH\'s node ran"\nexit 1\n', { mode: 0o755 });
    const systemPath = (process.env.PATH ?? '').split(path.delimiter).filter((p) => !p.includes('node_modules'));
    const refused = git(dir, { PATH: [bin, ...systemPath].join(path.delimiter) }, 'commit', '-m', 'bad');
    expect(refused.out).not.toContain("the PATH's node ran");
    expect(refused.out).toContain('content/people/li-si.md:4 category：「敬业」不是允许的值');
  }, 60_000);

  it('installs into the shared hooks folder from a worktree, updates its own hook and never replaces another', () => {
    const dir = tempRepo();
    const worktree = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bz-wt-')), 'wt');
    git(dir, 'worktree', 'add', '-q', worktree);
    const hook = path.join(dir, '.git/hooks/pre-commit');
    expect(installPreCommitHook(worktree)).toEqual({ status: 'installed', file: hook });
    expect(fs.statSync(hook).mode & 0o111).toBe(0o111);
    expect(fs.readFileSync(hook, 'utf8')).toContain(HOOK_MARKER);
    expect(installPreCommitHook(dir).status).toBe('updated');
    fs.writeFileSync(hook, '#!/bin/sh\nexit 0\n');
    expect(installPreCommitHook(dir).status).toBe('foreign');
    expect(fs.readFileSync(hook, 'utf8')).toBe('#!/bin/sh\nexit 0\n');
  });
});
