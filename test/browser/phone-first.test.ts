/**
 * The portal as a citizen meets it on a 360 × 740 phone, in the normal, 大字 and 高对比 modes:
 * the header's share of the first screen, breadcrumbs on one line, the page's subject on the
 * first screen, tap targets of 44 × 44 px, the 菜单 button, the favicon and 「朗读」.
 * Runs over dist/ (BROWSER_DIST overrides); build it first with `npm run build`.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../tools/lib/chromium';
import { serveForBrowser } from '../../tools/lib/browser-server';
import type { StaticServer } from '../../tools/lib/static-server';
import { smallTapTargets } from '../../tools/lib/tap-targets';
import { TEMPLATE_PAGES } from '../helpers/templates';
import { SUITE_FACTS } from '../helpers/suite-facts';

const DIST = path.resolve(process.env.BROWSER_DIST ?? 'dist');
const PHONE = { width: 360, height: 740 };
const MODES = { normal: '', large: 'large', contrast: 'contrast' } as const;
/** What each template is about: it must start on the first screen. */
const SUBJECT: Record<keyof typeof TEMPLATE_PAGES, string> = {
  home: '#home-sites',
  releases: 'main li',
  release: 'main .bz-prose p',
  people: 'main .bz-person-list li',
  'people-facet': 'main .bz-person-list li',
  person: 'main .bz-profile__summary',
  'person-no-photo': 'main .bz-profile__summary',
  rules: '#rule-1',
  sites: 'main h1 + *',
  county: 'main h1 + *',
  township: 'main dl',
  site: 'main dl',
  data: '#figure-practice-centres',
  page: 'main .bz-prose > *',
  search: 'main form',
  'not-found': 'main .bz-lead',
};

let browser: Browser;
let server: StaticServer;
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

async function phone(mode = '', init?: () => void): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
  await context.addInitScript((m) => {
    try {
      if (m) localStorage.setItem('bz-modes', m);
    } catch {
      /* about:blank has no storage */
    }
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective}`));
  }, mode);
  if (init) await context.addInitScript(init);
  context.on('page', (page) => {
    page.on('pageerror', (e) => problems.push(`script error on ${page.url()}: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().includes('status of 404'))
        problems.push(`console error on ${page.url()}: ${m.text()}`);
    });
  });
  return context;
}

async function open(page: Page, url: string): Promise<void> {
  await page.goto(server.url + url);
  if (url.startsWith('/search/')) await page.waitForSelector('[data-search-status="done"]');
}

describe('the first screen of every template on a 360 × 740 phone', () => {
  for (const [modeName, mode] of Object.entries(MODES)) {
    it(`keeps the header within 20 % of the screen, the breadcrumb on one line and the subject on screen (${modeName})`, async () => {
      const context = await phone(mode);
      const page = await context.newPage();
      const found: string[] = [];
      for (const [name, url] of Object.entries(TEMPLATE_PAGES)) {
        await open(page, url);
        const m = await page.evaluate(
          (subject) => {
            const header = document.querySelector('header')!.getBoundingClientRect();
            const crumbs = document.querySelector('.bz-breadcrumb ol');
            const lines = crumbs
              ? new Set(
                  [...crumbs.querySelectorAll('li')]
                    // Crumbs folded away on a phone are not on any line.
                    .filter((li) => li.getClientRects().length > 0)
                    .map((li) => Math.round(li.getBoundingClientRect().top)),
                ).size
              : 1;
            const target = document.querySelector(subject);
            return {
              header: header.bottom,
              lines,
              subject: target ? target.getBoundingClientRect().top + window.scrollY : Infinity,
            };
          },
          SUBJECT[name as keyof typeof TEMPLATE_PAGES],
        );
        if (m.header > PHONE.height * 0.2) found.push(`${name}: header ends at ${m.header} px (> 148)`);
        if (m.lines > 1) found.push(`${name}: breadcrumb on ${m.lines} lines`);
        if (m.subject >= PHONE.height)
          found.push(`${name}: ${SUBJECT[name as keyof typeof TEMPLATE_PAGES]} starts at ${m.subject} px`);
      }
      await context.close();
      expect(found).toEqual([]);
    });
  }

  for (const [modeName, mode] of Object.entries(MODES)) {
    it(`gives every control and every link outside running text a target of at least 44 × 44 px (${modeName})`, async () => {
      const context = await phone(mode);
      const page = await context.newPage();
      const found: Record<string, string[]> = {};
      for (const [name, url] of Object.entries(TEMPLATE_PAGES)) {
        await open(page, url);
        const small = await smallTapTargets(page);
        if (small.length > 0) found[name] = small.map((s) => `${s.what} ${s.width}×${s.height}`);
      }
      await context.close();
      expect(found).toEqual({});
    });
  }

  it('makes 大字 enlarge the targets with the text (header controls of at least 52 px) and the mouse pointer', async () => {
    const context = await phone('large');
    const page = await context.newPage();
    await open(page, TEMPLATE_PAGES.release);
    const heights = await page.evaluate(() =>
      [...document.querySelectorAll('header a, header button, header summary, header input')]
        .map((el) => Math.round(el.getBoundingClientRect().height))
        .filter((h) => h > 0),
    );
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(52);
    // And a large pointer for the mouse (特大鼠标), red over links and buttons.
    const cursors = await page.evaluate(() => [
      getComputedStyle(document.body).cursor,
      getComputedStyle(document.querySelector('main a')!).cursor,
    ]);
    expect(cursors[0]).toMatch(/cursor-large\.svg/);
    expect(cursors[1]).toMatch(/cursor-large-link\.svg/);
    expect((await fetch(`${server.url}/cursor-large.svg`)).status).toBe(200);
    await context.close();
  });
});

describe('the 菜单 button on a phone', () => {
  it('hides the section links until it is opened from the keyboard, then shows all six', async () => {
    const context = await phone();
    const page = await context.newPage();
    await open(page, TEMPLATE_PAGES.home);
    const nav = page.getByRole('navigation', { name: '主导航' });
    await expect(nav.isVisible()).resolves.toBe(false);
    await page.getByText('菜单', { exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(nav.isVisible()).resolves.toBe(true);
    await expect(nav.getByRole('link').count()).resolves.toBe(6);
    await context.close();
  });
});

describe('printing a release', () => {
  it('prints an attachment with its full address, which a reader can type in from paper', async () => {
    const context = await phone();
    const page = await context.newPage();
    await page.emulateMedia({ media: 'print' });
    await open(page, SUITE_FACTS.attachment.page);
    const printed = await page.evaluate(() => getComputedStyle(document.querySelector('a[download]')!, '::after').content);
    expect(printed).toBe(SUITE_FACTS.attachment.printed);
    await context.close();
  });
});

describe('the favicon', () => {
  it('is served at /favicon.ico as an icon, and every page names it and the SVG mark', async () => {
    const response = await fetch(`${server.url}/favicon.ico`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/x-icon');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 4)]).toEqual([0, 0, 1, 0]);
    const svg = await (await fetch(`${server.url}/favicon.svg`)).text();
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    const context = await phone();
    const page = await context.newPage();
    for (const url of Object.values(TEMPLATE_PAGES)) {
      await open(page, url);
      const icons = await page.evaluate(() =>
        [...document.querySelectorAll('link[rel~="icon"]')].map((l) => l.getAttribute('href')),
      );
      expect(icons, url).toEqual(['/favicon.ico', '/favicon.svg']);
    }
    await context.close();
  });
});

/** A stand-in for the browser's speech synthesis with one Chinese voice, recording what it is asked. */
function fakeSpeech() {
  const calls: string[] = [];
  const voices = [{ lang: 'zh-CN', name: '普通话', default: true, localService: true, voiceURI: 'zh' }];
  const synth = Object.assign(new EventTarget(), {
    speaking: false,
    paused: false,
    pending: false,
    getVoices: () => voices,
    speak: (u: { text: string; lang: string }) => calls.push(`speak ${u.lang} ${u.text}`),
    pause: () => calls.push('pause'),
    resume: () => calls.push('resume'),
    cancel: () => calls.push('cancel'),
  });
  Object.defineProperty(window, 'speechSynthesis', { value: synth });
  (window as unknown as { speechCalls: string[] }).speechCalls = calls;
  (window as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = class {
    lang = '';
    voice: unknown = null;
    onend: unknown = null;
    constructor(public text: string) {}
  };
}

describe('「朗读」', () => {
  it('stays hidden where the device has no Chinese voice of its own (a network voice would send the text away)', async () => {
    const context = await phone('', () => {
      const voices = [
        { lang: 'en-US', localService: true },
        { lang: 'zh-CN', localService: false },
        { lang: 'zh-HK', localService: true },
      ];
      Object.defineProperty(window, 'speechSynthesis', {
        value: Object.assign(new EventTarget(), { getVoices: () => voices, cancel() {} }),
      });
    });
    const page = await context.newPage();
    for (const url of [TEMPLATE_PAGES.release, TEMPLATE_PAGES.person, TEMPLATE_PAGES.rules]) {
      await open(page, url);
      await expect(page.getByRole('group', { name: '朗读本页' }).isVisible(), url).resolves.toBe(false);
    }
    await context.close();
  });

  it('reads a release in Chinese, sentence by sentence, and pauses, resumes and stops from the keyboard', async () => {
    const context = await phone('', fakeSpeech);
    const page = await context.newPage();
    await open(page, TEMPLATE_PAGES.release);
    const group = page.getByRole('group', { name: '朗读本页' });
    await expect(group.isVisible()).resolves.toBe(true);
    const play = group.getByRole('button').first();
    await expect(play.textContent()).resolves.toBe('朗读');
    await play.focus();
    await page.keyboard.press('Enter');
    const calls = () => page.evaluate(() => (window as unknown as { speechCalls: string[] }).speechCalls);
    const spoken = (await calls()).filter((c) => c.startsWith('speak'));
    expect(spoken.slice(0, 3)).toEqual(SUITE_FACTS.spokenFirst.map((s) => `speak zh-CN ${s}`));
    expect(spoken.length).toBeGreaterThanOrEqual(SUITE_FACTS.spokenAtLeast);
    await expect(page.getByRole('status').textContent()).resolves.toBe('正在朗读。');
    await expect(play.textContent()).resolves.toBe('暂停');
    await page.keyboard.press('Enter');
    await expect(play.textContent()).resolves.toBe('继续朗读');
    await expect(page.getByRole('status').textContent()).resolves.toBe('朗读已暂停。');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('停止');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').textContent()).resolves.toBe('朗读已停止。');
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe('朗读');
    expect((await calls()).filter((c) => !c.startsWith('speak'))).toEqual(['cancel', 'pause', 'resume', 'cancel']);
    await context.close();
  });

  it('is on profiles and on the rules, and nowhere else', async () => {
    const context = await phone('', fakeSpeech);
    const page = await context.newPage();
    for (const [name, url] of Object.entries(TEMPLATE_PAGES)) {
      await open(page, url);
      const expected = ['release', 'person', 'person-no-photo', 'rules'].includes(name);
      await expect(page.getByRole('group', { name: '朗读本页' }).isVisible(), name).resolves.toBe(expected);
    }
    await context.close();
  });
});

describe('all the pages above', () => {
  it('made no script error, console error or CSP violation', () => {
    expect(problems).toEqual([]);
  });
});
