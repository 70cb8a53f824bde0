// What the double-click starts (打开内容编辑器.cmd on Windows, 打开内容编辑器.command on macOS) run,
// on the Node.js the editor installed: installs the project's programs with `npm ci --omit=dev`
// (what editing, checking and publishing run, without the developers' test tools) when
// node_modules is missing or older than package-lock.json, then starts the web editor, which opens
// the browser. Plain CommonJS without dependencies: it runs before anything is installed.
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

/** True when `npm ci` has to run first: no node_modules, or package-lock.json changed since it ran. */
function needsInstall(root) {
  const installed = path.join(root, 'node_modules', '.package-lock.json');
  if (!fs.existsSync(installed)) return true;
  return fs.statSync(path.join(root, 'package-lock.json')).mtimeMs > fs.statSync(installed).mtimeMs;
}

/** The npm commands to run, in order, with what to say before each. */
function steps(root) {
  const list = [];
  if (needsInstall(root))
    list.push({
      say: '正在安装网站需要的程序（第一次或更新后才需要，几分钟，需要联网）……',
      args: ['ci', '--omit=dev', '--no-audit', '--no-fund'],
      failed: '安装没有成功。请检查网络后再双击一次；仍不行请把这个窗口的内容截图发给负责发布的同事。',
    });
  list.push({
    say: '正在启动内容编辑器，稍后会自动打开浏览器。用完后关闭这个窗口即可。',
    args: ['run', 'cms', '--', '--open'],
    failed: '内容编辑器停止了。请把这个窗口的内容截图发给负责发布的同事。',
  });
  return list;
}

function main() {
  const root = path.resolve(__dirname, '..');
  for (const step of steps(root)) {
    console.log(step.say);
    // npm is npm.cmd on Windows, which Node starts only through the shell; the arguments are fixed.
    const r = spawnSync(`npm ${step.args.join(' ')}`, { cwd: root, stdio: 'inherit', shell: true });
    if (r.status !== 0) {
      console.error(step.failed);
      return r.status || 1;
    }
  }
  return 0;
}

module.exports = { needsInstall, steps };
if (require.main === module) process.exitCode = main();
