/**
 * The nginx snippets that send the portal's response headers, generated from csp.ts so that the
 * policy lives in one place (`npm run gen:nginx` writes them into the site's folder under deploy/; a test fails
 * when they are stale). nginx drops every inherited add_header in a location that has one of
 * its own, so each location includes a whole snippet: headers.conf for every page,
 * headers-<name>.conf for a page with a policy of its own.
 */
import { headerPolicy, PAGE_POLICY_PATHS } from './csp';

/**
 * geolocation is left to the site itself (a near-me finder may ask); every other powerful
 * feature is off for the page and anything it could embed. Only features browsers recognise:
 * Chromium logs an error on every page for one it does not know (bluetooth was one).
 */
export const PERMISSIONS_POLICY =
  'geolocation=(self), camera=(), microphone=(), payment=(), usb=(), serial=(), browsing-topics=()';

const snippet = (policy: string) =>
  [
    '# Generated from src/lib/security/csp.ts by `npm run gen:nginx`; do not edit.',
    `add_header Content-Security-Policy "${policy}" always;`,
    'add_header X-Content-Type-Options "nosniff" always;',
    'add_header Referrer-Policy "strict-origin-when-cross-origin" always;',
    `add_header Permissions-Policy "${PERMISSIONS_POLICY}" always;`,
    'add_header X-Frame-Options "DENY" always;',
    'add_header Cross-Origin-Opener-Policy "same-origin" always;',
    // Ignored by browsers over plain HTTP; over HTTPS it keeps readers off plain HTTP for a year.
    'add_header Strict-Transport-Security "max-age=31536000" always;',
    '',
  ].join('\n');

/** `/search/` → `headers-search.conf`. */
export const snippetName = (pagePath: string) => `headers-${pagePath.replace(/^\/|\/$/g, '').replace(/\W+/g, '-')}.conf`;

/** File name (inside the site's folder under deploy/) → contents. */
export function nginxHeaderFiles(): Record<string, string> {
  const files: Record<string, string> = { 'headers.conf': snippet(headerPolicy('/')) };
  for (const pagePath of PAGE_POLICY_PATHS) files[snippetName(pagePath)] = snippet(headerPolicy(pagePath));
  return files;
}
