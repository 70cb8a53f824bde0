/**
 * build-inputs.ts: the digest of what a build reads changes with any byte of the content or the
 * program, a file added or removed, the mode and the environment the build reads, and not with a
 * file's time alone; the fingerprint of dist/ changes when dist/ is touched.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildInputs, distFingerprint, PROJECT_INPUTS } from '../../../src/lib/build/build-inputs';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bz-build-inputs-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const project = path.join(dir, 'project');
const content = path.join(dir, 'content');
const dist = path.join(dir, 'dist');
const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
};
write(path.join(project, 'src/pages/index.astro'), '<h1>首页</h1>');
write(path.join(project, 'public/robots.txt'), 'User-agent: *');
write(path.join(project, 'package-lock.json'), '{}');
write(path.join(project, 'README.md'), '说明');
write(path.join(content, 'site.yaml'), 'name: 示例');
write(path.join(content, 'people/a.md'), '甲');
write(path.join(dist, 'index.html'), '<h1>首页</h1>');

const digest = (production = false, env: NodeJS.ProcessEnv = {}) => buildInputs(project, content, production, env);

describe('buildInputs', () => {
  it('changes with a byte of the content or the program, a file added or removed, the mode and the environment', () => {
    const base = digest();
    expect(digest()).toBe(base);
    const changes: Array<[string, () => void, () => void]> = [
      [
        'a content byte',
        () => write(path.join(content, 'people/a.md'), '乙'),
        () => write(path.join(content, 'people/a.md'), '甲'),
      ],
      [
        'a content file added',
        () => write(path.join(content, 'people/b.md'), '丙'),
        () => fs.rmSync(path.join(content, 'people/b.md')),
      ],
      [
        'a source byte',
        () => write(path.join(project, 'src/pages/index.astro'), '<h1>首页 </h1>'),
        () => write(path.join(project, 'src/pages/index.astro'), '<h1>首页</h1>'),
      ],
      [
        'a public file removed',
        () => fs.rmSync(path.join(project, 'public/robots.txt')),
        () => write(path.join(project, 'public/robots.txt'), 'User-agent: *'),
      ],
      [
        'the lock file',
        () => write(path.join(project, 'package-lock.json'), '{"a":1}'),
        () => write(path.join(project, 'package-lock.json'), '{}'),
      ],
    ];
    for (const [what, change, undo] of changes) {
      change();
      expect(digest(), what).not.toBe(base);
      undo();
      expect(digest(), `${what}, undone`).toBe(base);
    }
    expect(digest(true)).not.toBe(base);
    expect(digest(false, { SOURCE_DATE_EPOCH: '1700000000' })).not.toBe(base);
    expect(digest(false, { PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: '4000' })).not.toBe(base);
  });

  it('is undefined, so that the build runs, when the content holds a symbolic link', () => {
    const link = path.join(content, 'people/link.md');
    fs.symlinkSync(path.join(content, 'people/a.md'), link);
    expect(digest()).toBeUndefined();
    fs.rmSync(link);
    expect(digest()).toBeDefined();
  });

  it('does not change with a file’s time, nor with a project file the build does not read', () => {
    const base = digest();
    fs.utimesSync(path.join(content, 'site.yaml'), new Date(2001, 0, 1), new Date(2001, 0, 1));
    write(path.join(project, 'README.md'), '新的说明');
    expect(PROJECT_INPUTS).not.toContain('README.md');
    expect(digest()).toBe(base);
  });
});

describe('distFingerprint', () => {
  it('changes when a file of dist/ is touched, added or removed', () => {
    const base = distFingerprint(dist);
    expect(distFingerprint(dist)).toBe(base);
    fs.utimesSync(path.join(dist, 'index.html'), new Date(2001, 0, 1), new Date(2001, 0, 1));
    const touched = distFingerprint(dist);
    expect(touched).not.toBe(base);
    write(path.join(dist, 'extra.html'), '');
    expect(distFingerprint(dist)).not.toBe(touched);
    fs.rmSync(path.join(dist, 'extra.html'));
    expect(distFingerprint(dist)).toBe(touched);
    expect(distFingerprint(path.join(dir, 'missing'))).toBeUndefined();
  });
});
