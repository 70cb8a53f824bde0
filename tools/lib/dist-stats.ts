/** Sizes of a built site: totals, HTML per page type, and (via the page budgets) CSS and JS per page. */
import fs from 'node:fs';
import path from 'node:path';
import { BUDGETS, checkBudgets } from './page-budgets';
import { listFiles } from './list-files';

export interface Stat {
  median: number;
  max: number;
  count: number;
}
export interface DistStats {
  totalBytes: number;
  fileCount: number;
  htmlBytesByType: Record<string, Stat>;
  /** Bytes of CSS and JS a page loads (linked files plus inline), over every page but search. */
  cssBytesPerPage: Stat;
  /** JS on pages without, and on pages with, the 「朗读」 button (their budgets differ). */
  jsBytesPerPage: Stat;
  jsBytesPerReadAloudPage: Stat;
  /** Pages that load anything from another origin. */
  thirdPartyPages: string[];
  /** Each broken page budget in a sentence (from checkBudgets). */
  pageBudgetFailures: string[];
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

export function distStats(dist: string): DistStats {
  const files = listFiles(dist);
  const sizes = new Map(files.map((f) => [f, fs.statSync(path.join(dist, f)).size]));
  const html: Record<string, number[]> = {};
  for (const f of files.filter((x) => x.endsWith('.html'))) (html[pageType(f)] ??= []).push(sizes.get(f)!);
  const { pages, failures } = checkBudgets(dist);
  return {
    totalBytes: [...sizes.values()].reduce((a, b) => a + b, 0),
    fileCount: files.length,
    htmlBytesByType: Object.fromEntries(Object.entries(html).map(([k, v]) => [k, stat(v)])),
    cssBytesPerPage: stat(pages.map((p) => p.css)),
    jsBytesPerPage: stat(pages.filter((p) => p.jsLimit === BUDGETS.jsPerPage).map((p) => p.js)),
    jsBytesPerReadAloudPage: stat(pages.filter((p) => p.jsLimit !== BUDGETS.jsPerPage).map((p) => p.js)),
    thirdPartyPages: pages.filter((p) => p.foreign.length > 0).map((p) => p.page),
    pageBudgetFailures: failures,
  };
}
