/**
 * The Content-Security-Policy every page carries as a meta tag: everything from the site's own
 * origin and the one inline script by its hash; no eval, no WebAssembly, nothing from elsewhere.
 * The search page alone adds what Pagefind's WebAssembly needs: 'wasm-unsafe-eval' (Chrome 97+,
 * Firefox 102+, Safari 16+), and 'unsafe-eval' for iOS Safari 15 and WeChat on iOS 15, whose WebKit
 * checks WebAssembly against that keyword only. Neither the page's script nor Pagefind's calls
 * eval or new Function, and no inline script but the mode script's hash may run, so the keyword
 * opens no door on this page; drop it here to stop supporting iOS 15. The page runs Pagefind
 * without a Web Worker, so workers stay off there too.
 * (frame-ancestors cannot be set in a meta tag; a server header must.)
 */
import { createHash } from 'node:crypto';
import { MODE_SCRIPT } from './mode-script';

export const scriptHash = (source: string) => `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;

export function contentSecurityPolicy(options: { webAssembly?: boolean } = {}): string {
  const script = ["'self'", scriptHash(MODE_SCRIPT), ...(options.webAssembly ? ["'wasm-unsafe-eval'", "'unsafe-eval'"] : [])];
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
