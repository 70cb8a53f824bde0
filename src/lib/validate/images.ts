/**
 * Photos in content/images/: each must be a real JPG/PNG/WebP/AVIF/GIF of at most 10 MB, and
 * should be at least 400 px wide. Only the file header is read (sharp's metadata()), so
 * thousands of photos are checked in seconds.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp, { type Metadata } from 'sharp';
import { displayPath } from '../content/paths';
import type { Problem } from './problem';

export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
export const MIN_IMAGE_WIDTH = 400;
export const IMAGE_FORMATS = ['jpeg', 'png', 'webp', 'avif', 'gif'] as const;
/** Header reads in flight at once; sharp works them off on libuv's thread pool. */
const CONCURRENCY = 16;
const HEAD_BYTES = 64 * 1024;

export interface ImageCheck {
  problems: Problem[];
  /** Number of files looked at. */
  count: number;
}

export async function checkImages(contentRoot: string): Promise<ImageCheck> {
  const files = listFiles(path.join(contentRoot, 'images'));
  const problems: Problem[] = [];
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const problem = await checkImage(files[next++]!);
      if (problem) problems.push(problem);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, files.length) }, worker));
  return { problems, count: files.length };
}

export async function checkImage(absPath: string): Promise<Problem | undefined> {
  const file = displayPath(absPath);
  const size = fs.statSync(absPath).size;
  if (size > MAX_IMAGE_BYTES) {
    return {
      severity: 'error',
      code: 'image-too-large',
      file,
      message: `照片文件太大（${(size / 1024 / 1024).toFixed(1)} MB），不能超过 10 MB。请用看图或修图软件把照片缩小（宽度 2000 像素左右即可）后再放入。`,
    };
  }
  const meta = await headerOf(absPath);
  const width = meta?.autoOrient?.width ?? meta?.width;
  const format = meta?.format;
  if (!format || !(IMAGE_FORMATS as readonly string[]).includes(format) || !width) {
    return {
      severity: 'error',
      code: 'not-an-image',
      file,
      message: `不是可用的图片文件${format ? `（${format.toUpperCase()} 格式）` : ''}。只接受 JPG、PNG、WebP、AVIF 和 GIF 照片，请用看图或修图软件另存为 JPG 后再放入；不是照片的文件请放到 content/files/。`,
    };
  }
  if (width < MIN_IMAGE_WIDTH) {
    return {
      severity: 'warning',
      code: 'image-narrow',
      file,
      message: `照片宽度只有 ${width} 像素，在网页上会显得模糊。建议换一张宽度不少于 ${MIN_IMAGE_WIDTH} 像素的照片。`,
    };
  }
  return undefined;
}

/**
 * sharp's metadata() from the first 64 KB, which hold the header of nearly every photo (it is
 * ~40% cheaper than letting libvips open the file); the whole file when that is not enough.
 */
async function headerOf(absPath: string): Promise<Metadata | undefined> {
  const head = Buffer.alloc(HEAD_BYTES);
  const fd = fs.openSync(absPath, 'r');
  let length: number;
  try {
    length = fs.readSync(fd, head, 0, HEAD_BYTES, 0);
  } finally {
    fs.closeSync(fd);
  }
  for (const input of [head.subarray(0, length), absPath]) {
    try {
      const meta = await sharp(input).metadata();
      if (meta.width) return meta;
    } catch {
      // truncated header or not an image: try the whole file, then give up
    }
  }
  return undefined;
}

function listFiles(dir: string, out: string[] = []): string[] {
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name.startsWith('.')) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) listFiles(full, out);
    else if (e.isFile()) out.push(full);
  }
  return out.sort();
}
