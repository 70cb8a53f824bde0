/** A Loader over a built site on disk, for Node (the quality test and the benchmark's checks). */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Loader } from './engine';
import { groupPath, MANIFEST_PATH, type DocFile, type Manifest } from './index-format';

export const fileLoader =
  (distDir: string): Loader =>
  async (urlPath) => {
    const bytes = fs.readFileSync(path.join(distDir, urlPath));
    return JSON.parse((bytes[0] === 0x1f && bytes[1] === 0x8b ? zlib.gunzipSync(bytes) : bytes).toString('utf8'));
  };

/** Every document stored in a built site's index, with the file that holds it (for the link check). */
export async function indexedDocuments(distDir: string): Promise<Array<DocFile & { file: string }>> {
  const load = fileLoader(distDir);
  const manifest = (await load(MANIFEST_PATH)) as Manifest;
  const out: Array<DocFile & { file: string }> = [];
  for (let g = 0; fs.existsSync(path.join(distDir, groupPath(manifest.id, g))); g++) {
    const file = groupPath(manifest.id, g).slice(1);
    for (const doc of (await load(groupPath(manifest.id, g))) as DocFile[]) out.push({ ...doc, file });
  }
  return out;
}
