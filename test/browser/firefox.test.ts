/**
 * The two things a citizen does on the site, in a second browser engine: Debian's Firefox ESR
 * (FIREFOX_PATH, default /usr/bin/firefox-esr), driven by puppeteer-core over WebDriver BiDi, over
 * dist/ (under `npm run test:browser:nginx`, with the shipped nginx configuration and its
 * Content-Security-Policy headers). Search: Pagefind's WebAssembly runs under the search page's
 * policy, results and "nothing found" are shown, the header box leads there. The finder: the
 * nearest sites from a position in the city and from far outside it, and the message for a reader
 * who refused the location. Firefox takes its position from preferences set at launch (a data:
 * URL as its network location provider), so each position is its own browser.
 */
import fs from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveForBrowser } from '../../tools/lib/browser-server';
import type { StaticServer } from '../../tools/lib/static-server';
import type { NearData } from '../../src/lib/sites/near-data';
import { t } from '../../src/lib/strings';

const DIST = path.resolve(process.env.BROWSER_DIST ?? 'dist');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const FAR = t('sites.near.far').split('{')[0]!;
const BUSY = [t('sites.near.locating'), t('sites.near.loading')];

let server: StaticServer;
let near: NearData;
const errors: string[] = [];

beforeAll(async () => {
  if (!fs.existsSync(FIREFOX)) throw new Error(`No Firefox at ${FIREFOX}: apt-get install firefox-esr, or set FIREFOX_PATH.`);
  if (!fs.existsSync(path.join(DIST, 'sites/near.json'))) throw new Error(`${DIST} has no sites/near.json: build first.`);
  near = JSON.parse(fs.readFileSync(path.join(DIST, 'sites/near.json'), 'utf8')) as NearData;
  server = await serveForBrowser(DIST);
}, 120_000);

afterAll(async () => {
  await server?.close();
});

/** A 360 px Firefox; with a position, the location is allowed and is that position, else refused. */
async function firefox(position?: { lat: number; lng: number }): Promise<{ browser: Browser; page: Page }> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      'geo.provider.testing': true,
      'geo.prompt.testing': true,
      'geo.prompt.testing.allow': position !== undefined,
      ...(position && {
        'geo.provider.network.url': `data:application/json,${JSON.stringify({ location: position, accuracy: 20 })}`,
      }),
    },
  });
  const page = await browser.newPage();
  await page.setViewport({ width: 360, height: 740 });
  page.on('pageerror', (e) => errors.push(`script error on ${page.url()}: ${String(e)}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console error on ${page.url()}: ${m.text()}`);
  });
  return { browser, page };
}

/** Presses the finder on /sites/ and returns the message and the sites listed, once it has settled. */
async function findNearest(page: Page): Promise<{ status: string; names: string[]; distances: string[] }> {
  await page.goto(`${server.url}/sites/`, { waitUntil: 'load' });
  await page.locator(`::-p-text(${t('sites.near.button')})`).click();
  await page.waitForFunction(
    (busy: string[]) => {
      const status = document.querySelector('[data-bz-near] [role=status]')?.textContent ?? '';
      const shown = !document.querySelector<HTMLElement>('[data-bz-results]')!.hidden;
      return (shown || status !== '') && !busy.includes(status);
    },
    { timeout: 20_000 },
    BUSY,
  );
  return page.evaluate(() => {
    const results = document.querySelector<HTMLElement>('[data-bz-results]')!;
    const rows = results.hidden ? [] : [...results.querySelectorAll('li')];
    return {
      status: document.querySelector('[data-bz-near] [role=status]')?.textContent ?? '',
      names: rows.map((li) => li.querySelector('a')?.textContent ?? ''),
      distances: rows.map((li) => li.querySelector('[data-f=distance]')?.textContent ?? ''),
    };
  });
}

/** Opens /search/?q= and returns what the page settled on: its status line and the results' titles. */
async function search(page: Page, q: string): Promise<{ status: string; titles: string[] }> {
  await page.goto(`${server.url}/search/?q=${encodeURIComponent(q)}`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('[data-search-status="done"]') !== null, { timeout: 20_000 });
  return page.evaluate(() => ({
    status: document.querySelector('#bz-search-status')!.textContent!.trim(),
    titles: [...document.querySelectorAll('[data-search-result] a')].map((a) => a.textContent!.trim()),
  }));
}

describe('in Firefox ESR (a second engine)', () => {
  it('searches with Pagefind under the search page’s policy, and says when nothing is found', async () => {
    const { browser, page } = await firefox();
    try {
      const people = await search(page, '好人');
      expect(people.status).not.toBe(t('searchPage.error'));
      expect(people.titles.length).toBeGreaterThan(0);
      expect(people.titles[0]).toMatch(/好人/);
      const site = near.sites.find((s) => s[1].endsWith('站'))![1];
      const bySite = await search(page, site);
      expect(bySite.titles).toContain(site);
      expect(await search(page, '火星基地')).toEqual({ status: t('searchPage.none', { q: '火星基地' }), titles: [] });
      // From another page's header box: the form lands on /search/ with the query.
      await page.goto(`${server.url}/rules/`, { waitUntil: 'load' });
      await page.type('#bz-search-q', '好人');
      await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
      await page.waitForSelector('[data-search-result]', { timeout: 20_000 });
      expect(new URL(page.url()).searchParams.get('q')).toBe('好人');
    } finally {
      await browser.close();
    }
    expect(errors).toEqual([]);
  }, 120_000);

  it('lists the nearest sites, nearest first, for a reader standing at a station', async () => {
    const station = near.sites.find((s) => s[1].endsWith('站'))!;
    const { browser, page } = await firefox({ lat: station[2], lng: station[3] });
    try {
      const found = await findNearest(page);
      expect(found.status).not.toMatch(FAR);
      expect(found.names[0]).toBe(station[1]);
      expect(found.distances[0]).toMatch(/^约 \d+ 米$/);
    } finally {
      await browser.close();
    }
    expect(errors).toEqual([]);
  }, 120_000);

  it('still lists the nearest sites for a reader far from the city, and says so', async () => {
    const lats = near.sites.map((s) => s[2]);
    const { browser, page } = await firefox({ lat: Math.max(...lats) + 5, lng: near.sites[0]![3] });
    try {
      const found = await findNearest(page);
      expect(found.status.startsWith(FAR)).toBe(true);
      expect(found.names.length).toBeGreaterThan(0);
      expect(found.distances.every((d) => /^约 [\d.]+ 公里$/.test(d))).toBe(true);
    } finally {
      await browser.close();
    }
    expect(errors).toEqual([]);
  }, 120_000);

  it('tells a reader who refused the location what to do instead', async () => {
    const { browser, page } = await firefox();
    try {
      expect(await findNearest(page)).toEqual({ status: t('sites.near.denied'), names: [], distances: [] });
    } finally {
      await browser.close();
    }
    expect(errors).toEqual([]);
  }, 120_000);
});
