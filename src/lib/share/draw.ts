/**
 * Draws a section's share picture: the mark, the site's name and a label (the section) on the brand
 * red, 1200 × 630 with everything inside the centre square (WeChat crops to a square). The text
 * is turned into outlines with the Noto Sans SC (Noto Sans Hans) font that the project's own
 * dependencies bring (@embedpdf/fonts-sc), so a machine without system fonts draws the same picture.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import * as fontkit from 'fontkit';
import sharp from 'sharp';
import { BRAND_RED, MARK_RADIUS, MARK_STROKE_WIDTH, MARK_STROKES } from '../brand/logo-mark';
import { SHARE_SIZE } from './images';

const CREAM = '#f3d9a4';
let font: fontkit.Font | undefined;

function loadFont(): fontkit.Font {
  if (font) return font;
  // The package exports only its script; the fonts sit beside it.
  const entry = createRequire(import.meta.url).resolve('@embedpdf/fonts-sc');
  font = fontkit.openSync(path.join(path.dirname(entry), '..', 'fonts', 'NotoSansHans-Bold.otf')) as fontkit.Font;
  return font;
}

/** `text` as SVG paths, centred on x with its baseline at y, `size` px high. */
export function textOutline(text: string, size: number, x: number, y: number, fill: string): string {
  const f = loadFont();
  const scale = size / f.unitsPerEm;
  const run = f.layout(text);
  let pen = x - (run.advanceWidth * scale) / 2;
  const paths = run.glyphs.map((glyph, i) => {
    const d = `<path transform="translate(${pen.toFixed(2)} ${y}) scale(${scale} ${-scale})" d="${glyph.path.toSVG()}"/>`;
    pen += run.positions[i]!.xAdvance * scale;
    return d;
  });
  return `<g fill="${fill}">${paths.join('')}</g>`;
}

export function shareSvg(siteName: string, label: string): string {
  const { width, height } = SHARE_SIZE;
  const cx = width / 2;
  const mark = 150;
  const strokes = MARK_STROKES.map((d) => `<path d="${d}"/>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<rect width="100%" height="100%" fill="${BRAND_RED}"/>
<g transform="translate(${cx - mark / 2} 95) scale(${mark / 32})">
<rect width="32" height="32" rx="${MARK_RADIUS}" fill="#fff"/>
<g fill="none" stroke="${BRAND_RED}" stroke-width="${MARK_STROKE_WIDTH}" stroke-linecap="round" stroke-linejoin="round">${strokes}</g>
</g>
${textOutline(siteName, 92, cx, 375, '#fff')}
${textOutline(label, 60, cx, 475, CREAM)}
</svg>`;
}

/** The picture as a PNG. */
export const sharePng = (siteName: string, label: string) =>
  sharp(Buffer.from(shareSvg(siteName, label)))
    .png({ compressionLevel: 9, palette: true })
    .toBuffer();
