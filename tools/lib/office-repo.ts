/**
 * An office's repository in a temporary folder, as a city would hold it: this project's files
 * (the working tree, committed or not) with `contentFrom` as content/, made publishable
 * (unmarkSamples), committed on main. With `keepInstall`, node_modules/ is a hard-linked copy of
 * this checkout's, stamped as npm run ci:install leaves it: the CI's cache, kept.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unmarkSamples } from './unmark-samples';

export interface OfficeRepo {
  dir: string;
  git(...args: string[]): string;
  /** Edits the working tree, then commits everything. Returns the new commit. */
  commit(message: string, edit: (dir: string) => void): string;
  head(): string;
  remove(): void;
}

/** Copies this checkout's files (the working tree, committed or not) into `dir`, but those `skip` names. */
export function copyCheckout(dir: string, skip: (file: string) => boolean): void {
  const listed = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { encoding: 'utf8' });
  for (const file of listed.split('\0')) {
    if (!file || skip(file) || !fs.existsSync(file)) continue;
    fs.mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
    fs.copyFileSync(file, path.join(dir, file));
    fs.chmodSync(path.join(dir, file), fs.statSync(file).mode);
  }
}

/** node_modules/ as a hard-linked copy of this checkout's, stamped as npm run ci:install leaves it. */
export function linkInstall(dir: string): void {
  execFileSync('cp', ['-al', path.resolve('node_modules'), path.join(dir, 'node_modules')]);
  // Astro's cache of this checkout's other content roots: not the office's.
  fs.rmSync(path.join(dir, 'node_modules/.astro'), { recursive: true, force: true });
  const lock = createHash('sha256').update(fs.readFileSync('package-lock.json')).digest('hex');
  fs.writeFileSync(path.join(dir, 'node_modules/.ci-install-lock.sha256'), `${lock}\n`);
}

/** `git init` on main in `dir`, everything committed with `message` by an editor; returns a git runner. */
export function initRepo(dir: string, message: string): (...args: string[]) => string {
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=编辑', '-c', 'user.email=editor@example.org', ...args], {
      cwd: dir,
      encoding: 'utf8',
    }).trim();
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', message);
  return git;
}

export function createOfficeRepo(contentFrom: string, options: { keepInstall: boolean }): OfficeRepo {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bz-office-'));
  copyCheckout(dir, (file) => file.startsWith('content/'));
  fs.cpSync(contentFrom, path.join(dir, 'content'), { recursive: true });
  unmarkSamples(path.join(dir, 'content'));
  if (options.keepInstall) linkInstall(dir);
  const git = initRepo(dir, '初始内容');
  return {
    dir,
    git,
    commit(message, edit) {
      edit(dir);
      git('add', '-A');
      git('commit', '-q', '-m', message);
      return git('rev-parse', 'HEAD');
    },
    head: () => git('rev-parse', 'HEAD'),
    // rm(1): Node's rmSync takes minutes over 27,000 hard links on a busy machine.
    remove: () => execFileSync('rm', ['-rf', dir]),
  };
}
