/**
 * The portal's mark: the character 文 drawn as four strokes on a rounded square. Emblem-free
 * (government sites may not use the national emblem as a logo) and font-free, so the header, the
 * favicon and the share pictures draw the same shape on any machine. Coordinates are in a 32×32 box.
 */
export const MARK_STROKES = [
  'M16 4.5V8.5', // 点
  'M6 11H26', // 横
  'M21.5 11C19.5 20 14 25 6 28', // 撇
  'M10.5 11C12.5 20 18 25 26 28', // 捺
] as const;

export const MARK_STROKE_WIDTH = 3.2;
export const MARK_RADIUS = 6;

/** The mark as a standalone SVG document (favicon, share pictures). */
export function markSvg(options: { size: number; square: string; strokes: string; radius?: number }): string {
  const { size, square, strokes, radius = MARK_RADIUS } = options;
  const paths = MARK_STROKES.map((d) => `<path d="${d}"/>`).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32">` +
    `<rect width="32" height="32" rx="${radius}" fill="${square}"/>` +
    `<g fill="none" stroke="${strokes}" stroke-width="${MARK_STROKE_WIDTH}" stroke-linecap="round" stroke-linejoin="round">${paths}</g>` +
    `</svg>`
  );
}

/** The mark as a group inside a larger SVG picture (the share pictures): `size` px square at (x, y). */
export function markGroup(x: number, y: number, size: number, square: string, strokes: string): string {
  const paths = MARK_STROKES.map((d) => `<path d="${d}"/>`).join('');
  return `<g transform="translate(${x} ${y}) scale(${size / 32})">
<rect width="32" height="32" rx="${MARK_RADIUS}" fill="${square}"/>
<g fill="none" stroke="${strokes}" stroke-width="${MARK_STROKE_WIDTH}" stroke-linecap="round" stroke-linejoin="round">${paths}</g>
</g>`;
}

/** The brand red of the favicon and share pictures (tokens.css --bz-color-brand). */
export const BRAND_RED = '#a8231c';
