/**
 * 「查找离我最近的阵地」 from wherever a reader stands: a grid of positions over the area the
 * directory's sites span and well beyond it (derived from the build's near.json, not from any
 * city's numbers), over a generated content root in which hours, phone, services, township and
 * coordinates are each missing, alone and together, on sites next to each other. Every position
 * must end in a list of sites or a message, with no script error. Also: permission denied,
 * position unavailable, a timeout, and a near.json row lacking every optional field at once.
 * One page for the whole grid: the finder is pressed again at each position.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../tools/lib/chromium';
import { serveDirectory, type StaticServer } from '../../tools/lib/static-server';
import { generateSampleRoot } from '../../src/lib/sample/generate';
import type { NearData, NearSite } from '../../src/lib/sites/near-data';
import { t } from '../../src/lib/strings';
import { runScript } from '../helpers/run-script';

const PHONE = { viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true };
/** Grid lines each way: 15 × 15 = 225 positions. */
const STEPS = 15;
const BUTTON = t('sites.near.button');
const BUSY = [t('sites.near.locating'), t('sites.near.loading')];
const FAR = t('sites.near.far').split('{')[0]!;

let dist: string;
let browser: Browser;
let server: StaticServer;
let near: NearData;
const errors: string[] = [];

/** The blanks, by row: bit 0 hours, bit 1 phone, bit 2 services, bit 3 township; every 5th row loses its coordinates. */
function blankFields(csv: string): string {
  const rows = parse(csv.replace(/^\uFEFF/, ''), { columns: true }) as Array<Record<string, string>>;
  rows.forEach((row, i) => {
    if (row.level === '中心') return;
    if (i & 1) row.hours = '';
    if (i & 2) row.phone = '';
    if (i & 4) row.services = '';
    if (i & 8) row.township = '';
    if (i % 5 === 0) row.lat = row.lng = '';
  });
  return stringify(rows, { header: true, columns: Object.keys(rows[0]!) });
}

beforeAll(async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bz-finder-'));
  for (const [rel, text] of generateSampleRoot(200)) {
    fs.mkdirSync(path.dirname(path.join(root, 'content', rel)), { recursive: true });
    fs.writeFileSync(path.join(root, 'content', rel), rel === 'practice-sites.csv' ? blankFields(text as string) : text);
  }
  dist = path.join(root, 'dist');
  const built = await runScript('build.ts', ['--out', dist], { CONTENT_DIR: path.join(root, 'content') });
  if (built.code !== 0) throw new Error(`the finder's content root did not build:\n${built.stdout}\n${built.stderr}`);
  near = JSON.parse(fs.readFileSync(path.join(dist, 'sites/near.json'), 'utf8')) as NearData;
  server = await serveDirectory(dist);
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function phone(options: BrowserContextOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ ...PHONE, ...options });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`script error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`console error: ${m.text()}`));
  await page.goto(`${server.url}/sites/`);
  return { context, page };
}

interface Outcome {
  status: string;
  rows: Array<{ name: string; href: string; distance: string; lines: string[]; empty: number }>;
}

/** Presses the finder and waits until it shows results or a message; what the reader then sees. */
async function press(page: Page): Promise<Outcome> {
  await page.evaluate(() => {
    document.querySelector<HTMLElement>('[data-bz-results]')!.hidden = true;
    document.querySelector('[data-bz-near] [role=status]')!.textContent = '';
  });
  await page.getByRole('button', { name: BUTTON }).click();
  const done = await page
    .waitForFunction(
      (busy) => {
        const status = document.querySelector('[data-bz-near] [role=status]')!.textContent ?? '';
        const shown = !document.querySelector<HTMLElement>('[data-bz-results]')!.hidden;
        return (shown || status !== '') && !busy.includes(status);
      },
      BUSY,
      { timeout: 10_000 },
    )
    .then(() => true)
    .catch(() => false);
  const status = await page.locator('[data-bz-near] [role=status]').textContent();
  if (!done) return { status: `stuck on 「${status}」`, rows: [] };
  return page.evaluate(() => ({
    status: document.querySelector('[data-bz-near] [role=status]')!.textContent ?? '',
    rows: document.querySelector<HTMLElement>('[data-bz-results]')!.hidden
      ? []
      : [...document.querySelectorAll('[data-bz-results] li')].map((li) => ({
          name: li.querySelector('a')?.textContent ?? '',
          href: li.querySelector('a')?.getAttribute('href') ?? '',
          distance: li.querySelector('[data-f=distance]')?.textContent ?? '',
          lines: [...li.querySelectorAll('p')].map((p) => p.textContent!.replace(/\s+/g, ' ').trim()),
          empty: [...li.querySelectorAll('[data-f]')].filter((f) => f.tagName !== 'STRONG' && !f.textContent!.trim()).length,
        })),
  }));
}

describe('the finder from anywhere', () => {
  it('lists the nearest sites, or says why not, at each of 225 positions over the city and beyond', async () => {
    const lats = near.sites.map((s) => s[2]);
    const lngs = near.sites.map((s) => s[3]);
    const [minLat, maxLat, minLng, maxLng] = [Math.min(...lats), Math.max(...lats), Math.min(...lngs), Math.max(...lngs)];
    // Half the span again on every side: the last rows and columns stand well outside the city.
    const [padLat, padLng] = [(maxLat - minLat) / 2, (maxLng - minLng) / 2];
    const { context, page } = await phone({ permissions: ['geolocation'], geolocation: { latitude: minLat, longitude: minLng } });
    const missing = { hours: 0, phone: 0, services: 0 };
    const far: string[] = [];
    const silent: string[] = [];
    grid: for (let i = 0; i < STEPS; i++) {
      for (let j = 0; j < STEPS; j++) {
        const latitude = minLat - padLat + ((maxLat - minLat + 2 * padLat) * i) / (STEPS - 1);
        const longitude = minLng - padLng + ((maxLng - minLng + 2 * padLng) * j) / (STEPS - 1);
        await context.setGeolocation({ latitude, longitude });
        const { status, rows } = await press(page);
        const where = `${latitude.toFixed(4)},${longitude.toFixed(4)}`;
        if (rows.length === 0 && (!status || status.startsWith('stuck'))) silent.push(`${where}: ${status || 'nothing shown'}`);
        if (silent.length >= 5) break grid;
        for (const row of rows) {
          expect(row.name, where).not.toBe('');
          expect(row.href, where).toMatch(/^\/sites\/[a-z0-9-]+\/$/);
          expect(row.distance, where).toMatch(/^约 [\d.]+ (米|公里)$/);
          expect(row.empty, `${where}: a field left empty instead of removed`).toBe(0);
          expect(row.lines.join('|'), where).not.toMatch(/undefined|null|NaN/);
          if (!row.lines.some((l) => l.startsWith(t('sites.label.hours')))) missing.hours++;
          if (!row.lines.some((l) => l.startsWith(t('sites.label.phone')))) missing.phone++;
          if (!row.lines.some((l) => l.startsWith(t('sites.label.services')))) missing.services++;
        }
        const outside =
          latitude < minLat - 0.1 || latitude > maxLat + 0.1 || longitude < minLng - 0.1 || longitude > maxLng + 0.1;
        if (outside && !status.startsWith(FAR)) far.push(where);
      }
    }
    await context.close();
    expect(errors).toEqual([]);
    expect(silent).toEqual([]);
    // Positions outside the area still get their list, and are told they are far.
    expect(far).toEqual([]);
    // The grid did meet rows without each optional field.
    expect(
      Object.values(missing).every((n) => n > 0),
      JSON.stringify(missing),
    ).toBe(true);
  }, 600_000);

  it('keeps a row whose every optional field is empty to its name and distance', async () => {
    const [id, name, lat, lng] = near.sites[0]!;
    const bare: NearSite = [id, name, lat, lng, '', '', -1, '', ''];
    const { context, page } = await phone({ permissions: ['geolocation'], geolocation: { latitude: lat, longitude: lng } });
    await page.route('**/sites/near.json', (route) =>
      route.fulfill({ json: { datum: near.datum, hours: [], sites: [bare] } satisfies NearData }),
    );
    const { rows } = await press(page);
    await context.close();
    expect(rows).toEqual([{ name, href: `/sites/${id}/`, distance: '约 0 米', lines: ['约 0 米'], empty: 0 }]);
    expect(errors).toEqual([]);
  });

  it('tells a reader who refused the location what to do instead', async () => {
    const { context, page } = await phone({ permissions: [] });
    const { status, rows } = await press(page);
    await context.close();
    expect([status, rows]).toEqual([t('sites.near.denied'), []]);
  });

  it('tells a reader whose phone cannot find its position to turn location on', async () => {
    const { context, page } = await phone({ permissions: ['geolocation'] });
    // Emulates a device without a position fix (no coordinates given).
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setGeolocationOverride', {});
    const { status, rows } = await press(page);
    await context.close();
    expect([status, rows]).toEqual([t('sites.near.unavailable'), []]);
  });

  it('tells a reader whose phone took too long to find its position to try again', async () => {
    const { context, page } = await phone({ permissions: ['geolocation'] });
    await page.evaluate(() => {
      navigator.geolocation.getCurrentPosition = (_ok, fail) =>
        setTimeout(() => fail?.({ code: 3, message: 'Timeout expired' } as GeolocationPositionError), 50);
    });
    const { status, rows } = await press(page);
    await context.close();
    expect([status, rows]).toEqual([t('sites.near.timeout'), []]);
    expect(errors).toEqual([]);
  });
});
