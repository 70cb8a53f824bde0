/**
 * Measures a built site (dist/) against the portal's budgets: per page (search excluded)
 * JavaScript ≤ 1 KB (2 KB on a page with the 「朗读」 button) and CSS ≤ 15 KB, the seed release's HTML ≤ 30 KB, and nothing loaded from
 * another origin. Counts inline <script>/<style> and the same-origin files pages link.
 */
import fs from 'node:fs';
import path from 'node:path';
import { listFiles } from './list-files';

import budgets from '../../bench/budgets.json' with { type: 'json' };

/** The page budgets, from bench/budgets.json (the one file that holds every budget). */
export const BUDGETS = {
  jsPerPage: budgets.pages.jsBytesPerPage,
  jsPerReadAloudPage: budgets.pages.jsBytesPerReadAloudPage,
  cssPerPage: budgets.pages.cssBytesPerPage,
  seedReleaseHtml: budgets.pages.seedReleaseHtmlBytes,
} as const;
export const SEED_RELEASE_PAGE = 'releases/2019-work-report/index.html';

export interface PageMeasure {
  page: string;
  html: number;
  js: number;
  /** The JavaScript budget of this page: larger where the 「朗读」 button is. */
  jsLimit: number;
  css: number;
  foreign: string[];
}
export interface BudgetReport {
  pages: PageMeasure[];
  failures: string[];
}

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/gi;
const EXTERNAL_SCRIPT = /<script\b[^>]*\bsrc=["']?([^"' >]+)/gi;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;
const STYLESHEET = /<link\b[^>]*rel=["']?stylesheet[^>]*>/gi;
/** Attributes that make the browser fetch something when the page loads. */
const FETCHING =
  /<(?:img|source|script|iframe|video|audio|embed|track|input)\b[^>]*?\s(?:src|srcset|poster|data)=["']?([^"'>]+)|<link\b(?=[^>]*rel=["']?(?:stylesheet|preload|modulepreload|prefetch|icon|shortcut icon|apple-touch-icon|manifest|preconnect|dns-prefetch))[^>]*href=["']?([^"' >]+)/gi;
const CSS_URL = /url\(\s*["']?([^"')]+)/gi;

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
const hrefOf = (tag: string) => /href=["']?([^"' >]+)/i.exec(tag)?.[1];
const isForeign = (url: string) => /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url.trim());

export function measurePage(
  dist: string,
  rel: string,
  fileSize: (url: string) => number,
  readText: (url: string) => string,
): PageMeasure {
  const html = fs.readFileSync(path.join(dist, rel), 'utf8');
  let js = 0;
  let css = 0;
  const foreign: string[] = [];
  for (const m of html.matchAll(INLINE_SCRIPT))
    if (!/type=["']?application\/(?:ld\+)?json/i.test(m[1] ?? '')) js += bytes(m[2] ?? '');
  for (const m of html.matchAll(EXTERNAL_SCRIPT)) if (!isForeign(m[1]!)) js += fileSize(m[1]!);
  for (const m of html.matchAll(INLINE_STYLE)) {
    css += bytes(m[1] ?? '');
    for (const u of (m[1] ?? '').matchAll(CSS_URL)) if (isForeign(u[1]!)) foreign.push(u[1]!);
  }
  for (const m of html.matchAll(STYLESHEET)) {
    const href = hrefOf(m[0]);
    if (!href || isForeign(href)) continue;
    css += fileSize(href);
    for (const u of readText(href).matchAll(CSS_URL)) if (isForeign(u[1]!)) foreign.push(u[1]!);
  }
  for (const m of html.matchAll(FETCHING)) {
    const value = (m[1] ?? m[2] ?? '').trim();
    for (const url of value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? ''))
      if (url && isForeign(url)) foreign.push(url);
  }
  const jsLimit = html.includes('data-bz-read-aloud') ? BUDGETS.jsPerReadAloudPage : BUDGETS.jsPerPage;
  return { page: rel, html: bytes(html), js, jsLimit, css, foreign };
}

/** Every page of `dist` but search, measured; `failures` lists each broken budget in a sentence. */
export function checkBudgets(dist: string): BudgetReport {
  const cache = new Map<string, string>();
  const readText = (url: string) => {
    const file = path.join(dist, url.split(/[?#]/)[0]!);
    if (!cache.has(file)) cache.set(file, fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '');
    return cache.get(file)!;
  };
  const fileSize = (url: string) => bytes(readText(url));
  const pages = listFiles(dist, '.html')
    .filter((f) => !f.startsWith('search/'))
    .map((f) => measurePage(dist, f, fileSize, readText));
  const failures: string[] = [];
  if (pages.length === 0) failures.push(`${dist} holds no HTML page: build first.`);
  for (const p of pages) {
    if (p.js > p.jsLimit) failures.push(`${p.page}: JavaScript ${p.js} B > ${p.jsLimit} B`);
    if (p.css > BUDGETS.cssPerPage) failures.push(`${p.page}: CSS ${p.css} B > ${BUDGETS.cssPerPage} B`);
    if (p.foreign.length > 0) failures.push(`${p.page}: loads from another origin: ${[...new Set(p.foreign)].join(', ')}`);
  }
  const seed = pages.find((p) => p.page === SEED_RELEASE_PAGE);
  if (seed && seed.html > BUDGETS.seedReleaseHtml)
    failures.push(`${SEED_RELEASE_PAGE}: HTML ${seed.html} B > ${BUDGETS.seedReleaseHtml} B`);
  return { pages, failures };
}
