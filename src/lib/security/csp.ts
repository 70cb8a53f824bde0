/**
 * The Content-Security-Policy every page carries as a meta tag: everything from the site's own
 * origin and the one inline script by its hash; no eval, no WebAssembly, nothing from elsewhere.
 * The search page alone adds 'wasm-unsafe-eval', which Pagefind's WebAssembly needs and which
 * allows no JavaScript eval; it runs Pagefind without a Web Worker, so workers stay off there too.
 * (frame-ancestors cannot be set in a meta tag; a server header must.)
 */
import { createHash } from 'node:crypto';
import { MODE_SCRIPT } from './mode-script';

export const scriptHash = (source: string) => `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;

export function contentSecurityPolicy(options: { webAssembly?: boolean } = {}): string {
  const script = ["'self'", scriptHash(MODE_SCRIPT), ...(options.webAssembly ? ["'wasm-unsafe-eval'"] : [])];
  return [
    "default-src 'self'",
    `script-src ${script.join(' ')}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
