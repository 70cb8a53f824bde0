/**
 * Runs queries against a served Pagefind index in headless Chromium, straight through
 * pagefind.js (no UI), and returns the top result URLs. Mode "records": our segmented index,
 * queried as the search page does (pagefindQuery, lang "zxx"). Mode "default": a stock HTML
 * index queried with the raw text on a zh-CN page, as Pagefind's own UI would.
 */
import type { Browser } from 'playwright-core';
import { rankedSearch } from '../search/rank';
import { shardPath, SHARDS_FILE } from '../search/shards';
import { pagefindQuery, segmentQuery } from '../search/segment';
import type { Ranked } from '../search/quality';

export async function rankQueries(browser: Browser, baseUrl: string, queries: string[], mode: 'records' | 'default'): Promise<Ranked[]> {
  const page = await browser.newPage();
  await page.goto(`${baseUrl}/404.html`);
  const out: Ranked[] = [];
  for (const q of queries) {
    const sent = mode === 'records' ? pagefindQuery(q) : q;
    const plain = mode === 'records' ? segmentQuery(q) : q;
    // A string, so that no bundler rewrites the dynamic import that runs in the page.
    const result = (await page.evaluate(`(async (sent, mode, plain) => {
      if (!window.pf) {
        const module = await import('/pagefind/pagefind.js');
        const html = document.documentElement;
        const lang = html.lang;
        html.lang = mode === 'records' ? 'zxx' : 'zh-CN';
        window.pf = module.createInstance({ basePath: '/pagefind/' });
        html.lang = lang;
        const shards = mode === 'records' ? (await (await fetch('${SHARDS_FILE}')).json()).shards : 1;
        const paths = ${JSON.stringify(Array.from({ length: 8 }, (_, k) => shardPath(k)))};
        for (let k = 1; k < shards; k++) await window.pf.mergeIndex(paths[k]);
      }
      if (sent === null) return { urls: [], count: 0 };
      const results = await (${rankedSearch.toString()})(window.pf, sent, plain);
      const top = await Promise.all(results.slice(0, 10).map((r) => r.data()));
      return { urls: top.map((d) => d.url), count: results.length };
    })(${JSON.stringify(sent)}, ${JSON.stringify(mode)}, ${JSON.stringify(plain)})`)) as { urls: string[]; count: number };
    out.push({ q, ...result });
  }
  await page.close();
  return out;
}
