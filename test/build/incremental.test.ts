/**
 * An incremental `npm run build` publishes exactly what a clean build of the same content does:
 * after editing, adding and deleting entries of each kind (a person a release names, a release
 * between two others, a station under a township, an attachment, a photo, site.yaml) and after
 * switching to the production mode, every file of dist/ is byte for byte the one `--clean` builds.
 * The builds must also have skipped pages, or the comparison would prove nothing. With nothing
 * changed and dist/ as the last build left it, the build stops after validate (build-inputs.ts).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyRoot, replaceIn, writeIn } from '../helpers/content-root';
import { runScript } from '../helpers/run-script';

const base = fs.mkdtempSync(path.join(os.tmpdir(), 'bz-incremental-'));
const incremental = path.join(base, 'incremental');
const clean = path.join(base, 'clean');
const env = { SOURCE_DATE_EPOCH: '1700000000' };
let root = '';

function digests(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rel of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = path.join(dir, rel);
    if (fs.statSync(full).isFile()) out[rel] = crypto.createHash('sha256').update(fs.readFileSync(full)).digest('hex');
  }
  return out;
}

/** Pages Astro restored from its cache in a build's log, by path (colours off: Astro colours its log when CI is set). */
const restored = (log: string) => [...stripVTControlCharacters(log).matchAll(/├─ \/(\S+) \(restored\)/g)].map((m) => m[1]!);

/** Builds the root incrementally and cleanly (at the same time) and returns the incremental log. */
async function buildBoth(args: string[] = []): Promise<string> {
  const withRoot = { ...env, CONTENT_DIR: root };
  const [a, b] = await Promise.all([
    runScript('build.ts', [...args, '--out', incremental], withRoot),
    runScript('build.ts', [...args, '--clean', '--out', clean], withRoot),
  ]);
  expect(a.code, a.stderr).toBe(0);
  expect(b.code, b.stderr).toBe(0);
  expect(b.stdout).toContain('全量构建（--clean）');
  const got = digests(incremental);
  expect(Object.keys(got).length).toBeGreaterThan(40);
  expect(got).toEqual(digests(clean));
  return a.stdout;
}

const release = (title: string, date: string, people: string[] = []) =>
  `---\ntitle: ${title}\ndate: ${date}\npeople: [${people.join(', ')}]\n---\n\n${title}的正文。\n`;
const person = (name: string, photo?: string) =>
  `---\nname: ${name}\ncategory: 诚实守信\ncounty: 谯城区\nhonors:\n  - title: 亳州好人\n    period: 2019-Q3\n` +
  `summary: ${name}拾金不昧。\n${photo ? `photo: ${photo}\nphotoAlt: ${name}（示意图）\n` : ''}consent: true\n---\n\n${name}的事迹。\n`;
const png = (r: number, g: number, b: number) =>
  sharp({ create: { width: 400, height: 300, channels: 3, background: { r, g, b } } })
    .png()
    .toBuffer();

beforeAll(async () => {
  root = copyRoot((d) => {
    // No sample left, so the same root also builds in production mode; a third release puts
    // second-release between two others.
    replaceIn(d, 'people/zhang-san.md', 'sample: true\n', '');
    replaceIn(d, 'practice-sites.csv', '乙村村委会,,,,,,1', '乙村村委会,,,,,,');
    writeIn(d, 'releases/third-release.md', release('测试发布稿三', '2022-05-06', ['zhang-san']));
    replaceIn(d, 'releases/second-release.md', 'summary:', 'people: [li-si]\nsummary:');
    // Enough entries for a second page of releases and of 好人 (20 a page), so lists paginate.
    for (let i = 1; i <= 21; i++) {
      writeIn(d, `releases/filler-${i}.md`, release(`往期发布稿${i}`, `2018-01-${String(i).padStart(2, '0')}`));
      writeIn(d, `people/filler-${i}.md`, person(`往期好人${i}`));
    }
  });
  const r = await runScript('build.ts', ['--out', incremental], { ...env, CONTENT_DIR: root });
  expect(r.code, r.stderr).toBe(0);
}, 420_000);

afterAll(() => {
  fs.rmSync(base, { recursive: true, force: true });
  fs.rmSync(root, { recursive: true, force: true });
});

describe('an incremental build', () => {
  it('restores every keyed page when nothing changed but dist/ was touched', async () => {
    // Touched by hand since the build: the build cannot take dist/ as its result, so astro runs.
    fs.utimesSync(path.join(incremental, 'robots.txt'), new Date(2001, 0, 1), new Date(2001, 0, 1));
    const log = await buildBoth();
    expect(log).not.toContain('都没有变化');
    expect(log).toContain('增量构建');
    // No record changed, so Pagefind did not run: the published index was linked whole.
    expect(log).toContain('搜索内容没有变化，沿用上次的索引');
    expect(restored(log)).toEqual(
      expect.arrayContaining([
        'people/zhang-san/index.html',
        'releases/second-release/index.html',
        'sites/qc-gujing-a-zhan/index.html',
        'releases/page/2/index.html',
        'people/page/2/index.html',
        'people/category/cheng-shi-shou-xin/index.html',
      ]),
    );
  }, 420_000);

  it('matches a clean build after edits: a named person, a release between two, a station, an attachment', async () => {
    replaceIn(root, 'people/zhang-san.md', 'name: 张三', 'name: 张三丰');
    replaceIn(root, 'releases/second-release.md', 'title: 测试发布稿二', 'title: 测试发布稿二（修订）');
    replaceIn(root, 'practice-sites.csv', '甲村新时代文明实践站', '甲村新时代文明实践站（新址）');
    fs.appendFileSync(path.join(root, 'files/notice.pdf'), '\n'.repeat(20_000));
    const log = await buildBoth();
    expect(log).not.toContain('沿用上次的索引');
    // What none of the edits touches is still reused.
    expect(restored(log)).toContain('sites/qc-zhongxin/index.html');
    expect(restored(log)).not.toContain('releases/first-release/index.html');
  }, 420_000);

  // A photo added or removed changes the code of every page with photos (Astro's module hash),
  // which would hide a stale cross-reference: photos have steps of their own.
  it('matches a clean build after additions: a release between two naming people, a station', async () => {
    writeIn(root, 'releases/mid-release.md', release('测试发布稿（年中）', '2020-06-01', ['li-si']));
    fs.appendFileSync(
      path.join(root, 'practice-sites.csv'),
      'qc-gujing-c-zhan,丙村新时代文明实践站,站,qc-gujing-suo,谯城区,古井镇,丙村村委会,,,,,,\n',
    );
    const log = await buildBoth();
    expect(restored(log)).toContain('sites/qc-zhongxin/index.html');
    expect(restored(log)).toContain('people/zhang-san/index.html');
  }, 420_000);

  it('matches a clean build after adding a person with a photo whom a release names', async () => {
    writeIn(root, 'images/people/wang-wu.png', await png(200, 40, 40));
    writeIn(root, 'people/wang-wu.md', person('王五', 'people/wang-wu.png'));
    replaceIn(root, 'releases/mid-release.md', '[li-si]', '[li-si, wang-wu]');
    await buildBoth();
  }, 420_000);

  it('matches a clean build after deleting the same', async () => {
    replaceIn(root, 'releases/mid-release.md', '[li-si, wang-wu]', '[li-si]');
    fs.rmSync(path.join(root, 'people/wang-wu.md'));
    fs.rmSync(path.join(root, 'images/people/wang-wu.png'));
    await buildBoth();
    fs.rmSync(path.join(root, 'releases/mid-release.md'));
    replaceIn(root, 'practice-sites.csv', /qc-gujing-c-zhan.*\n/, '');
    const log = await buildBoth();
    expect(restored(log)).toContain('people/zhang-san/index.html');
  }, 420_000);

  it('matches a clean build after site.yaml and a photo change', async () => {
    replaceIn(root, 'site.yaml', 'publisher: 测试市文明办', 'publisher: 测试市精神文明建设办公室');
    await buildBoth();
    writeIn(root, 'images/people/zhang-san.png', await png(30, 90, 160));
    await buildBoth();
  }, 420_000);

  it('runs nothing after validate when neither the content nor the program changed, and leaves dist/ as it was', async () => {
    const before = fs.statSync(path.join(incremental, 'index.html'));
    const log = await buildBoth();
    expect(log).toContain('内容和程序自上次构建以来都没有变化');
    expect(log).not.toContain('astro build');
    const after = fs.statSync(path.join(incremental, 'index.html'));
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
    // --clean always builds.
    const cleanLog = await runScript('build.ts', ['--clean', '--out', incremental], { ...env, CONTENT_DIR: root });
    expect(cleanLog.code, cleanLog.stderr).toBe(0);
    expect(cleanLog.stdout).toContain('astro build');
  }, 420_000);

  it('matches a clean build in production mode, and back', async () => {
    await buildBoth(['--production']);
    await buildBoth();
  }, 420_000);
});
