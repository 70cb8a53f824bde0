/**
 * The built portal in Chromium: axe (WCAG 2.1 AA) on every page template in every reader mode,
 * keyboard order through the header, the 大字 and 高对比 modes, reflow at 320 px, and no failed
 * request, console error or request to another origin anywhere. Runs over dist/ (BROWSER_DIST
 * overrides); build it first with `npm run build`. BROWSER_SERVER=nginx serves it with Debian's
 * nginx and deploy/nginx.conf instead of the minimal static server.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../tools/lib/chromium';
import { serveForBrowser } from '../../tools/lib/browser-server';
import type { StaticServer } from '../../tools/lib/static-server';
import { TEMPLATE_PAGES } from '../helpers/templates';
import { SUITE_FACTS } from '../helpers/suite-facts';
import { axeViolations } from './helpers';

const DIST = path.resolve(process.env.BROWSER_DIST ?? 'dist');
const MODES = { normal: '', large: 'large', contrast: 'contrast' } as const;
/** The policy every page must carry, written out so that a weaker csp.ts fails here. */
const POLICY =
  "default-src 'self'; script-src 'self' 'sha256-…'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";
/** The search page alone adds what Pagefind's WebAssembly needs (test/browser/search.test.ts shows that it does). */
const SEARCH_POLICY = POLICY.replace("'sha256-…'", "'sha256-…' 'wasm-unsafe-eval' 'unsafe-eval'");

let browser: Browser;
let server: StaticServer;
/** Problems seen by any page: failed requests, error responses, console errors, foreign requests. */
const problems: string[] = [];

beforeAll(async () => {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) throw new Error(`${DIST} has no index.html: run "npm run build" first.`);
  server = await serveForBrowser(DIST);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function newContext(options: { width?: number; mode?: string; javaScriptEnabled?: boolean } = {}): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  if (options.mode)
    await context.addInitScript((m) => {
      try {
        localStorage.setItem('bz-modes', m);
      } catch {
        /* about:blank has no storage */
      }
    }, options.mode);
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.url) || url.startsWith('data:')) return route.continue();
    problems.push(`request to another origin: ${url}`);
    return route.abort();
  });
  // Every Content-Security-Policy violation becomes a console error, which fails the test.
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`),
    ),
  );
  context.on('page', watch);
  return context;
}

function watch(page: Page) {
  page.on('requestfailed', (r) => {
    // ERR_ABORTED is the browser dropping a lazy image when the test navigates on; a missing file shows as an HTTP 404 below.
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`failed request ${r.url()} (${r.failure()?.errorText})`);
  });
  page.on('response', (r) => {
    const notFoundPage = r.request().resourceType() === 'document' && new URL(r.url()).pathname === TEMPLATE_PAGES['not-found'];
    if (r.status() >= 400 && !notFoundPage) problems.push(`HTTP ${r.status()} for ${r.url()}`);
  });
  page.on('console', (m) => {
    // Chromium logs the 404 status of the not-found page itself as a console error; that one is expected.
    const expected404 = new URL(page.url()).pathname === TEMPLATE_PAGES['not-found'] && m.text().includes('status of 404');
    if (m.type() === 'error' && !expected404) problems.push(`console error on ${page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`script error on ${page.url()}: ${e.message}`));
}

/** Goes to a template page; the search page (opened with a query) is checked once its results are on screen. */
async function open(page: Page, url: string): Promise<void> {
  await page.goto(server.url + url);
  if (url.startsWith('/search/')) await page.waitForSelector('[data-search-status="done"]');
}

describe('every page template', () => {
  for (const [modeName, mode] of Object.entries(MODES)) {
    it(`has no axe violation (wcag2a, wcag2aa, wcag21aa) in the ${modeName} mode`, async () => {
      const context = await newContext({ mode });
      const page = await context.newPage();
      const found: Record<string, string[]> = {};
      for (const [name, url] of Object.entries(TEMPLATE_PAGES)) {
        await open(page, url);
        const violations = await axeViolations(page);
        if (violations.length > 0) found[name] = violations;
      }
      await context.close();
      expect(found).toEqual({});
    });
  }

  it('reflows at 320 px (and 640 px, a 1280 px screen at 200 % zoom) without horizontal scrolling, in the normal and the 大字 mode', async () => {
    const overflowing: string[] = [];
    for (const [width, mode] of [
      [320, ''],
      [320, 'large'],
      [640, ''],
      [640, 'large'],
    ] as const) {
      const context = await newContext({ width, mode });
      const page = await context.newPage();
      for (const [name, url] of Object.entries(TEMPLATE_PAGES)) {
        await open(page, url);
        const { scroll, client } = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
        }));
        if (scroll > client) overflowing.push(`${name} (${width} px, ${mode || 'normal'}): ${scroll} > ${client}`);
      }
      await context.close();
    }
    expect(overflowing).toEqual([]);
  });

  it('carries a Content-Security-Policy and no inline event handler or javascript: link', async () => {
    const context = await newContext();
    const page = await context.newPage();
    const found: string[] = [];
    for (const [name, url] of Object.entries(TEMPLATE_PAGES)) {
      await open(page, url);
      const csp = await page.evaluate(() =>
        document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
      );
      if (csp?.replace(/'sha256-[A-Za-z0-9+/]+={0,2}'/, "'sha256-…'") !== (name === 'search' ? SEARCH_POLICY : POLICY))
        found.push(`${name}: CSP is ${csp ?? 'missing'}`);
      found.push(
        ...(
          await page.evaluate(() =>
            [...document.querySelectorAll('*')].flatMap((el) => [
              ...[...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `<${el.localName} ${a.name}>`),
              ...(/^\s*javascript:/i.test(el.getAttribute('href') ?? '') ? [`<${el.localName} href=javascript:>`] : []),
            ]),
          )
        ).map((x) => `${name}: ${x}`),
      );
    }
    await context.close();
    expect(found).toEqual([]);
  });

  it('has one h1, a main landmark and Chinese as its language', async () => {
    const context = await newContext();
    const page = await context.newPage();
    for (const url of Object.values(TEMPLATE_PAGES)) {
      await open(page, url);
      expect(await page.locator('h1').count(), url).toBe(1);
      expect(await page.getByRole('main').count(), url).toBe(1);
      expect(await page.getAttribute('html', 'lang'), url).toBe('zh-CN');
    }
    await context.close();
  });

  it('can be read with JavaScript off, with the mode switch hidden since it would not work', async () => {
    const context = await newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.url + TEMPLATE_PAGES.release);
    await expect(page.getByRole('heading', { level: 1 }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: '大字' }).isVisible()).resolves.toBe(false);
    await page.goto(server.url + TEMPLATE_PAGES['people-facet']);
    await expect(page.getByRole('link', { name: '中国好人' }).first().isVisible()).resolves.toBe(true);
    await context.close();
  });
});

describe('the header', () => {
  it('is reached by Tab in reading order, skip link first, with a visible focus', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(server.url + TEMPLATE_PAGES.home);
    const order: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      order.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const style = getComputedStyle(el);
          const visible = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
          return `${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim() || el.getAttribute('placeholder')}${visible ? '' : ' (no focus ring)'}`;
        }),
      );
    }
    expect(order).toEqual([
      '跳到正文',
      SUITE_FACTS.siteName,
      '搜索姓名、地名、关键词',
      '搜索',
      '大字',
      '高对比',
      '首页',
      '新闻发布',
      '好人榜',
      '文明20条',
      '文明实践',
      '数据',
    ]);
    await page.keyboard.press('Shift+Tab');
    await context.close();
  });

  it('sends the search box as a plain GET form to /search/?q=…', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(server.url + TEMPLATE_PAGES.home);
    await page.getByRole('searchbox', { name: '站内搜索' }).fill('好人');
    const request = page.waitForRequest((r) => r.url().includes('/search/'));
    await page.getByRole('button', { name: '搜索', exact: true }).click();
    expect(new URL((await request).url()).searchParams.get('q')).toBe('好人');
    await page.waitForSelector('[data-search-status="done"]');
    await expect(page.getByRole('status').textContent()).resolves.toMatch(/^找到 \d+ 条与「好人」相关的结果。$/);
    await context.close();
  });
});

describe('the reader modes', () => {
  it('「大字」 enlarges the text to at least 20 px and the targets to at least 44 px, and is remembered', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(server.url + TEMPLATE_PAGES.release);
    const button = page.getByRole('button', { name: '大字' });
    await expect(button.getAttribute('aria-pressed')).resolves.toBe('false');
    await button.click();
    await expect(button.getAttribute('aria-pressed')).resolves.toBe('true');
    const check = () =>
      page.evaluate(() => {
        const p = document.querySelector('main .bz-prose p') as HTMLElement;
        const s = getComputedStyle(p);
        const nav = document.querySelector('header nav a') as HTMLElement;
        return { size: parseFloat(s.fontSize), lineHeight: parseFloat(s.lineHeight), target: nav.getBoundingClientRect().height };
      });
    const after = await check();
    expect(after.size).toBeGreaterThanOrEqual(20);
    expect(after.lineHeight / after.size).toBeGreaterThanOrEqual(1.5);
    expect(after.target).toBeGreaterThanOrEqual(44);
    await page.goto(server.url + TEMPLATE_PAGES.person);
    await expect(page.evaluate(() => document.documentElement.classList.contains('bz-large'))).resolves.toBe(true);
    await expect(page.getByRole('button', { name: '大字' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await page.getByRole('button', { name: '大字' }).click();
    await page.reload();
    await expect(page.evaluate(() => document.documentElement.classList.contains('bz-large'))).resolves.toBe(false);
    await context.close();
  });

  it('「高对比」 switches to light text on black, is remembered and applied before first paint', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(server.url + TEMPLATE_PAGES.home);
    await page.getByRole('button', { name: '高对比' }).click();
    const colours = () =>
      page.evaluate(() => ({ bg: getComputedStyle(document.body).backgroundColor, fg: getComputedStyle(document.body).color }));
    await expect(colours()).resolves.toEqual({ bg: 'rgb(0, 0, 0)', fg: 'rgb(255, 255, 255)' });
    // The class must be on <html> before any stylesheet or body is parsed: check at the first script that runs after the inline one.
    await context.addInitScript(() => {
      document.addEventListener(
        'readystatechange',
        () => {
          (window as unknown as { modeAtStart: boolean }).modeAtStart ??=
            document.documentElement.classList.contains('bz-contrast');
        },
        { once: true },
      );
    });
    await page.goto(server.url + TEMPLATE_PAGES.rules);
    await expect(page.evaluate(() => (window as unknown as { modeAtStart: boolean }).modeAtStart)).resolves.toBe(true);
    await expect(colours()).resolves.toEqual({ bg: 'rgb(0, 0, 0)', fg: 'rgb(255, 255, 255)' });
    await expect(page.getByRole('button', { name: '高对比' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await context.close();
  });
});

describe('printing', () => {
  it('fits the rules (亳州文明20条 in the bundled content) on one A4 page', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(server.url + TEMPLATE_PAGES.rules);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    await context.close();
  });

  it('hides navigation and search and prints link addresses on releases and profiles', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.emulateMedia({ media: 'print' });
    for (const url of [TEMPLATE_PAGES.release, TEMPLATE_PAGES.person]) {
      await open(page, url);
      await expect(page.getByRole('navigation', { name: '主导航' }).isVisible(), url).resolves.toBe(false);
      await expect(page.getByRole('search').isVisible(), url).resolves.toBe(false);
    }
    const printed = await page.evaluate(() => getComputedStyle(document.querySelector('main dd a')!, '::after').content);
    expect(printed).toContain('/people/category/');
    await context.close();
  });
});

describe('all the pages above', () => {
  it('made no failed request, no error response, no console error and no request to another origin', () => {
    expect(problems).toEqual([]);
  });
});
