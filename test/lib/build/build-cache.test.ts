import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheDirFor, currentStamp, distrust, pruneCaches, stampCache, unstampCache } from '../../../src/lib/build/build-cache';
import { cacheKey, withCacheKeys } from '../../../src/lib/build/cache-key';

const stamp = { astro: '7.4.7', node: '24.22.3', contentRoot: '/srv/content', lockFile: 'abc' };
const cache = () => fs.mkdtempSync(path.join(os.tmpdir(), 'bz-cache-'));

describe('the build cache', () => {
  it('is trusted when nothing it was built with changed, and when there is none yet', () => {
    const dir = cache();
    expect(distrust(path.join(dir, 'missing'), stamp)).toBeUndefined();
    stampCache(dir, stamp);
    expect(distrust(dir, stamp)).toBeUndefined();
  });

  it('is distrusted, in Chinese, after another Astro version, content root or lock file', () => {
    const dir = cache();
    stampCache(dir, stamp);
    expect(distrust(dir, { ...stamp, astro: '7.5.0' })).toBe('Astro 版本从 7.4.7 变为 7.5.0');
    expect(distrust(dir, { ...stamp, contentRoot: '/srv/other' })).toBe('内容文件夹从 /srv/content 变为 /srv/other');
    expect(distrust(dir, { ...stamp, lockFile: 'def', node: '26.0.0' })).toBe(
      'Node.js 版本从 24.22.3 变为 26.0.0；package-lock.json 已改变（依赖有更新）',
    );
  });

  it('is distrusted after a build that did not finish', () => {
    const dir = cache();
    stampCache(dir, stamp);
    unstampCache(dir);
    fs.writeFileSync(path.join(dir, 'incremental-build.json'), '{}');
    expect(distrust(dir, stamp)).toBe('上次构建没有完成，缓存可能只更新了一部分');
  });

  it('lives in one folder per content root and dist/ under .astro-cache/', () => {
    const a = cacheDirFor('/p', '/p/content', '/p/dist');
    expect(path.dirname(a)).toBe('/p/.astro-cache');
    expect(cacheDirFor('/p', '/p/content', '/p/dist')).toBe(a);
    expect(cacheDirFor('/p', '/p/other', '/p/dist')).not.toBe(a);
    expect(cacheDirFor('/p', '/p/content', '/tmp/dist')).not.toBe(a);
  });

  it('is removed once its dist/ is gone, but never while a build uses it', () => {
    const project = cache();
    const dist = path.join(project, 'dist');
    fs.mkdirSync(dist);
    const kept = cacheDirFor(project, '/c', dist);
    const gone = cacheDirFor(project, '/c', path.join(project, 'gone'));
    const inUse = cacheDirFor(project, '/c', path.join(project, 'building'));
    stampCache(kept, stamp, dist);
    stampCache(gone, stamp, path.join(project, 'gone'));
    fs.mkdirSync(inUse, { recursive: true });
    pruneCaches(project);
    expect([fs.existsSync(kept), fs.existsSync(gone), fs.existsSync(inUse)]).toEqual([true, false, true]);
  });

  it('records the installed Astro and the lock file', () => {
    const now = currentStamp(process.cwd(), 'content');
    expect(now.astro).toMatch(/^\d+\.\d+\.\d+/);
    expect(now.lockFile).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('cacheKey', () => {
  it('changes with any value of its inputs, not with the order of object keys', () => {
    const base = cacheKey({ a: 1, b: { c: [1, 2] } });
    expect(cacheKey({ b: { c: [1, 2] }, a: 1 })).toBe(base);
    expect(cacheKey({ a: 1, b: { c: [2, 1] } })).not.toBe(base);
    expect(cacheKey(new Map([['x', 1]]))).not.toBe(cacheKey(new Map([['x', 2]])));
  });

  it('refuses a function, which it could not hash', () => {
    expect(() => cacheKey({ render: () => 1 })).toThrow(/render/);
  });

  it('keys each path by its params, its props and what all pages share', () => {
    const paths = [{ params: { id: 'a' }, props: { n: 1 } }];
    const [one] = withCacheKeys(paths, { site: 'x' });
    expect(withCacheKeys(paths, { site: 'x' })[0]!.cacheKey).toBe(one!.cacheKey);
    expect(withCacheKeys(paths, { site: 'y' })[0]!.cacheKey).not.toBe(one!.cacheKey);
    expect(withCacheKeys([{ params: { id: 'a' }, props: { n: 2 } }], { site: 'x' })[0]!.cacheKey).not.toBe(one!.cacheKey);
  });
});
