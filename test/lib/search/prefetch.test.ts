import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLE_PATH, ENTRY_FILE, WASM_FILE } from '../../../src/lib/search/bundle';
import { PREFETCH_BASE, PREFETCH_ENTRY } from '../../../src/lib/search/prefetch';
import { writeSearchIndex } from '../../../src/lib/search/write-index';
import { validateContent } from '../../../src/lib/validate';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bz-prefetch-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("the header box's prefetch", () => {
  it('asks for the entry file under the name pagefind.js will ask for (the page’s metaCacheTag)', () => {
    expect(PREFETCH_BASE).toBe(BUNDLE_PATH);
    expect(PREFETCH_ENTRY).toBe(ENTRY_FILE);
  });

  it('names files that a written index has: pagefind.js, the entry, and the meta and WebAssembly the entry points to', async () => {
    await writeSearchIndex(validateContent(path.resolve('test/fixtures/search')).content!, dir);
    const bundle = path.join(dir, BUNDLE_PATH);
    const entry = JSON.parse(fs.readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { hash: string; wasm: string | null }>;
    };
    const files = Object.values(entry.languages).flatMap((l) => [
      `pagefind.${l.hash}.pf_meta`,
      `wasm.${l.wasm ?? 'unknown'}.pagefind`,
    ]);
    for (const file of ['pagefind.js', ...files]) expect(fs.existsSync(path.join(bundle, file)), file).toBe(true);
    // The file the search page preloads is the one the entry points to.
    expect(files).toContain(WASM_FILE);
  });
});
