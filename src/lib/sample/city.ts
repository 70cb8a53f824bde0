/**
 * The city a sample root is made for, from its divisions excerpt alone: its names, the counties
 * shown (development zones, county codes 7x, left out), each county's seat and the disc round it
 * where sample 所 go. Seats are either given (real points a caller has data for) or laid out
 * round the city's centre by `layoutSeats`: points, never outlines, so no boundary data.
 */
import { countyId, type CountyIdOverride } from '../counties';
import { placeSlug, shortName } from '../place-names';
import type { Divisions } from '../schemas/divisions';
import { layoutSeats, type LngLat } from './layout';

export type { LngLat };

export interface SampleCounty {
  /** Official name, as in divisions.json: 颍州区. */
  name: string;
  /** Its county id (yingzhou), also the start of its sites' ids. */
  slug: string;
  /** [lng, lat] WGS-84 of the county seat (real or laid out). */
  seat: LngLat;
  /** Radius in km of the disc round the seat where its 所 stand. */
  radius: number;
}

export interface SampleCity {
  divisions: Divisions;
  /** 阜阳市 */
  name: string;
  /** 阜阳 */
  short: string;
  /** fuyang: for the sample's web address and figure ids. */
  slug: string;
  /** The province's official and short names (安徽省, 安徽). */
  province: { name: string; short: string };
  counties: SampleCounty[];
  /** Telephone area code of the sample's made-up numbers, e.g. 0551. */
  areaCode: string;
  /** site.yaml's countyIds: ids for counties whose pinyin the library reads wrongly. */
  countyIds?: CountyIdOverride[];
}

/** What a caller may know of a city beyond its divisions: real seats, a centre, an area code, county ids. */
export interface SamplePlaces {
  centre?: LngLat;
  seats?: Readonly<Record<string, { seat: LngLat; radius: number }>>;
  areaCode?: string;
  countyIds?: CountyIdOverride[];
}

/** A development zone (经济技术开发区, 高新区…) has a county code whose fifth digit is 7. */
export const isDevelopmentZone = (countyCode: string) => countyCode[4] === '7';

export function sampleCity(divisions: Divisions, places: SamplePlaces = {}): SampleCity {
  const shown = divisions.counties.filter((c) => !isDevelopmentZone(c.code));
  if (shown.length === 0)
    throw new Error(`${divisions.name}（${divisions.code}）在区划数据中没有县级区划，示例内容需要至少一个县（区）。`);
  const laidOut = layoutSeats(
    divisions.code,
    shown.map((c) => c.name),
    places.centre,
  );
  const short = shortName(divisions.name);
  const countyIds = distinctCountyIds(
    shown.map((c) => c.name),
    places.countyIds ?? [],
  );
  return {
    divisions,
    name: divisions.name,
    short,
    slug: placeSlug(short),
    province: { name: divisions.province.name, short: shortName(divisions.province.name) },
    counties: shown.map((c, i) => ({
      name: c.name,
      slug: countyId(c.name, countyIds),
      ...(places.seats?.[c.name] ?? laidOut[i]!),
    })),
    areaCode: places.areaCode ?? '0000',
    ...(countyIds.length ? { countyIds } : {}),
  };
}

/**
 * `given` plus an id for each county whose pinyin id another county shares (临夏市 and 临夏县 are
 * both linxia): the pinyin of its whole name (linxiashi, linxiaxian), so every county, and the
 * ids of its sites, stay apart. Validate refuses two counties with one id.
 */
function distinctCountyIds(names: readonly string[], given: readonly CountyIdOverride[]): CountyIdOverride[] {
  const ids = names.map((n) => countyId(n, given));
  const shared = names.filter((_, i) => ids.indexOf(ids[i]!) !== ids.lastIndexOf(ids[i]!));
  return [
    ...given,
    ...shared.filter((n) => !given.some((g) => g.county === n)).map((county) => ({ county, id: placeSlug(county) })),
  ];
}
