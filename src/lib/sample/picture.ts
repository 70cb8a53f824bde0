/**
 * The sample's one picture, drawn pixel by pixel and written as a PNG with node:zlib: a simple
 * house on a warm background, used as a sample profile's 示意图 and a release's attachment, so a
 * generated root has every page template (a profile with a portrait, a release with a file).
 * Written by hand rather than with sharp because generateSampleRoot is synchronous.
 */
import { crc32, deflateSync } from 'node:zlib';

export const PICTURE_ALT = '示意图：暖黄色背景上的一座简笔房屋图形，不是本人照片。';

const chunk = (type: string, data: Buffer) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

type Rgb = readonly [number, number, number];
const WALL: Rgb = [196, 120, 72];
const ROOF: Rgb = [140, 62, 40];
const DOOR: Rgb = [94, 52, 34];

/** The colour at (x, y) of a `w` × `h` picture. */
function colour(x: number, y: number, w: number, h: number): Rgb {
  const cx = w / 2;
  const roofTop = h * 0.28;
  const eaves = h * 0.48;
  const floor = h * 0.78;
  const half = w * 0.3;
  const roofHalf = ((y - roofTop) / (eaves - roofTop)) * (half + w * 0.06);
  if (y >= roofTop && y < eaves && Math.abs(x - cx) <= roofHalf) return ROOF;
  if (y >= eaves && y < floor && Math.abs(x - cx) <= half) {
    if (y > h * 0.6 && Math.abs(x - cx) < w * 0.07) return DOOR;
    return WALL;
  }
  // A warm vertical gradient.
  const t = y / h;
  return [Math.round(250 - 14 * t), Math.round(222 - 40 * t), Math.round(170 - 60 * t)];
}

/** The picture as PNG bytes, `w` × `h` pixels, the same bytes every run. */
export function samplePicture(w = 600, h = 800): Uint8Array {
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) {
    const row = y * (w * 3 + 1);
    for (let x = 0; x < w; x++) raw.set(colour(x, y, w, h), row + 1 + x * 3);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(
    Buffer.concat([
      signature,
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(raw, { level: 9 })),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}
