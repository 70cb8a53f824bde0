/** A Loader over a built site on disk, for Node (the quality test and the benchmark's checks). */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Loader } from './engine';

export const fileLoader = (distDir: string): Loader => async (urlPath) => {
  const bytes = fs.readFileSync(path.join(distDir, urlPath));
  return JSON.parse((bytes[0] === 0x1f && bytes[1] === 0x8b ? zlib.gunzipSync(bytes) : bytes).toString('utf8'));
};
