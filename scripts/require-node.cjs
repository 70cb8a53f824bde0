// Runs before every npm script, on whichever Node the PATH offers (npm puts node_modules/.bin
// first, where the pinned node-<platform>-<arch> package of package.json's optionalDependencies
// links the pinned Node on Windows x64, macOS and Linux x64/arm64). It must run on any old Node
// to be able to say so: plain ES5, no dependencies, one sentence, exit 1. PINNED is the version
// that package.json's engines, .nvmrc, the README and the editors' guide name too (a test checks).
'use strict';
var PINNED = '26.10.0';
var REQUIRED = Number(PINNED.split('.')[0]);
var major = Number(process.versions.node.split('.')[0]);
if (!(major >= REQUIRED)) {
  console.error(
    '本项目需要 Node.js ' +
      REQUIRED +
      '（' +
      PINNED +
      '）或更高版本，当前是 ' +
      process.version +
      '：请在项目文件夹中运行 npm ci（Windows、macOS 和 Linux 上都会同时装好 Node.js ' +
      PINNED +
      '），或安装 Node.js ' +
      PINNED +
      ' 后再试。',
  );
  process.exit(1);
}
