/**
 * Feed readers show an item's HTML outside the site, so root-relative links and image sources
 * (`/files/…`, `/people/…`) must carry the site's address. Rendered Markdown writes attributes
 * as `href="…"` / `src="…"`, which is all this has to handle.
 */
export function absoluteLinks(html: string, site: string): string {
  const base = site.replace(/\/+$/, '');
  return html.replace(/\b(href|src)="\/(?!\/)/g, `$1="${base}/`);
}
