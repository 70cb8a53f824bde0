/**
 * The yardstick for search quality: default Pagefind over the whole built HTML, queried in headless
 * Chromium with the raw text on a zh-CN page, as Pagefind's own UI would (npm run search:quality).
 */
import type { Browser } from 'playwright-core';
import type { Ranked } from './search-quality';

export async function rankWithDefaultPagefind(browser: Browser, baseUrl: string, queries: string[]): Promise<Ranked[]> {
  const page = await browser.newPage();
  await page.goto(`${baseUrl}/404.html`);
  const out: Ranked[] = [];
  for (const q of queries) {
    // A string, so that no bundler rewrites the dynamic import that runs in the page.
    const result = (await page.evaluate(`(async (q) => {
      if (!window.pf) {
        const module = await import('/pagefind/pagefind.js');
        document.documentElement.lang = 'zh-CN';
        window.pf = module.createInstance({ basePath: '/pagefind/' });
      }
      const results = (await window.pf.search(q))?.results ?? [];
      const top = await Promise.all(results.slice(0, 10).map((r) => r.data()));
      return { urls: top.map((d) => d.url), count: results.length };
    })(${JSON.stringify(q)})`)) as { urls: string[]; count: number };
    out.push({ q, ...result });
  }
  await page.close();
  return out;
}
