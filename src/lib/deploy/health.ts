/**
 * The live site after a switch, read over HTTP as a reader's browser would: the home page, a press
 * release, a file of the search index, the security headers, and the manifest that says which
 * release answers. Returns one Chinese sentence per failed check (none: healthy).
 */
import fs from 'node:fs';
import path from 'node:path';
import { MANIFEST_FILE, type ReleaseManifest } from './release';

/** Headers every page must carry (headers.conf, which npm run gen:nginx writes under deploy/). */
export const REQUIRED_HEADERS = [
  'content-security-policy',
  'x-content-type-options',
  'referrer-policy',
  'strict-transport-security',
] as const;

export const SEARCH_INDEX_FILE = '/pagefind/pagefind-entry.json';

/** The address of one press release page in a build, to ask the live site for. */
export function releasePagePath(dist: string): string | undefined {
  const dir = path.join(dist, 'releases');
  if (!fs.existsSync(dir)) return undefined;
  const slug = fs
    .readdirSync(dir)
    .sort()
    .find((name) => fs.existsSync(path.join(dir, name, 'index.html')) && !/^\d+$/.test(name));
  return slug ? `/releases/${encodeURIComponent(slug)}/` : undefined;
}

async function get(url: string): Promise<Response | string> {
  try {
    return await fetch(url, {
      redirect: 'manual',
      signal: AbortSignal.timeout(15_000),
      headers: { 'cache-control': 'no-cache' },
    });
  } catch (error) {
    return (error as Error).message;
  }
}

/** Checks the site at `base` once; `expected` is the release that must answer. */
export async function checkLiveSite(base: string, expected: string, pages: string[]): Promise<string[]> {
  const problems: string[] = [];
  const home = await get(`${base}/`);
  if (typeof home === 'string' || home.status !== 200) {
    problems.push(`首页 ${base}/ 打不开（${typeof home === 'string' ? home : `HTTP ${home.status}`}）。`);
  } else {
    const missing = REQUIRED_HEADERS.filter((h) => !home.headers.get(h));
    if (missing.length)
      problems.push(`首页缺少安全响应头：${missing.join('、')}（检查 nginx 是否引用了 npm run gen:nginx 生成的 headers.conf）。`);
    if (!/<html[^>]*lang="zh/.test(await home.text())) problems.push('首页不是本站生成的中文页面。');
  }
  for (const page of [...pages, SEARCH_INDEX_FILE]) {
    const r = await get(base + page);
    if (typeof r === 'string' || r.status !== 200)
      problems.push(`${page} 打不开（${typeof r === 'string' ? r : `HTTP ${r.status}`}）。`);
    else await r.arrayBuffer();
  }
  const info = await get(`${base}/${MANIFEST_FILE}`);
  if (typeof info === 'string' || info.status !== 200) {
    problems.push(`/${MANIFEST_FILE} 打不开，无法确认在线的是哪个版本。`);
  } else {
    const manifest = (await info.json().catch(() => ({}))) as Partial<ReleaseManifest>;
    if (manifest.release !== expected)
      problems.push(
        `网站上在线的是版本 ${manifest.release ?? '（未知）'}，不是刚切换的 ${expected}（nginx 的 root 是否指向 current？）。`,
      );
  }
  return problems;
}

/** Checks up to `attempts` times, a second apart: a cache in front of the site may lag a moment. */
export async function waitForLiveSite(base: string, expected: string, pages: string[], attempts = 3): Promise<string[]> {
  let problems: string[] = [];
  for (let i = 0; i < attempts; i++) {
    problems = await checkLiveSite(base, expected, pages);
    if (!problems.length) return problems;
    if (i < attempts - 1) await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return problems;
}
