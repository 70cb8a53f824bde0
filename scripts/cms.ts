/**
 * npm run cms [-- --port 4322] [-- --no-preview] [-- --open]
 * Serves the web editor (Sveltia CMS) for content/ on 127.0.0.1, with the 「检查」, 「提交」 and
 * 「发布」 pages, and starts the live preview (`astro dev` on 127.0.0.1:4321) beside it unless
 * --no-preview. Prints the address to open in Chrome or Edge; --open (what the double-click
 * launchers pass) opens it, also when an editor is already running on the port. Ctrl+C stops both.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { astroCli } from '../src/lib/build/astro-cli';
import { PREVIEW_ORIGIN } from '../src/lib/cms/config';
import { openBrowser } from '../src/lib/cms/open-browser';
import { startCmsServer } from '../src/lib/cms/server';
import { contentDir } from '../src/lib/content/paths';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { port: { type: 'string', default: '4322' }, 'no-preview': { type: 'boolean' }, open: { type: 'boolean' } },
  });
  const server = await startCmsServer({
    contentDir: contentDir(),
    configFile: path.resolve('cms/config.yml'),
    previewOrigin: PREVIEW_ORIGIN,
    port: Number(values.port),
  });
  let preview: ChildProcess | undefined;
  if (!values['no-preview']) {
    const { hostname, port } = new URL(PREVIEW_ORIGIN);
    preview = spawn(process.execPath, [astroCli(), 'dev', '--host', hostname, '--port', port], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  console.log(`内容编辑器已启动。请用 Chrome 或 Edge 浏览器打开：${server.url}`);
  console.log('第一次打开时点「使用本地仓库」，选择本项目的文件夹（有 package.json 的那个）。');
  console.log(`检查内容：${server.url}check/`);
  if (preview) console.log(`网站预览（约半分钟后可用）：${PREVIEW_ORIGIN}/`);
  console.log('用完后在这里按 Ctrl+C 停止（或关闭这个窗口）。');
  if (values.open && !(await openBrowser(server.url))) console.log('没能自动打开浏览器，请手动打开上面的地址。');
  const stop = () => {
    preview?.kill('SIGTERM');
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** A second double-click while the editor runs: the port answers like our server, so open it and stop. */
async function openRunningEditor(port: string): Promise<boolean> {
  const url = `http://127.0.0.1:${port}/`;
  const ours = await fetch(`${url}check.json`).then(
    (r) => r.ok,
    () => false,
  );
  if (!ours) return false;
  console.log(`内容编辑器已经在运行：${url}（在另一个窗口里）。正在打开浏览器。`);
  await openBrowser(url);
  return true;
}

main().catch(async (error: unknown) => {
  const code = (error as { code?: string }).code;
  const { values } = parseArgs({
    options: { port: { type: 'string', default: '4322' }, open: { type: 'boolean' } },
    strict: false,
  });
  if (code === 'EADDRINUSE' && values.open && (await openRunningEditor(String(values.port)))) return;
  console.error(
    code === 'EADDRINUSE'
      ? '端口已被占用：可能已经开着一个内容编辑器（用那个就行），或者换一个端口，例如 npm run cms -- --port 4330。'
      : error instanceof Error
        ? error.message
        : String(error),
  );
  process.exitCode = 1;
});
