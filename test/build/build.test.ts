/**
 * Builds the good fixture root once with `npm run build`, then checks dist/; also checks that
 * bad content and a killed build leave the previous dist/ exactly as it was.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BAD_CASES } from '../helpers/bad-content';
import { HOSTILE_CASES } from '../helpers/hostile-corpus';
import { copyRoot, GOOD_ROOT, replaceIn } from '../helpers/content-root';
import { htmlProblems } from '../helpers/html-validate';
import { distHash } from '../../src/lib/build/atomic-dist';
import { runScript, startScript } from '../helpers/run-script';

const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bz-build-')), 'dist');
const read = (rel: string) => fs.readFileSync(path.join(out, rel), 'utf8');
const snapshot = (dir: string) =>
  fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((f) => {
      const full = path.join(dir, f);
      return [f, fs.statSync(full).isFile() ? fs.readFileSync(full).length : 'dir', fs.statSync(full).mtimeMs];
    });

beforeAll(async () => {
  const r = await runScript('build.ts', ['--out', out], { CONTENT_DIR: GOOD_ROOT });
  if (r.code !== 0) throw new Error(`fixture build failed:\n${r.stdout}\n${r.stderr}`);
});

describe('npm run build on the good fixture', () => {
  it('writes a page for every entry of every collection', async () => {
    for (const page of [
      'index.html',
      '404.html',
      'releases/index.html',
      'releases/first-release/index.html',
      'releases/second-release/index.html',
      'people/index.html',
      'people/zhang-san/index.html',
      'people/li-si/index.html',
      'rules/index.html',
      'sites/index.html',
      'sites/qc-zhongxin/index.html',
      'sites/qc-gujing-suo/index.html',
      'sites/qc-gujing-a-zhan/index.html',
      'about/index.html',
    ])
      expect(fs.existsSync(path.join(out, page)), page).toBe(true);
  });

  it('declares Chinese on every page so Pagefind and screen readers segment it', async () => {
    for (const page of ['index.html', 'people/li-si/index.html', 'about/index.html'])
      expect(read(page)).toContain('<html lang="zh-CN"');
  });

  it('marks sample entries with a visible notice and leaves real ones unmarked', async () => {
    expect(read('people/zhang-san/index.html')).toContain('示例内容');
    expect(read('people/li-si/index.html')).not.toContain('示例内容');
  });

  it('gives every rule an anchor and links a release to the people it names', async () => {
    const rules = read('rules/index.html');
    for (const n of [1, 2, 3]) expect(rules).toContain(`id="rule-${n}"`);
    expect(read('releases/first-release/index.html')).toContain('href="/people/zhang-san/"');
    expect(read('people/zhang-san/index.html')).toContain('href="/releases/first-release/"');
  });

  it("shows a site's chain of parents as a breadcrumb", () => {
    const html = read('sites/qc-gujing-a-zhan/index.html');
    expect(html.indexOf('href="/sites/qc-zhongxin/"')).toBeGreaterThan(-1);
    expect(html.indexOf('href="/sites/qc-zhongxin/"')).toBeLessThan(html.indexOf('href="/sites/qc-gujing-suo/"'));
  });

  it('publishes attachments and a Pagefind index that finds a township', async () => {
    expect(fs.existsSync(path.join(out, 'files/notice.pdf'))).toBe(true);
    expect(fs.existsSync(path.join(out, 'pagefind/pagefind.js'))).toBe(true);
    const { openBundle } = await import('../../tools/lib/pagefind-node');
    const { rankQueries } = await import('../../tools/lib/rank-queries');
    const bundle = await openBundle(out);
    try {
      const [result] = await rankQueries(bundle.pagefind, ['古井镇']);
      expect(result!.urls).toContain('/sites/qc-gujing-suo/');
    } finally {
      await bundle.close();
    }
  });

  it('refuses every kind of bad content before building, naming the file, with dist/ untouched', async () => {
    const before = snapshot(out);
    for (const bad of BAD_CASES) {
      const dir = copyRoot(bad.edit);
      const r = await runScript('build.ts', ['--out', out], { CONTENT_DIR: dir });
      expect(r.code, bad.name).toBe(1);
      expect(r.stderr, bad.name).toContain(`${dir}/${bad.file}`);
      expect(r.stderr, bad.name).toContain('保持不变');
    }
    expect(snapshot(out)).toEqual(before);
  }, 60_000);

  it('refuses the whole hostile corpus before building, naming every file, with dist/ untouched', async () => {
    const before = snapshot(out);
    const roots = [
      copyRoot((d) => HOSTILE_CASES.filter((c) => !c.alone).forEach((c) => c.edit(d))),
      ...HOSTILE_CASES.filter((c) => c.alone).map((c) => copyRoot(c.edit)),
    ];
    const stderr: string[] = [];
    for (const dir of roots) {
      const r = await runScript('build.ts', ['--out', out], { CONTENT_DIR: dir });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('保持不变');
      expect(r.stderr + r.stdout).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
      stderr.push(r.stderr.replaceAll(`${dir}/`, ''));
      fs.rmSync(dir, { recursive: true, force: true });
    }
    const lines = stderr.join('\n').split('\n');
    const missed = HOSTILE_CASES.filter(
      (c) => !lines.some((l) => l.startsWith(c.line ? `${c.file}:${c.line} ` : c.file) && l.includes(c.says)),
    );
    expect(missed.map((c) => c.name)).toEqual([]);
    expect(snapshot(out)).toEqual(before);
  }, 120_000);

  it('leaves dist/ complete when the build is killed half-way, and cleans up its partial output', async () => {
    const before = snapshot(out);
    // --clean: the content has not changed since dist/ was built, and the build would stop after validate.
    const child = startScript('build.ts', ['--clean', '--out', out], { CONTENT_DIR: GOOD_ROOT });
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('astro build'))
          setTimeout(() => {
            child.kill('SIGTERM');
            resolve();
          }, 1500);
      });
    });
    const code = await new Promise((resolve) => child.on('exit', (c) => resolve(c)));
    expect(code).not.toBe(0);
    expect(snapshot(out)).toEqual(before);
    for (const work of [path.join(path.dirname(out), '.dist-build'), path.resolve('.dist-build')]) {
      // This dist/'s work folders (other test files build at the same time, into their own).
      const mine = [`output-${distHash(out)}`, `search-${distHash(out)}`];
      const left = fs.existsSync(work) ? fs.readdirSync(work).filter((n) => mine.includes(n)) : [];
      expect(left).toEqual([]);
    }
  }, 60_000);

  it('leaves dist/ complete when a step beside astro fails (here the search index)', async () => {
    const before = snapshot(out);
    // Pagefind's Node API starts the binary PAGEFIND_BINARY_PATH names: one that exits at once.
    const r = await runScript('build.ts', ['--clean', '--out', out], {
      CONTENT_DIR: GOOD_ROOT,
      PAGEFIND_BINARY_PATH: '/bin/false',
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('建立搜索索引失败');
    expect(r.stderr).toContain('保持不变');
    expect(snapshot(out)).toEqual(before);
  }, 90_000);
});

describe('npm run build on content too large for the machine', () => {
  it('refuses up front, naming the limit, with dist/ untouched', async () => {
    const before = snapshot(out);
    const r = await runScript('build.ts', ['--out', out], { CONTENT_DIR: GOOD_ROOT, BZ_TOTAL_MEMORY_BYTES: String(1024 ** 3) });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('内容共 12 条，超过本机（内存 1 GB）可安全构建的上限 0 条');
    expect(snapshot(out)).toEqual(before);
  });
});

describe('npm run build -- --production', () => {
  it('refuses sample entries, naming them', async () => {
    const r = await runScript('build.ts', ['--production', '--out', `${out}-prod`], { CONTENT_DIR: GOOD_ROOT });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('people/zhang-san.md:15 sample：「zhang-san」是示例内容');
    expect(fs.existsSync(`${out}-prod`)).toBe(false);
  });

  it('builds without drafts (releases and 好人 awaiting consent) once no sample is left', async () => {
    const dir = copyRoot((d) => {
      replaceIn(d, 'people/zhang-san.md', 'sample: true\n', '');
      replaceIn(d, 'practice-sites.csv', '乙村村委会,,,,,,1', '乙村村委会,,,,,,');
      replaceIn(d, 'releases/second-release.md', 'summary:', 'draft: true\nsummary:');
      replaceIn(d, 'people/li-si.md', 'consent: true', 'consent: false\ndraft: true');
    });
    const r = await runScript('build.ts', ['--production', '--out', `${out}-prod`], { CONTENT_DIR: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(fs.existsSync(`${out}-prod/releases/first-release/index.html`)).toBe(true);
    expect(fs.existsSync(`${out}-prod/releases/second-release/index.html`)).toBe(false);
    expect(fs.readFileSync(`${out}-prod/releases/index.html`, 'utf8')).not.toContain('测试发布稿二');
    expect(fs.existsSync(`${out}-prod/people/zhang-san/index.html`)).toBe(true);
    expect(fs.existsSync(`${out}-prod/people/li-si/index.html`)).toBe(false);
    expect(fs.readFileSync(`${out}-prod/people/index.html`, 'utf8')).not.toContain('李四志愿服务队');
  }, 120_000);
});

describe('links in the fixture build', () => {
  it('all resolve: pages, files, feeds, images and anchors, and every search result address', async () => {
    const { checkLinks } = await import('../../tools/lib/links');
    const { bundleFragments } = await import('../../tools/lib/pagefind-bundle');
    const urls = bundleFragments(out).map((f) => f.url);
    expect(urls).toContain('/rules/#rule-1');
    const { checked, broken } = checkLinks(
      out,
      'https://test.example.org',
      urls.map((url) => ({ page: 'pagefind/fragment', href: url })),
    );
    expect(checked).toBeGreaterThan(50);
    expect(broken).toEqual([]);
  });
});

describe('the rendered HTML of the fixture build', () => {
  it("holds no script but the hashed mode switch, JSON-LD, the search page's module, the header box's search prefetch, the 「朗读」 module and the directory's two (the finder's in a <template>), no iframe, no on…= and no javascript: URL", async () => {
    const { findUnsafeMarkup } = await import('../../src/lib/validate/unsafe-markup');
    const { MODE_SCRIPT } = await import('../../src/lib/security/mode-script');
    const pages = fs.readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    const found = pages.flatMap((f) => {
      let html = read(f)
        .replace(`<script>${MODE_SCRIPT}</script>`, '')
        .replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g, '');
      if (f === path.join('search', 'index.html'))
        html = html.replace(/<script type="module" src="\/_astro\/search\.astro_[\w.-]+\.js"><\/script>/, '');
      // The header box's search prefetch, on every page but the search page (issue 20).
      else html = html.replace(/<script type="module" src="\/_astro\/SearchPrefetch\.astro_[\w.-]+\.js"><\/script>/, '');
      // 「朗读」 on releases, profiles and the rules: one module from /_astro/, nothing inline.
      if (/^(releases|people)[\\/][\w-]+[\\/]index\.html$|^rules[\\/]/.test(f))
        html = html.replace(/<script type="module" src="\/_astro\/ReadAloud\.astro_[\w.-]+\.js"><\/script>/, '');
      // The practice-site directory (issue 14): today's hours on every page, the finder loaded on use.
      if (f.startsWith(`sites${path.sep}`))
        html = html
          .replace(/<script type="module" src="\/_astro\/DirectoryPage\.astro_[\w.-]+\.js"><\/script>/, '')
          .replace(
            /<template data-bz-finder><script type="module" src="\/_astro\/FinderScript\.astro_[\w.-]+\.js"><\/script><\/template>/,
            '',
          );
      return findUnsafeMarkup(html).map((x) => `${f}: ${x.snippet}`);
    });
    expect(found).toEqual([]);
  });
});

describe('the HTML of every page of the fixture build', () => {
  it("is valid by html-validate's recommended rules", async () => {
    const { pages, problems } = await htmlProblems(out);
    expect(pages).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });
});
