/**
 * Cross-site request forgery guard for the web editor's POSTs (提交, 发布). Any web page the editor
 * visits could post a form to 127.0.0.1; a request counts only when the browser says it comes from
 * this server's own origin AND it carries the token that only this server's pages contain.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** A fresh token for one run of the server (never stored, never in a URL). */
export const newCsrfToken = (): string => randomBytes(32).toString('base64url');

/** True when the request's Origin is `origin` (browsers send it with every POST) and `token` matches. */
export function isSameOriginPost(req: IncomingMessage, origin: string, expected: string, token: string | null): boolean {
  if (req.headers.origin !== origin) return false;
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') return false;
  if (token === null) return false;
  const [a, b] = [Buffer.from(token), Buffer.from(expected)];
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The form fields of a urlencoded POST body, at most 64 KB (a name and a message need far less). */
export async function readForm(req: IncomingMessage): Promise<URLSearchParams | undefined> {
  if (!(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > 65_536) return undefined;
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}
