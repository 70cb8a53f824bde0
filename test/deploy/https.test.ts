/**
 * The HTTPS server block of deploy/nginx.conf in Debian's nginx with a throwaway self-signed
 * certificate (openssl) on 127.0.0.1: HTTP/2 by ALPN, TLS 1.2/1.3 only, the security headers,
 * and plain HTTP sent to HTTPS.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http2 from 'node:http2';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { serveWithNginx } from '../../tools/lib/nginx';

describe('the HTTPS server block', () => {
  it('negotiates HTTP/2 with a modern TLS version, sends the security headers and sends plain HTTP to HTTPS', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bz-tls-'));
    fs.chmodSync(dir, 0o755);
    const cert = path.join(dir, 'cert.pem');
    const key = path.join(dir, 'key.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-keyout',
        key,
        '-out',
        cert,
      ],
      { stdio: 'pipe' },
    );
    const root = path.join(dir, 'site');
    fs.mkdirSync(root, { mode: 0o755 });
    fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><html lang="zh-CN"><title>站</title></html>\n', {
      mode: 0o644,
    });
    const tls = await serveWithNginx(root, { cert, key });
    try {
      const session = http2.connect(tls.httpsUrl!, { ca: fs.readFileSync(cert), rejectUnauthorized: false });
      const headers = await new Promise<http2.IncomingHttpHeaders>((resolve, reject) => {
        session.on('error', reject);
        const req = session.request({ ':path': '/' });
        req.on('response', resolve);
        req.on('error', reject);
        req.resume();
      });
      const socket = session.socket as import('node:tls').TLSSocket;
      expect(socket.alpnProtocol).toBe('h2');
      expect(['TLSv1.2', 'TLSv1.3']).toContain(socket.getProtocol());
      session.close();
      expect(headers[':status']).toBe(200);
      expect(headers['strict-transport-security']).toMatch(/max-age=\d{7,}/);
      expect(headers['content-security-policy']).toContain("default-src 'self'");
      expect(headers['x-content-type-options']).toBe('nosniff');
      const plain = await fetch(`${tls.url}/people/?a=1`, { redirect: 'manual' });
      expect(plain.status).toBe(301);
      // Production listens on 443, the port an https:// address implies.
      expect(plain.headers.get('location')).toBe('https://127.0.0.1/people/?a=1');
      const old = spawnSync('openssl', ['s_client', '-connect', tls.httpsUrl!.slice(8), '-tls1_1'], { input: '' });
      expect(old.status).not.toBe(0);
      expect(old.stdout.toString()).toContain('Cipher is (NONE)');
    } finally {
      await tls.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
