// /robots.txt: everything may be crawled; names the sitemap at the address site.yaml gives.
import { loadSite } from '../lib/site';

export function GET() {
  const sitemap = new URL('/sitemap-index.xml', loadSite().url).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
