/**
 * Photos in content/images/: each must be a real JPG/PNG/WebP/AVIF/GIF of at most 10 MB and
 * MAX_IMAGE_PIXELS pixels, that decodes to its end, and should be at least 400 px wide. The
 * header (sharp's metadata()) gives format and size, so a decompression bomb (a small file of a
 * huge picture) is refused before any pixel is decoded; then the whole file is decoded at 1/8
 * scale (JPEG shrink-on-load), which reads every byte but costs a few milliseconds a photo.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp, { type Metadata } from 'sharp';
import { displayPath } from '../content/paths';
import { MAX_IMAGE_PIXELS } from '../image-limits';
import { DecodedImages } from './decoded-images';
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

export async function checkImages(contentRoot: string, decoded = new DecodedImages()): Promise<ImageCheck> {
  const files = listFiles(path.join(contentRoot, 'images'));
  const problems: Problem[] = [];
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const problem = await checkImage(files[next++]!, decoded);
      if (problem) problems.push(problem);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, files.length) }, worker));
  decoded.save();
  return { problems, count: files.length };
}

export async function checkImage(absPath: string, decoded?: DecodedImages): Promise<Problem | undefined> {
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
  const height = meta?.autoOrient?.height ?? meta?.height ?? 0;
  if (width * height > MAX_IMAGE_PIXELS) {
    return {
      severity: 'error',
      code: 'image-too-many-pixels',
      file,
      message: `照片的像素太多（${width} × ${height} 像素，约 ${Math.round((width * height) / 10_000)} 万像素），超过 ${MAX_IMAGE_PIXELS / 10_000} 万像素的上限，构建时会占用大量内存。请用看图或修图软件把宽度缩小到 2000 像素左右后另存为 JPG 再放入。`,
    };
  }
  // Skipped for a photo an earlier run decoded to its end and that has not changed since.
  if (!decoded?.has(absPath)) {
    if (!(await decodesWhole(absPath)))
      return {
        severity: 'error',
        code: 'image-broken',
        file,
        message:
          '照片文件不完整或已损坏（读到一半出错，网页上会显示成残缺的灰块）。请从原始照片重新导出或重新复制一份，用看图软件打开确认能完整显示后再放入。',
      };
    decoded?.add(absPath);
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

/**
 * Decodes every byte of the photo into a thumbnail; false when the file ends early or its data is
 * corrupt. Some cameras leave stray bytes between JPEG markers, which every viewer skips: that
 * warning alone is accepted.
 */
async function decodesWhole(absPath: string): Promise<boolean> {
  const decode = (failOn: 'warning' | 'error') =>
    sharp(absPath, { failOn, limitInputPixels: MAX_IMAGE_PIXELS, pages: 1 }).resize(64, 64, { fit: 'inside' }).raw().toBuffer();
  try {
    await decode('warning');
    return true;
  } catch (error) {
    if (!/extraneous bytes/i.test((error as Error).message)) return false;
  }
  return decode('error').then(
    () => true,
    () => false,
  );
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
