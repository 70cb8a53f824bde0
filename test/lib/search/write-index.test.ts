import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Manifest, Meta } from '../../../src/lib/search/index-format';
import { writeSearchIndex } from '../../../src/lib/search/write-index';
import { validateContent } from '../../../src/lib/validate';

const content = validateContent(path.resolve('test/fixtures/search')).content!;
const dirs: string[] = [];
const write = async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bz-index-'));
  dirs.push(dir);
  const summary = await writeSearchIndex(content, dir);
  return {
    dir,
    summary,
    manifest: JSON.parse(fs.readFileSync(path.join(dir, 'search-index/manifest.json'), 'utf8')) as Manifest,
  };
};
const read = (dir: string, id: string, file: string) =>
  JSON.parse(zlib.gunzipSync(fs.readFileSync(path.join(dir, 'search-index', id, file))).toString());

afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('writeSearchIndex', () => {
  it('writes a manifest naming a folder of gzip files: meta, buckets and document groups', async () => {
    const { dir, summary, manifest } = await write();
    expect(manifest).toMatchObject({ version: 1, docs: summary.records, buckets: summary.buckets });
    const meta = read(dir, manifest.id, 'meta.bin') as Meta;
    expect(meta.docs).toBe(39);
    expect(meta.groupSizes.reduce((a, b) => a + b, 0)).toBe(39);
    expect(fs.readdirSync(path.join(dir, 'search-index', manifest.id, 't'))).toHaveLength(manifest.buckets);
  });

  it('packs short documents into one file and never splits a document', async () => {
    const { dir, manifest } = await write();
    const meta = read(dir, manifest.id, 'meta.bin') as Meta;
    expect(Math.max(...meta.groupSizes)).toBeGreaterThan(1);
    expect(meta.groupSizes.length).toBeLessThan(meta.docs);
    const first = read(dir, manifest.id, 'd/0.bin');
    expect(first[0]).toMatchObject({ url: expect.stringMatching(/^\//), title: expect.any(String), text: expect.any(String) });
  });

  it('gives the same bytes and the same folder name for the same content', async () => {
    const a = await write();
    const b = await write();
    expect(b.manifest.id).toBe(a.manifest.id);
    expect(fs.readFileSync(path.join(b.dir, 'search-index', b.manifest.id, 'meta.bin'))).toEqual(
      fs.readFileSync(path.join(a.dir, 'search-index', a.manifest.id, 'meta.bin')),
    );
  });

  it('fails when a file cannot be written, and publishes no manifest', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bz-index-'));
    dirs.push(dir);
    const spy = vi.spyOn(fs.promises, 'writeFile').mockRejectedValueOnce(new Error('ENOSPC: no space left on device'));
    try {
      await expect(writeSearchIndex(content, dir)).rejects.toThrow('ENOSPC');
    } finally {
      spy.mockRestore();
    }
    expect(fs.existsSync(path.join(dir, 'search-index/manifest.json'))).toBe(false);
  });
});
