/**
 * The practice-site directory in Chromium on a 360 px phone, over any build (BROWSER_DIST: the
 * bundled content, or a root from `npm run sample -- --scale 2000`): taps from the home page to
 * the nearest station's phone number with and without location permission; 44×44 targets and
 * axe on every directory view in the three reader modes; the finder fetches nothing until it is
 * pressed and sends nothing; the pages read without JavaScript; today's hours in Asia/Shanghai.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../tools/lib/chromium';
import { serveDirectory, type StaticServer } from '../../tools/lib/static-server';
import { smallTapTargets } from '../../tools/lib/tap-targets';
import { todayLine, type TodayWords } from '../../src/lib/hours/today';
import type { NearData, NearSite } from '../../src/lib/sites/near-data';
import { axeViolations, setMode } from './helpers';

const DIST = path.resolve(process.env.BROWSER_DIST ?? 'dist');
const PHONE = { viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };
const MODES = ['', 'large', 'contrast'] as const;

let browser: Browser;
let server: StaticServer;
let near: NearData;
/** A station with a phone, at least 300 m from every other site: the nearest one where it stands. */
let station: NearSite;
/** Its township's page (its 所). */
let township: string;
/** One page of each kind: the directory, a county, a township, a station, a 中心. */
let views: Record<string, string>;
const problems: string[] = [];

beforeAll(async () => {
  if (!fs.existsSync(path.join(DIST, 'sites/near.json'))) throw new Error(`${DIST} has no sites/near.json: build first.`);
  server = await serveDirectory(DIST);
  browser = await launchChromium();
  near = JSON.parse(fs.readFileSync(path.join(DIST, 'sites/near.json'), 'utf8')) as NearData;
  const apart = (s: NearSite) => near.sites.every((o) => o === s || Math.hypot(o[2] - s[2], (o[3] - s[3]) * 0.83) > 0.003);
  station = near.sites.find((s) => s[1].endsWith('站') && s[5] && apart(s))!;
  // The station page's breadcrumb: 文明实践阵地 › county › 中心 › 所 › (the station).
  const page = await browser.newPage();
  await page.goto(`${server.url}/sites/${station[0]}/`);
  const trail = await page.locator('nav[aria-label="位置"] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  await page.close();
  township = trail.at(-1)!;
  const county = trail[1]!;
  const centre = near.sites.find((s) => s[1].endsWith('中心'));
  views = {
    directory: '/sites/',
    county,
    township,
    station: `/sites/${station[0]}/`,
    ...(centre ? { centre: `/sites/${centre[0]}/` } : {}),
  };
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function phone(options: BrowserContextOptions & { mode?: string } = {}): Promise<BrowserContext> {
  const { mode, ...rest } = options;
  const context = await browser.newContext({ ...PHONE, ...rest });
  if (mode) await setMode(context, mode);
  context.on('page', (page) => {
    page.on('pageerror', (e) => problems.push(`script error on ${page.url()}: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && problems.push(`console error on ${page.url()}: ${m.text()}`));
  });
  await context.route('**/*', (route) =>
    route.request().url().startsWith(server.url) ? route.continue() : (problems.push(route.request().url()), route.abort()),
  );
  return context;
}

/** A tap that counts. */
function tapper(page: Page) {
  let taps = 0;
  return {
    tap: async (target: Locator) => {
      taps++;
      await target.tap();
    },
    count: () => taps,
    page,
  };
}

/** The site's phone link, visible on the page reached (scrolling is free; tapping is not). */
async function phoneLinkShown(page: Page, within: string): Promise<boolean> {
  const link = page.locator(within).locator(`a[href="tel:${station[5]}"]`).first();
  await link.waitFor({ state: 'attached', timeout: 20_000 });
  await link.scrollIntoViewIfNeeded();
  return link.isVisible();
}

describe('from the home page to the nearest station’s phone number, on a 360 px phone', () => {
  for (const mode of MODES) {
    it(`takes 2 taps with location permission: 文明实践, then 「查找离我最近的阵地」, in the ${mode || 'normal'} mode`, async () => {
      const context = await phone({
        mode,
        geolocation: { latitude: station[2], longitude: station[3] },
        permissions: ['geolocation'],
      });
      const t = tapper(await context.newPage());
      await t.page.goto(server.url + '/');
      await t.tap(t.page.locator('a[href="/sites/"]:visible').first());
      await t.page.waitForURL(/\/sites\/$/);
      await t.tap(t.page.getByRole('button', { name: '查找离我最近的阵地' }));
      const results = t.page.locator('[data-bz-results]');
      await results.getByRole('heading', { name: /^离您最近的 \d+ 个阵地$/ }).waitFor();
      await expect(results.locator('li').first().getByRole('link').first().textContent()).resolves.toBe(station[1]);
      // On the screen as the results appear, without scrolling.
      const box = await results.locator(`li:first-child a[href="tel:${station[5]}"]`).boundingBox();
      expect(box!.y + box!.height).toBeLessThanOrEqual(PHONE.viewport.height);
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(t.count()).toBe(2);
      await context.close();
    });

    it(`takes 3 taps without it: the button says why, and the 乡镇/街道 link below leads to the station’s row, in the ${mode || 'normal'} mode`, async () => {
      const context = await phone({ mode });
      const t = tapper(await context.newPage());
      await t.page.goto(server.url + '/');
      await t.tap(t.page.locator('a[href="/sites/"]:visible').first());
      await t.page.waitForURL(/\/sites\/$/);
      await t.tap(t.page.getByRole('button', { name: '查找离我最近的阵地' }));
      await t.page.getByRole('status').filter({ hasText: '没有得到您的位置' }).waitFor();
      await t.tap(t.page.locator(`[data-bz-near] a[href="${township}"]`).first());
      await t.page.waitForURL(new RegExp(`${township}$`));
      await expect(phoneLinkShown(t.page, 'main')).resolves.toBe(true);
      expect(t.count()).toBe(3);
      await context.close();
    });
  }
});

describe('every directory view', () => {
  for (const mode of MODES) {
    it(`has every control and link outside running text at least 44×44 px, no link drawn inside an SVG (no map), and no axe violation, in the ${mode || 'normal'} mode`, async () => {
      const context = await phone({
        mode,
        geolocation: { latitude: station[2], longitude: station[3] },
        permissions: ['geolocation'],
      });
      const page = await context.newPage();
      const small: Record<string, string[]> = {};
      const violations: Record<string, string[]> = {};
      const alone: Record<string, string[]> = {};
      const check = async (name: string) => {
        const found = await smallTapTargets(page);
        if (found.length) small[name] = found.map((f) => `${f.what}: ${f.width}×${f.height}`);
        // The directory draws no map (docs/地图使用规定.md): no link may sit inside an SVG.
        const missing = await page.evaluate(() =>
          [...document.querySelectorAll('svg a[href]')].map((a) => a.getAttribute('href')!),
        );
        if (missing.length) alone[name] = missing;
        const axe = await axeViolations(page);
        if (axe.length) violations[name] = axe;
      };
      for (const [name, url] of Object.entries(views)) {
        await page.goto(server.url + url);
        await check(name);
      }
      await page.goto(server.url + '/sites/');
      await page.getByRole('button', { name: '查找离我最近的阵地' }).tap();
      await page.locator('[data-bz-results]:not([hidden])').waitFor();
      await check('finder results');
      await context.close();
      expect(small).toEqual({});
      expect(alone).toEqual({});
      expect(violations).toEqual({});
    });
  }

  it('shows the start of the 乡镇/街道 index on the first screen of a county page', async () => {
    const context = await phone();
    const page = await context.newPage();
    await page.goto(server.url + views.county);
    const top = await page
      .locator('.bz-townships a')
      .first()
      .evaluate((a) => a.getBoundingClientRect().top);
    expect(top).toBeLessThan(640 - 44);
    await context.close();
  });
});

describe('the finder', () => {
  it('fetches neither its code nor its data before the button is pressed, and sends no position', async () => {
    const context = await phone({ geolocation: { latitude: station[2], longitude: station[3] }, permissions: ['geolocation'] });
    const page = await context.newPage();
    const requests: string[] = [];
    // The browser fetches the favicon on its own, whenever it likes: not the page's doing.
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (!url.pathname.startsWith('/favicon')) requests.push(url.pathname + url.search);
    });
    for (const url of Object.values(views)) await page.goto(server.url + url);
    await page.goto(server.url + '/sites/');
    expect(requests.filter((r) => /near\.json|FinderScript/.test(r))).toEqual([]);
    const before = requests.length;
    await page.getByRole('button', { name: '查找离我最近的阵地' }).tap();
    await page.locator('[data-bz-results]:not([hidden])').waitFor();
    const after = requests.slice(before);
    expect(after.some((r) => r === '/sites/near.json')).toBe(true);
    expect(after.filter((r) => r !== '/sites/near.json' && !/^\/_astro\/[^?]+\.js$/.test(r))).toEqual([]);
    expect(after.join(' ')).not.toContain(String(station[2]).slice(0, 5));
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('hides the button and still offers every county and 乡镇/街道 as plain links to rows with hours and phone', async () => {
    const context = await phone({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.url + '/sites/');
    await expect(page.getByRole('button', { name: '查找离我最近的阵地' }).isVisible()).resolves.toBe(false);
    await page.locator(`[data-bz-near] a[href="${township}"]`).first().tap();
    await page.waitForURL(new RegExp(`${township}$`));
    const row = page.locator('main li', { has: page.locator(`a[href="/sites/${station[0]}/"]`) });
    await expect(row.locator(`a[href="tel:${station[5]}"]`).isVisible()).resolves.toBe(true);
    const hours = near.hours[station[6]]?.[0];
    if (hours) expect((await row.textContent())!.replaceAll('\u2060', '')).toContain(hours.replaceAll('\u2060', ''));
    await context.close();
  });
});

describe('today’s hours', () => {
  it('are worked out in Asia/Shanghai time whatever the phone’s time zone', async () => {
    // Wednesday 09:00 in Shanghai is Tuesday 17:00 in Los Angeles.
    const now = new Date('2026-12-02T09:00:00+08:00');
    const context = await phone({ timezoneId: 'America/Los_Angeles' });
    const page = await context.newPage();
    await page.clock.setFixedTime(now);
    await page.goto(server.url + township);
    const words = (await page.locator('[data-bz-words]').getAttribute('data-bz-words'))!.split('|') as TodayWords;
    const shown = await page
      .locator('[data-bz-today]')
      .evaluateAll((els) => els.map((el) => [el.getAttribute('data-bz-today')!, el.textContent!] as const));
    expect(shown.length).toBeGreaterThan(0);
    for (const [code, text] of shown) expect(text).toBe(todayLine(code, now, words).text);
    expect(shown.every(([, text]) => /^今日(?:不)?开放/.test(text))).toBe(true);
    await context.close();
  });
});

describe('the pages above', () => {
  it('made no script or console error and no request to another origin', () => {
    expect(problems).toEqual([]);
  });
});
