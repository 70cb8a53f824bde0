/**
 * Checks that every internal link and resource in a built site resolves: pages, files, feeds,
 * images (src and srcset) and anchors such as /rules/#rule-7.
 */
import fs from 'node:fs';
import path from 'node:path';
import { listFiles } from './list-files';

export interface BrokenLink {
  page: string;
  href: string;
  reason: 'missing' | 'anchor';
}

/** Every href, src and srcset URL in a page. */
export function linksIn(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/\s(href|src|srcset)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
    const value = (m[2] ?? m[3] ?? m[4] ?? '').replaceAll('&amp;', '&');
    if (m[1]!.toLowerCase() === 'srcset')
      out.push(
        ...value
          .split(',')
          .map((c) => c.trim().split(/\s+/)[0]!)
          .filter(Boolean),
      );
    else out.push(value);
  }
  return out;
}

/**
 * `also` adds links that live outside the HTML, such as the result addresses in the search
 * index, each named by the file it came from.
 */
export function checkLinks(
  dist: string,
  siteUrl?: string,
  also: Array<{ page: string; href: string }> = [],
): { checked: number; broken: BrokenLink[] } {
  const pages = listFiles(dist, '.html');
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      const html = fs.readFileSync(path.join(dist, file), 'utf8');
      set = new Set([...html.matchAll(/\sid\s*=\s*["']?([^"'\s>]+)/gi)].map((m) => m[1]!));
      ids.set(file, set);
    }
    return set;
  };
  const origin = siteUrl ? new URL(siteUrl).origin : undefined;
  const broken: BrokenLink[] = [];
  let checked = 0;
  const sources = [
    ...pages.map((page) => ({ page, hrefs: linksIn(fs.readFileSync(path.join(dist, page), 'utf8')) })),
    ...also.map(({ page, href }) => ({ page, hrefs: [href] })),
  ];
  for (const { page, hrefs } of sources) {
    const pageUrl = new URL(`/${page.endsWith('.html') ? page.replace(/index\.html$/, '') : ''}`, 'http://site.invalid');
    for (const href of hrefs) {
      if (!href || /^(mailto:|tel:|data:|javascript:)/i.test(href)) continue;
      let url: URL;
      try {
        url = new URL(href, pageUrl);
      } catch {
        broken.push({ page, href, reason: 'missing' });
        continue;
      }
      const internal = url.origin === 'http://site.invalid' || (origin !== undefined && url.origin === origin);
      if (!internal) continue;
      checked++;
      const rel = decodeURIComponent(url.pathname).replace(/^\//, '');
      const candidates = rel === '' || rel.endsWith('/') ? [`${rel}index.html`] : [rel, `${rel}/index.html`, `${rel}.html`];
      const target = candidates.find((c) => fs.existsSync(path.join(dist, c)) && fs.statSync(path.join(dist, c)).isFile());
      if (!target) broken.push({ page, href, reason: 'missing' });
      else if (url.hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(url.hash.slice(1))))
        broken.push({ page, href, reason: 'anchor' });
    }
  }
  return { checked, broken };
}
