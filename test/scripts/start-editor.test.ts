/**
 * The double-click starts of the web editor. What runs here: scripts/start-editor.cjs (the shared
 * Node entry) with a stand-in npm on the PATH, and the macOS .command under sh. The Windows .cmd
 * cannot run without cmd.exe: its text is checked for what cmd needs. Untested here: a real
 * Windows and macOS, Explorer's and Finder's double-click, and the browser the editor opens.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { apps } from 'open';
import { describe, expect, it } from 'vitest';
import { browserOrder, openBrowser } from '../../src/lib/cms/open-browser';

const require = createRequire(import.meta.url);
const { needsInstall, steps } = require('../../scripts/start-editor.cjs') as {
  needsInstall(root: string): boolean;
  steps(root: string): { args: string[] }[];
};
const COMMAND = '打开内容编辑器.command';
const CMD = '打开内容编辑器.cmd';

/** A project folder with the launchers, the entry, a lock file and a stand-in npm that logs its arguments. */
function project(npmFailsOnCi = false) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bz-launch-'));
  fs.mkdirSync(path.join(root, 'scripts'));
  fs.copyFileSync('scripts/start-editor.cjs', path.join(root, 'scripts/start-editor.cjs'));
  fs.copyFileSync(COMMAND, path.join(root, COMMAND));
  fs.writeFileSync(path.join(root, 'package-lock.json'), '{}');
  const bin = path.join(root, 'bin');
  fs.mkdirSync(bin);
  fs.writeFileSync(
    path.join(bin, 'npm'),
    `#!/bin/sh\necho "$*" >> "${root}/npm.log"\n` +
      (npmFailsOnCi ? 'if [ "$1" = ci ]; then exit 3; fi\n' : '') +
      'if [ "$1" = ci ]; then mkdir -p node_modules && echo {} > node_modules/.package-lock.json; fi\n',
    { mode: 0o755 },
  );
  const log = () => (fs.existsSync(path.join(root, 'npm.log')) ? fs.readFileSync(path.join(root, 'npm.log'), 'utf8') : '');
  const env = { ...process.env, PATH: `${bin}${path.delimiter}${path.dirname(process.execPath)}${path.delimiter}/usr/bin:/bin` };
  return { root, bin, log, env };
}

describe('the shared entry of the double-click starts', () => {
  it('installs first when node_modules is missing or older than package-lock.json, then starts the editor with --open', () => {
    const { root } = project();
    expect(needsInstall(root)).toBe(true);
    expect(steps(root).map((s) => s.args.join(' '))).toEqual(['ci --omit=dev --no-audit --no-fund', 'run cms -- --open']);
    fs.mkdirSync(path.join(root, 'node_modules'));
    fs.writeFileSync(path.join(root, 'node_modules/.package-lock.json'), '{}');
    expect(steps(root).map((s) => s.args.join(' '))).toEqual(['run cms -- --open']);
    const later = new Date(Date.now() + 60_000);
    fs.utimesSync(path.join(root, 'package-lock.json'), later, later); // an update brought a new lock file
    expect(needsInstall(root)).toBe(true);
  });

  it('runs npm ci once, then only the editor, from the project folder whatever the current folder', () => {
    const { root, log, env } = project();
    const run = () =>
      spawnSync(process.execPath, [path.join(root, 'scripts/start-editor.cjs')], { cwd: os.tmpdir(), env, encoding: 'utf8' });
    const first = run();
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('正在安装网站需要的程序');
    expect(log()).toBe('ci --omit=dev --no-audit --no-fund\nrun cms -- --open\n');
    expect(run().status).toBe(0);
    expect(log()).toBe('ci --omit=dev --no-audit --no-fund\nrun cms -- --open\nrun cms -- --open\n');
  });

  it('stops with a Chinese message and does not start the editor when npm ci fails', () => {
    const { root, log, env } = project(true);
    const r = spawnSync(process.execPath, [path.join(root, 'scripts/start-editor.cjs')], { env, encoding: 'utf8' });
    expect(r.status).toBe(3);
    expect(r.stderr).toContain('安装没有成功。请检查网络后再双击一次');
    expect(log()).toBe('ci --omit=dev --no-audit --no-fund\n');
  });
});

describe('the macOS 打开内容编辑器.command', () => {
  it('is executable and, run by sh from another folder, runs the entry in its own folder', () => {
    expect(fs.statSync(COMMAND).mode & 0o111).toBe(0o111);
    const { root, log, env } = project();
    const r = spawnSync('/bin/sh', [path.join(root, COMMAND)], { cwd: os.tmpdir(), env, encoding: 'utf8', input: '' });
    expect(r.status).toBe(0);
    expect(log()).toBe('ci --omit=dev --no-audit --no-fund\nrun cms -- --open\n');
  });

  it('says to install Node.js when there is none, and waits for Enter before closing', () => {
    const { root } = project();
    const bare = fs.mkdtempSync(path.join(os.tmpdir(), 'bz-nonode-'));
    fs.symlinkSync(
      spawnSync('/bin/sh', ['-c', 'command -v dirname'], { encoding: 'utf8' }).stdout.trim(),
      path.join(bare, 'dirname'),
    );
    const r = spawnSync('/bin/sh', [path.join(root, COMMAND)], { env: { PATH: bare }, encoding: 'utf8', input: '\n' });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('没有找到 Node.js。请先从 nodejs.org 下载安装 Node.js（LTS 版本）');
    expect(r.stdout).toContain('按回车键关闭这个窗口。');
  });

  it('passes the entry’s failure on and keeps the window open', () => {
    const { root, env } = project(true);
    const r = spawnSync('/bin/sh', [path.join(root, COMMAND)], { env, encoding: 'utf8', input: '\n' });
    expect(r.status).toBe(3);
    expect(r.stdout).toContain('按回车键关闭这个窗口。');
  });
});

describe('the Windows 打开内容编辑器.cmd (checked as text: no cmd.exe here)', () => {
  const bytes = fs.readFileSync(CMD);
  const lines = bytes.toString('utf8').split('\r\n');

  it('is UTF-8 without a byte-order mark, with CRLF line ends, and switches the console to UTF-8 before any Chinese', () => {
    expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
    expect(bytes.toString('utf8').replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const chcp = lines.indexOf('chcp 65001 >nul');
    expect(chcp).toBeGreaterThan(0);
    expect(lines.findIndex((l) => /[^ -~]/.test(l))).toBeGreaterThan(chcp);
  });

  it('runs from its own folder, checks for Node.js, runs the shared entry, and pauses on failure', () => {
    expect(lines[0]).toBe('@echo off');
    expect(lines).toContain('cd /d "%~dp0"');
    expect(lines).toContain('where node >nul 2>nul');
    expect(lines).toContain('node scripts\\start-editor.cjs');
    expect(lines[lines.indexOf('node scripts\\start-editor.cjs') + 1]).toBe('if errorlevel 1 pause');
  });

  it('has no ASCII parenthesis inside its if-block’s messages, which would end the block early', () => {
    const open = lines.indexOf('if errorlevel 1 (');
    const close = lines.indexOf(')', open);
    expect(close).toBeGreaterThan(open);
    for (const line of lines.slice(open + 1, close)) expect(line).not.toMatch(/[()]/);
    expect(lines.slice(open + 1, close).join('\n')).toContain('没有找到 Node.js');
  });
});

describe('opening the browser', () => {
  it('tries Edge first on Windows and Chrome first elsewhere, then the default browser', async () => {
    expect(browserOrder('win32')).toEqual(['edge', 'chrome']);
    expect(browserOrder('darwin')).toEqual(['chrome', 'edge']);
    const calls: unknown[] = [];
    const failing = async (_url: string, options?: unknown) => {
      calls.push(options ?? 'default');
      if (options) throw new Error('no such app');
    };
    expect(await openBrowser('http://127.0.0.1:4322/', 'win32', failing)).toBe(true);
    expect(calls).toEqual([{ app: [{ name: apps.edge }, { name: apps.chrome }] }, 'default']);
  });
});
