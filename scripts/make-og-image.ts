/**
 * npx tsx scripts/make-og-image.ts
 * Draws public/og-default.png, the picture shown when a page is shared, from an SVG. Run once and
 * commit the PNG; the build never runs it, so builds do not depend on the machine's fonts.
 */
import path from 'node:path';
import sharp from 'sharp';
import { SHARE_IMAGE } from '../src/lib/structured-data/share-image';

const { width, height } = SHARE_IMAGE;
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <rect width="100%" height="100%" fill="#b3261e"/>
  <rect x="40" y="40" width="${width - 80}" height="${height - 80}" fill="none" stroke="#f3d9a4" stroke-width="6"/>
  <circle cx="${width / 2}" cy="200" r="70" fill="none" stroke="#f3d9a4" stroke-width="10"/>
  <path d="M ${width / 2 - 40} 200 L ${width / 2 - 10} 232 L ${width / 2 + 45} 168" fill="none" stroke="#f3d9a4" stroke-width="12" stroke-linecap="round" stroke-linejoin="round"/>
  <text x="50%" y="390" text-anchor="middle" font-family="Noto Sans CJK SC, Noto Sans SC, sans-serif" font-size="104" font-weight="700" fill="#ffffff">亳州文明网</text>
  <text x="50%" y="480" text-anchor="middle" font-family="Noto Sans CJK SC, Noto Sans SC, sans-serif" font-size="44" fill="#f3d9a4">亳州市文明办主办</text>
</svg>`;

const out = path.resolve('public', SHARE_IMAGE.path.slice(1));
await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toFile(out);
console.log(`已生成 ${out}`);
