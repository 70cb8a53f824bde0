/**
 * versioned-bundle.ts on a real Pagefind bundle: pagefind.js and the WebAssembly under names that
 * change with their bytes, the entry pointing at them and tagged by a hash of itself, and the
 * search page's preload links rewritten to those names.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndexFile } from '../../../src/lib/build/reuse-index-files';
import { BUNDLE_PATH, UNVERSIONED } from '../../../src/lib/search/bundle';
import { VERSIONED_NAME, versionBundle, versionedNames, versionSearchPage } from '../../../src/lib/search/versioned-bundle';
import { writeSearchIndex } from '../../../src/lib/search/write-index';
import { validateContent } from '../../../src/lib/validate';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bz-versioned-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
let bundle: string;
const read = (file: string) => fs.readFileSync(path.join(bundle, file));

beforeAll(async () => {
  await writeSearchIndex(validateContent(path.resolve('test/fixtures/search')).content!, dir);
  bundle = path.join(dir, BUNDLE_PATH);
});

/** A Pagefind output as getFiles() gives it: the plain names. */
const pagefindOutput = (script = 'pagefind.js body', wasm = 'wasm bytes'): IndexFile[] => [
  { path: 'pagefind.js', content: Buffer.from(script) },
  { path: 'wasm.unknown.pagefind', content: Buffer.from(wasm) },
  {
    path: 'pagefind-entry.json',
    content: Buffer.from(
      JSON.stringify({ version: '1.6.0', languages: { und: { hash: 'und_0123456', wasm: null, page_count: 2 } } }),
    ),
  },
  { path: 'pagefind.und_0123456.pf_meta', content: Buffer.from('meta') },
];
const byPath = (files: IndexFile[]) => new Map(files.map((f) => [f.path, Buffer.from(f.content).toString()]));

describe('versionBundle', () => {
  it('writes the script and the WebAssembly under versioned names the entry points to', () => {
    const entry = JSON.parse(read('pagefind-entry.json').toString()) as {
      languages: Record<string, { wasm: string }>;
      versioned: { script: string; tag: string };
    };
    const wasm = Object.values(entry.languages).map((l) => `wasm.${l.wasm}.pagefind`);
    expect(wasm).toHaveLength(1);
    for (const name of [...wasm, entry.versioned.script]) {
      expect(name).toMatch(VERSIONED_NAME);
      expect(fs.existsSync(path.join(bundle, name)), name).toBe(true);
    }
    expect(read(entry.versioned.script).equals(read('pagefind.js'))).toBe(true);
    expect(fs.existsSync(path.join(bundle, 'wasm.unknown.pagefind'))).toBe(false);
    expect(entry.versioned.tag).toMatch(/^[0-9a-f]{12}$/);
  });

  it('changes a name and the tag when the bytes behind them change, and nothing when they do not', () => {
    const a = byPath(versionBundle(pagefindOutput()));
    const same = byPath(versionBundle(pagefindOutput()));
    const newScript = byPath(versionBundle(pagefindOutput('pagefind.js, next version')));
    const newWasm = byPath(versionBundle(pagefindOutput(undefined, 'other wasm bytes')));
    expect(same).toEqual(a);
    const names = (m: Map<string, string>) => versionedNames(m.get('pagefind-entry.json')!);
    expect(names(newScript).script).not.toBe(names(a).script);
    expect(names(newScript).tag).not.toBe(names(a).tag);
    expect(names(newWasm).wasm).not.toEqual(names(a).wasm);
    expect(names(newWasm).tag).not.toBe(names(a).tag);
    expect([...newWasm.keys()]).toContain(names(newWasm).wasm[0]);
    expect([...newWasm.keys()]).not.toContain('wasm.unknown.pagefind');
  });

  it('refuses an output without its script or with an entry naming a WebAssembly it lacks', () => {
    expect(() => versionBundle(pagefindOutput().filter((f) => f.path !== 'pagefind.js'))).toThrow('pagefind.js');
    expect(() => versionBundle(pagefindOutput().filter((f) => !f.path.startsWith('wasm.')))).toThrow('wasm.unknown.pagefind');
  });
});

describe('versionSearchPage', () => {
  const page = `<head><link rel="modulepreload" href="${BUNDLE_PATH}${UNVERSIONED.script}" data-pagefind-script>
<link rel="preload" href="${BUNDLE_PATH}${UNVERSIONED.entry}" data-pagefind-entry>
<link rel="preload" href="${BUNDLE_PATH}${UNVERSIONED.wasm}"></head>`;

  it('points the three preload links at the versioned names', () => {
    const entry = read('pagefind-entry.json').toString();
    const names = versionedNames(entry);
    const out = versionSearchPage(page, BUNDLE_PATH, entry);
    expect(out).toContain(`href="${BUNDLE_PATH}${names.script}" data-pagefind-script`);
    expect(out).toContain(`href="${BUNDLE_PATH}pagefind-entry.json?ts=${names.tag}" data-pagefind-entry`);
    expect(out).toContain(`href="${BUNDLE_PATH}${names.wasm[0]}"`);
    expect(out).not.toContain(UNVERSIONED.wasm);
  });

  it('refuses a page whose links are missing or doubled, and an entry the build did not version', () => {
    const entry = read('pagefind-entry.json').toString();
    expect(() => versionSearchPage(page.replace(/<link rel="modulepreload"[^>]*>/, ''), BUNDLE_PATH, entry)).toThrow('出现 0 次');
    expect(() => versionSearchPage(page + page, BUNDLE_PATH, entry)).toThrow('出现 2 次');
    expect(() => versionSearchPage(page, BUNDLE_PATH, '{"languages":{}}')).toThrow('versioned');
  });
});
