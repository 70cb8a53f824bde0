/**
 * The city a sample root is made for, from its divisions excerpt alone: its names, the counties
 * shown (development zones, county codes 7x, left out), each county's seat and the disc round it
 * where sample 所 go. Seats are either given (real points a caller has data for) or laid out
 * round the city's centre by `layoutSeats`: points, never outlines, so no boundary data.
 */
import { pinyinId } from '../ids';
import { countyId } from '../counties';
import type { Divisions } from '../schemas/divisions';
import { layoutSeats, type LngLat } from './layout';

export type { LngLat };

export interface SampleCounty {
  /** Official name, as in divisions.json: 颍州区. */
  name: string;
  /** For ids of its sites: its county id (qiaocheng, ying-zhou-qu). */
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
  /** Telephone area code of the sample's made-up numbers, e.g. 0558. */
  areaCode: string;
}

/** What a caller may know of a city beyond its divisions: real seats, a centre, an area code. */
export interface SamplePlaces {
  centre?: LngLat;
  seats?: Readonly<Record<string, { seat: LngLat; radius: number }>>;
  areaCode?: string;
}

/** Ethnic names in the names of 自治州 and 自治区 (黔东南苗族侗族自治州 → 黔东南). */
const ETHNIC = '(?:朝鲜|土家|苗|侗|布依|壮|彝|哈尼|傣|景颇|傈僳|白|藏|羌|回|蒙古|哈萨克|柯尔克孜|维吾尔)族';
const CITY_SUFFIX = new RegExp(`(?:市|地区|盟|(?:${ETHNIC})*自治州)$`);
const PROVINCE_SUFFIX = new RegExp(`(?:省|市|(?:${ETHNIC})*自治区)$`);

export const cityShortName = (name: string) => name.replace(CITY_SUFFIX, '') || name;
export const provinceShortName = (name: string) => name.replace(PROVINCE_SUFFIX, '') || name;

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
  const short = cityShortName(divisions.name);
  return {
    divisions,
    name: divisions.name,
    short,
    slug: pinyinId(short).replace(/-/g, ''),
    province: { name: divisions.province.name, short: provinceShortName(divisions.province.name) },
    counties: shown.map((c, i) => ({ name: c.name, slug: countyId(c.name), ...(places.seats?.[c.name] ?? laidOut[i]!) })),
    areaCode: places.areaCode ?? '0000',
  };
}
