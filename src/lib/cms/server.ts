/**
 * The local server behind `npm run cms`, on 127.0.0.1 only: the Sveltia CMS page and its files,
 * cms/config.yml, the 「检查」 page that runs validate on the working copy, and the 「提交」 and
 * 「发布」 pages (git-routes.ts). The CMS itself reads and writes the files in the browser (File
 * System Access API); this server writes only to the repository's .git, by a 提交 or 发布 POST
 * that comes from its own pages (csrf.ts).
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { validateContentAndImages } from '../validate';
import { renderCheckPage } from './check-page';
import { renderAdminPage, renderBarScript } from './admin-page';
import { newCsrfToken } from './csrf';
import { gitRoutes, type Reply } from './git-routes';
import { cmsTitle, previewPaths } from './config';
import { SVELTIA_DIR, sveltiaBundle, vendorFile } from './vendor';

/** Everything the CMS page may load comes from this server; blob: and data: are the CMS's own previews. */
export const CMS_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data:",
  "media-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'self' blob: data:",
  "frame-src 'self' blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export interface CmsServerOptions {
  /** The content root validate checks (the working copy's content/). */
  contentDir: string;
  /** cms/config.yml. */
  configFile: string;
  /** Where `npm run dev` serves previews, shown on the CMS page. */
  previewOrigin: string;
  port?: number;
}

export interface CmsServer {
  url: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.yml': 'application/yaml; charset=utf-8',
};

export async function startCmsServer(options: CmsServerOptions): Promise<CmsServer> {
  const bundle = sveltiaBundle();
  let origin = '';
  const routes = gitRoutes({ contentDir: options.contentDir, origin: () => origin, csrfToken: newCsrfToken() });
  const server = http.createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(`检查时出错：${String(error)}`);
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    // Only pages of this server may ask it anything (no other site through DNS rebinding).
    const host = req.headers.host ?? '';
    if (!/^(127\.0\.0\.1|localhost)(:\d+)?$/.test(host)) return void res.writeHead(403).end();
    const url = new URL(req.url ?? '/', origin);
    const pathname = decodeURIComponent(url.pathname);
    const send = (type: string, body: string | Buffer, status = 200): void =>
      void res
        .writeHead(status, { 'content-type': type, 'content-security-policy': CMS_CSP, 'cache-control': 'no-store' })
        .end(body);
    const reply = (r: Reply): void =>
      r.location
        ? void res.writeHead(303, { location: r.location }).end()
        : send('text/html; charset=utf-8', r.html ?? '', r.status);
    if (req.method === 'POST') {
      const answer = await routes.post(req, url);
      return answer ? reply(answer) : void res.writeHead(405).end();
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405).end();
    const page = routes.get(url);
    if (page) return reply(await page);
    if (pathname === '/' || pathname === '/index.html')
      return send('text/html; charset=utf-8', renderAdminPage(options.previewOrigin, cmsTitle(options.contentDir)));
    if (pathname === '/cms-bar.js') return send(TYPES['.js']!, renderBarScript(options.previewOrigin, previewPaths()));
    if (pathname === '/config.yml') return send(TYPES['.yml']!, fs.readFileSync(options.configFile));
    if (pathname === '/sveltia-cms.js') return send(TYPES['.js']!, bundle);
    if (pathname === '/chunks/react-dom.js')
      return send(TYPES['.js']!, fs.readFileSync(path.join(SVELTIA_DIR, 'dist/chunks/react-dom.js')));
    if (pathname === '/check/' || pathname === '/check.json') {
      const result = await validateContentAndImages(options.contentDir);
      // Paths as the editor sees them in the project (content/…), also when the content root lies elsewhere.
      const root = `${path.dirname(path.resolve(options.contentDir))}${path.sep}`;
      const problems = result.problems.map((p) => (p.file.startsWith(root) ? { ...p, file: p.file.slice(root.length) } : p));
      if (pathname === '/check.json') return send(TYPES['.json']!, JSON.stringify({ errors: result.errors, problems }));
      return send('text/html; charset=utf-8', renderCheckPage(problems, result.fileCount, (await routes.overview()).git));
    }
    const file = pathname.startsWith('/vendor/') ? vendorFile(pathname) : undefined;
    if (file && fs.existsSync(file)) return send(TYPES[path.extname(file)] ?? 'application/octet-stream', fs.readFileSync(file));
    send('text/plain; charset=utf-8', '没有这个地址。', 404);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
