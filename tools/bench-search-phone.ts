/**
 * npm run bench:search-phone [-- --dist DIR] [--dist-10k DIR] [--runs 3] [--skip-10k]
 * Search on a slow phone (tools/lib/slow-phone.ts), served by Debian's nginx with the shipped
 * configuration (tools/lib/nginx.ts). Each run starts a fresh browser context (an empty cache);
 * a person spends 3 s on the page typing (one character a second, as an input method commits
 * them), presses Enter, and the clock stops when the first result is in the page (both moments
 * read in the page):
 *   - on /search/; from the header box of the home page (the form navigates to /search/?q=);
 *   - a return visit: the same context, a new query from the header box of another page.
 * Prints the medians and the bytes received before the first result (during the typing and after
 * Enter). Without --dist it builds the bundled content; without --dist-10k, the 10,000-entry sample.
 * Timings are figures for this report, never test assertions.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { median } from './lib/budgets';
import { launchChromium } from './lib/chromium';
import { serveWithNginx } from './lib/nginx';
import { countBytes, slowPhonePage, SLOW_PHONE } from './lib/slow-phone';

const TARGETS = { page: 2.5, header: 3.0, header10k: 3.5, page10k: 3.5, returnVisit: 2.0 };
const FIRST_RESULT = '[data-search-result]';

interface Timing {
  ms: number;
  typingBytes: number;
  afterEnterBytes: number;
}

/** 3 s on the page: the query's characters committed one by one, then Enter; the clock starts at Enter. */
async function typeAndSearch(page: Page, box: string, query: string, bytes: ReturnType<typeof countBytes>): Promise<Timing> {
  const typingStart = performance.now();
  await page.locator(box).focus();
  const chars = [...query];
  for (const c of chars) {
    await page.waitForTimeout(3000 / (chars.length + 1));
    await page.keyboard.insertText(c);
  }
  await page.waitForTimeout(Math.max(0, 3000 - (performance.now() - typingStart)));
  // Both moments are read in the page, on the machine's clock, so that Playwright's polling under a
  // slow CPU adds nothing to the figure; the Enter moment is read just before the key is sent.
  const enterAt = await page.evaluate(() => performance.timeOrigin + performance.now());
  const enter = performance.now();
  await page.keyboard.press('Enter');
  await page.waitForSelector(FIRST_RESULT, { timeout: 60_000 });
  const shown = performance.now();
  const shownAt = await page.evaluate(() => (window as unknown as { bzFirstResult: number }).bzFirstResult);
  await page.waitForTimeout(300);
  return {
    ms: shownAt - enterAt,
    typingBytes: await bytes.since(typingStart, enter),
    afterEnterBytes: await bytes.since(enter, shown),
  };
}

interface Run {
  page: Timing;
  header: Timing;
  returnVisit: Timing;
}

async function oneRun(browser: Browser, url: string): Promise<Run> {
  const fresh = async () => {
    const context = await browser.newContext({
      viewport: SLOW_PHONE.viewport,
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
    });
    // The moment the first result is in the page.
    await context.addInitScript((selector) => {
      const seen = new MutationObserver(() => {
        if (!document.querySelector(selector)) return;
        (window as unknown as { bzFirstResult: number }).bzFirstResult = performance.timeOrigin + performance.now();
        seen.disconnect();
      });
      seen.observe(document, { subtree: true, childList: true });
    }, FIRST_RESULT);
    return { context, bytes: countBytes(context), page: await slowPhonePage(context) };
  };
  const a = await fresh();
  await a.page.goto(`${url}/search/`, { waitUntil: 'load' });
  const onPage = await typeAndSearch(a.page, '#bz-search-page-q', '好人', a.bytes);
  await a.context.close();

  const b = await fresh();
  await b.page.goto(`${url}/`, { waitUntil: 'load' });
  const header = await typeAndSearch(b.page, '#bz-search-q', '好人', b.bytes);
  await b.page.goto(`${url}/rules/`, { waitUntil: 'load' });
  const returnVisit = await typeAndSearch(b.page, '#bz-search-q', '志愿服务', b.bytes);
  await b.context.close();
  return { page: onPage, header, returnVisit };
}

function build(contentDir: string | undefined, out: string): void {
  const env = { ...process.env, ...(contentDir && { CONTENT_DIR: contentDir }) };
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--out', out], { env, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`build failed: ${out}`);
}

async function measure(browser: Browser, dist: string, runs: number, label: string, targets: Record<keyof Run, number>) {
  const nginx = await serveWithNginx(dist);
  const all: Run[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      all.push(await oneRun(browser, nginx.url));
      console.log(`${label} run ${i + 1}/${runs}: ${JSON.stringify(all.at(-1))} (load ${os.loadavg()[0]!.toFixed(1)})`);
    }
  } finally {
    await nginx.close();
  }
  for (const key of ['page', 'header', 'returnVisit'] as const) {
    const s = median(all.map((r) => r[key].ms)) / 1000;
    const typing = median(all.map((r) => r[key].typingBytes));
    const after = median(all.map((r) => r[key].afterEnterBytes));
    const ok = s <= targets[key] ? 'ok' : 'OVER';
    console.log(
      `| ${label} | ${key} | ${s.toFixed(2)} s | ${targets[key]} s ${ok} | ${typing} B while typing | ${after} B after Enter |`,
    );
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string' },
      'dist-10k': { type: 'string' },
      runs: { type: 'string', default: '3' },
      'skip-10k': { type: 'boolean' },
    },
  });
  const runs = Number(values.runs);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bz-bench-phone-'));
  fs.chmodSync(tmp, 0o755);
  const browser = await launchChromium();
  console.log(
    `load average at the start: ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  try {
    let dist = values.dist;
    if (!dist) build(undefined, (dist = path.join(tmp, 'dist')));
    const bundled = { page: TARGETS.page, header: TARGETS.header, returnVisit: TARGETS.returnVisit };
    await measure(browser, path.resolve(dist), runs, 'bundled', bundled);
    if (!values['skip-10k']) {
      let dist10k = values['dist-10k'];
      if (!dist10k) {
        const content = path.join(tmp, 'content-10k');
        const r = spawnSync(
          process.execPath,
          ['--import', 'tsx', 'scripts/sample.ts', '--scale', '10000', '--out', content, '--force'],
          {
            stdio: 'inherit',
          },
        );
        if (r.status !== 0) throw new Error('sample failed');
        build(content, (dist10k = path.join(tmp, 'dist-10k')));
      }
      const big = { page: TARGETS.page10k, header: TARGETS.header10k, returnVisit: TARGETS.returnVisit };
      await measure(browser, path.resolve(dist10k), runs, '10k', big);
    }
  } finally {
    await browser.close();
    fs.rmSync(tmp, { recursive: true, force: true });
    console.log(
      `load average at the end: ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
