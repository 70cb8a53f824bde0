/**
 * npm run screenshots:cms-git [-- OUT]: the 检查, 提交 and 发布 pages of the web editor over a
 * throw-away repository (a copy of content/ with one new and one changed entry) whose remote is a
 * local git http-backend, at 360 px and at desktop width, before and after 提交 and 发布.
 * Writes every picture to OUT (default .screenshots/cms-git/) and the guide's two pictures,
 * 9-commit.png and 10-published.png, to docs/images/cms/.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type { Browser, Page } from 'playwright-core';
import { startCmsServer } from '../src/lib/cms/server';
import { launchChromium } from './lib/chromium';
import { startGitHttpServer } from './lib/git-http-server';
import { sysGit, sysGitAsync } from './lib/sys-git';

const GUIDE = path.resolve('docs/images/cms');

async function save(page: Page, file: string, fullPage: boolean): Promise<void> {
  const png = await page.screenshot({ fullPage, animations: 'disabled' });
  await sharp(png).png({ palette: true, colours: 64, compressionLevel: 9 }).toFile(file);
}

/** One editor's round: an error, then 提交 and 发布, pictured at `width`. */
async function round(browser: Browser, out: string, width: number): Promise<void> {
  const remote = await startGitHttpServer();
  const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-git-shots-'));
  fs.cpSync(path.resolve('content'), path.join(repo, 'content'), { recursive: true });
  sysGit(repo, 'init', '-q', '-b', 'main');
  sysGit(repo, 'add', '.');
  sysGit(repo, 'commit', '-q', '-m', '初始内容');
  sysGit(repo, 'remote', 'add', 'origin', remote.url);
  sysGit(repo, 'config', 'bz.pipelineUrl', 'https://gitlab.example.org/office/portal/-/pipelines');
  await sysGitAsync(repo, 'push', '-q', 'origin', 'main');
  const people = path.join(repo, 'content/people');
  const sample = fs.readdirSync(people).find((f) => f.endsWith('.md'))!;
  const text = fs.readFileSync(path.join(people, sample), 'utf8');
  fs.writeFileSync(path.join(people, 'zhang-san.md'), text.replace(/^name: .*$/m, 'name: 张三'));
  fs.writeFileSync(path.join(people, sample), text.replace(/^category: .*$/m, 'category: 助人'));
  const server = await startCmsServer({
    contentDir: path.join(repo, 'content'),
    configFile: path.resolve('cms/config.yml'),
    previewOrigin: '',
  });
  const context = await browser.newContext({ viewport: { width, height: width < 600 ? 740 : 760 }, locale: 'zh-CN' });
  try {
    const page = await context.newPage();
    const shot = (name: string) => save(page, path.join(out, `${name}-${width}.png`), true);
    await page.goto(`${server.url}check/`);
    await shot('check-error');
    await page.goto(`${server.url}commit/`);
    await shot('commit-refused');
    fs.writeFileSync(path.join(people, sample), text);
    await page.reload();
    await page.getByRole('textbox', { name: '你的姓名' }).fill('张编辑');
    await page.getByRole('textbox', { name: '提交说明' }).fill('新增好人张三');
    await shot('commit');
    if (width > 600) await save(page, path.join(GUIDE, '9-commit.png'), false);
    await page.getByRole('button', { name: '提交' }).click();
    await page.getByRole('status').waitFor();
    await shot('publish');
    await page.getByRole('button', { name: '发布' }).click();
    await page.getByText('已发布：').waitFor();
    await shot('published');
    if (width > 600) await save(page, path.join(GUIDE, '10-published.png'), false);
    await page.goto(`${server.url}check/`);
    await shot('check-clean');
  } finally {
    await context.close();
    await server.close();
    await remote.close();
    fs.rmSync(repo, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const out = path.resolve(process.argv[2] ?? '.screenshots/cms-git');
  fs.mkdirSync(out, { recursive: true });
  const browser = await launchChromium();
  try {
    for (const width of [360, 1100]) await round(browser, out, width);
  } finally {
    await browser.close();
  }
  console.log(`已写入 ${out} 和 ${GUIDE}/9-commit.png、10-published.png`);
  return 0;
}

main().then((code) => (process.exitCode = code));
