/**
 * The Content-Security-Policy, defined once: every page carries it as a meta tag (Base.astro),
 * and the web server sends it as a header (deploy/bozhou/*.conf, generated from this file by
 * `npm run gen:nginx`). Everything from the site's own origin and the one inline script by its
 * hash; no eval, no WebAssembly, nothing from elsewhere. A page listed in PAGE_POLICY_PATHS may
 * get a policy of its own (the search page) and gets its own nginx location with it.
 */
import { createHash } from 'node:crypto';
import { MODE_SCRIPT } from './mode-script';

export const scriptHash = (source: string) => `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;

/** Pages whose policy the server must send from a location of their own. */
export const PAGE_POLICY_PATHS = ['/search/'] as const;

/** The policy of the page at `pathname`, as its meta tag carries it. */
export function contentSecurityPolicy(_pathname = '/'): string {
  const script = ["'self'", scriptHash(MODE_SCRIPT)];
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
