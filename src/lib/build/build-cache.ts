/**
 * Where an incremental build keeps what it can reuse, and whether it may. Astro's own cache
 * (`cacheDir`: the content data store, incremental-build.json and a copy of every keyed page) is
 * one folder per content root and dist/ under .astro-cache/, the folder a pipeline keeps between
 * runs. Beside Astro's manifest lies `bz-build-cache.json`, what the cache was built with: when
 * the Astro or Node version, the content root or the lock file differ, the build says so and
 * starts from an empty cache (Astro alone would drop its page copies on a changed lock file, but
 * silently, and it keeps its data store).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The folder a pipeline caches between runs, relative to the project. */
export const CACHE_FOLDER = '.astro-cache';

const STAMP = 'bz-build-cache.json';

export interface CacheStamp {
  astro: string;
  node: string;
  contentRoot: string;
  lockFile: string;
}

/** Astro's cacheDir for one content root built into one dist/. */
export function cacheDirFor(projectRoot: string, contentRoot: string, dist: string): string {
  const key = createHash('sha256')
    .update(`${path.resolve(contentRoot)}\0${path.resolve(dist)}`)
    .digest('hex');
  return path.join(projectRoot, CACHE_FOLDER, key.slice(0, 12));
}

export function currentStamp(projectRoot: string, contentRoot: string): CacheStamp {
  const require = createRequire(path.join(projectRoot, 'package.json'));
  const astro = (JSON.parse(fs.readFileSync(require.resolve('astro/package.json'), 'utf8')) as { version: string }).version;
  const lock = path.join(projectRoot, 'package-lock.json');
  const lockFile = fs.existsSync(lock) ? createHash('sha256').update(fs.readFileSync(lock)).digest('hex') : '';
  return { astro, node: process.versions.node, contentRoot: path.resolve(contentRoot), lockFile };
}

const REASONS: Record<keyof CacheStamp, (before: string, now: string) => string> = {
  astro: (a, b) => `Astro 版本从 ${a} 变为 ${b}`,
  node: (a, b) => `Node.js 版本从 ${a} 变为 ${b}`,
  contentRoot: (a, b) => `内容文件夹从 ${a} 变为 ${b}`,
  lockFile: () => 'package-lock.json 已改变（依赖有更新）',
};

/**
 * Why the cache in `cacheDir` cannot be trusted for a build with `now`, or undefined when it can
 * (or when there is none: a first build needs no explanation).
 */
export function distrust(cacheDir: string, now: CacheStamp): string | undefined {
  if (!fs.existsSync(cacheDir)) return undefined;
  let before: Partial<CacheStamp>;
  try {
    before = JSON.parse(fs.readFileSync(path.join(cacheDir, STAMP), 'utf8')) as Partial<CacheStamp>;
  } catch {
    return fs.readdirSync(cacheDir).length ? '上次构建没有完成，缓存可能只更新了一部分' : undefined;
  }
  const changed = (Object.keys(REASONS) as Array<keyof CacheStamp>).filter((k) => before[k] !== now[k]);
  return changed.length ? changed.map((k) => REASONS[k](String(before[k] ?? '未知'), now[k])).join('；') : undefined;
}

/** Empties the cache: the next astro build renders every page and reloads every entry. */
export function clearCache(cacheDir: string): void {
  fs.rmSync(cacheDir, { recursive: true, force: true });
}

/**
 * Marks the cache as in use before astro starts: Astro writes page copies while it renders but
 * its manifest only at the end, so a build that fails or is killed half-way may leave copies
 * the old manifest does not describe. Without a stamp the next build distrusts the cache.
 */
export function unstampCache(cacheDir: string): void {
  fs.rmSync(path.join(cacheDir, STAMP), { force: true });
}

/**
 * Records what the cache was built with, and for which dist/; written only after a build that
 * succeeded.
 */
export function stampCache(cacheDir: string, stamp: CacheStamp, dist?: string): void {
  fs.mkdirSync(cacheDir, { recursive: true });
  fs.writeFileSync(path.join(cacheDir, STAMP), `${JSON.stringify({ ...stamp, dist }, null, 2)}\n`);
}

/**
 * Removes the caches of dist/ folders that no longer exist (test builds into temporary folders
 * leave one each). A cache in use has no stamp (unstampCache) and is never removed.
 */
export function pruneCaches(projectRoot: string): void {
  const folder = path.join(projectRoot, CACHE_FOLDER);
  if (!fs.existsSync(folder)) return;
  for (const name of fs.readdirSync(folder)) {
    try {
      const { dist } = JSON.parse(fs.readFileSync(path.join(folder, name, STAMP), 'utf8')) as { dist?: string };
      if (dist && !fs.existsSync(dist)) fs.rmSync(path.join(folder, name), { recursive: true, force: true });
    } catch {
      // No stamp: in use, or left by a build that did not finish; the next build of it clears it.
    }
  }
}
