/**
 * The server the browser suite runs over: the minimal static server by default, Debian's nginx
 * with the shipped configuration when BROWSER_SERVER=nginx (`npm run test:browser:nginx`).
 */
import { serveWithNginx } from './nginx';
import { serveDirectory, type StaticServer } from './static-server';

export async function serveForBrowser(dist: string): Promise<StaticServer> {
  if (process.env.BROWSER_SERVER !== 'nginx') return serveDirectory(dist);
  const nginx = await serveWithNginx(dist);
  return { url: nginx.url, close: () => nginx.close() };
}
