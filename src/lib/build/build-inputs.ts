/**
 * Whether a build has anything to do. A digest of everything `npm run build` makes dist/ from: every
 * file of the content root, the project's files the build reads (src/, public/, the Astro and
 * TypeScript configurations, package.json and the lock file, which pins every dependency), the build
 * mode and the environment the build reads (SOURCE_DATE_EPOCH, Pagefind's chunk size) and the Node
 * version. build.ts records it beside the cache with a fingerprint of the dist/ it published (every
 * file's path, size and modification time); when both match, dist/ is what this build would write
 * and astro does not run. Anything else — a changed byte anywhere in those files, a file added or
 * removed, dist/ touched by hand, `--clean`, a cache that cannot be trusted — builds as before.
 * What this leaves as it was: the open-data files' `generatedAt` (the time of the build that made
 * them, unless SOURCE_DATE_EPOCH fixes it), since nothing they hold changed.
 */
import { createHash, type Hash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** The project's own inputs, relative to its root: folders walked whole, and single files. */
export const PROJECT_INPUTS = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json'];

/** The environment variables the build's output depends on, besides the content root and dist/. */
const ENVIRONMENT = ['SOURCE_DATE_EPOCH', 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'];

const RECORD = 'bz-build-inputs.txt';

/** A content root or project whose files cannot all be read plainly: no digest, so the build runs. */
class Unreadable extends Error {}

/**
 * Files under `dir` (or `dir` itself when it is a file), relative to `base`, sorted; `.git` left
 * out. A symbolic link or anything but a regular file throws Unreadable: validate has its say on
 * those, and the build never takes a shortcut past them.
 */
function filesOf(dir: string, base: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const top = fs.lstatSync(dir);
  if (top.isFile()) return [path.relative(base, dir)];
  if (!top.isDirectory()) throw new Unreadable(dir);
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const full = path.join(e.parentPath, e.name);
    if (full.split(path.sep).includes('.git') || e.isDirectory()) continue;
    if (!e.isFile()) throw new Unreadable(full);
    out.push(path.relative(base, full));
  }
  return out.sort();
}

function hashFiles(hash: Hash, label: string, base: string, files: string[]): void {
  hash.update(`${label}\0${files.length}\0`);
  for (const f of files)
    hash
      .update(`${f.split(path.sep).join('/')}\0`)
      .update(fs.readFileSync(path.join(base, f)))
      .update('\0');
}

/** The digest, or undefined when a file cannot be read plainly (then the build always runs). */
export function buildInputs(
  projectRoot: string,
  contentRoot: string,
  production: boolean,
  env = process.env,
): string | undefined {
  try {
    const hash = createHash('sha256');
    hash.update(`node ${process.versions.node}\0production ${production}\0`);
    for (const name of ENVIRONMENT) hash.update(`${name}=${env[name] ?? ''}\0`);
    hashFiles(hash, 'content', contentRoot, filesOf(contentRoot, contentRoot));
    const project = PROJECT_INPUTS.flatMap((p) => filesOf(path.join(projectRoot, p), projectRoot));
    hashFiles(hash, 'project', projectRoot, project);
    return hash.digest('hex');
  } catch {
    return undefined;
  }
}

/**
 * Every file of dist/ by path, size and modification time: a dist/ touched since the build differs.
 * Undefined when dist/ cannot be listed plainly (a link, say): then the build runs.
 */
export function distFingerprint(dist: string): string | undefined {
  try {
    if (!fs.existsSync(dist)) return undefined;
    const hash = createHash('sha256');
    for (const f of filesOf(dist, dist)) {
      const s = fs.lstatSync(path.join(dist, f));
      hash.update(`${f}\0${s.size}\0${s.mtimeMs}\0`);
    }
    return hash.digest('hex');
  } catch {
    return undefined;
  }
}

/** The line a build records and the next compares: undefined when either half is unknown. */
export function inputsLine(inputs: string | undefined, dist: string): string | undefined {
  const print = inputs === undefined ? undefined : distFingerprint(dist);
  return print === undefined ? undefined : `${inputs} ${print}`;
}

/** What the build that published dist/ recorded, or undefined. */
export function recordedInputs(cacheDir: string): string | undefined {
  try {
    return fs.readFileSync(path.join(cacheDir, RECORD), 'utf8').trim();
  } catch {
    return undefined;
  }
}

/** Written after a build published dist/; removed when a build starts that may change it. */
export function recordInputs(cacheDir: string, inputs: string | undefined, dist: string): void {
  const line = inputsLine(inputs, dist);
  if (line !== undefined) fs.writeFileSync(path.join(cacheDir, RECORD), `${line}\n`);
}

export function forgetInputs(cacheDir: string): void {
  fs.rmSync(path.join(cacheDir, RECORD), { force: true });
}
