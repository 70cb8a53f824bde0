/**
 * Degrees to SVG user units for a small area: an equirectangular projection whose east-west
 * scale is shrunk by the cosine of the middle latitude (at 亳州's size the error is far below
 * a pixel), with whole-unit coordinates and relative path commands to keep the markup small.
 */
import type { LngLat } from './counties';

export interface Frame {
  width: number;
  height: number;
  /** [x, y] in whole units, y down. */
  project: (p: LngLat) => [number, number];
}

/** A frame `width` units wide around every point of `rings`, with `pad` units of margin. */
export function frameAround(rings: LngLat[][], width = 600, pad = 8): Frame {
  const pts = rings.flat();
  const [minX, maxX] = [Math.min(...pts.map((p) => p[0])), Math.max(...pts.map((p) => p[0]))];
  const [minY, maxY] = [Math.min(...pts.map((p) => p[1])), Math.max(...pts.map((p) => p[1]))];
  const k = Math.cos((((minY + maxY) / 2) * Math.PI) / 180);
  const scale = (width - 2 * pad) / ((maxX - minX) * k);
  const height = Math.round((maxY - minY) * scale + 2 * pad);
  return {
    width,
    height,
    project: ([x, y]) => [Math.round((x - minX) * k * scale + pad), Math.round((maxY - y) * scale + pad)],
  };
}

/** SVG path data for closed rings: one absolute move, then relative lines, repeated points dropped. */
export function ringsPath(rings: LngLat[][], frame: Frame): string {
  return rings
    .map((ring) => {
      const pts = ring.map(frame.project).filter((p, i, all) => i === 0 || p[0] !== all[i - 1]![0] || p[1] !== all[i - 1]![1]);
      const [x0, y0] = pts[0]!;
      const rel = pts.slice(1).map((p, i) => `${p[0] - pts[i]![0]} ${p[1] - pts[i]![1]}`.replace(/ -/g, '-'));
      return `M${x0} ${y0}l${rel.join(' ').replace(/ -/g, '-')}z`;
    })
    .join('');
}
