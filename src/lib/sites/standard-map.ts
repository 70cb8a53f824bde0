/**
 * The office's official standard map (site.yaml `standardMap`), published byte for byte as it
 * was downloaded: 《地图审核管理规定》 art. 6 exempts a standard map from review only when it is
 * used unmodified, so it is never resized, re-encoded or drawn on. Node only.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { StandardMap } from '../schemas/standard-map';

export interface StandardMapFile {
  /** Root-relative address, e.g. /sites/standard-map.png. */
  href: string;
  ext: string;
  width: number;
  height: number;
  bytes: Buffer;
}

export async function standardMapFile(map: StandardMap, contentRoot: string): Promise<StandardMapFile> {
  const bytes = fs.readFileSync(path.join(contentRoot, 'images', map.image));
  const { width = 0, height = 0 } = await sharp(bytes).metadata();
  const ext = path.extname(map.image).slice(1).toLowerCase();
  return { href: `/sites/standard-map.${ext}`, ext, width, height, bytes };
}
