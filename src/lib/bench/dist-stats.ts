/** Sizes of a built site: totals, HTML per page type, and the CSS and JS each page loads. */
import fs from 'node:fs';
import path from 'node:path';

export interface Stat { median: number; max: number; count: number }
export interface DistStats {
  totalBytes: number;
  fileCount: number;
  htmlBytesByType: Record<string, Stat>;
  /** Bytes of CSS and JS a page loads (linked files plus inline), over every page but search. */
  cssBytesPerPage: Stat;
  jsBytesPerPage: Stat;
  /** Pages that load anything from another origin. */
  thirdPartyPages: string[];
}

/** The template a page was built from, by its URL. */
export function pageType(rel: string): string {
  const p = `/${rel.replace(/index\.html$/, '').replace(/\.html$/, '/')}`;
  if (p === '/') return 'home';
  const m = /^\/([^/]+)\/(?:([^/]+)\/)?(?:([^/]+)\/)?/.exec(p);
  const [, section = '', second, third] = m ?? [];
  if (['releases', 'people', 'sites'].includes(section)) {
    if (!second) return `${section}-list`;
    if (second === 'page' || third) return `${section}-facet`;
    return `${section}-entry`;
  }
  if (['rules', 'data', 'search', '404'].includes(section)) return section;
  return 'page';
}

export function stat(values: number[]): Stat {
  if (values.length === 0) return { median: 0, max: 0, count: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
  return { median, max: sorted[sorted.length - 1]!, count: sorted.length };
}

function walk(dir: string, out: string[] = [], base = dir): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) walk(full, out, base);
    else out.push(path.relative(base, full));
  }
  return out;
}

const ATTR = (tag: string, name: string) => new RegExp(`${name}\\s*=\\s*["']?([^"'\\s>]+)`, 'i').exec(tag)?.[1];

export function distStats(dist: string): DistStats {
  const files = walk(dist);
  const sizes = new Map(files.map((f) => [f, fs.statSync(path.join(dist, f)).size]));
  const html: Record<string, number[]> = {};
  const css: number[] = [];
  const js: number[] = [];
  const thirdPartyPages: string[] = [];
  const assetSize = (href: string) => sizes.get(decodeURI(href.replace(/^\//, '').split(/[?#]/)[0]!)) ?? 0;
  for (const f of files.filter((x) => x.endsWith('.html'))) {
    const text = fs.readFileSync(path.join(dist, f), 'utf8');
    const type = pageType(f);
    (html[type] ??= []).push(sizes.get(f)!);
    if (type === 'search') continue;
    let cssBytes = 0;
    let jsBytes = 0;
    for (const m of text.matchAll(/<link\b[^>]*>/gi)) {
      if (/rel\s*=\s*["']?stylesheet/i.test(m[0])) cssBytes += assetSize(ATTR(m[0], 'href') ?? '');
    }
    for (const m of text.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) cssBytes += Buffer.byteLength(m[1]!);
    for (const m of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      if (/type\s*=\s*["']?application\/(ld\+)?json/i.test(m[1]!)) continue;
      const src = ATTR(m[1]!, 'src');
      jsBytes += src ? assetSize(src) : Buffer.byteLength(m[2]!);
    }
    if (/\b(?:src|href)\s*=\s*["']?(?:https?:)?\/\/(?!["'])/i.test(text.replace(/<link\b[^>]*rel=["']?(?:canonical|alternate)[^>]*>|<meta\b[^>]*>|<a\b[^>]*>|<script type="application\/ld\+json">[\s\S]*?<\/script>/gi, ''))) {
      thirdPartyPages.push(f);
    }
    css.push(cssBytes);
    js.push(jsBytes);
  }
  return {
    totalBytes: [...sizes.values()].reduce((a, b) => a + b, 0),
    fileCount: files.length,
    htmlBytesByType: Object.fromEntries(Object.entries(html).map(([k, v]) => [k, stat(v)])),
    cssBytesPerPage: stat(css),
    jsBytesPerPage: stat(js),
    thirdPartyPages,
  };
}
