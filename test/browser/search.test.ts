/**
 * The /search/ page end to end: builds test/fixtures/search with `npm run build`, serves it and
 * types judged queries into the page's search box in Chromium; then axe on the page.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../tools/lib/chromium';
import { serveForBrowser } from '../../tools/lib/browser-server';
import type { StaticServer } from '../../tools/lib/static-server';
import { runScript } from '../helpers/run-script';
import { scoreQuality } from '../../tools/lib/search-quality';
import { JUDGED_QUERIES } from '../search/judged-queries';

const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'bz-search-ui-'));
// Readable by all, as a server's site folder is: under BROWSER_SERVER=nginx an unprivileged worker serves it.
fs.chmodSync(parent, 0o755);
const out = path.join(parent, 'dist');
let server: StaticServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];

/** A dozen judged queries, at least one of each kind. */
const UI_QUERIES = [
  '韩振富',
  '振富',
  '欧阳晓峰',
  '阚疃镇',
  '好人',
  '雨污分流',
  '污分',
  '1344',
  '838.5',
  '2019 好人',
  '公筷',
  '火星基地',
];

async function searchFor(q: string): Promise<string[]> {
  const box = page.getByRole('searchbox', { name: '搜索关键词' });
  await box.fill(q);
  await box.press('Enter');
  await page.waitForSelector('[data-search-status="done"]');
  return page.locator('[data-search-result] h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
}

beforeAll(async () => {
  const r = await runScript('build.ts', ['--out', out], { CONTENT_DIR: path.resolve('test/fixtures/search') });
  if (r.code !== 0) throw new Error(`fixture build failed:\n${r.stdout}\n${r.stderr}`);
  server = await serveForBrowser(out);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 320, height: 640 } });
  // The fixture root has no favicon; Chromium asks for one anyway.
  page.on(
    'console',
    (m) => m.type() === 'error' && !m.location().url.endsWith('/favicon.ico') && problems.push(`${m.text()} ${m.location().url}`),
  );
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(`${server.url}/search/`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
});

describe('the search page', () => {
  it('shows the first expected page of a dozen judged queries in the top three results', async () => {
    for (const q of UI_QUERIES) {
      const expected = JUDGED_QUERIES.find((j) => j.q === q)!.expected;
      const urls = await searchFor(q);
      if (expected.length === 0) expect(urls, q).toEqual([]);
      else
        expect(
          urls.slice(0, 3).some((u) => expected.includes(u)),
          `${q}: ${urls.join(' ')}`,
        ).toBe(true);
    }
  });

  it('reaches recall@10 of at least 0.95 and MRR of at least 0.9 over the whole judged set, typed into the page', async () => {
    const ranked = [];
    for (const j of JUDGED_QUERIES) {
      const urls = await searchFor(j.q);
      const status = (await page.getByRole('status').textContent()) ?? '';
      ranked.push({ q: j.q, urls, count: Number(status.match(/找到 (\d+) 条/)?.[1] ?? 0) });
    }
    const score = scoreQuality(JUDGED_QUERIES, ranked);
    console.log(
      `judged set through the page: recall@10 ${score.recallAt10.toFixed(3)}, MRR ${score.mrr.toFixed(3)}, no-match ${score.noMatchCorrect}/${score.noMatchTotal}`,
    );
    expect(score.misses).toEqual([]);
    expect(score.recallAt10).toBeGreaterThanOrEqual(0.95);
    expect(score.mrr).toBeGreaterThanOrEqual(0.9);
    expect(score.noMatchCorrect).toBe(score.noMatchTotal);
  }, 60_000);

  it('announces the number of results and highlights the query in the excerpt', async () => {
    await searchFor('雨污分流');
    await expect(page.getByRole('status').textContent()).resolves.toMatch(/找到 \d+ 条与「雨污分流」相关的结果/);
    await expect(page.locator('[data-search-result] mark').first().textContent()).resolves.toContain('雨污');
  });

  it('says clearly when nothing is found and suggests what to do', async () => {
    await searchFor('火星基地');
    await expect(page.getByRole('status').textContent()).resolves.toBe('没有找到与「火星基地」相关的内容。');
    expect(await page.getByRole('link', { name: '好人榜' }).last().isVisible()).toBe(true);
  });

  it('offers a shorter query that does find something when a name has a wrong character', async () => {
    await searchFor('韩振福');
    await expect(page.getByRole('status').textContent()).resolves.toBe('没有找到与「韩振福」相关的内容。');
    const shorter = page.getByRole('link', { name: '韩振', exact: true });
    await expect(shorter.isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-search-try]').textContent()).resolves.toMatch(/^试试搜索：韩振（\d+ 条）；$/);
    await shorter.click();
    await page.waitForSelector('[data-search-status="done"]');
    const urls = await page
      .locator('[data-search-result] h2 a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(urls[0]).toBe('/people/han-zhen-fu/');
  });

  it('narrows results with the 类型 filter and reads ?q= from the address', async () => {
    await page.goto(
      `${server.url}/search/?q=${encodeURIComponent('阚疃镇')}&${encodeURIComponent('类型')}=${encodeURIComponent('实践站点')}`,
    );
    await page.waitForSelector('[data-search-status="done"]');
    const urls = await page
      .locator('[data-search-result] h2 a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.every((u) => u.startsWith('/sites/'))).toBe(true);
  });

  it('passes axe (WCAG 2.1 AA) with results on screen', async () => {
    await searchFor('好人');
    // Evaluated, not injected as a <script>: the page's Content-Security-Policy refuses inline scripts.
    await page.evaluate(fs.readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8'));
    const violations = (await page.evaluate(
      `axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa'] }).then((r) => r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`,
    )) as string[];
    expect(violations).toEqual([]);
  });

  it('runs without script errors or blocked requests', () => {
    expect(problems).toEqual([]);
  });
});
