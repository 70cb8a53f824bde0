/**
 * Atomic publishing of the build output. Every step writes into a fresh folder beside dist/;
 * only when all have passed is it renamed into place. A build that fails or is killed leaves the
 * previous dist/ as it was. The swap is two renames on one file system; if a kill lands between
 * them, the next build (or `recoverDist`) puts the previous output back first.
 */
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

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Restores dist/ from a swap that was interrupted, and removes output of killed builds. */
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
    const stale = name.startsWith('previous-') || (name.startsWith('output-') && pid !== process.pid && !isAlive(pid));
    if (stale) fs.rmSync(path.join(dirs.work, name), { recursive: true, force: true });
  }
}

/**
 * A new empty folder for this build's output, inside the project: when Astro's outDir lies
 * outside the working folder, Astro 5 stages its server build in ./.astro/ and deletes that
 * folder afterwards, which breaks any other build running at the same time and leaks .astro
 * files into the output.
 */
export function createOutputDir(dirs: BuildDirs, projectRoot: string): string {
  const inside = path.resolve(dirs.work).startsWith(path.resolve(projectRoot) + path.sep);
  const work = inside ? dirs.work : path.join(projectRoot, '.dist-build');
  fs.mkdirSync(work, { recursive: true });
  const output = fs.mkdtempSync(path.join(work, `output-${process.pid}-`));
  fs.chmodSync(output, PUBLISHED_MODE);
  return output;
}

/**
 * Puts `output` in place of dist/ and removes the previous output. An output on another file
 * system (Astro must build inside the project, see createOutputDir) is first copied beside dist/.
 */
export function publishOutput(dirs: BuildDirs, output: string): void {
  let staged = output;
  if (path.dirname(output) !== dirs.work) {
    fs.mkdirSync(dirs.work, { recursive: true });
    staged = fs.mkdtempSync(path.join(dirs.work, `output-${process.pid}-`));
    try {
      fs.rmSync(staged, { recursive: true });
      fs.renameSync(output, staged);
    } catch {
      fs.cpSync(output, staged, { recursive: true });
      fs.rmSync(output, { recursive: true, force: true });
    }
  }
  const previous = path.join(dirs.work, `previous-${process.pid}-${Date.now()}`);
  if (fs.existsSync(dirs.dist)) fs.renameSync(dirs.dist, previous);
  fs.chmodSync(staged, PUBLISHED_MODE);
  fs.renameSync(staged, dirs.dist);
  fs.rmSync(previous, { recursive: true, force: true });
}

export function discardOutput(output: string): void {
  fs.rmSync(output, { recursive: true, force: true });
}
