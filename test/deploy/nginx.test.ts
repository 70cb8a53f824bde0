/**
 * deploy/nginx.conf in Debian's nginx, serving a fresh `npm run build` of the good fixture on
 * 127.0.0.1 with its worker as an unprivileged user (nobody, when the test runs as root as CI
 * does): headers, compression, caching, the 404 page, content types, redirects and methods.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headerPolicy, PAGE_POLICY_PATHS } from '../../src/lib/security/csp';
import { nginxHeaderFiles, PERMISSIONS_POLICY, snippetName } from '../../src/lib/security/nginx-headers';
import { serveWithNginx, type NginxServer } from '../../tools/lib/nginx';
import { GOOD_ROOT } from '../helpers/content-root';
import { runScript } from '../helpers/run-script';

// The parent stands for /srv: readable by all. dist/ itself is left as the build publishes it.
const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'bz-nginx-site-'));
fs.chmodSync(parent, 0o755);
const dist = path.join(parent, 'dist');
let nginx: NginxServer;

const get = (pathname: string, init: RequestInit = {}) => fetch(nginx.url + pathname, { redirect: 'manual', ...init });
const css = () => fs.readdirSync(path.join(dist, '_astro')).find((f) => f.endsWith('.css'))!;

beforeAll(async () => {
  const r = await runScript('build.ts', ['--out', dist], { CONTENT_DIR: GOOD_ROOT });
  if (r.code !== 0) throw new Error(`fixture build failed:\n${r.stdout}\n${r.stderr}`);
  // A link a careless copy could leave in the published tree.
  fs.symlinkSync('/etc/passwd', path.join(dist, 'files/passwd.pdf'));
  nginx = await serveWithNginx(dist);
}, 240_000);

afterAll(async () => {
  await nginx?.close();
  fs.rmSync(parent, { recursive: true, force: true });
});

describe('the site behind nginx', () => {
  it('is published readable by all and served by an unprivileged worker', async () => {
    expect(fs.statSync(dist).mode & 0o777).toBe(0o755);
    expect(nginx.errorLog()).not.toMatch(/\[(warn|error|crit|alert|emerg)\]/);
    expect(nginx.workerUids().length).toBeGreaterThan(0);
    expect(nginx.workerUids().every((uid) => uid !== 0)).toBe(true);
    const home = await get('/');
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await home.text()).toContain('<html lang="zh-CN"');
  });

  it('sends the policy of csp.ts as a header, with frame-ancestors, form-action and base-uri, on pages, assets, files and the 404', async () => {
    for (const pathname of [
      '/',
      '/releases/first-release/',
      `/_astro/${css()}`,
      '/files/notice.pdf',
      '/data/people.csv',
      '/no-such-page/',
    ]) {
      const policy = (await get(pathname)).headers.get('content-security-policy');
      expect(policy, pathname).toBe(headerPolicy(pathname));
      for (const directive of ["frame-ancestors 'none'", "form-action 'self'", "base-uri 'self'"])
        expect(policy, pathname).toContain(directive);
    }
  });

  it('gives each page with a policy of its own its own location and header', async () => {
    const conf = fs.readFileSync('deploy/nginx.conf', 'utf8');
    for (const pagePath of PAGE_POLICY_PATHS) {
      expect(conf).toContain(`location = ${pagePath} {\n        include bozhou/${snippetName(pagePath)};`);
      for (const address of [pagePath, `${pagePath}index.html`, `${pagePath}?q=${encodeURIComponent('好人')}`])
        expect((await get(address)).headers.get('content-security-policy'), address).toBe(headerPolicy(pagePath));
    }
  });

  it('sends nosniff, a referrer policy and a permissions policy with every response', async () => {
    for (const pathname of ['/', `/_astro/${css()}`, '/files/notice.pdf', '/no-such-page/', '/search/']) {
      const h = (await get(pathname)).headers;
      expect(h.get('x-content-type-options'), pathname).toBe('nosniff');
      expect(h.get('referrer-policy'), pathname).toBe('strict-origin-when-cross-origin');
      expect(h.get('permissions-policy'), pathname).toBe(PERMISSIONS_POLICY);
      expect(h.get('x-frame-options'), pathname).toBe('DENY');
    }
  });

  it('compresses text with gzip for clients that accept it', async () => {
    for (const pathname of ['/', `/_astro/${css()}`, '/data/people.csv', '/data/people.json', '/releases/rss.xml']) {
      const r = await get(pathname, { headers: { 'accept-encoding': 'gzip' } });
      expect(r.headers.get('content-encoding'), pathname).toBe('gzip');
      expect(r.headers.get('vary'), pathname).toContain('Accept-Encoding');
    }
  });

  it('caches hashed assets for a year and makes the browser check back for everything else', async () => {
    expect((await get(`/_astro/${css()}`)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    for (const pathname of ['/', '/search/', '/data/people.json', '/files/notice.pdf', '/releases/rss.xml', '/robots.txt'])
      expect((await get(pathname)).headers.get('cache-control'), pathname).toBe('no-cache');
  });

  it("answers a missing address with the site's own 404 page and status", async () => {
    const r = await get('/no-such-page/');
    expect(r.status).toBe(404);
    expect(await r.text()).toBe(fs.readFileSync(path.join(dist, '404.html'), 'utf8'));
  });

  it('serves attachments and data files with their types', async () => {
    const types: Record<string, string> = {
      '/files/notice.pdf': 'application/pdf',
      '/data/people.csv': 'text/csv; charset=utf-8',
      '/data/people.json': 'application/json; charset=utf-8',
      '/releases/rss.xml': 'text/xml; charset=utf-8',
      '/sitemap-index.xml': 'text/xml; charset=utf-8',
      '/robots.txt': 'text/plain; charset=utf-8',
      [`/_astro/${css()}`]: 'text/css; charset=utf-8',
    };
    for (const [pathname, type] of Object.entries(types))
      expect((await get(pathname)).headers.get('content-type'), pathname).toBe(type);
  });

  it('redirects a section without its slash, refuses other methods and never follows a symbolic link', async () => {
    const r = await get('/releases');
    expect(r.status).toBe(301);
    expect(r.headers.get('location')).toBe('/releases/');
    expect((await get('/', { method: 'POST' })).status).toBe(405);
    expect((await get('/files/passwd.pdf')).status).toBe(404);
  });

  it('ships header snippets that match csp.ts (npm run gen:nginx)', () => {
    for (const [file, text] of Object.entries(nginxHeaderFiles()))
      expect(fs.readFileSync(path.join('deploy/bozhou', file), 'utf8'), `deploy/bozhou/${file} is stale: npm run gen:nginx`).toBe(
        text,
      );
  });
});
