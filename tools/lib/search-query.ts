/**
 * Bytes and time of a first and a later search on a built site, in headless Chromium, through
 * the site's own /search/ page (the header's GET form lands there). Counts every response the
 * page receives after it has loaded, and for the first query also the Pagefind files the page
 * fetches as it opens, so what is measured is what the query costs. Counted on the
 * browser context, not a page CDP session, so that requests from a Web Worker would count too
 * (the page runs Pagefind without one). Each response's size arrives asynchronously; all of them
 * are awaited before a query's total is read.
 */
import type { Browser } from 'playwright-core';
import { BUNDLE_PATH } from '../../src/lib/search/bundle';

export interface QueryCost {
  query: string;
  bytes: number;
  ms: number;
  results: number;
}

export async function measureSearch(browser: Browser, baseUrl: string, queries: [string, string]): Promise<QueryCost[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  let sizes: Array<Promise<number>> = [];
  context.on('requestfinished', (request) => {
    // While the page opens, only what it loads for the search (Pagefind, from the page's open on).
    if (loading && !new URL(request.url()).pathname.startsWith(BUNDLE_PATH)) return;
    sizes.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
  });
  let loading = true;
  await page.goto(`${baseUrl}/search/`, { waitUntil: 'networkidle' });
  loading = false;
  const out: QueryCost[] = [];
  for (const [i, query] of queries.entries()) {
    // The first query's bytes include pagefind.js, its WebAssembly and meta file, which the page
    // fetches as it opens (page.ts), so the figure is what a first search costs, as before.
    if (i > 0) sizes = [];
    const start = performance.now();
    const input = page.getByRole('searchbox').last();
    await input.fill(query);
    await input.press('Enter');
    await page.waitForFunction(() => document.querySelector('[data-search-status="done"]') !== null, undefined, {
      timeout: 30_000,
    });
    const ms = Math.round(performance.now() - start);
    // Nothing is fetched after the results are shown; wait a moment for late responses all the same.
    await page.waitForTimeout(500);
    const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
    const results = await page.locator('[data-search-result]').count();
    out.push({ query, bytes, ms, results });
    await page.evaluate(() => document.querySelector('[data-search-status]')?.setAttribute('data-search-status', 'idle'));
  }
  await context.close();
  return out;
}
