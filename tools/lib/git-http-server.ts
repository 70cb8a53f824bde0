/**
 * A bare repository served over smart HTTP by Debian git's own `git http-backend` (CGI), as a
 * GitLab would serve it: the web editor's 「发布」 is tested against the real protocol. With `token`,
 * requests without that Basic password get 401, like a GitLab without a valid access token.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

export interface GitHttpServer {
  /** The bare repository's folder. */
  bare: string;
  /** http://127.0.0.1:port/office.git */
  url: string;
  close(): Promise<void>;
}

export async function startGitHttpServer(options: { token?: string } = {}): Promise<GitHttpServer> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bz-remote-'));
  const bare = path.join(root, 'office.git');
  spawnSync('git', ['init', '-q', '--bare', '-b', 'main', bare]);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const auth = req.headers.authorization ?? '';
    const password = Buffer.from(auth.replace(/^Basic /, ''), 'base64')
      .toString('utf8')
      .split(':')[1];
    if (options.token && password !== options.token)
      return void res.writeHead(401, { 'www-authenticate': 'Basic realm="office"' }).end();
    const cgi = spawn('git', ['http-backend'], {
      env: {
        ...process.env,
        GIT_PROJECT_ROOT: root,
        GIT_HTTP_EXPORT_ALL: '1',
        REMOTE_USER: 'editor', // enables receive-pack (push)
        REQUEST_METHOD: req.method,
        PATH_INFO: url.pathname,
        QUERY_STRING: url.search.slice(1),
        CONTENT_TYPE: req.headers['content-type'] ?? '',
        ...(req.headers['content-encoding'] ? { HTTP_CONTENT_ENCODING: req.headers['content-encoding'] } : {}),
      },
    });
    req.pipe(cgi.stdin);
    const chunks: Buffer[] = [];
    cgi.stdout.on('data', (c: Buffer) => chunks.push(c));
    cgi.on('close', () => {
      const out = Buffer.concat(chunks);
      const split = out.indexOf('\r\n\r\n');
      const head = out.subarray(0, split).toString('latin1').split('\r\n');
      let status = 200;
      const headers: Record<string, string> = {};
      for (const line of head) {
        const [key, ...rest] = line.split(':');
        const value = rest.join(':').trim();
        if (key!.toLowerCase() === 'status') status = Number(value.split(' ')[0]);
        else headers[key!] = value;
      }
      res.writeHead(status, headers).end(out.subarray(split + 4));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    bare,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/office.git`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}
