/**
 * npm run check:html [-- DIST]: the W3C Nu HTML Checker over every page of dist/ (default).
 * Exit 1 on any error, and on any warning but those that come from checking files rather than
 * served pages (see isFileUrlArtefact). Needs Java (apt-get install default-jre-headless).
 */
import path from 'node:path';
import { checkHtml, isFileUrlArtefact } from './lib/vnu';
import { listFiles } from './lib/list-files';

async function main(): Promise<number> {
  const dist = path.resolve(process.argv[2] ?? 'dist');
  const pages = listFiles(dist, '.html').length;
  const found = (await checkHtml(dist)).filter((m) => !isFileUrlArtefact(m));
  for (const m of found)
    console.error(`${m.page}:${m.line ?? '?'}: ${m.type}: ${m.message}${m.extract ? `\n    ${m.extract}` : ''}`);
  const errors = found.filter((m) => m.type === 'error').length;
  console.log(`W3C Nu HTML Checker: ${pages} pages, ${errors} errors, ${found.length - errors} warnings`);
  return found.length > 0 ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  },
);
