/**
 * The province's pages in Debian's Chromium over stand-ins for two cities' builds: the search
 * merges each city's own index (mergeIndex) and links each result to its city's site; both pages
 * pass axe at 360 px without scrolling sideways. The 16 real city builds are searched in
 * pipeline.test.ts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../tools/lib/chromium';
import { serveDirectory, type StaticServer } from '../../tools/lib/static-server';
import { assembleProvince } from '../../tools/province/assemble';
import type { ProvinceConfig } from '../../tools/province/config';
import { axeViolations } from '../browser/helpers';
import { writeCityBuild } from './city-builds';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bz-province-page-'));
const config: ProvinceConfig = {
  name: '测试省文明网',
  publisher: '测试省文明办',
  url: 'https://province.example.org',
  cities: [
    { code: '340100', name: '合肥市', url: 'https://hefei.example.org' },
    { code: '341800', name: '宣城市', url: 'https://xuancheng.example.org' },
  ],
};
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  await writeCityBuild(path.join(dir, 'sites/340100'), {
    code: '340100',
    people: [
      { id: 'wang-jianguo', name: '王建国', text: '王建国三十年如一日照顾孤寡老人。' },
      { id: 'zhao-min', name: '赵敏', text: '赵敏义务辅导留守儿童。' },
    ],
    releases: 3,
    sites: 7,
  });
  await writeCityBuild(path.join(dir, 'sites/341800'), {
    code: '341800',
    people: [
      { id: 'li-xiuying', name: '李秀英', text: '李秀英带领村民修路，也照顾孤寡老人。' },
      { id: 'wang-jianguo', name: '王建国', text: '另一位王建国，见义勇为救起落水儿童。' },
    ],
    releases: 5,
    sites: 11,
  });
  await assembleProvince(config, path.join(dir, 'sites'), path.join(dir, 'out'));
  server = await serveDirectory(path.join(dir, 'out'));
  browser = await launchChromium();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function open(pathname: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
  await page.goto(server.url + pathname);
  return page;
}

async function results(page: Page): Promise<Array<{ href: string; title: string; meta: string }>> {
  await page.locator('[data-search-status="done"]').waitFor();
  return page.$$eval('[data-search-result]', (items) =>
    items.map((li) => ({
      href: li.querySelector('a')!.getAttribute('href')!,
      title: li.querySelector('h2')!.textContent!,
      meta: li.querySelector('p')!.textContent!,
    })),
  );
}

describe('the province search', () => {
  it("finds an entry of the last city, linked to that city's own site and named with its city", async () => {
    const page = await open('/search/?q=李秀英');
    expect(await results(page)).toEqual([
      { href: 'https://xuancheng.example.org/people/li-xiuying/', title: '李秀英', meta: '宣城市 · 好人' },
    ]);
    await page.close();
  });

  it('finds the same words in every city, and one city when the 城市 filter says so', async () => {
    const page = await open('/search/');
    await page.getByRole('searchbox', { name: '搜索关键词' }).fill('王建国');
    await page.getByRole('button', { name: '搜索' }).click();
    expect((await results(page)).map((r) => r.href).sort()).toEqual([
      'https://hefei.example.org/people/wang-jianguo/',
      'https://xuancheng.example.org/people/wang-jianguo/',
    ]);
    await page.getByRole('combobox', { name: '城市' }).selectOption('合肥市');
    await page.waitForURL(/%E5%90%88%E8%82%A5/);
    expect((await results(page)).map((r) => r.href)).toEqual(['https://hefei.example.org/people/wang-jianguo/']);
    expect(await page.getByRole('status').textContent()).toBe('找到 1 条与「王建国」相关的结果。');
    await page.close();
  });

  it("with a city chosen, reads that city's index alone, not every city's", async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    const asked: string[] = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    await page.goto(
      `${server.url}/search/?q=${encodeURIComponent('王建国')}&${encodeURIComponent('城市')}=${encodeURIComponent('宣城市')}`,
    );
    expect((await results(page)).map((r) => r.href)).toEqual(['https://xuancheng.example.org/people/wang-jianguo/']);
    const indexFiles = asked.filter((p) => /\.pf_(?:meta|index|fragment|filter)$/.test(p));
    expect(indexFiles.length).toBeGreaterThan(0);
    // The province's own small index (its cities), and of the cities' only the chosen one's.
    expect(indexFiles.filter((p) => !p.startsWith('/cities/341800/pagefind/') && !p.startsWith('/pagefind/'))).toEqual([]);
    expect(indexFiles.filter((p) => p.startsWith('/cities/341800/pagefind/')).length).toBeGreaterThan(0);
    // One WebAssembly, the province's.
    expect(asked.filter((p) => p.endsWith('.pagefind'))).toEqual([expect.stringMatching(/^\/pagefind\/wasm\./)]);
    // Back to the whole province: every city again.
    await page.getByRole('combobox', { name: '城市' }).selectOption('');
    await page.waitForURL((u) => !u.search.includes('%E5%9F%8E%E5%B8%82'));
    expect((await results(page)).map((r) => r.href).sort()).toEqual([
      'https://hefei.example.org/people/wang-jianguo/',
      'https://xuancheng.example.org/people/wang-jianguo/',
    ]);
    await page.close();
  });

  it("finds a city's own site by its name (the province's primary index)", async () => {
    const page = await open('/search/?q=宣城');
    expect((await results(page))[0]).toEqual({
      href: 'https://xuancheng.example.org/',
      title: '宣城市文明网',
      meta: '宣城市 · 城市网站',
    });
    await page.close();
  });
});

describe('the province search in Firefox ESR (a second engine)', () => {
  it("merges every city's index, or only the chosen city's, and links each result to its city", async () => {
    const firefox = await puppeteer.launch({
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
      headless: true,
    });
    const errors: string[] = [];
    try {
      const page = await firefox.newPage();
      await page.setViewport({ width: 360, height: 740 });
      page.on('pageerror', (e) => errors.push(String(e)));
      const asked: string[] = [];
      page.on('request', (r) => asked.push(new URL(r.url()).pathname));
      const search = async (query: string) => {
        await page.goto(`${server.url}/search/?${query}`, { waitUntil: 'load' });
        await page.waitForFunction(() => document.querySelector('[data-search-status="done"]') !== null, { timeout: 30_000 });
        return page.evaluate(() =>
          [...document.querySelectorAll('[data-search-result]')].map((li) => [
            li.querySelector('a')!.getAttribute('href'),
            li.querySelector('p')!.textContent,
          ]),
        );
      };
      expect((await search(`q=${encodeURIComponent('王建国')}`)).sort()).toEqual([
        ['https://hefei.example.org/people/wang-jianguo/', '合肥市 · 好人'],
        ['https://xuancheng.example.org/people/wang-jianguo/', '宣城市 · 好人'],
      ]);
      asked.length = 0;
      expect(
        await search(`q=${encodeURIComponent('老人')}&${encodeURIComponent('城市')}=${encodeURIComponent('合肥市')}`),
      ).toEqual([['https://hefei.example.org/people/wang-jianguo/', '合肥市 · 好人']]);
      expect(asked.filter((p) => p.startsWith('/cities/341800/'))).toEqual([]);
    } finally {
      await firefox.close();
    }
    expect(errors).toEqual([]);
  }, 120_000);
});

describe('the province pages at 360 px', () => {
  for (const pathname of ['/', '/search/?q=老人'])
    for (const mode of ['', 'large', 'contrast'])
      it(`${pathname} ${mode || 'normal'}: no axe violation (WCAG 2.1 AA), nothing wider than the screen`, async () => {
        const page = await open('/');
        if (mode) await page.getByRole('button', { name: { large: '大字', contrast: '高对比' }[mode] }).click();
        await page.goto(server.url + pathname);
        if (mode) expect(await page.evaluate(() => document.documentElement.className)).toContain(`bz-${mode}`);
        if (pathname.startsWith('/search/')) await page.locator('[data-search-status="done"]').waitFor();
        expect(await axeViolations(page)).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
        await page.close();
      });
});
