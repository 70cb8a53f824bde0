/**
 * Small things a reader meets on a 360 px phone, in the normal, 大字 and 高对比 modes: the
 * breadcrumb shows the current page, the header's search hint is not cut mid-character, a
 * profile's portrait loads first, screen readers are not read the drawn 「›」 and 「▾」, and the
 * headers nginx sends (deploy/nginx.conf) make Chromium log nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../tools/lib/chromium';
import { serveWithNginx } from '../../tools/lib/nginx';
import { serveDirectory, type StaticServer } from '../../tools/lib/static-server';
import { TEMPLATE_PAGES } from '../helpers/templates';
import { setMode } from './helpers';

const DIST = path.resolve(process.env.BROWSER_DIST ?? 'dist');
const PHONE = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true };
const MODES = { normal: '', 大字: 'large', 高对比: 'contrast' } as const;

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) throw new Error(`${DIST} has no index.html: build first.`);
  server = await serveDirectory(DIST);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function phone(mode: string): Promise<BrowserContext> {
  const context = await browser.newContext(PHONE);
  if (mode) await setMode(context, mode);
  return context;
}

describe('on a 360 px phone', () => {
  for (const [modeName, mode] of Object.entries(MODES)) {
    it(`shows at least four characters of the current page in every breadcrumb, on screen, with no crumb drawn over another (${modeName})`, async () => {
      const context = await phone(mode);
      const page = await context.newPage();
      const found: string[] = [];
      for (const [name, url] of Object.entries(TEMPLATE_PAGES)) {
        if (url.startsWith('/search/')) continue;
        await page.goto(server.url + url);
        const current = await page.evaluate(() => {
          const span = document.querySelector<HTMLElement>('.bz-breadcrumb [aria-current="page"]');
          if (!span) return undefined;
          const box = span.getBoundingClientRect();
          const em = parseFloat(getComputedStyle(span).fontSize);
          return { width: box.width, right: box.right, full: span.scrollWidth, em, text: span.textContent! };
        });
        if (!current) continue;
        // The crumbs shown side by side, none drawn over another (a link wider than its item would be).
        const overlaps = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('.bz-breadcrumb li')]
            .filter((li) => li.getClientRects().length > 0)
            .flatMap((li) => {
              const item = li.getBoundingClientRect();
              const inner = (li.firstElementChild as HTMLElement).getBoundingClientRect();
              return inner.left < item.left - 0.5 || inner.right > item.right + 0.5 ? [li.textContent!] : [];
            }),
        );
        if (overlaps.length) found.push(`${name}: 「${overlaps.join('」「')}」 drawn beyond its place in the trail`);
        // The first crumb, with no 「›」 before it, takes its link's width: no gap after it.
        const gap = await page.$eval(
          '.bz-breadcrumb li',
          (li) => li.getBoundingClientRect().width - li.firstElementChild!.getBoundingClientRect().width,
        );
        if (gap > 1) found.push(`${name}: ${Math.round(gap)} px of nothing after the first crumb`);
        // On a phone a long trail keeps its first crumb and the page's parent only.
        const shown = await page.$$eval('.bz-breadcrumb li', (lis) => lis.filter((li) => li.getClientRects().length > 0).length);
        if (shown > 3) found.push(`${name}: ${shown} crumbs on one line (the first, the parent and the page at most)`);
        const needed = Math.min(current.full, 4 * current.em) - 1;
        if (current.width < needed || current.right > 360)
          found.push(
            `${name}: 「${current.text}」 gets ${Math.round(current.width)} px, ends at ${Math.round(current.right)} px`,
          );
      }
      await context.close();
      expect(found).toEqual([]);
    });

    it(`sets a person's labels (类别, 县区) on their values' line (${modeName})`, async () => {
      const context = await phone(mode);
      const page = await context.newPage();
      await page.goto(server.url + TEMPLATE_PAGES.person);
      const offsets = await page.$$eval('article dl dt', (dts) =>
        dts.map((dt) => {
          const text = (node: Node) => {
            const range = document.createRange();
            range.selectNodeContents(node);
            return range.getBoundingClientRect().bottom;
          };
          const dd = dt.nextElementSibling!;
          return [dt.textContent, Math.round(text(dt) - text(dd.querySelector('a') ?? dd))];
        }),
      );
      await context.close();
      expect(offsets.length).toBeGreaterThan(0);
      expect(offsets.filter(([, d]) => Math.abs(d as number) > 1)).toEqual([]);
    });

    it(`ends the header's search hint in 「…」 when it does not fit, not in half a character (${modeName})`, async () => {
      const context = await phone(mode);
      const page = await context.newPage();
      await page.goto(server.url + TEMPLATE_PAGES.site);
      const hint = await page.evaluate(() => {
        const input = document.querySelector<HTMLInputElement>('header input[type=search]')!;
        const style = getComputedStyle(input);
        const ctx = document.createElement('canvas').getContext('2d')!;
        ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return { fits: ctx.measureText(input.placeholder).width <= room, overflow: style.textOverflow };
      });
      await context.close();
      expect(hint.fits || hint.overflow === 'ellipsis', JSON.stringify(hint)).toBe(true);
    });
  }

  it('loads a profile’s portrait at once and first, above the fold', async () => {
    const context = await phone('');
    const page = await context.newPage();
    await page.goto(server.url + TEMPLATE_PAGES.person);
    const img = await page.evaluate(() => {
      const el = document.querySelector<HTMLImageElement>('main img.bz-photo')!;
      return { loading: el.loading, priority: el.getAttribute('fetchpriority'), top: el.getBoundingClientRect().top };
    });
    await context.close();
    expect(img.loading).toBe('eager');
    expect(img.priority).toBe('high');
    expect(img.top).toBeLessThan(740);
  });

  it('keeps the drawn 「›」 and 「▾」 out of what a screen reader reads', async () => {
    const context = await phone('');
    const page = await context.newPage();
    await page.goto(server.url + TEMPLATE_PAGES.site);
    const cdp = await context.newCDPSession(page);
    // Chromium's own accessibility tree, which screen readers read.
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: Array<{ name?: { value?: string }; role?: { value?: string } }>;
    };
    await context.close();
    const names = nodes.map((n) => String(n.name?.value ?? '')).filter(Boolean);
    expect(names.filter((n) => /[›▾▴]/.test(n))).toEqual([]);
    // The breadcrumb and the menu are still there to be read.
    expect(names).toContain('菜单');
    expect(names).toContain('位置');
  });
});

describe('behind nginx with the shipped headers', () => {
  it('makes Chromium log nothing about the Permissions-Policy header', async () => {
    const nginx = await serveWithNginx(DIST);
    const page = await browser.newPage();
    const logged: string[] = [];
    page.on('console', (m) => logged.push(`${m.type()}: ${m.text()}`));
    try {
      const response = await page.goto(nginx.url + TEMPLATE_PAGES.sites);
      // The header was sent (this is not a test of a server that sends none).
      expect(response?.headers()['permissions-policy']).toContain('geolocation=(self)');
      await page.waitForLoadState('load');
    } finally {
      await page.close();
      await nginx.close();
    }
    expect(logged.filter((l) => /Permissions-Policy|Feature-Policy/i.test(l))).toEqual([]);
  });
});
