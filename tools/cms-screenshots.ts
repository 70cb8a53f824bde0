/**
 * npm run screenshots:cms [-- OUT]: the pictures in docs/编辑指南.md's web-editor steps, taken in
 * Chromium over a copy of content/ (the CMS saves into the browser's private folder, so content/
 * is never changed). Default OUT: docs/images/cms/. PNGs are reduced to a 64-colour palette to
 * stay small in git.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type { Locator, Page } from 'playwright-core';
import { startCmsServer } from '../src/lib/cms/server';
import { launchChromium } from './lib/chromium';
import { openCms } from './lib/cms-session';

const VIEWPORT = { width: 1100, height: 760 };

async function shot(out: string, name: string, target: Page | Locator): Promise<void> {
  const png = await target.screenshot({ animations: 'disabled' });
  await sharp(png)
    .png({ palette: true, colours: 64, compressionLevel: 9 })
    .toFile(path.join(out, `${name}.png`));
}

async function main(): Promise<number> {
  const out = path.resolve(process.argv[2] ?? 'docs/images/cms');
  fs.mkdirSync(out, { recursive: true });
  const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-shots-'));
  fs.cpSync(path.resolve('content'), path.join(repo, 'content'), { recursive: true });
  const photo = path.join(repo, 'zhang-san.jpg');
  await sharp({ create: { width: 800, height: 600, channels: 3, background: '#d9a066' } })
    .jpeg()
    .toFile(photo);
  const server = await startCmsServer({
    contentDir: path.join(repo, 'content'),
    configFile: path.resolve('cms/config.yml'),
    previewOrigin: 'http://127.0.0.1:4321',
  });
  const browser = await launchChromium();
  try {
    const session = await openCms(browser, server.url, repo, VIEWPORT);
    const page = session.page;
    const field = (label: string) => page.getByRole('group', { name: `「⁨${label}⁩」字段` });
    // Sveltia's radio groups take clicks only once they are one tab stop (about 100 ms after they
    // appear); an earlier click shows the radio checked but leaves the field empty.
    const choose = async (label: string, option: string) => {
      const group = field(label).getByRole('radiogroup');
      await group.locator('[role="radio"][tabindex="-1"]').first().waitFor({ state: 'attached' });
      await group.getByRole('radio', { name: option }).check();
    };
    // A text typed while the new entry's form is still being drawn may be wiped: type until it stays.
    const fillStays = async (label: string, value: string) => {
      const box = page.getByRole('textbox', { name: label });
      for (let i = 0; i < 10 && (await box.inputValue()) !== value; i++) {
        await box.fill(value);
        await page.waitForTimeout(200);
      }
    };
    await page.getByRole('button', { name: '使用本地仓库' }).waitFor();
    await shot(out, '1-start', page);
    await page.getByRole('button', { name: '使用本地仓库' }).click();
    await page.getByRole('treeitem', { name: '好人' }).click();
    await page.getByRole('button', { name: '创建新条目' }).waitFor();
    await shot(out, '2-people', page);
    await page.getByRole('button', { name: '创建新条目' }).click();
    await choose('类别', '助人为乐');
    await choose('县区', '谯城区');
    await fillStays('姓名', '张三');
    await fillStays('别名', 'zhang-san');
    await shot(out, '3-new-person', page);
    await field('所获荣誉').getByRole('button', { name: /添加/ }).click();
    await page.getByRole('textbox', { name: '获评时间' }).fill('2026-05');
    await choose('荣誉名称', '亳州好人');
    await page.getByRole('textbox', { name: '一句话简介' }).fill('他常年义务为村里的老人修理家电。');
    await field('所获荣誉').scrollIntoViewIfNeeded();
    await shot(out, '4-honors', page);
    await field('照片').getByRole('button', { name: '浏览' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('dialog').getByRole('button', { name: '上传' }).click();
    await (await chooser).setFiles(photo);
    await page.getByRole('dialog').getByRole('option', { name: 'zhang-san.jpg' }).waitFor();
    await shot(out, '5-photo', page);
    await page.getByRole('dialog').getByRole('button', { name: '插入' }).click();
    // The CMS empties the field while it reads the photo, then shows its name: save only after that.
    await field('照片').getByRole('textbox', { name: '照片' }).filter({ hasText: 'zhang-san.jpg' }).waitFor();
    await page.getByRole('textbox', { name: '照片说明' }).fill('张三在为老人修理收音机');
    await page.getByRole('switch', { name: '本人（或监护人）是否同意发布' }).click();
    await page.getByRole('switch', { name: '草稿' }).click();
    // The CMS draws fields as they scroll into view.
    await field('草稿').hover();
    await page.mouse.wheel(0, 3000);
    await page.getByRole('textbox', { name: '事迹' }).fill('张三是谯城区一位退休电工。');
    await field('本人（或监护人）是否同意发布').scrollIntoViewIfNeeded();
    await shot(out, '6-consent', page);
    await page.getByRole('button', { name: '保存', exact: true }).click();
    for (let i = 0; !(await session.exists('content/people/zhang-san.md')); i++) {
      if (i > 30) {
        await shot(out, 'failed-save', page);
        throw new Error('the CMS did not save content/people/zhang-san.md (see failed-save.png)');
      }
      await page.waitForTimeout(500);
    }
    await shot(out, '7-saved', page);
    fs.writeFileSync(
      path.join(repo, 'content/people/sample-gao-shu-fen.md'),
      fs
        .readFileSync(path.join(repo, 'content/people/sample-gao-shu-fen.md'), 'utf8')
        .replace(/^category: .*$/m, 'category: 助人'),
    );
    const check = await session.context.newPage();
    await check.goto(`${server.url}check/`);
    await shot(out, '8-check', check);
    if (session.foreign.length) throw new Error(`requests to other origins: ${session.foreign.join(', ')}`);
    console.log(`已写入 ${path.relative(process.cwd(), out)}/ 中的截图。`);
    return 0;
  } finally {
    await browser.close();
    await server.close();
    fs.rmSync(repo, { recursive: true, force: true });
  }
}

main().then((code) => (process.exitCode = code));
