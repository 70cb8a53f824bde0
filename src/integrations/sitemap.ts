/**
 * @astrojs/sitemap, limited to HTML pages (not the feeds, data files or robots.txt), without
 * drafts, and with `lastmod` from each entry's `updated` or `date`.
 */
import sitemap from '@astrojs/sitemap';
import { sitemapLookup, type SitemapLookup } from '../lib/sitemap/lookup';

export default function portalSitemap(contentRoot: string) {
  let lookup: SitemapLookup | undefined;
  const content = () => (lookup ??= sitemapLookup(contentRoot));
  return sitemap({
    // build.format is 'directory': every HTML page ends in /, every endpoint in a file name.
    filter: (url) => url.endsWith('/') && !content().drafts.has(new URL(url).pathname),
    serialize: (item) => {
      const lastmod = content().lastmod.get(new URL(item.url).pathname);
      return lastmod ? { ...item, lastmod } : item;
    },
  });
}
