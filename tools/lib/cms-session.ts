/**
 * Sveltia CMS in Chromium over a copy of a content root, for the browser test and the guide's
 * screenshots. Headless Chromium has no folder dialog, so `showDirectoryPicker` returns a folder
 * of the origin-private file system that holds the copy (and an empty .git, which Sveltia looks
 * for); what the CMS saves is read back from there. Any request to another origin is aborted and
 * recorded in `foreign`.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';

export interface CmsSession {
  context: BrowserContext;
  page: Page;
  /** Requests to any origin other than the CMS server's and the preview's. */
  foreign: string[];
  /** Requests to the live preview (`npm run dev`, not running in tests: answered with an empty page). */
  previews: string[];
  /** Console errors and page errors. */
  errors: string[];
  /** A file of the repository copy as the CMS left it (path relative to the repository). */
  read(file: string): Promise<Buffer>;
  /** Whether the CMS's copy has this file. */
  exists(file: string): Promise<boolean>;
  /** Writes the CMS's copy back into `dir` (the files under content/). */
  syncTo(dir: string): Promise<void>;
}

/** Every file under `root`, as [path relative to root, base64]. */
function filesOf(root: string, under: string): Array<[string, string]> {
  return fs
    .readdirSync(path.join(root, under), { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(under, f))
    .filter((f) => fs.statSync(path.join(root, f)).isFile())
    .map((f) => [f.split(path.sep).join('/'), fs.readFileSync(path.join(root, f)).toString('base64')]);
}

export async function openCms(
  browser: Browser,
  url: string,
  repo: string,
  viewport = { width: 1280, height: 900 },
  previewOrigin = 'http://127.0.0.1:4321',
): Promise<CmsSession> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN' });
  const origin = new URL(url).origin;
  const foreign: string[] = [];
  const previews: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const u = route.request().url();
    if (u.startsWith(`${origin}/`) || u.startsWith('data:') || u.startsWith('blob:')) return route.continue();
    if (u.startsWith(`${previewOrigin}/`)) {
      previews.push(u);
      return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>预览</title>' });
    }
    foreign.push(u);
    return route.abort();
  });
  await context.addInitScript(() => {
    (window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = async () =>
      (await navigator.storage.getDirectory()).getDirectoryHandle('repo');
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()} for ${r.url()}`);
  });
  await page.goto(url);
  const initial = filesOf(repo, 'content');
  const repoFiles = new Set(initial.map(([f]) => f));
  await page.evaluate(async (files) => {
    const root = await navigator.storage.getDirectory();
    await root.removeEntry('repo', { recursive: true }).catch(() => undefined);
    const repoDir = await root.getDirectoryHandle('repo', { create: true });
    await repoDir.getDirectoryHandle('.git', { create: true });
    for (const [file, b64] of files) {
      let dir = repoDir;
      const parts = file.split('/');
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
      const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
      await writable.write(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));
      await writable.close();
    }
  }, initial);
  await page.reload();

  const read = async (file: string) => {
    if (!(await list()).includes(file))
      throw new Error(`the CMS wrote no ${file}; it wrote: ${(await list()).filter((f) => !repoFiles.has(f)).join(', ')}`);
    return Buffer.from(
      await page.evaluate(async (file) => {
        let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo');
        const parts = file.split('/');
        for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
        const bytes = new Uint8Array(await (await (await dir.getFileHandle(parts.at(-1)!)).getFile()).arrayBuffer());
        let s = '';
        for (const b of bytes) s += String.fromCharCode(b);
        return btoa(s);
      }, file),
      'base64',
    );
  };

  const list = () =>
    page.evaluate(async () => {
      // A loop, not a nested function: tsx would wrap a named function in a helper the page lacks.
      const out: string[] = [];
      const repoDir = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo');
      const stack: Array<[FileSystemDirectoryHandle, string]> = [[await repoDir.getDirectoryHandle('content'), 'content/']];
      while (stack.length) {
        const [dir, prefix] = stack.pop()!;
        for await (const [name, handle] of dir as unknown as AsyncIterable<[string, FileSystemHandle]>) {
          if (handle.kind === 'directory') stack.push([handle as FileSystemDirectoryHandle, `${prefix}${name}/`]);
          else out.push(`${prefix}${name}`);
        }
      }
      return out;
    });

  const syncTo = async (dir: string) => {
    fs.rmSync(path.join(dir, 'content'), { recursive: true, force: true });
    for (const file of await list()) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), await read(file));
    }
  };
  const exists = async (file: string) => (await list()).includes(file);
  return { context, page, foreign, previews, errors, read, exists, syncTo };
}
