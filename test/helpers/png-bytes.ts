/**
 * PNG files written byte by byte (node:zlib), synchronously, so hostile-corpus edits can make
 * them: a decompression bomb (a header that promises more pixels than the file holds), and a
 * picture with a transparent background.
 */
import { crc32, deflateSync } from 'node:zlib';

const chunk = (type: string, data: Buffer) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function png(width: number, height: number, idat: Buffer, colorType = 6): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, colorType, 0, 0, 0], 8);
  return Buffer.concat([SIGNATURE, chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
}

/**
 * A grey picture of `width` × `height` that zlib squeezes to a few KB per 10 million pixels:
 * what a decompression bomb looks like on disk.
 */
export function bombPng(width: number, height: number): Buffer {
  const row = Buffer.alloc(1 + width, 0x80);
  row[0] = 0;
  return png(width, height, deflateSync(Buffer.concat(Array.from({ length: height }, () => row)), { level: 9 }), 0);
}

/** A person's picture: a dark circle (RGBA) on a fully transparent background. */
export function transparentPng(size = 600): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const inside = (x - size / 2) ** 2 + (y - size / 2) ** 2 < (size / 4) ** 2;
      row.set(inside ? [40, 40, 120, 255] : [0, 0, 0, 0], 1 + x * 4);
    }
    rows.push(row);
  }
  return png(size, size, deflateSync(Buffer.concat(rows)));
}
