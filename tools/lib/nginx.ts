/**
 * Debian's nginx serving a build with the shipped configuration (deploy/nginx.conf and
 * deploy/bozhou/) on 127.0.0.1, as production does: when run as root, the master drops its
 * worker to `nobody`, which can read only what is world-readable. Everything nginx writes (pid,
 * logs, temp folders) stays in a temporary folder; nothing under /etc is touched.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const DEPLOY = path.resolve('deploy');

export interface NginxServer {
  url: string;
  /** https://127.0.0.1:port when started with a certificate. */
  httpsUrl?: string;
  /** Uids of the worker processes. */
  workerUids(): number[];
  errorLog(): string;
  /** The requests served so far, one `<status> <request line>` a line. */
  accessLog(): string;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const replaceOnce = (text: string, from: string, to: string) => {
  if (!text.includes(from)) throw new Error(`deploy/nginx.conf has no "${from}"`);
  return text.replace(from, to);
};

export interface TlsFiles {
  cert: string;
  key: string;
}

/**
 * deploy/nginx.conf with the test's addresses and root, inside a minimal main configuration.
 * Without a certificate only the site over plain HTTP (the redirect to HTTPS left out); with
 * one, both listeners as production has them, the HTTP one redirecting.
 */
function writeConfig(dir: string, dist: string, port: number, tls?: TlsFiles & { port: number }): string {
  const conf = path.join(dir, 'conf');
  fs.cpSync(path.join(DEPLOY, 'bozhou'), path.join(conf, 'bozhou'), { recursive: true });
  fs.copyFileSync('/etc/nginx/mime.types', path.join(conf, 'mime.types'));
  let site = fs.readFileSync(path.join(DEPLOY, 'nginx.conf'), 'utf8');
  site = replaceOnce(site, '    listen 80;\n', `    listen 127.0.0.1:${port};\n`);
  site = replaceOnce(site, '    listen [::]:80;\n', '');
  site = replaceOnce(site, '    listen [::]:443 ssl http2;\n', '');
  if (tls) {
    site = replaceOnce(site, '    listen 443 ssl http2;\n', `    listen 127.0.0.1:${tls.port} ssl http2;\n`);
    let tlsConf = fs.readFileSync(path.join(conf, 'bozhou/tls.conf'), 'utf8');
    tlsConf = replaceOnce(tlsConf, 'ssl_certificate /etc/ssl/bozhou/fullchain.pem;', `ssl_certificate ${tls.cert};`);
    tlsConf = replaceOnce(tlsConf, 'ssl_certificate_key /etc/ssl/bozhou/privkey.pem;', `ssl_certificate_key ${tls.key};`);
    fs.writeFileSync(path.join(conf, 'bozhou/tls.conf'), tlsConf);
  } else {
    site = replaceOnce(site, '    listen 443 ssl http2;\n', '');
    site = replaceOnce(site, '    include bozhou/tls.conf;\n', '');
    site = replaceOnce(site, '    if ($scheme = http) { return 301 https://$host$request_uri; }\n', '');
  }
  site = replaceOnce(site, 'root /srv/bozhou/current;', `root ${dist};`);
  fs.writeFileSync(path.join(conf, 'site.conf'), site);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `    ${t}_temp_path ${dir}/${t};`);
  const main = [
    process.getuid?.() === 0 ? 'user nobody nogroup;' : '',
    'daemon off;',
    'worker_processes 1;',
    `pid ${dir}/nginx.pid;`,
    `error_log ${dir}/error.log warn;`,
    'events { worker_connections 256; }',
    'http {',
    "    log_format bz '$status $request';",
    `    access_log ${dir}/access.log bz;`,
    ...temp,
    '    include site.conf;',
    '}',
    '',
  ].join('\n');
  fs.writeFileSync(path.join(conf, 'nginx.conf'), main);
  return path.join(conf, 'nginx.conf');
}

const childrenOf = (pid: number) =>
  fs
    .readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .map((p) => {
      try {
        return fs.readFileSync(`/proc/${p}/status`, 'utf8');
      } catch {
        return '';
      }
    })
    .filter((s) => new RegExp(`^PPid:\\s+${pid}$`, 'm').test(s))
    .map((s) => Number(/^Uid:\s+(\d+)/m.exec(s)?.[1]));

/** The first folder on the way to `dir` that a worker other than its owner cannot enter. */
function closedFolder(dir: string): string | undefined {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    if ((fs.statSync(d).mode & 0o005) !== 0o005) return d;
    if (d === path.dirname(d)) return undefined;
  }
}

/** Serves `dist` (a folder, or a link to one such as a deploy target's `current`). */
export async function serveWithNginx(dist: string, tls?: TlsFiles): Promise<NginxServer> {
  if (!fs.existsSync(NGINX)) throw new Error(`${NGINX} not found: apt-get install nginx (or set NGINX_PATH).`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bz-nginx-'));
  fs.chmodSync(dir, 0o755);
  let site = path.resolve(dist);
  const asRoot = process.getuid?.() === 0;
  // A checkout in a private folder (a CI workspace, a home directory): serve a copy that keeps
  // every mode, so dist/ and its files are still judged as the build left them.
  if (asRoot && closedFolder(path.dirname(site)) && !fs.lstatSync(site).isSymbolicLink()) {
    fs.cpSync(site, path.join(dir, 'site'), { recursive: true, verbatimSymlinks: true });
    site = path.join(dir, 'site');
  }
  const closed = asRoot ? closedFolder(fs.existsSync(site) ? site : path.dirname(site)) : undefined;
  if (closed) {
    fs.rmSync(dir, { recursive: true, force: true });
    const shown = closed.startsWith(dir) ? path.resolve(dist) : closed;
    throw new Error(`nginx's worker (nobody) cannot read ${dist}: ${shown} is not readable by all.`);
  }
  const port = await freePort();
  const tlsPort = tls ? await freePort() : 0;
  const config = writeConfig(dir, site, port, tls && { ...tls, port: tlsPort });
  const errorLog = () => (fs.existsSync(`${dir}/error.log`) ? fs.readFileSync(`${dir}/error.log`, 'utf8') : '');
  const child = spawn(NGINX, ['-p', dir, '-e', `${dir}/error.log`, '-c', config], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    const up = await fetch(`${url}/`, { method: 'HEAD', redirect: 'manual' }).then(
      () => true,
      () => false,
    );
    if (up && childrenOf(child.pid!).length > 0) break;
    if (child.exitCode !== null || i > 100) {
      child.kill('SIGKILL');
      throw new Error(`nginx did not start:\n${stderr}\n${errorLog()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    httpsUrl: tls ? `https://127.0.0.1:${tlsPort}` : undefined,
    workerUids: () => childrenOf(child.pid!),
    errorLog,
    accessLog: () => (fs.existsSync(`${dir}/access.log`) ? fs.readFileSync(`${dir}/access.log`, 'utf8') : ''),
    async close() {
      child.kill('SIGQUIT');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
