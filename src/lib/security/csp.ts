/**
 * The Content-Security-Policy, defined once: every page carries it as a meta tag (Base.astro),
 * and the web server sends it as a header (the site's nginx snippets under deploy/, generated from this file by
 * `npm run gen:nginx`). Everything from the site's own origin and the one inline script by its
 * hash; no eval, no WebAssembly, nothing from elsewhere. A page listed in PAGE_POLICY_PATHS may
 * get a policy of its own (the search page) and gets its own nginx location with it.
 */
import { createHash } from 'node:crypto';
import { MODE_SCRIPT } from './mode-script';

export const scriptHash = (source: string) => `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;

/** Pages whose policy the server must send from a location of their own. */
export const PAGE_POLICY_PATHS = ['/search/'] as const;

/**
 * What Pagefind's WebAssembly needs on the search page: 'wasm-unsafe-eval' (Chrome 97+, Firefox 102+,
 * Safari 16+), and 'unsafe-eval' for iOS Safari 15 and WeChat on iOS 15, whose WebKit checks
 * WebAssembly against that keyword only. No script the site ships calls eval or new Function (a
 * build test reads them all) and no inline script but the mode script's hash may run, so the keyword
 * opens no door there; drop it to stop supporting iOS 15. Pagefind runs without a Web Worker, so
 * workers stay off on that page too.
 */
const WEB_ASSEMBLY = ["'wasm-unsafe-eval'", "'unsafe-eval'"];

/** The policy of the page at `pathname`, as its meta tag carries it. */
export function contentSecurityPolicy(pathname = '/'): string {
  const script = ["'self'", scriptHash(MODE_SCRIPT), ...(pathname === '/search/' ? WEB_ASSEMBLY : [])];
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

/**
 * The same policy as an HTTP header, with what a meta tag cannot carry: frame-ancestors (no
 * other site may frame a page to disguise it).
 */
export function headerPolicy(pathname = '/'): string {
  return `${contentSecurityPolicy(pathname)}; frame-ancestors 'none'`;
}
