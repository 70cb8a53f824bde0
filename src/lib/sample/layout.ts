/**
 * Made-up county seats for a city no one has given positions for: districts (…区) close round
 * the city's centre, counties and county-level cities on a ring about 50 km out, the ring turned
 * by an angle taken from the city's code. Deterministic, inside China (WGS-84), and compact
 * enough that validate's coordinate warnings (site-coordinates.ts) find nothing. Not real
 * geography: the sample says so, and a real directory brings its own coordinates.
 */

/** [longitude, latitude] in degrees (WGS-84). */
export type LngLat = [number, number];

/** Where a centre is put when none is given: well inside mainland China. */
const DEFAULT_BOX = { lng: [105, 118], lat: [27, 38] } as const;
/** Any centre given must lie in China's extent (validate's coordinate range is about this). */
export const CHINA_BOX = { lng: [73.5, 135], lat: [18, 53.5] } as const;

const DISTRICT = { ring: 6, radius: 10 } as const;
const COUNTY = { ring: 50, radius: 20 } as const;

/** A number in [0, 1) from a string, the same on every machine (FNV-1a). */
function unit(text: string): number {
  let h = 0x811c9dc5;
  for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return h / 4294967296;
}

/** The centre used when none is given: a point in DEFAULT_BOX picked by the city's code. */
export function defaultCentre(code: string): LngLat {
  const at = (range: readonly [number, number], u: number) => Math.round((range[0] + u * (range[1] - range[0])) * 1000) / 1000;
  return [at(DEFAULT_BOX.lng, unit(`${code}:lng`)), at(DEFAULT_BOX.lat, unit(`${code}:lat`))];
}

/** `115.81,32.89` → [115.81, 32.89], or undefined when it is no point in China. */
export function parseCentre(text: string): LngLat | undefined {
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*[,，]\s*(-?\d+(?:\.\d+)?)\s*$/.exec(text);
  if (!m) return undefined;
  const p: LngLat = [Number(m[1]), Number(m[2])];
  const inside = (v: number, [lo, hi]: readonly [number, number]) => v >= lo && v <= hi;
  return inside(p[0], CHINA_BOX.lng) && inside(p[1], CHINA_BOX.lat) ? p : undefined;
}

/** `km` east and north of `from`. */
export function offset([lng, lat]: LngLat, east: number, north: number): LngLat {
  return [lng + east / (111.32 * Math.cos((lat * Math.PI) / 180)), lat + north / 110.57];
}

/** One seat and disc radius per county name, in the order given. */
export function layoutSeats(
  code: string,
  counties: readonly string[],
  centre: LngLat = defaultCentre(code),
): Array<{ seat: LngLat; radius: number }> {
  const districts = counties.filter((c) => c.endsWith('区'));
  const others = counties.filter((c) => !c.endsWith('区'));
  const turn = unit(code) * 2 * Math.PI;
  const ring = (names: string[], km: number, radius: number) =>
    new Map(
      names.map((name, i) => {
        const a = turn + (2 * Math.PI * i) / names.length;
        const r = names.length === 1 && km === DISTRICT.ring ? 0 : km;
        const p = offset(centre, r * Math.cos(a), r * Math.sin(a));
        return [name, { seat: [round(p[0]), round(p[1])] as LngLat, radius }];
      }),
    );
  const at = new Map([...ring(districts, DISTRICT.ring, DISTRICT.radius), ...ring(others, COUNTY.ring, COUNTY.radius)]);
  return counties.map((c) => at.get(c)!);
}

const round = (x: number) => Math.round(x * 1000) / 1000;
