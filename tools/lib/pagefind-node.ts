/**
 * A built site's Pagefind bundle opened in Node through the bundle's own pagefind.js and
 * WebAssembly, served over HTTP on 127.0.0.1 as the browser would fetch them: the judged query
 * set and the build tests run the same search code as the page, without a browser.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BUNDLE_PATH, PAGEFIND_OPTIONS } from '../../src/lib/search/bundle';
import type { PagefindApi } from '../../src/lib/search/query';
import { serveDirectory } from './static-server';

export interface OpenBundle {
  pagefind: PagefindApi;
  close(): Promise<void>;
}

export async function openBundle(dist: string): Promise<OpenBundle> {
  const server = await serveDirectory(dist);
  const module = (await import(pathToFileURL(path.join(dist, BUNDLE_PATH, 'pagefind.js')).href)) as {
    createInstance(options: object): PagefindApi & { destroy(): Promise<void> };
  };
  // Node has no page language; Pagefind then opens the bundle's one index (`und`), as the page does.
  const pagefind = module.createInstance({ ...PAGEFIND_OPTIONS, basePath: `${server.url}${BUNDLE_PATH}` });
  return {
    pagefind,
    close: async () => {
      await pagefind.destroy();
      await server.close();
    },
  };
}
