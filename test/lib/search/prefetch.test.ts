import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLE_PATH } from '../../../src/lib/search/bundle';
import { PREFETCH_BASE } from '../../../src/lib/search/prefetch';
import { writeSearchIndex } from '../../../src/lib/search/write-index';
import { validateContent } from '../../../src/lib/validate';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bz-prefetch-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("the header box's prefetch", () => {
  it('asks under the bundle’s path', () => {
    expect(PREFETCH_BASE).toBe(BUNDLE_PATH);
  });

  it('finds in a written entry every name it asks for, and each is a file of the bundle', async () => {
    await writeSearchIndex(validateContent(path.resolve('test/fixtures/search')).content!, dir);
    const bundle = path.join(dir, BUNDLE_PATH);
    const entry = JSON.parse(fs.readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { hash: string; wasm: string | null }>;
      versioned: { script: string; tag: string };
    };
    const files = Object.values(entry.languages).flatMap((l) => [`pagefind.${l.hash}.pf_meta`, `wasm.${l.wasm}.pagefind`]);
    for (const file of [entry.versioned.script, ...files]) expect(fs.existsSync(path.join(bundle, file)), file).toBe(true);
    expect(entry.versioned.tag).toMatch(/^[0-9a-f]{12}$/);
  });
});
