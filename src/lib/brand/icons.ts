/** The favicon set, drawn from the mark at build time with sharp (no file to keep in step by hand). */
import sharp from 'sharp';
import { icoFromPngs } from './ico';
import { BRAND_RED, markSvg } from './logo-mark';

export const faviconSvg = () => markSvg({ size: 32, square: BRAND_RED, strokes: '#fff' });

/** The mark as a PNG of `size` px; square corners for home-screen icons, which phones round themselves. */
export const markPng = (size: number, radius?: number) =>
  sharp(Buffer.from(markSvg({ size, square: BRAND_RED, strokes: '#fff', radius })), { density: Math.max(72, (72 * size) / 32) })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toBuffer();

export async function faviconIco(): Promise<Buffer> {
  const sizes = [16, 32, 48];
  return icoFromPngs(await Promise.all(sizes.map(async (size) => ({ size, png: await markPng(size) }))));
}
