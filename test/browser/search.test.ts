/**
 * The /search/ page end to end: builds test/fixtures/search with `npm run build`, serves it and
 * types the judged queries into the page's search box in Chromium; the page's policy, what a
 * browser without JavaScript or WebAssembly sees, and axe in the three reader modes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../tools/lib/chromium';
import { serveForBrowser } from '../../tools/lib/browser-server';
import { serveWithNginx } from '../../tools/lib/nginx';
import type { StaticServer } from '../../tools/lib/static-server';
import { runScript } from '../helpers/run-script';
import { scoreQuality } from '../../tools/lib/search-quality';
import { JUDGED_QUERIES } from '../search/judged-queries';
import { axeViolations } from './helpers';
import { t } from '../../src/lib/strings';
import { parse as parseYaml } from 'yaml';

const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'bz-search-ui-'));
// Readable by all, as a server's site folder is: under BROWSER_SERVER=nginx an unprivileged worker serves it.
fs.chmodSync(parent, 0o755);
const out = path.join(parent, 'dist');
const FIXTURE = path.resolve('test/fixtures/search');
/** The rules section's name in the menu, 「文明{n}条」 from the fixture's own number of rules (5, not Bozhou's 20). */
const RULES_NAV = t('nav.rules', {
  ruleCount: (parseYaml(fs.readFileSync(path.join(FIXTURE, 'rules.yaml'), 'utf8')) as unknown[]).length,
});
/** The search page's policy: every page's (test/browser/portal.test.ts) plus WebAssembly for Pagefind. */
const SEARCH_POLICY =
  "default-src 'self'; script-src 'self' 'sha256-…' 'wasm-unsafe-eval' 'unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";
const ERROR = '搜索没能运行。请检查网络后再试；如果还是不行，可能是浏览器版本太旧，请把手机系统或微信更新到新版本。';
let server: StaticServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];

/** Console errors, script errors, policy violations and Web Workers of a page, into `into`. */
function watch(p: Page, into: string[]): void {
  // The fixture root has no favicon; Chromium asks for one anyway.
  p.on(
    'console',
    (m) => m.type() === 'error' && !m.location().url.endsWith('/favicon.ico') && into.push(`${m.text()} ${m.location().url}`),
  );
  p.on('pageerror', (e) => into.push(e.message));
  p.on('worker', (w) => into.push(`worker started: ${w.url()}`));
}

async function newPage(
  options: { javaScriptEnabled?: boolean; mode?: string; init?: string } = {},
): Promise<{ page: Page; seen: string[] }> {
  const c = await browser.newContext({
    viewport: { width: 320, height: 640 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  if (options.mode)
    await c.addInitScript((m) => {
      try {
        localStorage.setItem('bz-modes', m);
      } catch {
        /* about:blank has no storage */
      }
    }, options.mode);
  if (options.init) await c.addInitScript(options.init);
  await c.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`),
    ),
  );
  const p = await c.newPage();
  const seen: string[] = [];
  watch(p, seen);
  return { page: p, seen };
}

async function searchFor(q: string, p: Page = page): Promise<string[]> {
  const box = p.getByRole('searchbox', { name: '搜索关键词' });
  await box.fill(q);
  await box.press('Enter');
  await p.waitForSelector('[data-search-status="done"]');
  return p.locator('[data-search-result] h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
}

beforeAll(async () => {
  const r = await runScript('build.ts', ['--out', out], { CONTENT_DIR: FIXTURE });
  if (r.code !== 0) throw new Error(`fixture build failed:\n${r.stdout}\n${r.stderr}`);
  server = await serveForBrowser(out);
  browser = await launchChromium();
  ({ page } = await newPage());
  watch(page, problems);
  await page.goto(`${server.url}/search/`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
});

describe('the search page', () => {
  it('reaches recall@10 of at least 0.98 and MRR of at least 0.95 over the whole judged set, typed into the page, and finds nothing for every no-match query', async () => {
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
    expect(score.recallAt10).toBeGreaterThanOrEqual(0.98);
    expect(score.mrr).toBeGreaterThanOrEqual(0.95);
    expect(score.noMatchCorrect).toBe(score.noMatchTotal);
  }, 120_000);

  it('announces the number of results and marks the query in titles and excerpts', async () => {
    await searchFor('雨污分流');
    await expect(page.getByRole('status').textContent()).resolves.toBe('找到 4 条与「雨污分流」相关的结果。');
    await expect(page.locator('[data-search-result] .bz-search__excerpt mark').first().textContent()).resolves.toBe('雨污分流');
    await searchFor('振富');
    await expect(page.locator('[data-search-result] h2 mark').first().textContent()).resolves.toBe('振富');
  });

  it('lays a title out as one run of text around its match: no columns, and the spaces beside the match kept', async () => {
    // The text just before a match never sits on a lower line than the match's start.
    const beforeMatch = () =>
      page.locator('[data-search-result] h2 a').evaluateAll((links) =>
        links.flatMap((a) => {
          const mark = a.querySelector('mark');
          const range = document.createRange();
          const walker = document.createTreeWalker(a, NodeFilter.SHOW_TEXT);
          let last: Text | undefined;
          for (let n = walker.nextNode(); n && !mark?.contains(n); n = walker.nextNode()) last = n as Text;
          if (!mark || !last?.data) return [];
          range.setStart(last, last.data.length - 1);
          range.setEnd(last, last.data.length);
          const prev = range.getBoundingClientRect();
          const first = mark.getClientRects()[0]!;
          return [{ title: a.textContent, prevTop: prev.top, markTop: first.top }];
        }),
      );
    await searchFor('移风易俗');
    const inMiddle = await beforeMatch();
    expect(inMiddle.map((r) => r.title)).toContain('关于开展“婚事新办、丧事简办”移风易俗宣传活动的通知');
    for (const r of inMiddle) expect(r.prevTop, r.title!).toBeLessThanOrEqual(r.markTop);
    await searchFor('谯城区');
    const widths = await page.locator('[data-search-result] h2 a').evaluateAll((links) =>
      links.flatMap((a) => {
        const mark = a.querySelector('mark');
        const after = mark?.nextSibling;
        if (!(after instanceof Text) || !after.data.startsWith(' ')) return [];
        const range = document.createRange();
        range.setStart(after, 0);
        range.setEnd(after, 1);
        return [{ title: a.textContent, width: range.getBoundingClientRect().width }];
      }),
    );
    expect(widths.length).toBeGreaterThan(0);
    for (const w of widths) expect(w.width, w.title!).toBeGreaterThan(2);
  });

  it('never breaks a phone number or an opening time across lines in a result, a marked part of it included', async () => {
    // Broken now or at another width: on no second line, and inside one element that does not wrap.
    const numbers: Array<{ text: string; lines: number; wraps: boolean }> = [];
    for (const q of ['理论宣讲', '志愿服务', '文化活动', '0558', '8:30']) {
      await searchFor(q);
      numbers.push(
        ...(await page.locator('[data-search-result] p').evaluateAll((paragraphs) =>
          paragraphs.flatMap((p) => {
            // The paragraph's text nodes, each with where it starts in p.textContent.
            const nodes: Array<{ node: Text; start: number }> = [];
            const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
            let length = 0;
            for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
              nodes.push({ node: n, start: length });
              length += n.data.length;
            }
            const at = (offset: number, end: boolean) => {
              const hit = nodes.findLast((x) => (end ? x.start < offset : x.start <= offset))!;
              return [hit.node, offset - hit.start] as const;
            };
            return [...p.textContent!.matchAll(/\d[\d:-]*[-:]\d[\d:-]*/g)].map((m) => {
              const range = document.createRange();
              range.setStart(...at(m.index, false));
              range.setEnd(...at(m.index + m[0].length, true));
              let box = range.commonAncestorContainer;
              if (!(box instanceof Element)) box = box.parentElement!;
              return {
                text: m[0],
                lines: new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size,
                wraps: getComputedStyle(box as Element).whiteSpace !== 'nowrap',
              };
            });
          }),
        )),
      );
    }
    expect(numbers.length).toBeGreaterThan(4);
    expect(numbers.filter((n) => n.lines > 1 || n.wraps)).toEqual([]);
  });

  it('shows the text as written, quotation marks and spaces included', async () => {
    await searchFor('2024年学雷锋');
    await expect(page.locator('[data-search-result] .bz-search__excerpt').first().textContent()).resolves.toContain(
      '3月5日，我市“学雷锋志愿服务月”活动启动',
    );
    await searchFor('2019 好人');
    await expect(page.locator('[data-search-result] .bz-search__excerpt').first().textContent()).resolves.toContain(
      '评选“2019 好人”榜单',
    );
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

  it('narrows results with the 类型 and 县区 filters read from the address, and sorts by date', async () => {
    await page.goto(
      `${server.url}/search/?q=${encodeURIComponent('阚疃镇')}&${encodeURIComponent('类型')}=${encodeURIComponent('实践站点')}`,
    );
    await page.waitForSelector('[data-search-status="done"]');
    const sites = await page
      .locator('[data-search-result] h2 a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(sites.sort()).toEqual(['/sites/lx-kantuan-suo/', '/sites/lx-shuangmiao-zhan/']);
    await page.goto(
      `${server.url}/search/?q=${encodeURIComponent('好人')}&${encodeURIComponent('县区')}=${encodeURIComponent('蒙城县')}&sort=date`,
    );
    await page.waitForSelector('[data-search-status="done"]');
    const dates = await page.locator('[data-search-result] time').evaluateAll((t) => t.map((e) => e.getAttribute('datetime')!));
    expect(dates).toEqual(['2023-01', '2021-10', '2019-03']);
  });

  it('runs Pagefind under the pinned policy, without a Web Worker, script error or blocked request', async () => {
    const csp = await page.evaluate(() =>
      document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
    );
    expect(csp?.replace(/'sha256-[A-Za-z0-9+/]+={0,2}'/, "'sha256-…'")).toBe(SEARCH_POLICY);
    expect(problems).toEqual([]);
  });

  it("needs the policy's WebAssembly keywords: without them the search says it cannot run and offers the section lists", async () => {
    const { page: p, seen } = await newPage();
    await p.route('**/search/**', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replace(" 'wasm-unsafe-eval' 'unsafe-eval'", '') });
    });
    await p.goto(`${server.url}/search/?q=${encodeURIComponent('好人')}`);
    await p.waitForSelector('[data-search-status="done"]');
    await expect(p.getByRole('status').textContent()).resolves.toBe(ERROR);
    expect(await p.getByRole('link', { name: '好人榜' }).last().isVisible()).toBe(true);
    expect(seen.join('\n')).toMatch(/CSP violation: script-src/);
    await p.context().close();
  });

  it('tells a browser without WebAssembly that search cannot run there, and where to browse instead', async () => {
    const { page: p } = await newPage({ init: 'delete window.WebAssembly' });
    await p.goto(`${server.url}/search/?q=${encodeURIComponent('好人')}`);
    await p.waitForSelector('[data-search-status="done"]');
    await expect(p.getByRole('status').textContent()).resolves.toBe(ERROR);
    expect(await p.getByRole('link', { name: '新闻发布' }).last().isVisible()).toBe(true);
    await p.context().close();
  });

  it('without JavaScript, says that search needs it and links to the section lists', async () => {
    const { page: p } = await newPage({ javaScriptEnabled: false });
    await p.goto(`${server.url}/search/?q=${encodeURIComponent('好人')}`);
    // Playwright's text locators skip <noscript>; the rendered text of the page does not.
    await expect(p.getByRole('main').innerText()).resolves.toContain(
      `搜索需要浏览器启用 JavaScript。\n\n您也可以直接浏览栏目：新闻发布、好人榜、${RULES_NAV}、文明实践。`,
    );
    for (const name of ['新闻发布', '好人榜', RULES_NAV, '文明实践'])
      expect(await p.getByRole('main').getByRole('link', { name }).first().isVisible(), name).toBe(true);
    await p.context().close();
  });

  for (const mode of ['', 'large', 'contrast'])
    it(`passes axe (WCAG 2.1 AA) with results, and with no match, in the ${mode || 'normal'} mode`, async () => {
      const { page: p } = await newPage({ mode });
      await p.goto(`${server.url}/search/`);
      await searchFor('好人', p);
      expect(await axeViolations(p)).toEqual([]);
      await searchFor('火星基地', p);
      expect(await axeViolations(p)).toEqual([]);
      await p.context().close();
    });
});

describe('search ready before Enter', () => {
  it('has one search landmark, a description, and nothing after </html>', async () => {
    const { page: p, seen } = await newPage();
    await p.goto(`${server.url}/search/`);
    await expect(p.getByRole('search').count()).resolves.toBe(1);
    await expect(p.locator('meta[name="description"]').getAttribute('content')).resolves.toMatch(/搜索/);
    const html = await (await fetch(`${server.url}/search/`)).text();
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(seen).toEqual([]);
    await p.context().close();
  });

  it('loads Pagefind when the page opens, and the typed query before Enter', async () => {
    const { page: p, seen } = await newPage();
    const asked: string[] = [];
    p.on('request', (r) => asked.push(new URL(r.url()).pathname));
    // The page preloads the WebAssembly: it may arrive before the page's load event.
    const wasm = p.waitForResponse((r) => r.url().includes('/pagefind/wasm.'));
    await p.goto(`${server.url}/search/`);
    await wasm;
    const box = p.getByRole('searchbox', { name: '搜索关键词' });
    await box.focus();
    await p.keyboard.insertText('振富');
    // The query's fragments arrive while the person still looks at the box.
    await p.waitForResponse((r) => r.url().includes('/pagefind/fragment/'));
    const before = asked.length;
    await box.press('Enter');
    await p.waitForSelector('[data-search-status="done"]');
    expect(asked.slice(before).filter((u) => u.startsWith('/pagefind/'))).toEqual([]);
    await expect(p.locator('[data-search-result] h2 a').first().getAttribute('href')).resolves.toBe('/people/han-zhen-fu/');
    expect(seen).toEqual([]);
    await p.context().close();
  });

  it('fetches the index from the header box of another page on focus, within that page’s policy, and searches from it', async () => {
    const { page: p, seen } = await newPage();
    await p.goto(`${server.url}/rules/`);
    const asked: string[] = [];
    p.on('request', (r) => asked.push(new URL(r.url()).pathname + new URL(r.url()).search));
    const box = p.getByRole('searchbox', { name: '站内搜索' });
    const script = p.waitForResponse((r) => /\/pagefind\/pagefind_[0-9a-f]+\.js$/.test(r.url()));
    await box.focus();
    await script;
    await p.waitForTimeout(500);
    expect(
      asked
        .filter((u) => u.startsWith('/pagefind/'))
        .map((u) => u.replace(/(_|=)[0-9a-f]{7,}\b/, '$1HASH'))
        .sort(),
    ).toEqual([
      '/pagefind/pagefind-entry.json',
      '/pagefind/pagefind-entry.json?ts=HASH',
      '/pagefind/pagefind.und_HASH.pf_meta',
      '/pagefind/pagefind_HASH.js',
      '/pagefind/wasm.unknown_HASH.pagefind',
    ]);
    await box.fill('振富');
    await box.press('Enter');
    await p.waitForSelector('[data-search-status="done"]');
    await expect(p.locator('[data-search-result] h2 a').first().getAttribute('href')).resolves.toBe('/people/han-zhen-fu/');
    expect(seen).toEqual([]);
    await p.context().close();
  });

  it('asks the server, on a return visit from the header box behind nginx, for the page and the new query’s index files only: Pagefind’s script, entry, WebAssembly and meta come from the cache', async () => {
    const nginx = await serveWithNginx(out);
    try {
      const { page: p, seen } = await newPage();
      const fromHeader = async (at: string, q: string) => {
        await p.goto(`${nginx.url}${at}`);
        const box = p.getByRole('searchbox', { name: '站内搜索' });
        const script = p.waitForResponse((r) => /\/pagefind\/pagefind_[0-9a-f]+\.js$/.test(r.url()));
        await box.focus();
        // The first visit waits for the prefetch; on the return visit its files are already cached.
        if (at === '/rules/') await script;
        await box.fill(q);
        await p.waitForTimeout(300);
        const logged = nginx.accessLog().length;
        await box.press('Enter');
        await p.waitForSelector('[data-search-status="done"]');
        await p.waitForTimeout(300);
        return nginx
          .accessLog()
          .slice(logged)
          .split('\n')
          .filter(Boolean)
          .map((l) => l.split(' ').slice(0, 3).join(' '));
      };
      const first = await fromHeader('/rules/', '振富');
      expect(first.filter((l) => / \/pagefind\/(?:index|fragment)\//.test(l)).length).toBeGreaterThan(0);
      const again = await fromHeader('/people/', '志愿');
      const pagefind = again.filter((l) => l.includes(' /pagefind/'));
      expect(again.filter((l) => l.includes(' /search/?q='))).toHaveLength(1);
      expect(pagefind.length).toBeGreaterThan(0);
      expect(pagefind.filter((l) => !/^200 GET \/pagefind\/(?:index|fragment|filter)\//.test(l))).toEqual([]);
      await expect(p.locator('[data-search-result]').count()).resolves.toBeGreaterThan(0);
      expect(seen).toEqual([]);
      await p.context().close();
    } finally {
      await nginx.close();
    }
  });

  it('keeps the footer and all else in place while results arrive, in the normal and large modes', async () => {
    for (const mode of ['', 'large']) {
      const { page: p } = await newPage({ mode });
      await p.addInitScript(() => {
        (window as unknown as { shifts: number }).shifts = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as Array<PerformanceEntry & { value: number }>)
            (window as unknown as { shifts: number }).shifts += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await p.goto(`${server.url}/search/?q=${encodeURIComponent('好人')}`);
      await p.waitForSelector('[data-search-status="done"]');
      await expect(p.locator('[data-search-result]').count()).resolves.toBeGreaterThan(3);
      await p.waitForTimeout(300);
      const shifts = await p.evaluate(() => (window as unknown as { shifts: number }).shifts);
      expect(shifts, mode || 'normal').toBeLessThanOrEqual(0.05);
      await p.context().close();
    }
  });
});
