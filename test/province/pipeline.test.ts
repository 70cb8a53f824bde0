/**
 * A province of 16 small cities (Anhui's prefecture-level cities, deploy/province/province.example.yaml,
 * 100 sample entries each) through its generated .gitlab-ci.yml, run by gitlab-ci-local in shell
 * mode: one install, a matrix job per city building its root with npm run build, the province job
 * assembling the province site. Then each city's site, the province's index page (W3C-checked),
 * and, in Chromium over Debian's nginx with deploy/nginx.conf, a province-wide search that finds a
 * named 好人 of several cities, the last included, each linked to its own city's site.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { launchChromium } from '../../tools/lib/chromium';
import { runPipeline, type PipelineResult } from '../../tools/lib/pipeline';
import { serveWithNginx, type NginxServer } from '../../tools/lib/nginx';
import { checkHtml, isFileUrlArtefact } from '../../tools/lib/vnu';
import { cityRoot, loadProvince } from '../../tools/province/config';
import { createSampleProvince, type SampleProvince } from '../../tools/province/sample-province';

const config = loadProvince('deploy/province/province.example.yaml');
let province: SampleProvince;
let pipeline: PipelineResult;
let server: NginxServer;
let browser: Browser;
const inRepo = (...parts: string[]) => path.join(province.dir, ...parts);

beforeAll(async () => {
  province = createSampleProvince(config, { scale: 100 });
  // Two jobs at a time: two cores, and every job of a shell runner shares the one checkout.
  process.env.GCL_CONCURRENCY = '2';
  pipeline = await runPipeline(province.dir, {});
  delete process.env.GCL_CONCURRENCY;
}, 1_800_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  province?.remove();
});

describe('the province pipeline under gitlab-ci-local', () => {
  it('runs the install, one build job per city and the province job', () => {
    expect(pipeline.code, pipeline.output.slice(-4000)).toBe(0);
    expect(pipeline.output).toMatch(/install\s.*finished in/);
    for (const c of config.cities) expect(pipeline.output).toMatch(new RegExp(`city: \\[${c.code}\\]\\s.*finished in`));
    expect(pipeline.output).toMatch(/province\s.*finished in/);
    expect(pipeline.output).toContain('16 个市的内容文件夹都在');
  });

  it("builds each city's own whole site, under its own name and address, with its own search index", () => {
    for (const c of config.cities) {
      const site = parse(fs.readFileSync(inRepo(cityRoot(c.code), 'site.yaml'), 'utf8')) as { name: string; url: string };
      expect(site.url).toBe(c.url);
      const home = fs.readFileSync(inRepo('sites', c.code, 'index.html'), 'utf8');
      expect(home, c.code).toContain(`<title>${site.name}</title>`);
      expect(home, c.code).toContain(`${c.url}/`);
      expect(fs.existsSync(inRepo('sites', c.code, 'pagefind/pagefind-entry.json'))).toBe(true);
      expect(fs.readdirSync(inRepo('sites', c.code, 'people')).length, c.code).toBeGreaterThan(5);
    }
  });

  it('lists all 16 cities on the province page, with the counts of their builds', () => {
    const html = fs.readFileSync(inRepo('province-dist/index.html'), 'utf8');
    for (const c of config.cities) {
      const count = (file: string) =>
        (JSON.parse(fs.readFileSync(inRepo('sites', c.code, 'data', file), 'utf8')) as { count: number }).count;
      expect(html).toContain(
        `<a href="${c.url}/">${c.name}</a></th><td>${count('people.json')}</td><td>${count('releases.json')}</td><td>${count('practice-sites.json')}</td>`,
      );
    }
    expect(html.match(/<tr><th scope="row"><a /g)).toHaveLength(16);
  });

  it('writes province pages the W3C Nu HTML Checker finds nothing wrong with', async () => {
    const messages = (await checkHtml(inRepo('province-dist'))).filter((m) => !isFileUrlArtefact(m));
    expect(messages).toEqual([]);
  }, 120_000);
});

describe('the province search over the 16 cities', () => {
  beforeAll(async () => {
    // Served as production serves a city: Debian's nginx with deploy/nginx.conf, its worker reading as nobody.
    fs.chmodSync(province.dir, 0o755);
    server = await serveWithNginx(inRepo('province-dist'));
    browser = await launchChromium();
  });

  it("is served by the cities' own nginx configuration, WebAssembly allowed on /search/ only", async () => {
    const policy = async (pathname: string) => {
      const r = await fetch(server.url + pathname);
      expect(r.status, pathname).toBe(200);
      return r.headers.get('content-security-policy') ?? '';
    };
    expect(await policy('/search/')).toContain("'wasm-unsafe-eval'");
    expect(await policy('/')).not.toContain('wasm');
    expect(await policy('/cities/341800/pagefind/pagefind-entry.json')).toContain("default-src 'self'");
  });

  /** The first 好人 of a city's sample root: its name and its page on the city's site. */
  function firstPerson(code: string): { name: string; href: string } {
    const dir = inRepo(cityRoot(code), 'people');
    const file = fs.readdirSync(dir).sort()[0]!;
    const name = /^name: (.+)$/m.exec(fs.readFileSync(path.join(dir, file), 'utf8'))![1]!;
    return { name, href: `${config.cities.find((c) => c.code === code)!.url}/people/${file.replace(/\.md$/, '')}/` };
  }

  for (const code of ['340100', '341200', '341600', '341800']) {
    it(`finds a named 好人 of ${code} and links to the page on that city's own site`, async () => {
      const { name, href } = firstPerson(code);
      const city = config.cities.find((c) => c.code === code)!;
      const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
      await page.goto(`${server.url}/search/?q=${encodeURIComponent(name)}`);
      await page.locator('[data-search-status="done"]').waitFor();
      const found = await page.$$eval('[data-search-result]', (items) =>
        items.map((li) => ({ href: li.querySelector('a')!.getAttribute('href'), meta: li.querySelector('p')!.textContent })),
      );
      expect(found, name).toContainEqual({ href, meta: `${city.name} · 好人` });
      await page.close();
    });
  }
});
