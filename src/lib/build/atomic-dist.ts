/**
 * Atomic publishing of the build output. Every step writes into a work folder beside dist/; only
 * when all have passed is it renamed into place. A build that fails or is killed leaves the
 * previous dist/ as it was. The swap is two renames on one file system; if a kill lands between
 * them, the next build (or `recoverDist`) puts the previous output back first.
 *
 * The work folder's name is the same for every build of one dist/ (`output-<hash of dist>`):
 * Astro's `astro:assets` module bakes the output folder's path into its code, so a new name each
 * time would change the module hash of every page with a picture and defeat incremental builds.
 * A lock (`lock-<hash>`) keeps two builds of the same dist/ from sharing that folder.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * mkdtemp makes a folder only its owner can read (0700); once renamed to dist/, a web server's
 * worker (www-data, nobody) could not read the site, and a mode-preserving copy keeps that. The
 * published folder is readable by all, like the files Astro writes into it.
 */
const PUBLISHED_MODE = 0o755;

export interface BuildDirs {
  dist: string;
  work: string;
}

/** The work folder sits beside dist/ (same file system, so renames are atomic): ./.dist-build/. */
export function buildDirs(projectRoot: string, dist = path.join(projectRoot, 'dist')): BuildDirs {
  return { dist, work: path.join(path.dirname(dist), `.${path.basename(dist)}-build`) };
}

/** A short name for one dist/ folder, the same in every build of it. */
export const distHash = (dist: string) => createHash('sha256').update(path.resolve(dist)).digest('hex').slice(0, 12);

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Restores dist/ from a swap that was interrupted, and removes what killed builds left. */
export function recoverDist(dirs: BuildDirs): void {
  if (!fs.existsSync(dirs.work)) return;
  const leftovers = fs.readdirSync(dirs.work);
  const previous = leftovers
    .filter((n) => n.startsWith('previous-'))
    .sort()
    .pop();
  if (previous && !fs.existsSync(dirs.dist)) fs.renameSync(path.join(dirs.work, previous), dirs.dist);
  for (const name of fs.readdirSync(dirs.work)) {
    const pid = Number(name.split('-')[1]);
    // previous-<pid>-<time> of a build killed after the swap, trash-<pid>-<time> that its build's
    // background deletion has not finished, the temporary folders of earlier versions (output-<pid>-…).
    const stale = /^(?:previous|trash|staged|output-\d+)-/.test(name) && pid !== process.pid && !isAlive(pid);
    if (stale) removeQuietly(path.join(dirs.work, name));
  }
}

function removeQuietly(dir: string): void {
  try {
    fs.rmSync(dir, { recursive: true, force: true });
  } catch {
    // Another process is deleting it too; whatever is left goes next time.
  }
}

/** The folder every build of this dist/ works in: inside the project (see createOutputDir). */
function workFolder(dirs: BuildDirs, projectRoot: string): string {
  const inside = path.resolve(dirs.work).startsWith(path.resolve(projectRoot) + path.sep);
  return inside ? dirs.work : path.join(projectRoot, '.dist-build');
}

const LOCK_WAIT_MS = 30 * 60_000;

/**
 * Waits until no other build of this dist/ runs, then holds the lock until `release()` or exit.
 * A lock whose process has ended is taken over.
 */
export async function lockBuild(dirs: BuildDirs, projectRoot: string, onWait: () => void): Promise<{ release(): void }> {
  const work = workFolder(dirs, projectRoot);
  fs.mkdirSync(work, { recursive: true });
  const lock = path.join(work, `lock-${distHash(dirs.dist)}`);
  const deadline = Date.now() + LOCK_WAIT_MS;
  let told = false;
  for (;;) {
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
      break;
    } catch {
      const holder = Number(fs.readFileSync(lock, { encoding: 'utf8', flag: 'a+' }));
      if (!holder || !isAlive(holder) || holder === process.pid) {
        fs.rmSync(lock, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`另一个构建（进程 ${holder}）已运行超过 30 分钟，仍未结束`);
      if (!told) onWait();
      told = true;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  const release = () => fs.rmSync(lock, { force: true });
  process.once('exit', release);
  return { release };
}

/**
 * The output folder of this dist/, emptied, inside the project: when Astro's outDir lies outside
 * the working folder, Astro 5 stages its server build in ./.astro/ and deletes that folder
 * afterwards, which breaks any other build running at the same time and leaks .astro files into
 * the output. Call only while holding the lock.
 */
export function createOutputDir(dirs: BuildDirs, projectRoot: string, kind = 'output'): string {
  const output = path.join(workFolder(dirs, projectRoot), `${kind}-${distHash(dirs.dist)}`);
  fs.rmSync(output, { recursive: true, force: true });
  fs.mkdirSync(output, { recursive: true, mode: PUBLISHED_MODE });
  fs.chmodSync(output, PUBLISHED_MODE);
  return output;
}

/**
 * Puts `output` in place of dist/. An output on another file system (Astro must build inside the
 * project, see createOutputDir) is first copied beside dist/. The previous output is deleted by a
 * detached process after the swap, off the path to a published dist/ (tens of thousands of files
 * at 10,000 entries); a build that finds one left over deletes it then.
 */
export function publishOutput(dirs: BuildDirs, output: string): void {
  let staged = output;
  if (path.dirname(output) !== dirs.work) {
    fs.mkdirSync(dirs.work, { recursive: true });
    staged = path.join(dirs.work, `staged-${process.pid}`);
    fs.rmSync(staged, { recursive: true, force: true });
    try {
      fs.renameSync(output, staged);
    } catch {
      fs.cpSync(output, staged, { recursive: true });
      fs.rmSync(output, { recursive: true, force: true });
    }
  }
  const previous = path.join(dirs.work, `previous-${process.pid}-${Date.now()}`);
  const hadDist = fs.existsSync(dirs.dist);
  if (hadDist) fs.renameSync(dirs.dist, previous);
  fs.chmodSync(staged, PUBLISHED_MODE);
  fs.renameSync(staged, dirs.dist);
  if (!hadDist) return;
  // A trash- folder is never put back as dist/ by recoverDist, however much of it is left.
  const trash = path.join(dirs.work, `trash-${process.pid}-${Date.now()}`);
  fs.renameSync(previous, trash);
  removeInBackground(trash);
}

function removeInBackground(dir: string): void {
  const code = `try{require('node:fs').rmSync(${JSON.stringify(dir)},{recursive:true,force:true})}catch{}`;
  const child = spawn(process.execPath, ['-e', code], { detached: true, stdio: 'ignore' });
  child.on('error', () => removeQuietly(dir));
  child.unref();
}

export function discardOutput(output: string): void {
  fs.rmSync(output, { recursive: true, force: true });
}
