/**
 * Lighthouse (the registry's `lighthouse`, mobile: its default form factor, screen and simulated
 * throttling) in Debian's Chromium, over pages of a build served by Debian's nginx with the
 * shipped configuration when it is installed (so the headers are production's), else by the
 * project's static server. For `npm run check:lighthouse` (categories that are not timings) and
 * `npm run bench:lighthouse` (Performance and CLS).
 */
import net from 'node:net';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import { NGINX, serveWithNginx } from './nginx';
import { serveDirectory } from './static-server';
import fs from 'node:fs';

export type Category = 'performance' | 'accessibility' | 'best-practices' | 'seo';

export interface PageReport {
  url: string;
  /** Category → score 0–100. */
  scores: Partial<Record<Category, number>>;
  /** Audits that count towards a category's score and did not pass: `category/audit-id: title`. */
  failed: string[];
  cls?: number;
  /** The timings the Performance score is made of, in ms (FCP, LCP, TBT, Speed Index). */
  metrics?: { fcp: number; lcp: number; tbt: number; si: number };
  /** Lighthouse's own error for the page (it could not load it, …). */
  error?: string;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Serves `dist` as production would when nginx is there; says which. */
export async function serveForLighthouse(dist: string): Promise<{ url: string; server: string; close(): Promise<void> }> {
  if (fs.existsSync(NGINX) && process.env.LIGHTHOUSE_SERVER !== 'static') {
    const nginx = await serveWithNginx(dist);
    return { url: nginx.url, server: 'nginx (deploy/nginx.conf)', close: () => nginx.close() };
  }
  const s = await serveDirectory(dist, { gzip: true });
  return { url: s.url, server: 'static server (gzip)', close: () => s.close() };
}

/** Runs Lighthouse on each page in turn, in one Chromium. */
export async function audit(urls: string[], categories: Category[]): Promise<PageReport[]> {
  const port = await freePort();
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`],
  });
  const reports: PageReport[] = [];
  try {
    for (const url of urls) {
      // A trace Lighthouse fails to record (NO_NAVSTART and the like, seen on a loaded machine) is
      // its own error, not the page's: try that page again, twice at most.
      let lhr = (await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: categories }))!.lhr;
      for (let retry = 0; lhr.runtimeError && retry < 2; retry++)
        lhr = (await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: categories }))!.lhr;
      const scores: PageReport['scores'] = {};
      const failed: string[] = [];
      for (const c of Object.values(lhr.categories)) {
        scores[c.id as Category] = Math.round((c.score ?? 0) * 100);
        if (c.id === 'performance') continue;
        for (const ref of c.auditRefs) {
          const a = lhr.audits[ref.id]!;
          if (ref.weight > 0 && a.score !== null && a.score < 1) failed.push(`${c.id}/${a.id}: ${a.title}`);
        }
      }
      reports.push({
        url,
        scores,
        failed,
        cls: lhr.audits['cumulative-layout-shift']?.numericValue,
        metrics: {
          fcp: lhr.audits['first-contentful-paint']?.numericValue ?? NaN,
          lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
          tbt: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
          si: lhr.audits['speed-index']?.numericValue ?? NaN,
        },
        error: lhr.runtimeError?.message,
      });
    }
  } finally {
    await browser.close();
  }
  return reports;
}
