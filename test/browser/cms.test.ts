/**
 * The web editor (`npm run cms`) in Chromium over a copy of the bundled content: an editor
 * creates a 好人 with a photo and a release with an attachment through the forms, the files the
 * CMS wrote pass validate, a required field left empty is refused in Chinese, an edit of one
 * field changes one line, and the 「检查」 page shows validate's message. No request may leave
 * the CMS server's origin.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startCmsServer, type CmsServer } from '../../src/lib/cms/server';
import { validateContentAndImages } from '../../src/lib/validate';
import { formatProblem } from '../../src/lib/validate/problem';
import { launchChromium } from '../../tools/lib/chromium';
import { openCms, type CmsSession } from '../../tools/lib/cms-session';
import { axeViolations } from './helpers';
import { startGitHttpServer, type GitHttpServer } from '../../tools/lib/git-http-server';
import { sysGit, sysGitAsync } from '../helpers/git-repo';

let browser: Browser;
let server: CmsServer;
let session: CmsSession;
let page: Page;
let repo: string;
/** The office's remote, over smart HTTP, for 「发布」. */
let remote: GitHttpServer;
const uploads = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-uploads-'));

beforeAll(async () => {
  repo = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-repo-'));
  fs.cpSync(path.resolve('content'), path.join(repo, 'content'), { recursive: true });
  // The copy is a git repository whose origin is the office's remote, as an editor's folder is.
  remote = await startGitHttpServer({ token: 'office-token' });
  sysGit(repo, 'init', '-q', '-b', 'main');
  sysGit(repo, 'add', '.');
  sysGit(repo, 'commit', '-q', '-m', '初始内容');
  sysGit(repo, 'remote', 'add', 'origin', remote.url.replace('http://', 'http://editor:office-token@'));
  await sysGitAsync(repo, 'push', '-q', 'origin', 'main');
  server = await startCmsServer({
    contentDir: path.join(repo, 'content'),
    configFile: path.resolve('cms/config.yml'),
    previewOrigin: 'http://127.0.0.1:4321',
  });
  browser = await launchChromium();
  session = await openCms(browser, server.url, repo);
  page = session.page;
  await page.getByRole('button', { name: '使用本地仓库' }).click();
  await page.getByRole('treeitem', { name: '好人' }).waitFor();
  await sharp({ create: { width: 640, height: 480, channels: 3, background: '#c84' } })
    .jpeg()
    .toFile(path.join(uploads, 'li-ming.jpg'));
  // A PDF of its own: the CMS reuses a file already in the folder when the bytes are the same.
  fs.writeFileSync(
    path.join(uploads, 'huo-dong-fang-an.pdf'),
    Buffer.concat([fs.readFileSync(path.resolve('content/files/sample-notice.pdf')), Buffer.from('\n% cms test\n')]),
  );
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await remote?.close();
  for (const dir of [repo, uploads]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail') {
    await page.screenshot({ path: '/tmp/fail.png' });
    fs.writeFileSync('/tmp/fail.aria', await page.locator('body').ariaSnapshot());
  }
});

const field = (label: string) => page.getByRole('group', { name: `「⁨${label}⁩」字段` });

async function upload(label: string, file: string) {
  await field(label).getByRole('button', { name: '浏览' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('dialog').getByRole('button', { name: '上传' }).click();
  await (await chooser).setFiles(path.join(uploads, file));
  await page.getByRole('dialog').getByRole('option', { name: file }).waitFor();
  await page.getByRole('dialog').getByRole('button', { name: '插入' }).click();
  // After 插入 the CMS empties the field while it reads the file (「正在处理文件，可能耗时。」), then shows
  // the file's name. 保存 meanwhile finds a required field empty and is refused. Wait for the name.
  await field(label).getByRole('textbox', { name: label }).filter({ hasText: file }).waitFor();
}

/**
 * Picks an option of a radio field. Sveltia's radio group takes clicks only once it has made itself
 * one tab stop (about 100 ms after it appears): a click before that shows the radio checked but
 * leaves the field empty, and 保存 is refused.
 */
async function choose(label: string, option: string) {
  const group = field(label).getByRole('radiogroup');
  await group.locator('[role="radio"][tabindex="-1"]').first().waitFor({ state: 'attached' });
  await group.getByRole('radio', { name: option }).check();
}

/** The CMS draws fields as they scroll into view: the body comes last. */
async function scrollToEnd() {
  await page
    .getByRole('group', { name: /」字段$/ })
    .last()
    .hover();
  await page.mouse.wheel(0, 3000);
}

/** Saves and waits until the CMS has written `file` (the saved-toast of an earlier save may still show). */
async function save(file: string) {
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect.poll(() => session.exists(file), { timeout: 15_000, message: `the CMS wrote no ${file}` }).toBe(true);
}

describe('the web editor', () => {
  it('refuses to save a 好人 whose required fields are empty, in Chinese', async () => {
    await page.goto(`${server.url}#/collections/people/new`);
    await page.getByRole('button', { name: '保存', exact: true }).click();
    // The alert starts with its icon's name (error), drawn by the icon font.
    await expect.poll(() => field('姓名').getByRole('alert').textContent()).toMatch(/此字段为必填项。$/);
    await expect.poll(() => field('类别').getByRole('alert').textContent()).toMatch(/此字段为必填项。$/);
  });

  it('creates a 好人 with a photo through the form, in files that validate', async () => {
    await page.goto(`${server.url}#/collections/people/new`);
    await page.getByRole('textbox', { name: '姓名' }).fill('李明');
    await choose('类别', '助人为乐');
    await choose('县区', '谯城区');
    await field('所获荣誉').getByRole('button', { name: /添加/ }).click();
    await choose('荣誉名称', '亳州好人');
    await page.getByRole('textbox', { name: '获评时间' }).fill('2026-05');
    await page.getByRole('textbox', { name: '一句话简介' }).fill('他常年义务为村里的老人修理家电。');
    await upload('照片', 'li-ming.jpg');
    await page.getByRole('textbox', { name: '照片说明' }).fill('李明在为老人修理收音机');
    await expect(page.getByRole('switch', { name: '草稿' }).isChecked()).resolves.toBe(true);
    await page.getByRole('switch', { name: '本人（或监护人）是否同意发布' }).click();
    await page.getByRole('switch', { name: '草稿' }).click();
    await scrollToEnd();
    await page.getByRole('textbox', { name: '事迹' }).fill('李明是谯城区一位退休电工。');
    await page.getByRole('textbox', { name: '别名' }).fill('li-ming');
    await save('content/people/li-ming.md');
    const text = (await session.read('content/people/li-ming.md')).toString('utf8');
    expect(text).toContain('photo: li-ming.jpg');
    expect((await session.read('content/images/li-ming.jpg')).subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    expect(text).toContain('consent: true');
    expect(text).toContain('draft: false');
  });

  it('creates a release with an attachment through the form', async () => {
    await page.goto(`${server.url}#/collections/releases/new`);
    await page.getByRole('textbox', { name: '标题' }).fill('我市开展文明交通志愿服务活动');
    await field('发布日期').locator('input').first().fill('2026-11-20');
    await page.getByRole('combobox', { name: '主题' }).click();
    await page.getByRole('option', { name: '志愿服务' }).click();
    await page.getByRole('textbox', { name: '标题' }).click();
    await field('附件列表').getByRole('button', { name: /添加/ }).click();
    await page.getByRole('textbox', { name: '附件名称' }).fill('活动方案（PDF）');
    await upload('附件文件', 'huo-dong-fang-an.pdf');
    await scrollToEnd();
    await page.getByRole('textbox', { name: '正文' }).fill('11月20日，全市各县区同步开展文明交通志愿服务活动。');
    await page.getByRole('textbox', { name: '别名' }).fill('2026-wen-ming-jiao-tong');
    await save('content/releases/2026-wen-ming-jiao-tong.md');
    const text = (await session.read('content/releases/2026-wen-ming-jiao-tong.md')).toString('utf8');
    expect(text).toContain('file: huo-dong-fang-an.pdf');
    expect((await session.read('content/files/huo-dong-fang-an.pdf')).toString('latin1')).toMatch(/^%PDF-[\s\S]*% cms test\n$/);
  });

  it('wrote files that validate accepts without an error', async () => {
    await session.syncTo(repo);
    const result = await validateContentAndImages(path.join(repo, 'content'));
    expect(result.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
  });

  it('offers nothing to save on an entry opened and left unchanged', async () => {
    await page.goto(`${server.url}#/collections/people/entries/sample-wang-xiu-lan`);
    await page.getByRole('textbox', { name: '姓名' }).waitFor();
    await expect(page.getByRole('button', { name: '保存', exact: true }).isDisabled()).resolves.toBe(true);
  });

  it.each([
    ['content/people/sample-wang-xiu-lan.md', 'people/entries/sample-wang-xiu-lan', '乡镇或街道', '古井镇'],
    [
      'content/releases/2019-work-report.md',
      'releases/entries/2019-work-report',
      '标题',
      '亳州市文明办2019年度工作情况新闻发布稿',
    ],
    ['content/pages/about.md', 'pages/entries/about', '页面标题', '关于本站'],
    ['content/rules.yaml', 'data/entries/rules', '条目标题', '爱党爱国'],
    ['content/figures.yaml', 'data/entries/figures', '统计项目名称', '新时代文明实践中心'],
    ['content/site.yaml', 'data/entries/site', '网站名称', '亳州文明网'],
  ])('changes exactly the edited line when one field of %s is edited and saved', async (file, entry, label, value) => {
    const before = fs.readFileSync(path.resolve(file), 'utf8').split('\n');
    await page.goto(`${server.url}#/collections/${entry}`);
    const box = page.getByRole('textbox', { name: label }).first();
    await expect(box.inputValue()).resolves.toBe(value);
    await box.fill(`${value}（改）`);
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expect.poll(async () => (await session.read(file)).toString('utf8').includes('（改）'), { timeout: 15_000 }).toBe(true);
    const after = (await session.read(file)).toString('utf8').split('\n');
    expect(after.length).toBe(before.length);
    expect(before.flatMap((line, i) => (line === after[i] ? [] : [[line, after[i]]]))).toEqual([
      [expect.stringContaining(value), expect.stringContaining(`${value}（改）`)],
    ]);
  });

  it('links the live preview of the entry being edited', async () => {
    await page.goto(`${server.url}#/collections/people/entries/sample-wang-xiu-lan`);
    const link = page.getByRole('link', { name: '预览这一条' });
    await expect(link.getAttribute('href')).resolves.toBe('http://127.0.0.1:4321/people/sample-wang-xiu-lan/');
    await page.goto(`${server.url}#/collections/data/entries/rules`);
    await expect(link.getAttribute('href')).resolves.toBe('http://127.0.0.1:4321/rules/');
    await page.goto(`${server.url}#/collections/people`);
    await expect(page.getByRole('link', { name: '预览网站' }).getAttribute('href')).resolves.toBe('http://127.0.0.1:4321/');
  });

  it("links the 「检查」 page, which shows validate's message for a mistake in the working copy", async () => {
    const file = path.join(repo, 'content/people/sample-gao-shu-fen.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^category: .*$/m, 'category: 助人'));
    await page.goto(server.url);
    const [check] = await Promise.all([page.context().waitForEvent('page'), page.getByRole('link', { name: '检查' }).click()]);
    await check.waitForLoadState();
    const row = check.getByRole('table', { name: '发现的问题' }).getByRole('row').filter({ hasText: 'sample-gao-shu-fen.md' });
    await expect(row.textContent()).resolves.toContain(
      '「助人」不是允许的值，可选：助人为乐、见义勇为、诚实守信、敬业奉献、孝老爱亲',
    );
    await expect(row.getByRole('cell').nth(2).textContent()).resolves.toBe('category');
    await expect(row.getByRole('cell').nth(1).textContent()).resolves.toMatch(
      /^content\/people\/sample-gao-shu-fen\.md，第 \d+ 行/,
    );
    await row.getByRole('link', { name: '在编辑器中打开' }).click();
    await check.getByRole('textbox', { name: '姓名' }).waitFor();
    await expect(check.getByRole('textbox', { name: '姓名' }).inputValue()).resolves.toBe('高淑芬');
  });

  it('links 「提交」 and 「发布」 from the editor, beside 检查', async () => {
    await page.goto(server.url);
    const bar = page.getByRole('navigation', { name: '检查、提交、发布和预览' });
    await expect(bar.getByRole('link', { name: '提交' }).getAttribute('href')).resolves.toBe('/commit/');
    await expect(bar.getByRole('link', { name: '发布' }).getAttribute('href')).resolves.toBe('/publish/');
  });

  it('commits what was saved with 「提交」 once 检查 finds no error, and lists it as not yet published', async () => {
    await session.syncTo(repo); // the edits of the tests above, as the CMS saved them
    const broken = path.join(repo, 'content/people/sample-gao-shu-fen.md');
    fs.writeFileSync(broken, fs.readFileSync(broken, 'utf8').replace(/^category: .*$/m, 'category: 助人'));
    const tab = await session.context.newPage();
    await tab.goto(`${server.url}check/`);
    await tab.getByRole('navigation', { name: '检查、提交和发布' }).getByRole('link', { name: '提交' }).click();
    await tab.waitForURL('**/commit/');
    // A wrong category: no form, and the way to fix it.
    await expect.poll(() => tab.locator('main').textContent()).toContain('检查发现 1 个错误，改正后才能提交。');
    await expect(tab.getByRole('button', { name: '提交' }).count()).resolves.toBe(0);
    fs.writeFileSync(broken, fs.readFileSync(path.resolve('content/people/sample-gao-shu-fen.md')));
    await tab.reload();
    const changes = tab.getByRole('table', { name: /^尚未提交的改动/ });
    // Rows are named by their cells: the kind of change, then the file.
    await changes.getByRole('row', { name: '新增 content/people/li-ming.md' }).waitFor();
    await changes.getByRole('row', { name: '修改 content/site.yaml' }).waitFor();
    expect(await axeViolations(tab)).toEqual([]);
    await tab.getByRole('textbox', { name: '你的姓名' }).fill('张编辑');
    await tab.getByRole('textbox', { name: '提交说明' }).fill('新增好人李明和文明交通发布稿');
    await tab.getByRole('button', { name: '提交' }).click();
    await expect(tab.getByRole('status').textContent()).resolves.toMatch(/^已提交「新增好人李明和文明交通发布稿」（\d+ 个文件）/);
    expect(sysGit(repo, 'log', '-1', '--format=%an|%s')).toBe('张编辑|新增好人李明和文明交通发布稿\n');
    expect(sysGit(repo, 'status', '--porcelain')).toBe('');
    await tab.getByRole('navigation', { name: '检查、提交和发布' }).getByRole('link', { name: '检查' }).click();
    const unpushed = tab.getByRole('table', { name: '尚未发布的提交：1 个' });
    await unpushed.getByRole('cell', { name: '新增好人李明和文明交通发布稿' }).waitFor();
    expect(await axeViolations(tab)).toEqual([]);
    await tab.close();
  });

  it('publishes with 「发布」 and says what happens next', async () => {
    const tab = await session.context.newPage();
    await tab.setViewportSize({ width: 360, height: 740 });
    await tab.goto(`${server.url}publish/`);
    await tab.getByRole('button', { name: '发布' }).click();
    const status = tab.getByRole('status');
    await expect(status.textContent()).resolves.toContain('已发布：1 个提交已送到单位的代码服务器');
    await expect(status.getByRole('listitem').first().textContent()).resolves.toContain('流水线自动运行');
    await expect(status.getByRole('link', { name: '流水线页面' }).getAttribute('href')).resolves.toMatch(/\/-\/pipelines$/);
    expect(sysGit(remote.bare, 'log', '-1', '--format=%s', 'main')).toBe('新增好人李明和文明交通发布稿\n');
    await expect.poll(() => tab.locator('main').textContent()).toContain('没有等待发布的提交。');
    // At 360 px nothing is wider than the window, and axe finds nothing.
    for (const p of ['publish/?published=1', 'check/', 'commit/']) {
      await tab.goto(`${server.url}${p}`);
      await expect(tab.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
      expect(await axeViolations(tab)).toEqual([]);
    }
    await tab.close();
  });

  it('sent no request to another origin, and logged no error but the PDF thumbnail module not shipped', () => {
    expect(session.foreign).toEqual([]);
    // PDF.js (30 MB) only draws a PDF's first page in the file picker; without it the picker shows an icon.
    const pdfjs = (e: string) => /^HTTP 404 for http:\/\/127\.0\.0\.1:\d+\/vendor\/unpkg\/pdfjs-dist@/.test(e);
    const missing = session.errors.filter((e) => e.startsWith('HTTP '));
    expect(missing.filter((e) => !pdfjs(e))).toEqual([]);
    const notFoundLogs = session.errors.filter((e) => e.includes('status of 404')).length;
    expect(session.errors.filter((e) => !e.startsWith('HTTP ') && !e.includes('status of 404'))).toEqual([]);
    expect(notFoundLogs).toBe(missing.length);
  });
});
