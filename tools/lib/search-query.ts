/**
 * Bytes and time of a first and a later search on a built site, in headless Chromium, through
 * the site's own /search/ page (the header's GET form lands there). Counts every response the
 * page receives after it has loaded, so what is measured is what the query costs. Counted on the
 * browser context, not a page CDP session: Pagefind fetches its index from a Web Worker, whose
 * requests a page session does not see.
 */
import type { Browser } from 'playwright-core';

export interface QueryCost {
  query: string;
  bytes: number;
  ms: number;
  results: number;
}

export async function measureSearch(browser: Browser, baseUrl: string, queries: [string, string]): Promise<QueryCost[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  let bytes = 0;
  context.on('requestfinished', async (request) => {
    const sizes = await request.sizes();
    bytes += sizes.responseBodySize + sizes.responseHeadersSize;
  });
  await page.goto(`${baseUrl}/search/`, { waitUntil: 'networkidle' });
  const out: QueryCost[] = [];
  for (const query of queries) {
    bytes = 0;
    const start = performance.now();
    const input = page.getByRole('searchbox').last();
    await input.fill(query);
    await input.press('Enter');
    await page.waitForFunction(() => document.querySelector('[data-search-status="done"]') !== null, undefined, {
      timeout: 30_000,
    });
    await page.waitForLoadState('networkidle');
    const ms = Math.round(performance.now() - start);
    const results = await page.locator('[data-search-result]').count();
    out.push({ query, bytes, ms, results });
    await page.evaluate(() => document.querySelector('[data-search-status]')?.setAttribute('data-search-status', 'idle'));
  }
  await context.close();
  return out;
}
