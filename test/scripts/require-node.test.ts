import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Runs scripts/require-node.cjs under this Node, made to report another version. */
function checkAs(version: string) {
  const preload = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bz-node-')), 'pretend.cjs');
  fs.writeFileSync(
    preload,
    `Object.defineProperty(process, 'version', { value: 'v${version}' });\n` +
      `Object.defineProperty(process, 'versions', { value: { ...process.versions, node: '${version}' } });\n`,
  );
  return spawnSync(process.execPath, ['--require', preload, 'scripts/require-node.cjs'], { encoding: 'utf8' });
}

describe('the Node version check before every npm script', () => {
  it('says in one sentence what to do on an older Node, without a stack trace, and exits 1', () => {
    const r = checkAs('20.20.2');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([
      '本项目需要 Node.js 24 或更高版本，当前是 v20.20.2：请在项目文件夹中运行 npm ci（Linux x64 上会同时装好 Node.js 24），或安装 Node.js 24 LTS 后再试。',
    ]);
  });

  it('lets Node 24 and newer through silently', () => {
    for (const version of ['24.0.0', '24.22.3', '26.1.0']) {
      const r = checkAs(version);
      expect([r.status, r.stdout, r.stderr]).toEqual([0, '', '']);
    }
  });

  it('runs under the pinned Node 24 in this checkout', () => {
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(24);
  });
});
