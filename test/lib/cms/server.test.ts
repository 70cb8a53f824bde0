import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CMS_CSP, startCmsServer, type CmsServer } from '../../../src/lib/cms/server';
import { CDN_REWRITES, sveltiaBundle, vendorFile } from '../../../src/lib/cms/vendor';
import { GOOD_ROOT } from '../../helpers/content-root';

let server: CmsServer;
beforeAll(async () => {
  server = await startCmsServer({
    contentDir: GOOD_ROOT,
    configFile: path.resolve('cms/config.yml'),
    previewOrigin: 'http://127.0.0.1:4321',
  });
});
afterAll(() => server?.close());

describe('the npm run cms server', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(new URL(server.url).hostname).toBe('127.0.0.1');
  });

  it('fails to start, rather than hang, when its port is taken', async () => {
    const port = Number(new URL(server.url).port);
    await expect(
      startCmsServer({ contentDir: GOOD_ROOT, configFile: path.resolve('cms/config.yml'), previewOrigin: '', port }),
    ).rejects.toMatchObject({
      code: 'EADDRINUSE',
    });
  });

  it('serves the CMS page with a policy that allows no other origin, linking 检查 and the preview', async () => {
    const res = await fetch(server.url);
    expect(res.headers.get('content-security-policy')).toBe(CMS_CSP);
    expect(CMS_CSP).not.toMatch(/https?:|\*/);
    const html = await res.text();
    expect(html).toContain('<a href="/check/" target="bz-check">检查</a>');
    expect(html).toContain('<a id="bz-preview" href="http://127.0.0.1:4321/" target="bz-preview">预览网站</a>');
  });

  it('serves a Sveltia bundle whose CDN addresses point back at itself', async () => {
    const bundle = await (await fetch(`${server.url}sveltia-cms.js`)).text();
    for (const [cdn, local] of CDN_REWRITES) {
      expect(bundle).not.toContain(cdn);
      expect(bundle).toContain(local);
    }
    expect(bundle).toBe(sveltiaBundle());
  });

  it('answers the files the CMS asks its CDNs for from npm packages: translations and fonts', async () => {
    const locale = await fetch(`${server.url}vendor/unpkg/@sveltia/cms@0.221.1/locales/zh-CN.json`);
    expect(locale.status).toBe(200);
    expect(JSON.stringify(await locale.json())).toContain('使用本地仓库');
    const icons = await fetch(
      `${server.url}vendor/jsdelivr/fontsource/fonts/material-symbols-outlined:vf@5.3.7/latin-wght-normal.woff2`,
    );
    expect(icons.headers.get('content-type')).toBe('font/woff2');
    // pdfjs-dist is now installed (validate reads PDF attachments with it); a package npm did not install is not answered.
    expect(vendorFile('/vendor/unpkg/no-such-package@6.3.289/build/pdf.min.mjs')).toBeUndefined();
    expect((await fetch(`${server.url}vendor/unpkg/no-such-package@6.3.289/build/pdf.min.mjs`)).status).toBe(404);
  });

  it('answers a module the CMS loads on first use from the copy npm installed with it, and nothing outside it', async () => {
    const leaflet = await fetch(`${server.url}vendor/unpkg/leaflet@1.9.4/dist/leaflet.css`);
    expect(leaflet.status).toBe(200);
    expect(leaflet.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(vendorFile('/vendor/unpkg/leaflet@1.9.4/../../package.json')).toBeUndefined();
  });

  it('runs validate on the working copy for the 「检查」 page and as JSON', async () => {
    const json = (await (await fetch(`${server.url}check.json`)).json()) as { errors: number };
    expect(json.errors).toBe(0);
    expect(await (await fetch(`${server.url}check/`)).text()).toContain('没有发现问题');
  });

  it('refuses a request that names another host, as a rebinding page would', async () => {
    const { port } = new URL(server.url);
    const res = await new Promise<number>((resolve, reject) => {
      import('node:http').then(({ request }) =>
        request({ host: '127.0.0.1', port, path: '/check.json', headers: { host: `evil.example:${port}` } }, (r) =>
          resolve(r.statusCode ?? 0),
        )
          .on('error', reject)
          .end(),
      );
    });
    expect(res).toBe(403);
  });
});
