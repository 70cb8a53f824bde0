/**
 * npm run screenshots [-- DIST OUT]: PNGs of every page template at 360 and 1280 px, in the
 * normal, 大字 and 高对比 modes, for people to look at (not a test). Defaults: dist/, .screenshots/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium } from './lib/chromium';
import { serveDirectory } from './lib/static-server';
import { TEMPLATE_PAGES } from '../test/helpers/templates';

async function main(): Promise<number> {
  const dist = path.resolve(process.argv[2] ?? 'dist');
  const out = path.resolve(process.argv[3] ?? '.screenshots');
  fs.mkdirSync(out, { recursive: true });
  const server = await serveDirectory(dist);
  const browser = await launchChromium();
  try {
    for (const width of [360, 1280]) {
      for (const mode of ['normal', 'large', 'contrast']) {
        const context = await browser.newContext({ viewport: { width, height: 900 } });
        if (mode !== 'normal')
          await context.addInitScript((m) => {
            try {
              localStorage.setItem('bz-modes', m);
            } catch {
              /* about:blank */
            }
          }, mode);
        const page = await context.newPage();
        for (const [name, url] of Object.entries(TEMPLATE_PAGES)) {
          await page.goto(server.url + url);
          if (url.startsWith('/search/')) await page.waitForSelector('[data-search-status="done"]');
          await page.screenshot({ path: path.join(out, `${name}-${width}-${mode}.png`), fullPage: true });
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`截图已保存到 ${out}`);
  return 0;
}

main().then((code) => {
  process.exitCode = code;
});
